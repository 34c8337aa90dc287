import APIMachinery
import Foundation

/// Service networking: services, endpoints, endpoint slices, ingresses, ingress classes and network policies.
enum ServicePrinters {
    static let all: [String: ResourcePrinter] = [
        "/services": ResourcePrinter(serviceColumns) { o, ctx in serviceCells(o, now: ctx.now) },
        "/endpoints": ResourcePrinter(endpointsColumns) { o, ctx in endpointsCells(o, now: ctx.now) },
        "discovery.k8s.io/endpointslices": ResourcePrinter(endpointSliceColumns) { o, ctx in
            endpointSliceCells(o, now: ctx.now)
        },
        "networking.k8s.io/ingresses": ResourcePrinter(ingressColumns) { o, ctx in ingressCells(o, now: ctx.now) },
        "networking.k8s.io/ingressclasses": ResourcePrinter(ingressClassColumns) { o, ctx in
            ingressClassCells(o, now: ctx.now)
        },
        "networking.k8s.io/networkpolicies": ResourcePrinter(networkPolicyColumns) { o, ctx in
            [.string(o.name), .string(PrintFormat.labelSelector(o["spec", "podSelector"])), o.age(ctx.now)]
        },
    ]

    // MARK: Columns

    static let serviceColumns: [TableColumn] = [
        .name,
        .string("Type", "How the service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName."),
        .string("Cluster-IP", "The service's virtual IP inside the cluster."),
        .string("External-IP", "Addresses the service is reachable at from outside the cluster."),
        .string("Port(s)", "The service's ports, with node ports and protocols."),
        .age,
        .wide("Selector", "Labels of the pods that back the service."),
    ]

    static let endpointsColumns: [TableColumn] = [
        .name,
        .string("Endpoints", "Ready addresses with their ports."),
        .age,
    ]

    static let endpointSliceColumns: [TableColumn] = [
        .name,
        .string("AddressType", "The kind of addresses in the slice."),
        .string("Ports", "The ports of the endpoints."),
        .string("Endpoints", "Addresses of the endpoints."),
        .age,
    ]

    static let ingressColumns: [TableColumn] = [
        .name,
        .string("Class", "The ingress class that handles this ingress."),
        .string("Hosts", "Host names the rules match."),
        .string("Address", "Addresses of the load balancer serving the ingress."),
        .string("Ports", "Ports the ingress serves."),
        .age,
    ]

    static let ingressClassColumns: [TableColumn] = [
        .name,
        .string("Controller", "The controller that implements the class."),
        .string("Parameters", "The object holding the class's parameters."),
        .age,
    ]

    static let networkPolicyColumns: [TableColumn] = [
        .name,
        .string("Pod-Selector", "Labels of the pods the policy applies to."),
        .age,
    ]

    // MARK: Rows

    static func serviceCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let type = o.optionalString("spec", "type") ?? "ClusterIP"
        var clusterIP = o.array("spec", "clusterIPs").first?.stringValue ?? o.string("spec", "clusterIP")
        if clusterIP.isEmpty { clusterIP = "<none>" }
        var ports = portsString(o.array("spec", "ports"))
        if ports.isEmpty { ports = "<none>" }
        return [
            .string(o.name), .string(type), .string(clusterIP), .string(externalIP(o, type: type)), .string(ports), o.age(now),
            .string(PrintFormat.labels(o.object("spec", "selector"))),
        ]
    }

    /// The EXTERNAL-IP cell (never shortened: the server always prints wide).
    static func externalIP(_ o: PrinterObject, type: String) -> String {
        let externalIPs = o.array("spec", "externalIPs").map(\.printString)
        switch type {
        case "ClusterIP", "NodePort":
            return externalIPs.isEmpty ? "<none>" : externalIPs.joined(separator: ",")
        case "LoadBalancer":
            let lb = loadBalancerAddresses(o.array("status", "loadBalancer", "ingress"))
            if !externalIPs.isEmpty { return (lb + externalIPs).joined(separator: ",") }
            return lb.isEmpty ? "<pending>" : lb.joined(separator: ",")
        case "ExternalName":
            return o.string("spec", "externalName")
        default:
            return "<unknown>"
        }
    }

    /// Distinct load balancer addresses (IP, else host name), sorted.
    static func loadBalancerAddresses(_ ingress: [JSON]) -> [String] {
        var set = Set<String>()
        for entry in ingress {
            if let ip = entry["ip"].stringValue, !ip.isEmpty {
                set.insert(ip)
            } else if let host = entry["hostname"].stringValue, !host.isEmpty {
                set.insert(host)
            }
        }
        return set.sorted(by: PrintFormat.byteOrder)
    }

    /// `80/TCP,443:30443/TCP`.
    static func portsString(_ ports: [JSON]) -> String {
        ports.map { p in
            let port = p["port"].intValue ?? 0
            let proto = p["protocol"].stringValue ?? "TCP"
            if let nodePort = p["nodePort"].intValue, nodePort > 0 { return "\(port):\(nodePort)/\(proto)" }
            return "\(port)/\(proto)"
        }.joined(separator: ",")
    }

    static func endpointsCells(_ o: PrinterObject, now: Date) -> [JSON] {
        [.string(o.name), .string(endpointsString(o.array("subsets"))), o.age(now)]
    }

    /// Up to three ready `address:port` pairs (bare addresses for subsets without ports).
    static func endpointsString(_ subsets: [JSON]) -> String {
        if subsets.isEmpty { return "<none>" }
        let max = 3
        var list: [String] = []
        var count = 0
        for subset in subsets {
            let addresses = (subset["addresses"].arrayValue ?? []).map { $0["ip"].printString }
            let ports = subset["ports"].arrayValue ?? []
            if ports.isEmpty {
                count += addresses.count
                for ip in addresses where list.count < max { list.append(ip) }
                continue
            }
            for port in ports {
                count += addresses.count
                for ip in addresses where list.count < max {
                    list.append(PrintFormat.hostPort(ip, port["port"].intValue ?? 0))
                }
            }
        }
        let joined = list.joined(separator: ",")
        return count > max ? "\(joined) + \(count - max) more..." : joined
    }

    static func endpointSliceCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let ports = o.array("ports").map { p -> String in
            if let port = p["port"].intValue { return String(port) }
            if let name = p["name"].stringValue { return name }
            return "*"
        }
        let addresses = o.array("endpoints").flatMap { ($0["addresses"].arrayValue ?? []).map(\.printString) }
        return [
            .string(o.name), .string(o.string("addressType")),
            .string(PrintFormat.limitedList(ports, total: ports.count, max: 3, empty: "<unset>")),
            .string(PrintFormat.limitedList(addresses, total: addresses.count, max: 3, empty: "<unset>")), o.age(now),
        ]
    }

    static func ingressCells(_ o: PrinterObject, now: Date) -> [JSON] {
        let rules = o.array("spec", "rules")
        let max = 3
        var hosts: [String] = []
        var more = false
        for rule in rules {
            if hosts.count == max { more = true }
            if !more, let host = rule["host"].stringValue, !host.isEmpty { hosts.append(host) }
        }
        var hostsCell = hosts.isEmpty ? "*" : hosts.joined(separator: ",")
        if more && !hosts.isEmpty { hostsCell += " + \(rules.count - max) more..." }
        let address = loadBalancerAddresses(o.array("status", "loadBalancer", "ingress")).joined(separator: ",")
        let ports = o.array("spec", "tls").isEmpty ? "80" : "80, 443"
        return [
            .string(o.name), .string(o.optionalString("spec", "ingressClassName") ?? "<none>"), .string(hostsCell),
            .string(address), .string(ports), o.age(now),
        ]
    }

    static func ingressClassCells(_ o: PrinterObject, now: Date) -> [JSON] {
        var parameters = "<none>"
        let p = o["spec", "parameters"]
        if !p.isNull {
            parameters = p["kind"].printString
            if let group = p["apiGroup"].stringValue { parameters += "." + group }
            parameters += "/" + p["name"].printString
        }
        return [.string(o.name), .string(o.string("spec", "controller")), .string(parameters), o.age(now)]
    }
}
