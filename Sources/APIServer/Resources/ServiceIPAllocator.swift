import APIMachinery
import Synchronization

/// Allocates Service cluster IPs from the service CIDR and node ports from 30000-32767.
///
/// Allocation is checked against the services the cache holds plus a short-lived reservation list, so two
/// concurrent creates do not receive the same address.
final class ServiceIPAllocator: Sendable {
    let base: UInt32
    let size: UInt32
    let reserved = Mutex<(ips: [UInt32: ContinuousClock.Instant], ports: [Int64: ContinuousClock.Instant])>(([:], [:]))

    init(cidr: String) {
        let parts = cidr.split(separator: "/")
        let octets = parts.first.map { $0.split(separator: ".").compactMap { UInt32($0) } } ?? []
        let bits = parts.count > 1 ? UInt32(parts[1]) ?? 16 : 16
        var b: UInt32 = 0
        for o in octets.prefix(4) { b = b << 8 | o }
        if octets.count < 4 { b = 0x0A2B_0000 }
        let hostBits = 32 - min(max(bits, 8), 30)
        size = (1 << hostBits)
        base = b & ~(size - 1)
    }

    static func format(_ ip: UInt32) -> String {
        "\(ip >> 24).\((ip >> 16) & 255).\((ip >> 8) & 255).\(ip & 255)"
    }

    static func parse(_ s: String) -> UInt32? {
        let o = s.split(separator: ".").compactMap { UInt32($0) }
        guard o.count == 4, o.allSatisfy({ $0 < 256 }) else { return nil }
        return o[0] << 24 | o[1] << 16 | o[2] << 8 | o[3]
    }

    /// The first address of the range (10.43.0.1 by default), given to the `kubernetes` service.
    var first: String { Self.format(base + 1) }

    func allocate(_ obj: inout JSON, old: JSON?, existing: [JSON]) throws {
        var spec = obj["spec"]
        let type = spec["type"].stringValue ?? "ClusterIP"
        let name = obj["metadata"]["name"].stringValue ?? ""
        if type == "ExternalName" {
            spec["clusterIP"] = .null
            spec["clusterIPs"] = .null
            obj["spec"] = spec
            return
        }
        let others = existing.filter { $0["metadata"]["uid"] != obj["metadata"]["uid"] }
        var usedIPs = Set(others.compactMap { $0["spec"]["clusterIP"].stringValue.flatMap(Self.parse) })
        var usedPorts = Set<Int64>()
        for s in others { for p in s["spec"]["ports"].arrayValue ?? [] { if let n = p["nodePort"].intValue { usedPorts.insert(n) } } }
        let now = ContinuousClock.now
        reserved.withLock { r in
            r.ips = r.ips.filter { now - $0.value < .seconds(10) }
            r.ports = r.ports.filter { now - $0.value < .seconds(10) }
            usedIPs.formUnion(r.ips.keys)
            usedPorts.formUnion(r.ports.keys)
        }
        var ip = spec["clusterIP"].stringValue ?? old?["spec"]["clusterIP"].stringValue ?? ""
        if ip.isEmpty {
            var g = SystemRandomNumberGenerator()
            var found: UInt32?
            for _ in 0..<Int(min(size, 4096)) {
                let c = base + 1 + UInt32(g.next() % UInt64(size - 2))
                if !usedIPs.contains(c) { found = c; break }
            }
            guard let f = found else {
                throw APIError(code: 500, reason: "InternalError", message: "Internal error occurred: failed to allocate a serviceIP: range is full")
            }
            reserved.withLock { $0.ips[f] = now }
            ip = Self.format(f)
        } else if ip != "None" {
            guard let v = Self.parse(ip), v > base, v < base + size - 1 else {
                throw APIError.invalid(group: "", kind: "Service", name: name, causes: [
                    .invalid("spec.clusterIPs", .string(ip), "failed to allocate IP \(ip): the provided IP (\(ip)) is not in the valid range. The range of valid IPs is \(Self.format(base))/\(32 - size.trailingZeroBitCount)")])
            }
            if old == nil && usedIPs.contains(v) {
                throw APIError.invalid(group: "", kind: "Service", name: name, causes: [
                    .invalid("spec.clusterIPs", .string(ip), "failed to allocate IP \(ip): provided IP is already allocated")])
            }
        }
        spec["clusterIP"] = .string(ip)
        spec["clusterIPs"] = [.string(ip)]
        if type == "NodePort" || type == "LoadBalancer", case .array(var ports) = spec["ports"] {
            let oldPorts = old?["spec"]["ports"].arrayValue ?? []
            for i in ports.indices where ports[i]["nodePort"].isNull {
                if let prev = oldPorts.first(where: { $0["port"] == ports[i]["port"] && $0["protocol"] == ports[i]["protocol"] })?["nodePort"].intValue {
                    ports[i]["nodePort"] = .int(prev)
                    continue
                }
                var g = SystemRandomNumberGenerator()
                for _ in 0..<3000 {
                    let p = Int64(30000 + g.next() % 2768)
                    if !usedPorts.contains(p) {
                        usedPorts.insert(p)
                        reserved.withLock { $0.ports[p] = now }
                        ports[i]["nodePort"] = .int(p)
                        break
                    }
                }
            }
            spec["ports"] = .array(ports)
        }
        obj["spec"] = spec
    }
}
