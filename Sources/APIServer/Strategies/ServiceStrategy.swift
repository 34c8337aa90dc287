import APIMachinery

/// Services: defaults (type, ports, IP families), validation, DNS-1035 names.
enum ServiceStrategy {
    static func make() -> ResourceStrategy {
        var s = ResourceStrategy()
        s.nameRule = .dns1035
        s.prepareForCreate = { o in o["status"] = ["loadBalancer": [:]] }
        s.defaults = { o in
            var spec = o["spec"]
            if case .null = spec { spec = .object([:]) }
            if spec["type"].isNull { spec["type"] = "ClusterIP" }
            if spec["sessionAffinity"].isNull { spec["sessionAffinity"] = "None" }
            let type = spec["type"].stringValue ?? "ClusterIP"
            if type != "ExternalName" {
                if spec["internalTrafficPolicy"].isNull { spec["internalTrafficPolicy"] = "Cluster" }
                if spec["ipFamilyPolicy"].isNull { spec["ipFamilyPolicy"] = "SingleStack" }
                if spec["ipFamilies"].isNull { spec["ipFamilies"] = ["IPv4"] }
            }
            if (type == "NodePort" || type == "LoadBalancer") && spec["externalTrafficPolicy"].isNull {
                spec["externalTrafficPolicy"] = "Cluster"
            }
            if type == "LoadBalancer" && spec["allocateLoadBalancerNodePorts"].isNull { spec["allocateLoadBalancerNodePorts"] = true }
            if case .array(var ports) = spec["ports"] {
                for i in ports.indices {
                    if ports[i]["protocol"].isNull { ports[i]["protocol"] = "TCP" }
                    if ports[i]["targetPort"].isNull { ports[i]["targetPort"] = ports[i]["port"] }
                }
                spec["ports"] = .array(ports)
            }
            o["spec"] = spec
        }
        s.validate = { o in
            var causes: [StatusCause] = []
            let spec = o["spec"]
            let type = spec["type"].stringValue ?? "ClusterIP"
            let types = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"]
            if !types.contains(type) { causes.append(.notSupported("spec.type", .string(type), types)) }
            let ports = spec["ports"].arrayValue ?? []
            if ports.isEmpty && type != "ExternalName" && spec["clusterIP"].stringValue != "None" {
                causes.append(.required("spec.ports"))
            }
            var names = Set<String>()
            for (i, p) in ports.enumerated() {
                let port = p["port"].intValue ?? 0
                if port < 1 || port > 65535 {
                    causes.append(.invalid("spec.ports[\(i)].port", .int(port), "must be between 1 and 65535, inclusive"))
                }
                if ports.count > 1 && (p["name"].stringValue ?? "").isEmpty { causes.append(.required("spec.ports[\(i)].name")) }
                if let n = p["name"].stringValue, !n.isEmpty, !names.insert(n).inserted {
                    causes.append(.duplicate("spec.ports[\(i)].name", .string(n)))
                }
                if let proto = p["protocol"].stringValue, !["TCP", "UDP", "SCTP"].contains(proto) {
                    causes.append(.notSupported("spec.ports[\(i)].protocol", .string(proto), ["SCTP", "TCP", "UDP"]))
                }
            }
            if type == "ExternalName" && (spec["externalName"].stringValue ?? "").isEmpty {
                causes.append(.required("spec.externalName"))
            }
            return causes
        }
        s.validateUpdate = { new, old in
            let oldIP = old["spec"]["clusterIP"].stringValue ?? ""
            let newIP = new["spec"]["clusterIP"].stringValue ?? ""
            if !oldIP.isEmpty && !newIP.isEmpty && oldIP != newIP && old["spec"]["type"].stringValue != "ExternalName" {
                return [.invalid("spec.clusterIPs[0]", .string(newIP), "may not change once set")]
            }
            return []
        }
        s.fields = { o in
            ["spec.clusterIP": o["spec"]["clusterIP"].stringValue ?? "", "spec.type": o["spec"]["type"].stringValue ?? ""]
        }
        s.supportedFields = ["spec.clusterIP", "spec.type"]
        return s
    }
}
