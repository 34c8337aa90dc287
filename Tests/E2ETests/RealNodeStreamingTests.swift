import Foundation
import Testing

/// `kubectl logs`, `exec`, `attach`, `cp` and `port-forward` against pods on a real node, with
/// kubectl 1.27 (SPDY/3.1 end to end) and 1.33/1.37 (WebSocket, which the API server translates).
@Suite("real node streaming", .serialized, .enabled(if: ApusAgentProcess.unavailableReason == nil, Comment(rawValue: ApusAgentProcess.unavailableReason ?? "")))
struct RealNodeStreamingTests {
    static let podCIDR = "10.250.89.0/24"

    func pod(_ name: String, node: String, stdin: Bool = false, command: String) -> String {
        """
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "\(name)"},
         "spec": {"nodeName": "\(node)", "terminationGracePeriodSeconds": 1,
                  "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent", "stdin": \(stdin),
                                  "command": ["sh", "-c", \(RealNodeTests.quoted(command))]}]}}
        """
    }

    @Test func logsExecAttachCopyAndPortForward() async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let agent = try await ApusAgentProcess.start(kubeconfig: server.kubeconfig, nodeName: "stream-node", podCIDR: Self.podCIDR)
        defer { agent.stop() }
        let admin = Kubectl(path: Kubectl.v137, kubeconfig: server.kubeconfig)
        try await waitFor("node Ready") {
            (try? await admin.ok(["get", "node", "stream-node", "-o", "jsonpath={.status.conditions[?(@.type==\"Ready\")].status}"])) == "True"
        }
        // The kubelet advertises the port its server got.
        let port = try await admin.ok(["get", "node", "stream-node", "-o", "jsonpath={.status.daemonEndpoints.kubeletEndpoint.Port}"])
        #expect((Int(port) ?? 0) > 0, "advertised kubelet port: \(port)")

        let talker = "echo hello; sleep 0.2; echo oops >&2; sleep 0.5; i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.3; done & exec httpd -f -p 80 -h /etc"
        _ = try await admin.ok(["create", "-f", "-"], stdin: pod("talker", node: "stream-node", command: talker))
        _ = try await admin.ok(["create", "-f", "-"], stdin: pod("echoer", node: "stream-node", stdin: true, command: "while read l; do echo got $l; done"))
        _ = try await admin.ok(["create", "-f", "-"], stdin: pod("crash", node: "stream-node", command: "echo run $RANDOM; sleep 0.5; exit 1"))
        for name in ["talker", "echoer"] {
            try await waitFor("\(name) Running") {
                (try? await admin.ok(["get", "pod", name, "-o", "jsonpath={.status.phase}"])) == "Running"
            }
        }

        try await waitFor("talker ticking") {
            (try? await admin.ok(["logs", "talker"]))?.contains("tick 3") == true
        }

        for path in Kubectl.all {
            let k = Kubectl(path: path, kubeconfig: server.kubeconfig)
            let tag = k.description.replacingOccurrences(of: ".", with: "-")

            // logs: tail, timestamps, limit-bytes, stderr lines, follow.
            let tail = try await k.ok(["logs", "talker", "--tail=2"])
            #expect(tail.split(separator: "\n").count == 2 && tail.hasPrefix("tick "), "\(k): \(tail)")
            let all = try await k.ok(["logs", "talker", "--timestamps"])
            let first = all.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasSuffix(" hello") && first.hasPrefix("20") && first.contains("T"), "\(k): \(first)")
            #expect(all.contains("oops"), "\(k): stderr lines are part of the log")
            let limited = try await k.run(["logs", "talker", "--limit-bytes=8"])
            #expect(limited.stdout == "hello\noo", "\(k): \(limited)")
            let followed = try await k.run(["logs", "-f", "talker", "--tail=1"], timeout: 3)
            #expect(followed.stdout.split(separator: "\n").filter { $0.hasPrefix("tick ") }.count >= 3, "\(k): \(followed)")
            let wrong = try await k.run(["logs", "talker", "-c", "nope"])
            #expect(wrong.status != 0 && wrong.stderr.contains("container nope is not valid for pod talker"), "\(k): \(wrong)")

            // exec: exit codes, stdout and stderr apart, stdin to its end.
            let exec = try await k.run(["exec", "talker", "-v=4", "--", "sh", "-c", "echo out; echo err >&2; exit 3"])
            #expect(exec.status == 3 && exec.stdout == "out\n" && exec.stderr.contains("err\n"), "\(k): \(exec)")
            let verbose = exec.stderr.split(separator: "\n").filter { !$0.contains("Feature gate") }.joined(separator: "\n")
            #expect(!exec.stderr.contains("RemoteCommand fallback"), "\(k) must not need to fall back to SPDY: \(verbose)")
            if path != Kubectl.v127 {
                #expect(exec.stderr.contains("v5.channel.k8s.io"), "\(k) negotiates the WebSocket protocol: \(verbose)")
            }
            let piped = try await k.run(["exec", "-i", "talker", "--", "sh", "-c", "cat; echo done"], stdin: "line one\nline two\n")
            #expect(piped.status == 0 && piped.stdout == "line one\nline two\ndone\n", "\(k): \(piped)")

            // cp both ways (tar through exec, stdin closed at the end of the archive).
            let local = NSTemporaryDirectory() + "apus-cp-\(tag)-\(UUID().uuidString.prefix(6))"
            try "copied by \(k)\n".write(toFile: local, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: local); try? FileManager.default.removeItem(atPath: local + ".back") }
            let copied = try await k.run(["cp", local, "talker:/tmp/\(tag).txt"])
            #expect(copied.status == 0, "\(k): \(copied)")
            let content = try await k.run(["exec", "talker", "--", "cat", "/tmp/\(tag).txt"])
            #expect(content.stdout == "copied by \(k)\n", "\(k): \(content)")
            _ = try await k.run(["cp", "talker:/tmp/\(tag).txt", local + ".back"])
            #expect((try? String(contentsOfFile: local + ".back", encoding: .utf8)) == "copied by \(k)\n")

            // attach with stdin. Its end comes a moment after the line, as from a user: containerd
            // misses a stdin that ends before it has attached the output streams, and the session
            // then lasts until the container exits.
            let attached = try await ProcessRunner.run(
                "/bin/sh", ["-c", "(echo hi-\(tag); sleep 1) | '\(k.path)' --kubeconfig '\(k.kubeconfig)' attach -i echoer"], timeout: 20)
            #expect(attached.status == 0, "\(k): \(attached)")
            try await waitFor("echoer got the line from \(k)") {
                (try? await admin.ok(["logs", "echoer"]))?.contains("got hi-\(tag)") == true
            }

            // port-forward: the pod's httpd answers on a local port.
            let localPort = Int.random(in: 21000...29000)
            let forward = Process()
            forward.executableURL = URL(fileURLWithPath: path)
            forward.arguments = ["--kubeconfig", server.kubeconfig, "port-forward", "pod/talker", "\(localPort):80"]
            forward.standardOutput = FileHandle.nullDevice
            forward.standardError = FileHandle.nullDevice
            try forward.run()
            defer { ChildExit.stop(forward, after: 0) }
            var answer = ""
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline && answer.isEmpty {
                let r = try await ProcessRunner.run("/usr/bin/env", ["python3", "-c", "import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())", "http://127.0.0.1:\(localPort)/hostname"])
                answer = r.status == 0 ? r.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : ""
                if answer.isEmpty { try await Task.sleep(for: .milliseconds(300)) }
            }
            #expect(answer == "talker", "\(k) port-forward")
        }

        // Resource usage from the kubelet, through the API server's node proxy.
        let summary = try await admin.ok(["get", "--raw", "/api/v1/nodes/stream-node/proxy/stats/summary"])
        #expect(summary.contains("\"nodeName\":\"stream-node\"") && summary.contains("\"name\":\"talker\"") && summary.contains("workingSetBytes"), "\(summary.prefix(300))")
        let metrics = try await admin.ok(["get", "--raw", "/api/v1/nodes/stream-node/proxy/metrics/resource"])
        #expect(metrics.contains("container_cpu_usage_seconds_total{container=\"main\",namespace=\"default\",pod=\"talker\"}"), "\(metrics)")

        // The previous container's log.
        try await waitFor("crash restarted") {
            (Int((try? await admin.ok(["get", "pod", "crash", "-o", "jsonpath={.status.containerStatuses[0].restartCount}"])) ?? "") ?? 0) >= 1
        }
        let previous = try await admin.ok(["logs", "crash", "--previous"])
        #expect(previous.hasPrefix("run "), "\(previous)")
        let never = try await admin.run(["logs", "echoer", "--previous"])
        #expect(never.status != 0 && never.stderr.contains("previous terminated container \"main\" in pod \"echoer\" not found"), "\(never)")

        // `logs -f` carries on into the restarted container, and ends when the pod will not run it again.
        let twice = "if [ -e /data/again ]; then echo second run; exit 0; fi; touch /data/again; echo first run; sleep 1; exit 1"
        let rerun = """
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "rerun"},
             "spec": {"nodeName": "stream-node", "restartPolicy": "OnFailure", "terminationGracePeriodSeconds": 1,
                      "volumes": [{"name": "data", "emptyDir": {}}],
                      "containers": [{"name": "main", "image": "busybox", "imagePullPolicy": "IfNotPresent",
                                      "volumeMounts": [{"name": "data", "mountPath": "/data"}],
                                      "command": ["sh", "-c", \(RealNodeTests.quoted(twice))]}]}}
            """
        _ = try await admin.ok(["create", "-f", "-"], stdin: rerun)
        try await waitFor("rerun started") {
            (try? await admin.ok(["logs", "rerun"]))?.contains("first run") == true
        }
        let started = Date()
        let across = try await admin.run(["logs", "-f", "rerun"], timeout: 60)
        #expect(across.status == 0 && across.stdout == "first run\nsecond run\n", "\(across)")
        #expect(Date().timeIntervalSince(started) < 55, "logs -f ends after the last run")
        let phase = try await admin.ok(["get", "pod", "rerun", "-o", "jsonpath={.status.phase}/{.status.containerStatuses[0].restartCount}"])
        #expect(phase == "Succeeded/1", "\(phase)")
    }
}
