import CRI
import Foundation
import NodeRuntime

#if canImport(Glibc)
import Glibc
#endif

/// A throw-away node runtime for one test: its own containerd (generated config, own socket,
/// root and state dirs under a temp dir), its own bridge and pod CIDR, Apus's images imported.
/// ``tearDown()`` removes every sandbox, stops containerd and cleans the host (mounts, network
/// namespaces, cgroups, the bridge), also after a failed test.
final class TestNode: Sendable {
    /// Why the integration tests cannot run here, nil when they can.
    static let unavailableReason: String? = {
        if geteuid() != 0 { return "CRI integration tests need root (containerd, mounts, network namespaces)" }
        for tool in ["/usr/bin/containerd", "/usr/sbin/runc", "/usr/bin/ctr", "/usr/lib/cni/bridge", "/bin/busybox", "/usr/bin/gcc"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            return "\(tool) missing: run scripts/install-deps"
        }
        return nil
    }()

    static let podCIDR = "10.250.77.0/24"

    let dir: String
    let suffix: String
    let supervisor: ContainerdSupervisor
    let cri: CRIClient
    /// Network namespaces that existed before the test (the others are the test's).
    let netnsBefore: Set<String>

    var layout: NodeRuntimeLayout { NodeRuntimeLayout(dataDir: dir) }
    var bridge: String { "apuscri" + suffix }
    /// The cgroup parent of the test's pods (cgroupfs driver).
    var cgroupParent: String { "/apus-cri-test-" + suffix }

    private init(dir: String, suffix: String, supervisor: ContainerdSupervisor, cri: CRIClient, netnsBefore: Set<String>) {
        self.dir = dir
        self.suffix = suffix
        self.supervisor = supervisor
        self.cri = cri
        self.netnsBefore = netnsBefore
    }

    static func netnsNames() -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: "/var/run/netns")) ?? [])
    }

    /// Builds the images once per test process (gcc takes a moment), into one fixed directory
    /// that every run overwrites with the same bytes.
    static let imagesDir: Task<String, any Error> = Task {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("apus-cri-images").path
        _ = try await ApusImages.buildAll(into: dir)
        return dir
    }

    /// Starts containerd in a fresh temp dir and imports the pause and busybox images.
    static func start() async throws -> TestNode {
        let suffix = String(UUID().uuidString.prefix(6).lowercased())
        // Short: the socket path must fit in a sockaddr_un.
        let dir = "/tmp/apus-cri-" + suffix
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let netnsBefore = netnsNames()
        let options = ContainerdSupervisor.Options.node(dataDir: dir, podCIDR: podCIDR, bridge: "apuscri" + suffix)
        let supervisor = ContainerdSupervisor(options: options)
        let cri = try CRIClient.connect(socketPath: options.config.layout.containerdSocket, defaultTimeout: .seconds(60))
        let node = TestNode(dir: dir, suffix: suffix, supervisor: supervisor, cri: cri, netnsBefore: netnsBefore)
        do {
            try await supervisor.start()
            let images = try await imagesDir.value
            let importer = ImageImporter(socketPath: options.config.layout.containerdSocket)
            try await importer.importArchive(images + "/" + ApusImages.pauseArchiveName)
            try await importer.importArchive(images + "/" + ApusImages.busyboxArchiveName)
        } catch {
            await node.tearDown()
            throw error
        }
        return node
    }

    /// Removes every sandbox through CRI, stops containerd and cleans the host.
    func tearDown() async {
        if let sandboxes = try? await cri.listPodSandbox(timeout: .seconds(10)) {
            for sandbox in sandboxes {
                try? await cri.stopPodSandbox(id: sandbox.id, timeout: .seconds(30))
                try? await cri.removePodSandbox(id: sandbox.id, timeout: .seconds(30))
            }
        }
        await cri.close()
        await supervisor.stop()
        await CNIRuleCleanup.run(network: "apus", podCIDR: Self.podCIDR)
        HostCleanup.unmountAll(under: dir)
        HostCleanup.removeNetworkNamespaces(Array(Self.netnsNames().subtracting(netnsBefore).filter { $0.hasPrefix("cni-") }))
        HostCleanup.removeCgroups(named: cgroupParent)
        _ = try? await Command.run("/sbin/ip", ["link", "delete", bridge], check: false)
        try? FileManager.default.removeItem(atPath: dir)
    }

    /// A sandbox config for a test pod named `name`.
    func sandboxConfig(name: String, uid: String = UUID().uuidString.lowercased()) -> Runtime_V1_PodSandboxConfig {
        var config = Runtime_V1_PodSandboxConfig()
        config.metadata.name = name
        config.metadata.uid = uid
        config.metadata.namespace = "default"
        config.metadata.attempt = 0
        config.hostname = name
        config.logDirectory = layout.podLogsDir + "/default_\(name)_\(uid)"
        config.labels = ["io.kubernetes.pod.name": name, "io.kubernetes.pod.namespace": "default", "io.kubernetes.pod.uid": uid]
        config.linux.cgroupParent = cgroupParent + "/pod" + uid
        config.linux.securityContext.namespaceOptions.network = .pod
        config.linux.securityContext.namespaceOptions.pid = .container
        config.linux.securityContext.namespaceOptions.ipc = .pod
        return config
    }
}
