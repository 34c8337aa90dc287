import Foundation
import APIMachinery

/// Upstream defaults and validation of a PodSpec (used by pods and by every pod template).
enum PodSpecDefaults {
    static func apply(_ spec: inout JSON) {
        guard case .object = spec else { return }
        if spec["restartPolicy"].isNull { spec["restartPolicy"] = "Always" }
        if spec["dnsPolicy"].isNull { spec["dnsPolicy"] = "ClusterFirst" }
        if spec["schedulerName"].isNull { spec["schedulerName"] = "default-scheduler" }
        if spec["terminationGracePeriodSeconds"].isNull { spec["terminationGracePeriodSeconds"] = 30 }
        if spec["securityContext"].isNull { spec["securityContext"] = .object([:]) }
        for field in ["containers", "initContainers", "ephemeralContainers"] {
            guard case .array(var cs) = spec[field] else { continue }
            for i in cs.indices { container(&cs[i]) }
            spec[field] = .array(cs)
        }
        if case .array(var vols) = spec["volumes"] {
            for i in vols.indices {
                if case .object = vols[i]["configMap"], vols[i]["configMap"]["defaultMode"].isNull {
                    vols[i][path: ["configMap", "defaultMode"]] = 420
                }
                if case .object = vols[i]["secret"], vols[i]["secret"]["defaultMode"].isNull {
                    vols[i][path: ["secret", "defaultMode"]] = 420
                }
                if case .object = vols[i]["emptyDir"] {} else if vols[i].objectValue?.count == 1 {
                    vols[i]["emptyDir"] = .object([:])
                }
            }
            spec["volumes"] = .array(vols)
        }
    }

    static func container(_ c: inout JSON) {
        if c["terminationMessagePath"].isNull { c["terminationMessagePath"] = "/dev/termination-log" }
        if c["terminationMessagePolicy"].isNull { c["terminationMessagePolicy"] = "File" }
        if c["imagePullPolicy"].isNull, let image = c["image"].stringValue {
            c["imagePullPolicy"] = .string(pullPolicy(image))
        }
        if c["resources"].isNull { c["resources"] = .object([:]) }
        if case .array(var ports) = c["ports"] {
            for i in ports.indices where ports[i]["protocol"].isNull { ports[i]["protocol"] = "TCP" }
            c["ports"] = .array(ports)
        }
        for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
            guard case .object = c[probe] else { continue }
            var p = c[probe]
            if p["timeoutSeconds"].isNull { p["timeoutSeconds"] = 1 }
            if p["periodSeconds"].isNull { p["periodSeconds"] = 10 }
            if p["successThreshold"].isNull { p["successThreshold"] = 1 }
            if p["failureThreshold"].isNull { p["failureThreshold"] = 3 }
            if case .object = p["httpGet"], p["httpGet"]["scheme"].isNull { p[path: ["httpGet", "scheme"]] = "HTTP" }
            if case .object = p["httpGet"], p["httpGet"]["path"].isNull { p[path: ["httpGet", "path"]] = "/" }
            c[probe] = p
        }
    }

    /// `Always` for `:latest` or untagged images, else `IfNotPresent`.
    static func pullPolicy(_ image: String) -> String {
        if image.contains("@") { return "IfNotPresent" }
        let last = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = last.lastIndex(of: ":") else { return "Always" }
        return last[last.index(after: colon)...] == "latest" ? "Always" : "IfNotPresent"
    }

    static func validate(_ spec: JSON, path: String) -> [StatusCause] {
        var causes: [StatusCause] = []
        let containers = spec["containers"].arrayValue ?? []
        if containers.isEmpty { causes.append(.required("\(path).containers")) }
        var names = Set<String>()
        for field in ["initContainers", "containers"] {
            for (i, c) in (spec[field].arrayValue ?? []).enumerated() {
                let p = "\(path).\(field)[\(i)]"
                let name = c["name"].stringValue ?? ""
                if name.isEmpty {
                    causes.append(.required("\(p).name"))
                } else {
                    for m in NameValidation.dns1123Label(name) { causes.append(.invalid("\(p).name", .string(name), m)) }
                    if !names.insert(name).inserted { causes.append(.duplicate("\(p).name", .string(name))) }
                }
                if (c["image"].stringValue ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                    causes.append(.required("\(p).image"))
                }
                if let pol = c["imagePullPolicy"].stringValue, !["Always", "IfNotPresent", "Never"].contains(pol) {
                    causes.append(.notSupported("\(p).imagePullPolicy", .string(pol), ["Always", "IfNotPresent", "Never"]))
                }
                for (j, port) in (c["ports"].arrayValue ?? []).enumerated() {
                    let cp = port["containerPort"].intValue ?? 0
                    if cp < 1 || cp > 65535 {
                        causes.append(.invalid("\(p).ports[\(j)].containerPort", .int(cp), "must be between 1 and 65535, inclusive"))
                    }
                    if let proto = port["protocol"].stringValue, !["TCP", "UDP", "SCTP"].contains(proto) {
                        causes.append(.notSupported("\(p).ports[\(j)].protocol", .string(proto), ["SCTP", "TCP", "UDP"]))
                    }
                }
            }
        }
        if let rp = spec["restartPolicy"].stringValue, !["Always", "OnFailure", "Never"].contains(rp) {
            causes.append(.notSupported("\(path).restartPolicy", .string(rp), ["Always", "OnFailure", "Never"]))
        }
        if let dp = spec["dnsPolicy"].stringValue, !["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"].contains(dp) {
            causes.append(.notSupported("\(path).dnsPolicy", .string(dp), ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"]))
        }
        return causes
    }
}
