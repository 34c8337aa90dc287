import APIMachinery
import ArgumentParser
import Foundation
import NIOCore

/// A large Deployment from create to all replicas Ready, then a rolling update of it to all replicas
/// updated and Ready, against a running `apus server --simulated-nodes N`.
struct DeploymentBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deployment", abstract: "Roll out and roll over a large Deployment on simulated nodes.")

    @Option(help: "Admin kubeconfig of the server.") var kubeconfig: String
    @Option(help: "PID of the server process, to report its RSS.") var serverPid: Int32?
    @Option(help: "Replicas of the Deployment.") var replicas: Int = 1000
    @Option(help: "Nodes that must be Ready before the run starts.") var nodes: Int = 100
    @Option(help: "Namespace of the run (created; must not exist).") var namespace: String = "deploy-bench"

    func run() async throws {
        let client = try BenchClient(kubeconfig: kubeconfig, connections: 8)
        defer { Task { await client.shutdown() } }
        _ = try await BenchCluster.waitForReadyNodes(client, count: nodes)
        try await BenchCluster.createNamespace(client, namespace)
        let path = "/apis/apps/v1/namespaces/\(namespace)/deployments"
        let start = Clock.now()
        let (status, _) = try await client.send(.POST, path, body: Self.deployment(replicas: replicas, image: "busybox:1.36"))
        if status != 201 { throw ValidationError("create answered \(status)") }
        let rolledOut = try await waitForRollout(client, path: path + "/big", generation: 1)
        print(String(format: "Deployment of %d replicas: create to all Ready in %.1fs; server RSS %@", replicas, rolledOut - start, BenchCluster.rss(serverPid)))

        let patchStart = Clock.now()
        let patch = Array(#"{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"busybox:1.37"}]}}}}"#.utf8)
        let (patched, _) = try await client.send(.PATCH, path + "/big", body: patch, contentType: "application/strategic-merge-patch+json")
        if patched != 200 { throw ValidationError("patch answered \(patched)") }
        let updated = try await waitForRollout(client, path: path + "/big", generation: 2)
        print(String(format: "rolling update of %d replicas (maxSurge 25%%, maxUnavailable 25%%): %.1fs; server RSS %@", replicas, updated - patchStart, BenchCluster.rss(serverPid)))
    }

    /// Polls the Deployment until the rollout of `generation` is complete (what `kubectl rollout status` waits for).
    func waitForRollout(_ client: BenchClient, path: String, generation: Int64, timeout: Double = 900) async throws -> Double {
        let deadline = Clock.now() + timeout
        while Clock.now() < deadline {
            let (_, body) = try await client.send(.GET, path)
            let d = try JSON.parse(Array(body.readableBytesView))
            let s = d["status"]
            let want = Int64(replicas)
            if (s["observedGeneration"].intValue ?? 0) >= generation, s["updatedReplicas"].intValue == want,
                s["readyReplicas"].intValue == want, s["availableReplicas"].intValue == want, s["replicas"].intValue == want
            {
                return Clock.now()
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ValidationError("rollout of generation \(generation) did not complete")
    }

    static func deployment(replicas: Int, image: String) -> [UInt8] {
        Array(#"""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"big"},"spec":{"replicas":\#(replicas),
            "selector":{"matchLabels":{"app":"big"}},"template":{"metadata":{"labels":{"app":"big"}},
            "spec":{"containers":[{"name":"c","image":"\#(image)","resources":{"requests":{"cpu":"10m","memory":"16Mi"}}}]}}}}
            """#.utf8)
    }
}
