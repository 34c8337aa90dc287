/// Where a node's container runtime keeps its files, all under the agent's data dir
/// (default `/var/lib/apus`), so two agents on one machine (tests, multi-node) never share state.
public struct NodeRuntimeLayout: Sendable, Equatable {
    /// The agent's data dir.
    public var dataDir: String

    public init(dataDir: String) {
        var dir = dataDir
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        self.dataDir = dir
    }

    /// containerd's own directory: config, log, socket.
    public var containerdDir: String { dataDir + "/containerd" }
    /// The config file the agent writes and containerd reads.
    public var containerdConfig: String { containerdDir + "/config.toml" }
    /// containerd's output.
    public var containerdLog: String { containerdDir + "/containerd.log" }
    /// The PID of the containerd the agent started.
    public var containerdPIDFile: String { containerdDir + "/containerd.pid" }
    /// containerd's gRPC socket: both the CRI and containerd's own API.
    public var containerdSocket: String { containerdDir + "/containerd.sock" }
    /// Persistent data: content store, snapshots, metadata.
    public var containerdRoot: String { containerdDir + "/root" }
    /// Runtime state: task bundles, fifos, sandbox shm mounts.
    public var containerdState: String { containerdDir + "/state" }
    /// CNI network configs the runtime reads (the agent writes one bridge network here).
    public var cniConfDir: String { dataDir + "/cni/net.d" }
    /// host-local IPAM's allocations.
    public var cniIPAMDir: String { dataDir + "/cni/networks" }
    /// Container logs, one dir per pod (`<namespace>_<name>_<uid>`), as the kubelet's `/var/log/pods`.
    public var podLogsDir: String { dataDir + "/pods-logs" }
    /// Where `apus images build` puts the archives by default.
    public var imagesDir: String { dataDir + "/images" }
}
