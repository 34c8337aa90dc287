import Foundation
import Testing

/// `apus server` alone gives a working cluster: its own local node (kubelet and containerd in the
/// server's data dir) runs pods, and leaves nothing behind when the server stops.
@Suite("local node", .serialized, .enabled(if: ApusAgentProcess.unavailableReason == nil, Comment(rawValue: ApusAgentProcess.unavailableReason ?? "")))
struct LocalNodeTests {
    @Test func serverRunsALocalNode() async throws {
        let suffix = String(UUID().uuidString.prefix(6).lowercased())
        let bridge = "apusl" + suffix
        let server = try await ApusServerProcess.start(controlPlane: true, localNode: true, extraArgs: [
            // No --pod-cidr: the node IPAM controller assigns one from this cluster CIDR.
            "--node-name", "local-node", "--kubelet-port", "0", "--cluster-cidr", "10.251.0.0/16", "--bridge-name", bridge,
        ])
        let agentDir = server.dataDir + "/agent"
        var stopped = false
        defer {
            if !stopped { Self.stop(server, agentDir: agentDir, bridge: bridge) }
        }
        let k = Kubectl(path: Kubectl.v137, kubeconfig: server.kubeconfig)
        try await waitFor("local node Ready", timeout: 120) {
            (try? await k.ok(["get", "node", "local-node", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"])) == "True"
        }
        let cpu = try await k.ok(["get", "node", "local-node", "-o", "jsonpath={.status.capacity.cpu}"])
        #expect(Int(cpu) == ProcessInfo.processInfo.activeProcessorCount)
        #expect(try await k.ok(["get", "node", "local-node", "-o", "jsonpath={.spec.podCIDR}"]) == "10.251.0.0/24")

        // A Deployment's pod runs on it (scheduled by the in-process scheduler) and answers exec and logs.
        _ = try await k.ok(["create", "deployment", "hello", "--image=busybox", "--", "sh", "-c", "echo started; exec sleep 3600"])
        try await waitFor("hello Running", timeout: 90) {
            (try? await k.ok(["get", "pods", "-l", "app=hello", "-o", "jsonpath={.items[0].status.phase}"])) == "Running"
        }
        let pod = try await k.ok(["get", "pods", "-l", "app=hello", "-o", "jsonpath={.items[0].metadata.name}"])
        #expect(try await k.ok(["get", "pod", pod, "-o", "jsonpath={.spec.nodeName}"]) == "local-node")
        #expect(try await k.ok(["get", "pod", pod, "-o", "jsonpath={.status.podIP}"]).hasPrefix("10.251.0."))
        let exec = try await k.run(["exec", pod, "--", "hostname"])
        #expect(exec.stdout == pod + "\n", "\(exec)\n\(server.log.suffix(3000))")
        try await waitFor("hello's log") { (try? await k.ok(["logs", pod]))?.trimmingCharacters(in: .whitespacesAndNewlines) == "started" }

        // A projected service account token (TokenRequest bound to the pod) authenticates as the pod's account.
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "with-token"},
             "spec": {"containers": [{"name": "main", "image": "busybox", "command": ["sleep", "3600"],
                                      "volumeMounts": [{"name": "api", "mountPath": "/var/run/secrets/kubernetes.io/serviceaccount"}]}],
                      "volumes": [{"name": "api", "projected": {"sources": [{"serviceAccountToken": {"path": "token", "expirationSeconds": 3600}}]}}]}}
            """)
        try await waitFor("with-token Running", timeout: 90) {
            (try? await k.ok(["get", "pod", "with-token", "-o", "jsonpath={.status.phase}"])) == "Running"
        }
        let saToken = try await k.ok(["exec", "with-token", "--", "cat", "/var/run/secrets/kubernetes.io/serviceaccount/token"])
        #expect(saToken.split(separator: ".").count == 3, "a JWT: \(saToken.prefix(40))")
        let asAccount = try await ProcessRunner.run(Kubectl.v137, [
            "--kubeconfig", "/dev/null", "--server", "https://127.0.0.1:\(server.port)", "--insecure-skip-tls-verify", "--token", saToken,
            "get", "pod", "with-token", "-o", "name",
        ])
        #expect(asAccount.status == 0 && asAccount.stdout == "pod/with-token\n", "\(asAccount)")
        let forged = try await ProcessRunner.run(Kubectl.v137, [
            "--kubeconfig", "/dev/null", "--server", "https://127.0.0.1:\(server.port)", "--insecure-skip-tls-verify",
            "--token", String(saToken.dropLast(4)) + "AAAA", "get", "pods",
        ])
        #expect(forged.status != 0 && forged.stderr.contains("Unauthorized"), "\(forged)")

        // A second machine joins with the token the server printed: its own containerd, data dir and bridge.
        let token = try String(contentsOfFile: server.dataDir + "/token", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("K10") && token.contains("::node:"))
        let joined = try await ApusAgentProcess.start(kubeconfig: nil, nodeName: "joined-node", podCIDR: "10.250.96.0/24", extraArgs: [
            "--server", "https://127.0.0.1:\(server.port)", "--token", token,
        ])
        defer { joined.stop() }
        try await waitFor("joined node Ready", timeout: 120) {
            (try? await k.ok(["get", "node", "joined-node", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"])) == "True"
        }
        _ = try await k.ok(["run", "on-joined", "--image=busybox", "--overrides={\"spec\":{\"nodeName\":\"joined-node\"}}", "--", "sleep", "3600"])
        try await waitFor("on-joined Running", timeout: 90) {
            (try? await k.ok(["get", "pod", "on-joined", "-o", "jsonpath={.status.phase}"])) == "Running"
        }
        // Its explicit --pod-cidr is kept (and taken over by the node IPAM controller).
        #expect(try await k.ok(["get", "node", "joined-node", "-o", "jsonpath={.spec.podCIDR}"]) == "10.250.96.0/24")
        let remote = try await k.run(["exec", "on-joined", "--", "hostname"])
        #expect(remote.stdout == "on-joined\n", "\(remote)")
        // A wrong token is refused before anything starts.
        let refused = try await ProcessRunner.run(ApusServerProcess.binary, [
            "agent", "--server", "https://127.0.0.1:\(server.port)", "--token", "K10" + String(repeating: "0", count: 64) + "::node:nope",
            "--data-dir", NSTemporaryDirectory() + "apus-refused-" + suffix, "--simulated-nodes", "1",
        ], timeout: 30)
        #expect(refused.status != 0 && refused.stdout.contains("does not match the join token"), "\(refused)")
        joined.stop()

        // Stopping the server stops its node: pods removed, containerd gone.
        let containerdPid = (try? String(contentsOfFile: agentDir + "/containerd/containerd.pid", encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        #expect(containerdPid != nil)
        server.process.terminate()
        let status = ChildExit.wait(server.process, timeout: 90)
        #expect(status != nil, "the server stops within 90 s")
        if let containerdPid {
            #expect(kill(containerdPid, 0) != 0, "containerd \(containerdPid) still runs after the server stopped")
        }
        #expect(!FileManager.default.fileExists(atPath: "/sys/class/net/\(bridge)"), "the node's bridge \(bridge) is removed at stop")
        stopped = true
        Self.stop(server, agentDir: agentDir, bridge: bridge)
    }

    /// Stops the server (if still running) and removes what a failed run may leave: containerd, mounts, the bridge.
    static func stop(_ server: ApusServerProcess, agentDir: String, bridge: String) {
        if server.process.isRunning {
            server.process.terminate()
            if ChildExit.wait(server.process, timeout: 60) == nil { ChildExit.stop(server.process, after: 0) }
        }
        ApusAgentProcess.removeLeftovers(dataDir: agentDir, bridge: bridge)
        server.stop()
    }
}
