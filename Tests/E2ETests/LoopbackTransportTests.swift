import Foundation
import Testing

/// How `apus server`'s own scheduler, controller manager and simulated nodes reach its API server: in memory by
/// default, over loopback HTTPS with `--loopback-https`. Either way a Deployment rolls out; the open connections to
/// the API server's port tell the two apart (the components' watches hold HTTPS connections only in the second).
@Suite("in-process components: in memory or over loopback HTTPS", .serialized)
struct LoopbackTransportTests {
    /// Established TCP connections to `port` on loopback, seen from the connecting side.
    static func clientConnections(to port: Int) async throws -> Int {
        let r = try await ProcessRunner.run("/usr/bin/ss", ["-Htn", "state", "established", "( dport = :\(port) )"])
        guard r.status == 0 else { throw E2EError("ss failed: \(r)") }
        return r.stdout.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
    }

    @Test("a Deployment rolls out both ways; only --loopback-https holds connections", arguments: [false, true])
    func rollout(loopbackHTTPS: Bool) async throws {
        let server = try await ApusServerProcess.startCluster(nodes: 2, extraArgs: loopbackHTTPS ? ["--loopback-https"] : [])
        defer { server.stop() }
        let k = Kubectl(path: Kubectl.v133, kubeconfig: server.kubeconfig)
        try await k.ok(["apply", "-f", "-"], stdin: ClusterManifests.deployment("web", replicas: 4))
        try await WorkloadKubectlTests.rolledOut(k, "deploy/web")
        let pods = try await WorkloadKubectlTests.settled(k, "web", count: 4, image: "busybox:1.36")
        #expect(Set(pods.map(\.node)).isSubset(of: ["sim-node-0", "sim-node-1"]))
        let connections = try await Self.clientConnections(to: server.port)
        if loopbackHTTPS {
            // Scheduler, controller manager and simulated nodes each watch over their own connections.
            #expect(connections >= 3, "\(connections) connections to the API server")
        } else {
            #expect(connections == 0, "\(connections) connections to the API server")
        }
    }
}
