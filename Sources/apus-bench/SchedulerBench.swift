import APIMachinery
import ArgumentParser
import Foundation
import NIOCore

/// Scheduler throughput end to end through the API server: nodes (simulated, already registered), some
/// pods already bound, then pods created as fast as the API accepts them; reports pods/s from the first
/// create to the last bind, observed through a watch.
struct SchedulerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scheduler",
        abstract: "Scheduler throughput against a running `apus server --simulated-nodes N`.")

    enum Workload: String, ExpressibleByArgument, CaseIterable {
        /// Pods with resource requests only.
        case basic
        /// Pods with required anti-affinity on the host name within groups of 100.
        case antiAffinity = "anti-affinity"
        /// Pods with a DoNotSchedule zone topology spread constraint within groups of 100.
        case spread
    }

    @Option(help: "Admin kubeconfig of the server.") var kubeconfig: String
    @Option(help: "PID of the server process, to report its RSS.") var serverPid: Int32?
    @Option(help: "Nodes that must be Ready before the run starts.") var nodes: Int = 5000
    @Option(help: "Pods bound (spec.nodeName set) before the measured phase.") var boundPods: Int = 1000
    @Option(help: "Pods created in the measured phase.") var pods: Int = 10_000
    @Option(help: "Concurrent create requests.") var concurrency: Int = 32
    @Option(help: "What the pods ask of the scheduler.") var workload: Workload = .basic
    @Option(help: "Namespace of the run (created; must not exist).") var namespace: String?

    func run() async throws {
        let client = try BenchClient(kubeconfig: kubeconfig, connections: concurrency + 4)
        defer { Task { await client.shutdown() } }
        let ns = namespace ?? "sched-\(workload.rawValue)"
        let nodeNames = try await BenchCluster.waitForReadyNodes(client, count: nodes)
        print("\(nodeNames.count) nodes Ready; server RSS: \(BenchCluster.rss(serverPid))")
        try await BenchCluster.createNamespace(client, ns)

        // Pods already bound, spread round robin over the nodes.
        try await BenchCluster.parallel(count: boundPods, concurrency: concurrency) { i in
            let body = Self.pod("bound-\(i)", group: i % 100, workload: .basic, nodeName: nodeNames[i % nodeNames.count])
            let (status, _) = try await client.send(.POST, "/api/v1/namespaces/\(ns)/pods", body: body)
            if status != 201 { throw ValidationError("create of a bound pod answered \(status)") }
        }

        // Watch binds from the current revision on, then create the measured pods.
        let (_, listBody) = try await client.send(.GET, "/api/v1/namespaces/\(ns)/pods?limit=1")
        let rv = APIBench.resourceVersion(listBody)
        let bound = Locked(Set<String>())
        let lastBind = Locked(0.0)
        let target = pods
        let done = AsyncStream<Void>.makeStream()
        let watcher = Task {
            try? await client.watch("/api/v1/namespaces/\(ns)/pods?watch=true&allowWatchBookmarks=false&resourceVersion=\(rv)") { line in
                let now = Clock.now()
                guard let name = BenchCluster.boundPodName(line, prefix: "p-") else { return }
                let count = bound.with { s -> Int in s.insert(name); return s.count }
                lastBind.with { $0 = now }
                if count == target { done.continuation.yield() }
            }
        }
        try await Task.sleep(for: .milliseconds(500))
        let start = Clock.now()
        var createLatency = Samples()
        let latencies = Locked([Double]())
        try await BenchCluster.parallel(count: pods, concurrency: concurrency) { i in
            let s = Clock.now()
            let (status, _) = try await client.send(.POST, "/api/v1/namespaces/\(ns)/pods", body: Self.pod("p-\(i)", group: i % 100, workload: workload))
            if status != 201 { throw ValidationError("create answered \(status)") }
            latencies.with { $0.append(Clock.now() - s) }
        }
        let createdAt = Clock.now()
        createLatency.values = latencies.with { $0 }
        print(String(format: "created %d pods in %.1fs (%.0f/s), %@", pods, createdAt - start, Double(pods) / (createdAt - start), createLatency.summary))
        // Wait for the last bind (or give up after 10 minutes and report what was bound).
        let waiter = Task {
            for await _ in done.stream { return }
        }
        let timeout = Task {
            try? await Task.sleep(for: .seconds(600))
            waiter.cancel()
        }
        await waiter.value
        timeout.cancel()
        watcher.cancel()
        let count = bound.with { $0.count }
        let end = lastBind.with { $0 }
        print(String(
            format: "[%@] %d/%d pods bound on %d nodes in %.1fs from first create to last bind: %.0f pods/s; server RSS %@",
            workload.rawValue, count, pods, nodeNames.count, end - start, Double(count) / (end - start), BenchCluster.rss(serverPid)))
        if count < pods { throw ValidationError("only \(count) of \(pods) pods were bound") }
    }

    static func pod(_ name: String, group: Int, workload: Workload, nodeName: String? = nil) -> [UInt8] {
        var spec = #""containers":[{"name":"c","image":"busybox:1.36","resources":{"requests":{"cpu":"10m","memory":"16Mi"}}}]"#
        if let nodeName { spec += #","nodeName":"\#(nodeName)""# }
        let selector = #"{"matchLabels":{"group":"g\#(group)"}}"#
        switch workload {
        case .basic: break
        case .antiAffinity:
            spec += #","affinity":{"podAntiAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":[{"labelSelector":\#(selector),"topologyKey":"kubernetes.io/hostname"}]}}"#
        case .spread:
            spec += #","topologySpreadConstraints":[{"maxSkew":1,"topologyKey":"topology.kubernetes.io/zone","whenUnsatisfiable":"DoNotSchedule","labelSelector":\#(selector)}]"#
        }
        return Array(#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"\#(name)","labels":{"app":"bench","group":"g\#(group)"}},"spec":{\#(spec)}}"#.utf8)
    }
}

/// Helpers the control-plane benchmarks share.
enum BenchCluster {
    static func rss(_ pid: Int32?) -> String {
        pid.flatMap { rssMiB(pid: $0) }.map { String(format: "%.1f MiB", $0) } ?? "n/a"
    }

    /// CPU seconds (user + system) a process has used, from /proc/PID/stat.
    static func cpuSeconds(_ pid: Int32) -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = s.lastIndex(of: ")")
        else { return nil }
        let fields = s[s.index(after: close)...].split(separator: " ")
        // After the command: state is field 3, utime 14 and stime 15 (1-based), i.e. offsets 11 and 12 here.
        guard fields.count > 12, let u = Double(fields[11]), let k = Double(fields[12]) else { return nil }
        return (u + k) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func createNamespace(_ client: BenchClient, _ name: String) async throws {
        let (status, _) = try await client.send(
            .POST, "/api/v1/namespaces", body: Array(#"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"\#(name)"}}"#.utf8))
        if status != 201 { throw ValidationError("namespace \(name): create answered \(status) (it must not exist)") }
    }

    /// Waits until `count` nodes have Ready=True; returns their names.
    static func waitForReadyNodes(_ client: BenchClient, count: Int, timeout: Double = 900) async throws -> [String] {
        let deadline = Clock.now() + timeout
        while true {
            let (_, body) = try await client.send(.GET, "/api/v1/nodes")
            let list = try JSON.parse(Array(body.readableBytesView))
            let ready = (list["items"].arrayValue ?? []).filter { node in
                (node["status"]["conditions"].arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
            }.compactMap { $0["metadata"]["name"].stringValue }
            if ready.count >= count { return ready.sorted() }
            if Clock.now() > deadline { throw ValidationError("only \(ready.count) of \(count) nodes became Ready") }
            try await Task.sleep(for: .seconds(2))
        }
    }

    /// Runs `body(i)` for i in 0..<count with at most `concurrency` in flight.
    static func parallel(count: Int, concurrency: Int, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let next = Locked(0)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, concurrency) {
                group.addTask {
                    while true {
                        let i = next.with { n -> Int in n += 1; return n - 1 }
                        if i >= count { return }
                        try await body(i)
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    /// The name of the pod in a watch event line when the pod is bound (has spec.nodeName) and is
    /// named with `prefix`; nil otherwise. Scans the bytes instead of decoding the whole event.
    static func boundPodName(_ line: [UInt8], prefix: String) -> String? {
        guard line.firstRange(of: Array("\"nodeName\":\"".utf8)) != nil,
            let r = line.firstRange(of: Array("\"name\":\"\(prefix)".utf8))
        else { return nil }
        let rest = line[r.upperBound...]
        guard let end = rest.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        return prefix + String(decoding: rest[..<end], as: UTF8.self)
    }
}
