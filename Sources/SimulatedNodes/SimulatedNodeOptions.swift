/// How simulated nodes look and behave.
public struct SimulatedNodeOptions: Sendable {
    public var count: Int
    public var namePrefix = "sim-node-"
    public var cpu = "8"
    public var memory = "32Gi"
    public var pods = 110
    public var zones = 3
    /// Extra labels on every node.
    public var labels: [String: String] = [:]
    /// Taints on every node, as `key=value:Effect` strings.
    public var taints: [String] = []
    /// Interval of Lease renewals (node heartbeats).
    public var leaseInterval: Duration = .seconds(10)
    /// Interval of node status refreshes (condition heartbeat times) when nothing changed: the Lease is
    /// the heartbeat, and like the kubelet (`nodeStatusReportFrequency`, 5 minutes) the status is only
    /// reposted now and then.
    public var statusInterval: Duration = .seconds(300)
    /// Seconds a Job's pod runs before it succeeds.
    public var jobPodSeconds: Double = 5
    /// Upper bound on how long a deleted pod takes to terminate (its grace period, capped).
    public var maxTerminationSeconds: Double = 1
    /// Concurrent API requests while registering nodes and updating pods.
    public var concurrency = 32

    public init(count: Int) { self.count = count }

    /// The annotation that, set to `stop` on a simulated Node, stops its heartbeats (node failure).
    public static let heartbeatAnnotation = "apus.io/simulated-heartbeat"

    public func nodeName(_ i: Int) -> String { "\(namePrefix)\(i)" }
}
