import APIMachinery
import Client
import Foundation

/// One container's usage as the kubelet reports it (from CRI container stats).
struct ContainerUsage: Sendable, Equatable {
    var name: String
    var podName: String
    var podNamespace: String
    var podUID: String
    /// Nanoseconds since the epoch.
    var timestamp: Int64
    var startedAt: Int64
    var usageCoreNanoSeconds: UInt64?
    var usageNanoCores: UInt64?
    var workingSetBytes: UInt64?
    var usageBytes: UInt64?
    var rssBytes: UInt64?
    var rootfsUsedBytes: UInt64?
}

/// The kubelet's `/stats/summary` (stats/v1alpha1 Summary) and `/metrics/resource`
/// (Prometheus text) documents (pure).
enum StatsReport {
    static func time(_ nanos: Int64) -> String {
        MicroTime.formatSeconds(Date(timeIntervalSince1970: Double(nanos) / 1e9))
    }

    static func cpu(_ timestamp: Int64, nanoCores: UInt64?, coreNanoSeconds: UInt64?) -> JSON {
        var o: [String: JSON] = ["time": .string(time(timestamp))]
        if let nanoCores { o["usageNanoCores"] = .int(Int64(nanoCores)) }
        if let coreNanoSeconds { o["usageCoreNanoSeconds"] = .int(Int64(coreNanoSeconds)) }
        return .object(o)
    }

    static func memory(_ timestamp: Int64, workingSet: UInt64?, usage: UInt64?, rss: UInt64?, available: UInt64? = nil) -> JSON {
        var o: [String: JSON] = ["time": .string(time(timestamp))]
        if let workingSet { o["workingSetBytes"] = .int(Int64(workingSet)) }
        if let usage { o["usageBytes"] = .int(Int64(usage)) }
        if let rss { o["rssBytes"] = .int(Int64(rss)) }
        if let available { o["availableBytes"] = .int(Int64(available)) }
        return .object(o)
    }

    static func summary(nodeName: String, nodeStart: Int64, node: NodeUsage, nodeNanoCores: UInt64?, containers: [ContainerUsage]) -> JSON {
        let nodeJSON: JSON = [
            "nodeName": .string(nodeName), "startTime": .string(time(nodeStart)),
            "cpu": cpu(node.timestamp, nanoCores: nodeNanoCores, coreNanoSeconds: node.usageCoreNanoSeconds),
            "memory": memory(node.timestamp, workingSet: node.memoryWorkingSetBytes, usage: node.memoryWorkingSetBytes, rss: nil,
                             available: node.memoryAvailableBytes),
        ]
        var byPod: [String: [ContainerUsage]] = [:]
        for c in containers { byPod[c.podUID, default: []].append(c) }
        let pods: [JSON] = byPod.keys.sorted().compactMap { uid in
            guard let list = byPod[uid], let first = list.first else { return nil }
            let sorted = list.sorted { $0.name < $1.name }
            let stamp = sorted.map(\.timestamp).max() ?? first.timestamp
            func sum(_ values: [UInt64?]) -> UInt64? { values.contains { $0 != nil } ? values.compactMap { $0 }.reduce(0, +) : nil }
            return [
                "podRef": ["name": .string(first.podName), "namespace": .string(first.podNamespace), "uid": .string(uid)],
                "startTime": .string(time(sorted.map(\.startedAt).filter { $0 > 0 }.min() ?? stamp)),
                "containers": .array(sorted.map { c in
                    var o: [String: JSON] = [
                        "name": .string(c.name), "startTime": .string(time(c.startedAt > 0 ? c.startedAt : c.timestamp)),
                        "cpu": cpu(c.timestamp, nanoCores: c.usageNanoCores, coreNanoSeconds: c.usageCoreNanoSeconds),
                        "memory": memory(c.timestamp, workingSet: c.workingSetBytes, usage: c.usageBytes, rss: c.rssBytes),
                    ]
                    if let used = c.rootfsUsedBytes { o["rootfs"] = ["time": .string(time(c.timestamp)), "usedBytes": .int(Int64(used))] }
                    return .object(o)
                }),
                "cpu": cpu(stamp, nanoCores: sum(sorted.map(\.usageNanoCores)), coreNanoSeconds: sum(sorted.map(\.usageCoreNanoSeconds))),
                "memory": memory(stamp, workingSet: sum(sorted.map(\.workingSetBytes)), usage: sum(sorted.map(\.usageBytes)), rss: sum(sorted.map(\.rssBytes))),
            ]
        }
        return ["node": nodeJSON, "pods": .array(pods)]
    }

    /// The Prometheus text metrics-server reads from `/metrics/resource`.
    static func resourceMetrics(node: NodeUsage, containers: [ContainerUsage]) -> String {
        func ms(_ nanos: Int64) -> Int64 { nanos / 1_000_000 }
        func label(_ s: String) -> String { s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") }
        var out = ""
        func family(_ name: String, _ type: String, _ help: String, _ samples: [String]) {
            out += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
            for s in samples { out += s + "\n" }
        }
        let sorted = containers.sorted { ($0.podNamespace, $0.podName, $0.name) < ($1.podNamespace, $1.podName, $1.name) }
        func containerLabels(_ c: ContainerUsage) -> String {
            "{container=\"\(label(c.name))\",namespace=\"\(label(c.podNamespace))\",pod=\"\(label(c.podName))\"}"
        }
        family("container_cpu_usage_seconds_total", "counter", "[STABLE] CPU time the container has used, in core-seconds",
               sorted.compactMap { c in c.usageCoreNanoSeconds.map { "container_cpu_usage_seconds_total\(containerLabels(c)) \(Double($0) / 1e9) \(ms(c.timestamp))" } })
        family("container_memory_working_set_bytes", "gauge", "[STABLE] The container's working set memory, in bytes",
               sorted.compactMap { c in c.workingSetBytes.map { "container_memory_working_set_bytes\(containerLabels(c)) \($0) \(ms(c.timestamp))" } })
        family("container_start_time_seconds", "gauge", "[STABLE] When the container started, in seconds since the epoch",
               sorted.filter { $0.startedAt > 0 }.map { c in "container_start_time_seconds\(containerLabels(c)) \(Double(c.startedAt) / 1e9) \(ms(c.timestamp))" })
        family("node_cpu_usage_seconds_total", "counter", "[STABLE] CPU time the node has used, in core-seconds",
               ["node_cpu_usage_seconds_total \(Double(node.usageCoreNanoSeconds) / 1e9) \(ms(node.timestamp))"])
        family("node_memory_working_set_bytes", "gauge", "[STABLE] The node's working set memory, in bytes",
               ["node_memory_working_set_bytes \(node.memoryWorkingSetBytes) \(ms(node.timestamp))"])
        var pods: [String: (ns: String, name: String, cpu: UInt64?, mem: UInt64?, ts: Int64)] = [:]
        for c in sorted {
            var p = pods[c.podUID] ?? (c.podNamespace, c.podName, nil, nil, c.timestamp)
            if let v = c.usageCoreNanoSeconds { p.cpu = (p.cpu ?? 0) + v }
            if let v = c.workingSetBytes { p.mem = (p.mem ?? 0) + v }
            p.ts = max(p.ts, c.timestamp)
            pods[c.podUID] = p
        }
        let podList = pods.values.sorted { ($0.ns, $0.name) < ($1.ns, $1.name) }
        family("pod_cpu_usage_seconds_total", "counter", "[STABLE] CPU time the pod has used, in core-seconds",
               podList.compactMap { p in p.cpu.map { "pod_cpu_usage_seconds_total{namespace=\"\(label(p.ns))\",pod=\"\(label(p.name))\"} \(Double($0) / 1e9) \(ms(p.ts))" } })
        family("pod_memory_working_set_bytes", "gauge", "[STABLE] The pod's working set memory, in bytes",
               podList.compactMap { p in p.mem.map { "pod_memory_working_set_bytes{namespace=\"\(label(p.ns))\",pod=\"\(label(p.name))\"} \($0) \(ms(p.ts))" } })
        family("resource_scrape_error", "gauge", "[STABLE] 1 when an error occurred while collecting these metrics, else 0", ["resource_scrape_error 0"])
        return out
    }
}
