import Foundation
import Testing

/// label, annotate, scale, patch (every type), edit, wait, diff, dry-run, explain, watch, custom columns.
@Suite("kubectl mutations", .serialized)
struct KubectlMutationTests {
    @Test("label, annotate, scale, patch, edit", arguments: Kubectl.all)
    func mutate(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        try await k.ok(["apply", "-f", "-"], stdin: Manifests.deployment)

        #expect(try await k.ok(["label", "deploy", "web", "tier=frontend"]).contains("deployment.apps/web labeled"))
        // kubectl 1.27 prints "annotate", later versions "annotated".
        #expect(try await k.ok(["annotate", "deploy", "web", "owner=team-a"]).contains("deployment.apps/web annotate"))
        #expect(try await k.ok(["scale", "deploy", "web", "--replicas=4"]).contains("deployment.apps/web scaled"))
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.spec.replicas}"]) == "4")
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.metadata.labels.tier} {.metadata.annotations.owner}"]) == "frontend team-a")

        // Strategic merge patch: the container is merged by name, its other fields stay.
        try await k.ok(["patch", "deploy", "web", "-p", #"{"spec":{"template":{"spec":{"containers":[{"name":"httpd","image":"busybox:1.37"}]}}}}"#])
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.spec.template.spec.containers[0].image} {.spec.template.spec.containers[0].ports[0].containerPort}"]) == "busybox:1.37 8080")
        // Env is merged by name; as upstream, items new to the list come first.
        try await k.ok(["patch", "deploy", "web", "-p", #"{"spec":{"template":{"spec":{"containers":[{"name":"httpd","env":[{"name":"EXTRA","value":"1"}]}]}}}}"#])
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.spec.template.spec.containers[0].env[*].name}"]) == "EXTRA MODE")
        // Merge patch and JSON patch.
        try await k.ok(["patch", "deploy", "web", "--type=merge", "-p", #"{"spec":{"paused":true}}"#])
        try await k.ok(["patch", "deploy", "web", "--type=json", "-p", #"[{"op":"replace","path":"/spec/replicas","value":3}]"#])
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.spec.paused} {.spec.replicas}"]) == "true 3")
        let badJSONPatch = try await k.run(["patch", "deploy", "web", "--type=json", "-p", #"[{"op":"test","path":"/spec/replicas","value":9}]"#])
        #expect(badJSONPatch.status != 0)

        // edit through a non-interactive editor.
        let edit = try await ProcessRunner.run(kubectlPath, ["--kubeconfig", server.kubeconfig, "edit", "deploy", "web"],
                                         env: ["EDITOR": "sed -i s/owner:\\ team-a/owner:\\ team-b/"])
        #expect(edit.status == 0, "\(edit)")
        #expect(try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.metadata.annotations.owner}"]) == "team-b")

        let gen = try await k.ok(["get", "deploy", "web", "-o", "jsonpath={.metadata.generation}"])
        #expect(Int(gen) ?? 0 >= 4)

        let columns = try await k.ok(["get", "deploy", "-o", "custom-columns=NAME:.metadata.name,REPLICAS:.spec.replicas"])
        #expect(columns.contains("NAME"))
        #expect(columns.split(separator: "\n").last?.split(separator: " ", omittingEmptySubsequences: true) == ["web", "3"])
        let wide = try await k.ok(["get", "deploy", "web", "-o", "wide"])
        #expect(wide.contains("CONTAINERS") && wide.contains("busybox:1.37") && wide.contains("app=web"))
        let yaml = try await k.ok(["get", "deploy", "web", "-o", "yaml"])
        #expect(yaml.contains("progressDeadlineSeconds: 600"))
        #expect(yaml.contains("terminationMessagePolicy: File"))
    }

    @Test("dry-run=server, diff, wait, delete", arguments: Kubectl.all)
    func dryRunDiffWait(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        let dry = try await k.ok(["apply", "--dry-run=server", "-f", "-"], stdin: Manifests.configMap)
        #expect(dry.contains("configmap/settings created (server dry run)"))
        #expect(try await k.run(["get", "cm", "settings"]).status != 0)

        try await k.ok(["apply", "-f", "-"], stdin: Manifests.configMap)
        let same = try await k.run(["diff", "-f", "-"], stdin: Manifests.configMap)
        #expect(same.status == 0, "\(same)")
        let changed = try await k.run(["diff", "-f", "-"], stdin: Manifests.configMap.replacingOccurrences(of: "blue", with: "green"))
        #expect(changed.status == 1, "\(changed)")
        #expect(changed.stdout.contains("-  color: blue"))
        #expect(changed.stdout.contains("+  color: green"))

        let wait = try await k.ok(["wait", "--for=jsonpath={.data.color}=blue", "configmap/settings", "--timeout=20s"])
        #expect(wait.contains("condition met"))
        try await k.ok(["delete", "cm", "settings", "--wait=false"])
        let gone = try await k.ok(["wait", "--for=delete", "configmap/settings", "--timeout=20s"])
        _ = gone
        #expect(try await k.run(["get", "cm", "settings"]).status != 0)
    }

    @Test("explain and strict validation", arguments: Kubectl.all)
    func explainAndValidate(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        let explain = try await k.ok(["explain", "pod.spec.containers"])
        #expect(explain.contains("KIND:") && explain.contains("Pod"))
        #expect(explain.contains("image") && explain.contains("<string>"))
        #expect(explain.contains("ports") && explain.contains("<[]ContainerPort>"))
        let bad = Manifests.configMap + "\nunknownField: 1\n"
        let strict = try await k.run(["apply", "--validate=strict", "-f", "-"], stdin: bad)
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("unknown field \"unknownField\""), "\(strict)")
        let warn = try await k.run(["apply", "--validate=warn", "-f", "-"], stdin: bad)
        #expect(warn.status == 0, "\(warn)")
        #expect(warn.stderr.contains("unknown field \"unknownField\""), "\(warn)")
    }

    @Test("get -w sees changes", arguments: Kubectl.all)
    func watch(kubectlPath: String) async throws {
        let server = try await ApusServerProcess.start()
        defer { server.stop() }
        let k = Kubectl(path: kubectlPath, kubeconfig: server.kubeconfig)
        try await k.ok(["create", "namespace", "watched"])
        let p = Process()
        p.executableURL = URL(fileURLWithPath: kubectlPath)
        p.arguments = ["--kubeconfig", server.kubeconfig, "get", "configmaps", "-n", "watched", "-w", "--output-watch-events"]
        let out = Pipe()
        let collected = OutputCollector()
        p.standardOutput = out
        p.standardError = out
        out.fileHandleForReading.readabilityHandler = { h in let d = h.availableData; if !d.isEmpty { collected.append(d) } }
        try p.run()
        defer { ChildExit.stop(p, after: 0) }
        try await Task.sleep(for: .milliseconds(800))
        try await k.ok(["apply", "-n", "watched", "-f", "-"], stdin: Manifests.configMap)
        try await k.ok(["label", "-n", "watched", "cm", "settings", "x=y"])
        try await k.ok(["delete", "-n", "watched", "cm", "settings"])
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && !collected.text.contains("DELETED") { try await Task.sleep(for: .milliseconds(100)) }
        let text = collected.text
        #expect(text.contains("ADDED"), "\(text)")
        #expect(text.contains("MODIFIED"), "\(text)")
        #expect(text.contains("DELETED"), "\(text)")
    }
}
