/// How the kubelet runs on this node.
public struct KubeletOptions: Sendable {
    /// The Node's name (default: the host name).
    public var nodeName: String
    /// The agent's data dir: containerd, CNI state, container logs.
    public var dataDir: String
    /// The pod CIDR used when the Node has none yet (no node IPAM controller assigned one).
    public var podCIDR: String
    /// A CRI socket of an existing runtime; nil = run and supervise our own containerd.
    public var containerRuntimeEndpoint: String?
    /// The Linux bridge of the pod network.
    public var bridgeName: String
    /// Parent cgroup of every pod (cgroupfs driver).
    public var cgroupRoot: String
    /// Interval of Lease renewals.
    public var leaseInterval: Duration = .seconds(10)
    /// Interval of node status updates.
    public var statusInterval: Duration = .seconds(20)
    /// How often every pod is re-synced whether or not the runtime reported a change (changes
    /// are found by a relist every second).
    public var resyncInterval: Duration = .seconds(30)
    /// Maximum pods on the node.
    public var maxPods: Int = 110
    /// Labels added to the Node.
    public var nodeLabels: [String: String] = [:]
    /// Concurrent pod workers.
    public var workers: Int = 16
    /// Remove every pod's sandbox when the kubelet stops (an embedded node going away).
    public var removePodsOnShutdown: Bool = true
    /// When set, `podCIDR` is only a fallback: the kubelet waits this long for the node IPAM
    /// controller to assign the Node a pod CIDR (an explicit `--pod-cidr` leaves it nil).
    public var waitForPodCIDR: Duration?
    /// Port of the kubelet's HTTPS server (logs, exec, attach, port-forward, stats); 0 picks a free port.
    public var port: Int = 10250
    /// Address the kubelet's HTTPS server binds to.
    public var bindAddress: String = "0.0.0.0"
    /// CA of the client certificates the API server presents (the cluster CA); without it the
    /// server answers only `/healthz`.
    public var clientCAPEM: String?
    /// Directory of static pod manifests (YAML or JSON, one pod per file); nil = none.
    public var podManifestPath: String?
    /// How often the static pod manifest directory is read.
    public var manifestCheckInterval: Duration = .seconds(2)
    /// How often pods with ConfigMap, Secret, downward API or projected volumes are re-synced anyway
    /// (changes of the objects they use are watched and reach the files at once; this is the net).
    public var volumeRefreshInterval: Duration = .seconds(60)

    public init(
        nodeName: String,
        dataDir: String,
        podCIDR: String = "10.42.0.0/24",
        containerRuntimeEndpoint: String? = nil,
        bridgeName: String = "apus0",
        cgroupRoot: String = "/apus"
    ) {
        self.nodeName = nodeName
        self.dataDir = dataDir
        self.podCIDR = podCIDR
        self.containerRuntimeEndpoint = containerRuntimeEndpoint
        self.bridgeName = bridgeName
        self.cgroupRoot = cgroupRoot
    }

    public static let kubeletVersion = "v1.33.0-apus"
}
