import APIMachinery
import ArgumentParser
import Foundation

/// Pod startup latency on a real node (image present): create → Running with Ready=True, as a
/// watch sees it; one pod at a time, then a batch created at once. Also the agent's RSS.
struct PodStartupBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pod-startup", abstract: "Pod startup latency on a real node (create to Running+Ready through a watch).")

    @Option(help: "Admin kubeconfig of the server.") var kubeconfig: String
    @Option(help: "The real node the pods are bound to.") var node: String
    @Option(help: "Runs of a single pod.") var single: Int = 10
    @Option(help: "Pods created at once in the batch run.") var batch: Int = 30
    @Option(help: "Batch runs.") var batches: Int = 3
    @Option(help: "PID whose RSS is reported (the agent, or the server running the local node).") var agentPid: Int32?
    @Option(help: "Namespace of the run.") var namespace: String = "startup-bench"

    func pod(_ name: String) -> [UInt8] {
        let pod: JSON = [
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "labels": ["bench": "startup"]],
            "spec": [
                "nodeName": .string(node), "terminationGracePeriodSeconds": 0,
                "containers": [["name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sleep", "3600"]]],
            ],
        ]
        return pod.serialized()
    }

    static func runningAndReady(_ pod: JSON) -> Bool {
        pod["status"]["phase"] == "Running"
            && (pod["status"]["conditions"].arrayValue ?? []).contains { $0["type"] == "Ready" && $0["status"] == "True" }
    }

    /// Creates `names` at once and returns each one's seconds from its create to Running+Ready.
    func measure(_ client: BenchClient, names: [String]) async throws -> [Double] {
        let created = Locked<[String: Double]>([:])
        let done = Locked<[String: Double]>([:])
        let wanted = Set(names)
        let watch = Task {
            try await client.watch("/api/v1/namespaces/\(namespace)/pods?watch=true&labelSelector=bench%3Dstartup") { line in
                guard let event = try? JSON.parse(line), let name = event["object"]["metadata"]["name"].stringValue,
                      wanted.contains(name), Self.runningAndReady(event["object"]) else { return }
                let now = Clock.now()
                done.with { if $0[name] == nil { $0[name] = now } }
            }
        }
        try await Task.sleep(for: .milliseconds(300))
        try await BenchCluster.parallel(count: names.count, concurrency: names.count) { i in
            let start = Clock.now()
            let (status, _) = try await client.send(.POST, "/api/v1/namespaces/\(namespace)/pods", body: pod(names[i]))
            if status != 201 { throw ValidationError("create answered \(status)") }
            created.with { $0[names[i]] = start }
        }
        let deadline = Clock.now() + 120
        while done.with({ $0.count }) < names.count && Clock.now() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        watch.cancel()
        let (c, d) = (created.with { $0 }, done.with { $0 })
        guard d.count == names.count else { throw ValidationError("only \(d.count) of \(names.count) pods became Ready within 120 s") }
        return names.compactMap { n in c[n].flatMap { s in d[n].map { $0 - s } } }
    }

    func cleanUp(_ client: BenchClient) async throws {
        _ = try await client.send(.DELETE, "/api/v1/namespaces/\(namespace)/pods?labelSelector=bench%3Dstartup&gracePeriodSeconds=0")
        for _ in 0..<300 {
            let (_, body) = try await client.send(.GET, "/api/v1/namespaces/\(namespace)/pods?labelSelector=bench%3Dstartup")
            if (try JSON.parse(Array(body.readableBytesView)))["items"].arrayValue?.isEmpty ?? true { return }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    func run() async throws {
        let client = try BenchClient(kubeconfig: kubeconfig, connections: batch + 4)
        defer { Task { await client.shutdown() } }
        try? await BenchCluster.createNamespace(client, namespace)
        try await cleanUp(client)
        print("agent RSS idle: \(BenchCluster.rss(agentPid))")
        var one = Samples()
        for r in 0..<single {
            for v in try await measure(client, names: ["single-\(r)"]) { one.add(v) }
            try await cleanUp(client)
        }
        print(String(format: "1 pod, %d runs: p50 %.3f s, p99 %.3f s, max %.3f s", single, one.percentile(0.5), one.percentile(0.99), one.percentile(1.0)))
        for b in 0..<batches {
            var many = Samples()
            for v in try await measure(client, names: (0..<batch).map { "batch-\(b)-\($0)" }) { many.add(v) }
            print(String(format: "%d pods at once (run %d): p50 %.3f s, p99 %.3f s; agent RSS %@", batch, b + 1,
                         many.percentile(0.5), many.percentile(0.99), BenchCluster.rss(agentPid)))
            try await cleanUp(client)
        }
    }
}
