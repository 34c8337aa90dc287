import CRI
import Foundation
import NodeRuntime
import Testing

/// Drives a real containerd through CRI only: a pod sandbox on the CNI bridge, a busybox
/// container, exec, the CRI log file, and removal.
@Suite(.serialized, .enabled(if: TestNode.unavailableReason == nil, Comment(rawValue: TestNode.unavailableReason ?? "")))
struct PodSandboxLifecycleTests {
    @Test func runtimeAnswersVersionStatusAndFindsImportedImages() async throws {
        let node = try await TestNode.start()
        do {
            let version = try await node.cri.version()
            #expect(version.runtimeName == "containerd")
            #expect(version.runtimeApiVersion == "v1")

            let status = try await node.cri.status()
            let ready = Dictionary(uniqueKeysWithValues: status.status.conditions.map { ($0.type, $0.status) })
            #expect(ready["RuntimeReady"] == true)
            #expect(ready["NetworkReady"] == true)

            // Upstream's normalisation: busybox == busybox:latest == docker.io/library/busybox:latest.
            let byFullName = try #require(try await node.cri.imageStatus("docker.io/library/busybox:latest"))
            let byTag = try #require(try await node.cri.imageStatus("busybox:latest"))
            let byName = try #require(try await node.cri.imageStatus("busybox"))
            #expect(byFullName.id == byTag.id && byTag.id == byName.id)
            #expect(byName.repoTags.contains("docker.io/library/busybox:latest"))
            #expect(try await node.cri.imageStatus(ApusImages.pauseReference) != nil)
            #expect(try await node.cri.imageStatus("no-such-image:1") == nil)

            let names = try await node.cri.listImages().flatMap(\.repoTags)
            #expect(names.contains(ApusImages.pauseReference))

            let fs = try await node.cri.imageFsInfo()
            #expect(!fs.imageFilesystems.isEmpty)
        } catch {
            await node.tearDown()
            throw error
        }
        await node.tearDown()
    }

    @Test func podSandboxWithBusyboxContainerExecLogsAndRemoval() async throws {
        let node = try await TestNode.start()
        do {
            try await runPod(on: node)
        } catch {
            await node.tearDown()
            throw error
        }
        await node.tearDown()
    }

    private func runPod(on node: TestNode) async throws {
        let cri = node.cri
        let clock = ContinuousClock()
        let started = clock.now

        let sandboxConfig = node.sandboxConfig(name: "cri-test")
        let sandboxID = try await cri.runPodSandbox(sandboxConfig)
        let sandboxReady = clock.now

        let sandbox = try await cri.podSandboxStatus(id: sandboxID)
        #expect(sandbox.status.state == .sandboxReady)
        let podIP = sandbox.status.network.ip
        #expect(podIP.hasPrefix("10.250.77."), "pod IP \(podIP) should come from the node's pod CIDR \(TestNode.podCIDR)")

        var container = Runtime_V1_ContainerConfig()
        container.metadata.name = "main"
        container.image.image = "busybox"
        container.command = ["sh", "-c", "trap 'exit 0' TERM; echo hello from busybox; echo to stderr >&2; while true; do sleep 0.2; done"]
        container.envs = [{ var kv = Runtime_V1_KeyValue(); kv.key = "GREETING"; kv.value = Data("hi".utf8); return kv }()]
        container.logPath = "main/0.log"
        container.linux.resources.memoryLimitInBytes = 64 * 1024 * 1024
        container.linux.resources.cpuShares = 256
        container.labels = ["io.kubernetes.container.name": "main"]
        let containerID = try await cri.createContainer(podSandboxID: sandboxID, config: container, sandboxConfig: sandboxConfig)
        try await cri.startContainer(id: containerID)
        let containerRunning = clock.now
        print("CRI timing: sandbox ready after \(sandboxReady - started), container running after \(containerRunning - started)")

        let status = try await cri.containerStatus(id: containerID).status
        #expect(status.state == .containerRunning)
        #expect(status.metadata.name == "main")
        #expect(status.logPath == sandboxConfig.logDirectory + "/main/0.log")

        let exec = try await cri.execSync(containerID: containerID, command: ["sh", "-c", "echo $((6 * 7)) $GREETING; hostname; ip -4 addr show eth0"], commandTimeoutSeconds: 10)
        #expect(exec.exitCode == 0)
        let out = String(decoding: exec.stdout, as: UTF8.self)
        #expect(out.hasPrefix("42 hi\ncri-test\n"), "exec output: \(out)")
        #expect(out.contains("inet \(podIP)/"), "eth0 should carry the pod IP: \(out)")

        let failing = try await cri.execSync(containerID: containerID, command: ["sh", "-c", "echo oops >&2; exit 3"], commandTimeoutSeconds: 10)
        #expect(failing.exitCode == 3)
        #expect(String(decoding: failing.stderr, as: UTF8.self) == "oops\n")

        // The memory limit reached the container's cgroup.
        let limit = try await cri.execSync(containerID: containerID, command: ["sh", "-c", "cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max"], commandTimeoutSeconds: 10)
        #expect(String(decoding: limit.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "\(64 * 1024 * 1024)")

        // The CRI log file: "<RFC3339Nano> <stream> <F|P> <text>" per line.
        let logPath = sandboxConfig.logDirectory + "/main/0.log"
        var lines: [String] = []
        for _ in 0..<100 {
            lines = (FileManager.default.contents(atPath: logPath).map { String(decoding: $0, as: UTF8.self) } ?? "")
                .split(separator: "\n").map(String.init)
            if lines.count >= 2 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        let parsed = lines.map { $0.split(separator: " ", maxSplits: 3).map(String.init) }
        #expect(parsed.contains { $0.count == 4 && $0[1] == "stdout" && $0[2] == "F" && $0[3] == "hello from busybox" }, "log: \(lines)")
        #expect(parsed.contains { $0.count == 4 && $0[1] == "stderr" && $0[3] == "to stderr" }, "log: \(lines)")

        let listed = try await cri.listContainers(filter: { var f = Runtime_V1_ContainerFilter(); f.podSandboxID = sandboxID; return f }())
        #expect(listed.map(\.id) == [containerID])

        let stats = try await cri.containerStats(id: containerID)
        #expect(stats.attributes.id == containerID)
        #expect(stats.memory.workingSetBytes.value > 0)

        // Stop: the shell traps SIGTERM and exits 0 well within the grace period.
        let stopping = clock.now
        try await cri.stopContainer(id: containerID, gracePeriodSeconds: 10)
        #expect(clock.now - stopping < .seconds(5))
        let stopped = try await cri.containerStatus(id: containerID).status
        #expect(stopped.state == .containerExited)
        #expect(stopped.exitCode == 0, "exit code \(stopped.exitCode)")
        #expect(stopped.finishedAt > 0)
        try await cri.removeContainer(id: containerID)
        #expect(try await cri.listContainers().isEmpty)

        try await cri.stopPodSandbox(id: sandboxID)
        try await cri.removePodSandbox(id: sandboxID)
        #expect(try await cri.listPodSandbox().isEmpty)
        // Removing again is not an error, and a missing sandbox is NOT_FOUND.
        try await cri.removePodSandbox(id: sandboxID)
        await #expect(throws: (any Error).self) { _ = try await cri.podSandboxStatus(id: sandboxID) }
        do {
            _ = try await cri.podSandboxStatus(id: sandboxID)
        } catch {
            #expect(error.isCRINotFound)
        }
    }
}
