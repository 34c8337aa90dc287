import Foundation
import Testing

/// A real node: `apus agent` runs a kubelet over its own containerd, and kubectl sees its pods
/// run with pod IPs that answer from the host, restart with back-off, complete, and terminate.
@Suite("real node", .serialized, .enabled(if: ApusAgentProcess.unavailableReason == nil, Comment(rawValue: ApusAgentProcess.unavailableReason ?? "")))
struct RealNodeTests {
    static let podCIDR = "10.250.88.0/24"

    func pod(_ name: String, node: String, restartPolicy: String = "Always", command: String, grace: Int = 30) -> String {
        """
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "\(name)"},
         "spec": {"nodeName": "\(node)", "restartPolicy": "\(restartPolicy)", "terminationGracePeriodSeconds": \(grace),
                  "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sh", "-c", \(Self.quoted(command))]}]}}
        """
    }

    static func quoted(_ s: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [s])
        return String(String(decoding: data ?? Data(), as: UTF8.self).dropFirst().dropLast())
    }

    @Test func podsRunOnARealNode() async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let agent = try await ApusAgentProcess.start(kubeconfig: server.kubeconfig, nodeName: "real-node-1", podCIDR: Self.podCIDR)
        defer { agent.stop() }
        let k = Kubectl(path: Kubectl.v137, kubeconfig: server.kubeconfig)

        // The node is Ready with the machine's CPUs.
        try await waitFor("node Ready") {
            (try? await k.ok(["get", "node", "real-node-1", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"])) == "True"
        }
        let cpu = try await k.ok(["get", "node", "real-node-1", "-o", "jsonpath={.status.capacity.cpu}"])
        #expect(Int(cpu) == ProcessInfo.processInfo.activeProcessorCount)

        // A web server with a pod IP that answers from the host.
        _ = try await k.ok(["create", "-f", "-"], stdin: pod("web", node: "real-node-1", command: "echo serving; exec httpd -f -p 80 -h /etc", grace: 2))
        try await waitFor("web Running") {
            (try? await k.ok(["get", "pod", "web", "-o", "jsonpath={.status.phase}/{.status.containerStatuses[0].ready}"])) == "Running/true"
        }
        let ip = try await k.ok(["get", "pod", "web", "-o", "jsonpath={.status.podIP}"])
        #expect(ip.hasPrefix("10.250.88."))
        // Fetched from the host (Debian's static busybox wget crashes on the host, so Python's urllib).
        let fetched = try await ProcessRunner.run("/usr/bin/env", ["python3", "-c", "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())", "http://\(ip)/hostname"])
        #expect(fetched.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "web", "\(fetched)")
        let logFiles = try FileManager.default.subpathsOfDirectory(atPath: agent.dataDir + "/pods-logs").filter { $0.hasSuffix("main/0.log") }
        #expect(logFiles.count == 1)

        // A crashing container restarts with back-off; a run-to-completion pod completes.
        _ = try await k.ok(["create", "-f", "-"], stdin: pod("crash", node: "real-node-1", command: "exit 3"))
        _ = try await k.ok(["create", "-f", "-"], stdin: pod("once", node: "real-node-1", restartPolicy: "Never", command: "echo done"))
        try await waitFor("crash in CrashLoopBackOff") {
            (try? await k.ok(["get", "pod", "crash", "-o", "jsonpath={.status.containerStatuses[0].state.waiting.reason}"])) == "CrashLoopBackOff"
        }
        let crash = try await k.ok(["get", "pod", "crash", "-o", "jsonpath={.status.containerStatuses[0].restartCount}/{.status.containerStatuses[0].lastState.terminated.exitCode}"])
        #expect(crash.hasSuffix("/3") && (Int(crash.split(separator: "/").first ?? "") ?? 0) >= 1, "\(crash)")
        try await waitFor("once Succeeded") {
            (try? await k.ok(["get", "pod", "once", "-o", "jsonpath={.status.phase}"])) == "Succeeded"
        }

        // Environment from a ConfigMap and a Secret.
        _ = try await k.ok(["create", "configmap", "settings", "--from-literal=color=blue"])
        _ = try await k.ok(["create", "secret", "generic", "creds", "--from-literal=password=s3cr3t"])
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "env"},
             "spec": {"nodeName": "real-node-1", "restartPolicy": "Never", "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent",
               "command": ["sh", "-c", "echo $COLOR/$PASSWORD/$CFG_color"],
               "envFrom": [{"configMapRef": {"name": "settings"}, "prefix": "CFG_"}],
               "env": [{"name": "COLOR", "valueFrom": {"configMapKeyRef": {"name": "settings", "key": "color"}}},
                       {"name": "PASSWORD", "valueFrom": {"secretKeyRef": {"name": "creds", "key": "password"}}}]}]}}
            """)
        try await waitFor("env Succeeded") {
            (try? await k.ok(["get", "pod", "env", "-o", "jsonpath={.status.phase}"])) == "Succeeded"
        }
        let envLogs = try FileManager.default.subpathsOfDirectory(atPath: agent.dataDir + "/pods-logs").filter { $0.contains("_env_") && $0.hasSuffix("main/0.log") }
        let envLog = try #require(envLogs.first.flatMap { FileManager.default.contents(atPath: agent.dataDir + "/pods-logs/" + $0) })
        #expect(String(decoding: envLog, as: UTF8.self).hasSuffix(" stdout F blue/s3cr3t/blue\n"))

        // Readiness flips the Ready condition; a failing liveness probe restarts the container.
        _ = try await k.ok(["create", "-f", "-"], stdin: """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "probed"},
             "spec": {"nodeName": "real-node-1", "terminationGracePeriodSeconds": 1, "containers": [
               {"name": "slow", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sh", "-c", "sleep 3; touch /tmp/ready; exec sleep 3600"],
                "readinessProbe": {"exec": {"command": ["test", "-f", "/tmp/ready"]}, "periodSeconds": 1}},
               {"name": "dying", "image": "busybox", "imagePullPolicy": "IfNotPresent", "command": ["sh", "-c", "touch /tmp/alive; sleep 2; rm /tmp/alive; exec sleep 3600"],
                "livenessProbe": {"exec": {"command": ["test", "-f", "/tmp/alive"]}, "periodSeconds": 1, "failureThreshold": 1}}]}}
            """)
        try await waitFor("probed running, slow not ready yet") {
            (try? await k.ok(["get", "pod", "probed", "-o", "jsonpath={.status.phase}/{.status.containerStatuses[?(@.name==\"slow\")].ready}"])) == "Running/false"
        }
        try await waitFor("slow ready") {
            (try? await k.ok(["get", "pod", "probed", "-o", "jsonpath={.status.containerStatuses[?(@.name==\"slow\")].ready}"])) == "true"
        }
        try await waitFor("dying restarted by its liveness probe") {
            let count = (try? await k.ok(["get", "pod", "probed", "-o", "jsonpath={.status.containerStatuses[?(@.name==\"dying\")].restartCount}"])) ?? ""
            return (Int(count) ?? 0) >= 1
        }

        // Deletion: SIGTERM, SIGKILL after the grace period (httpd as PID 1 ignores SIGTERM).
        let start = Date()
        _ = try await k.ok(["delete", "pod", "web", "crash", "once", "env", "probed", "--wait=true"])
        #expect(Date().timeIntervalSince(start) < 30)
        do {
            try await waitFor("pod sandboxes removed", timeout: 30) {
                let left = (try? FileManager.default.contentsOfDirectory(atPath: agent.dataDir + "/pods-logs")) ?? []
                return left.isEmpty
            }
        } catch {
            let left = (try? FileManager.default.contentsOfDirectory(atPath: agent.dataDir + "/pods-logs")) ?? []
            Issue.record("left behind: \(left)\nagent log:\n\(agent.log.split(separator: "\n").suffix(30).joined(separator: "\n"))")
            throw error
        }
    }
}
