import APIMachinery
import ArgumentParser
import Foundation
import NIOCore

/// One large cluster: pods created (and scheduled onto the simulated nodes) until `pods` run, then the
/// server's RSS, the time to list every pod, and the CPU the idle cluster uses (heartbeats only).
struct ScaleBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale", abstract: "RSS, list time and idle CPU of a cluster with many nodes and pods.")

    @Option(help: "Admin kubeconfig of the server.") var kubeconfig: String
    @Option(help: "PID of the server process (RSS and CPU are read from /proc).") var serverPid: Int32
    @Option(help: "PIDs of other processes of the cluster (e.g. apus agent), for their CPU and RSS.") var otherPid: [Int32] = []
    @Option(help: "Nodes that must be Ready before the run starts.") var nodes: Int = 5000
    @Option(help: "Pods to create.") var pods: Int = 150_000
    @Option(help: "Concurrent create requests.") var concurrency: Int = 32
    @Option(help: "Seconds over which the idle CPU is measured.") var idleSeconds: Int = 60
    @Option(help: "Namespace prefix of the run (namespaces of 10,000 pods each are created).") var namespace: String = "scale"
    @Option(help: "Name prefix of the simulated nodes, for --prebound.") var nodePrefix: String = "sim-node-"
    @Flag(help: "Create the pods already bound (spec.nodeName set round robin), to fill the cluster without the scheduler.")
    var prebound = false

    func run() async throws {
        let client = try BenchClient(kubeconfig: kubeconfig, connections: concurrency + 4)
        defer { Task { await client.shutdown() } }
        _ = try await BenchCluster.waitForReadyNodes(client, count: nodes)
        print("\(nodes) nodes Ready; server RSS \(BenchCluster.rss(serverPid))")
        let perNamespace = 10_000
        let namespaces = (pods + perNamespace - 1) / perNamespace
        for n in 0..<namespaces { try await BenchCluster.createNamespace(client, "\(namespace)-\(n)") }
        let start = Clock.now()
        try await BenchCluster.parallel(count: pods, concurrency: concurrency) { i in
            let body = SchedulerBench.pod("p-\(i)", group: i % 100, workload: .basic, nodeName: prebound ? "\(nodePrefix)\(i % nodes)" : nil)
            let (status, _) = try await client.send(.POST, "/api/v1/namespaces/\(namespace)-\(i / perNamespace)/pods", body: body)
            if status != 201 { throw ValidationError("create answered \(status)") }
        }
        print(String(format: "created %d pods in %.1fs; server RSS %@", pods, Clock.now() - start, BenchCluster.rss(serverPid)))

        // Wait until none is Pending (all bound and Running on their simulated nodes).
        while true {
            let (_, body) = try await client.send(.GET, "/api/v1/pods?fieldSelector=status.phase%21%3DRunning&limit=1")
            let list = try JSON.parse(Array(body.readableBytesView))
            let left = (list["items"].arrayValue ?? []).count + Int(list["metadata"]["remainingItemCount"].intValue ?? 0)
            if left == 0 { break }
            print("  \(left) pods not Running yet")
            try await Task.sleep(for: .seconds(5))
        }
        print(String(format: "all %d pods Running %.1fs after the first create; server RSS %@", pods, Clock.now() - start, BenchCluster.rss(serverPid)))

        for attempt in 1...2 {
            let s = Clock.now()
            let (_, body) = try await client.send(.GET, "/api/v1/pods")
            print(String(format: "list of all pods (#%d, one response): %.2fs, %.0f MiB; server RSS %@", attempt, Clock.now() - s, Double(body.readableBytes) / 1048576, BenchCluster.rss(serverPid)))
        }
        let paged = Clock.now()
        var cont = "", pages = 0
        repeat {
            let (_, body) = try await client.send(.GET, "/api/v1/pods?limit=500" + (cont.isEmpty ? "" : "&continue=\(cont)"))
            cont = APIBench.continueToken(body)
            pages += 1
        } while !cont.isEmpty
        print(String(format: "list of all pods in pages of 500 (kubectl get pods -A): %.2fs, %d pages", Clock.now() - paged, pages))

        // Idle: nothing but heartbeats for `idleSeconds`.
        try await Task.sleep(for: .seconds(10))
        let pids = [serverPid] + otherPid
        let before = pids.map { BenchCluster.cpuSeconds($0) ?? 0 }
        let t0 = Clock.now()
        try await Task.sleep(for: .seconds(idleSeconds))
        let wall = Clock.now() - t0
        for (i, pid) in pids.enumerated() {
            let used = (BenchCluster.cpuSeconds(pid) ?? 0) - before[i]
            print(String(format: "idle CPU of pid %d over %.0fs: %.1f%% of one core; RSS %@", pid, wall, used / wall * 100, BenchCluster.rss(pid)))
        }
    }
}
