import Foundation

/// A real-node `apus agent` (kubelet + its own containerd) for one test, in a temp data dir with
/// its own bridge and pod CIDR. ``stop()`` sends SIGTERM (the agent removes its pods and stops
/// containerd) and removes the data dir.
final class ApusAgentProcess: @unchecked Sendable {
    let dataDir: String
    let nodeName: String
    let bridge: String
    let process: Process
    private let output: OutputCollector

    /// Why real-node tests cannot run here, nil when they can.
    static let unavailableReason: String? = {
        if geteuid() != 0 { return "real-node tests need root (containerd, mounts, network namespaces)" }
        for tool in ["/usr/bin/containerd", "/usr/sbin/runc", "/usr/bin/ctr", "/usr/lib/cni/bridge", "/bin/busybox", "/usr/bin/gcc"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            return "\(tool) missing: run scripts/install-deps"
        }
        return nil
    }()

    /// Starts an agent reaching the server through `kubeconfig`, or (when `kubeconfig` is nil) joining it with
    /// `--server`/`--token` in `extraArgs`.
    static func start(kubeconfig: String?, nodeName: String, podCIDR: String, extraArgs: [String] = []) async throws -> ApusAgentProcess {
        let suffix = String(UUID().uuidString.prefix(6).lowercased())
        let dir = "/tmp/apus-agent-" + suffix
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ApusServerProcess.binary)
        let bridge = "apuse2e" + suffix
        p.arguments = ["agent"] + (kubeconfig.map { ["--kubeconfig", $0] } ?? []) + ["--data-dir", dir, "--node-name", nodeName, "--pod-cidr", podCIDR, "--bridge-name", bridge,
                       // A free port: other agents (other tests, other checkouts) may run on this machine.
                       "--kubelet-port", "0"] + extraArgs
        let collector = OutputCollector()
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { h in
            let d = h.availableData
            if !d.isEmpty { collector.append(d) }
        }
        try p.run()
        let agent = ApusAgentProcess(dataDir: dir, nodeName: nodeName, bridge: bridge, process: p, output: collector)
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            if collector.text.contains("kubelet ready") { return agent }
            if !p.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        agent.stop()
        throw E2EError("apus agent did not become ready:\n\(collector.text)")
    }

    private init(dataDir: String, nodeName: String, bridge: String, process: Process, output: OutputCollector) {
        self.dataDir = dataDir
        self.nodeName = nodeName
        self.bridge = bridge
        self.process = process
        self.output = output
    }

    var log: String { output.text }

    /// SIGTERM and wait (the agent removes its pods first), SIGKILL after 60 s; then clean the host.
    func stop() {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(60)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        Self.removeLeftovers(dataDir: dataDir, bridge: bridge)
        try? FileManager.default.removeItem(atPath: dataDir)
    }

    /// Whatever a node may leave after a failure: its containerd (by the PID it recorded), mounts
    /// under its data dir, its bridge.
    static func removeLeftovers(dataDir: String, bridge: String) {
        if let text = try? String(contentsOfFile: dataDir + "/containerd/containerd.pid", encoding: .utf8),
           let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1,
           let cmdline = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"),
           String(decoding: cmdline, as: UTF8.self).contains(dataDir) {
            kill(pid, SIGKILL)
        }
        _ = try? ProcessRunner.runBlocking("/bin/sh", ["-c", "grep -o ' \(dataDir)[^ ]*' /proc/self/mountinfo | sort -r | xargs -r -n1 umount -l; ip link delete \(bridge) 2>/dev/null; true"], stdin: nil, env: nil, timeout: 30)
    }
}
