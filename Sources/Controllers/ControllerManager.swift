import APIMachinery
import Client
import Foundation
import Logging

/// Settings of the controller manager (`apus controller-manager` flags).
public struct ControllerManagerOptions: Sendable {
    /// Elect one active instance through the `kube-system/kube-controller-manager` Lease.
    public var leaderElect: Bool
    public var leaderElectionNamespace: String
    public var leaderElectionName: String
    /// Identity in the lease; hostname plus a random suffix when nil.
    public var leaderElectionIdentity: String?
    public var leaseDuration: Duration
    public var renewDeadline: Duration
    public var retryPeriod: Duration
    /// Workers per controller (upstream `--concurrent-*-syncs`, 5 by default).
    public var workers: Int
    /// Resync period of the shared informers (nil: none).
    public var resyncPeriod: Duration?
    /// Names of the controllers to run; empty means all (upstream `--controllers`).
    public var controllers: Set<String>
    /// How long a node may go without a heartbeat before it is marked Unknown (`--node-monitor-grace-period`).
    public var nodeMonitorGracePeriod: Duration
    /// How often node health is checked (`--node-monitor-period`).
    public var nodeMonitorPeriod: Duration
    /// Range node pod CIDRs are taken from (`--cluster-cidr`); nil: no node IPAM.
    public var clusterCIDR: String? = "10.42.0.0/16"
    /// Prefix length of each node's pod CIDR (`--node-cidr-mask-size`).
    public var nodeCIDRMaskSize: Int = 24

    public init(
        leaderElect: Bool = false, leaderElectionNamespace: String = "kube-system",
        leaderElectionName: String = "kube-controller-manager", leaderElectionIdentity: String? = nil,
        leaseDuration: Duration = .seconds(15), renewDeadline: Duration = .seconds(10), retryPeriod: Duration = .seconds(2),
        workers: Int = 5, resyncPeriod: Duration? = nil, controllers: Set<String> = [],
        nodeMonitorGracePeriod: Duration = .seconds(40), nodeMonitorPeriod: Duration = .seconds(5)
    ) {
        self.leaderElect = leaderElect
        self.leaderElectionNamespace = leaderElectionNamespace
        self.leaderElectionName = leaderElectionName
        self.leaderElectionIdentity = leaderElectionIdentity
        self.leaseDuration = leaseDuration
        self.renewDeadline = renewDeadline
        self.retryPeriod = retryPeriod
        self.workers = workers
        self.resyncPeriod = resyncPeriod
        self.controllers = controllers
        self.nodeMonitorGracePeriod = nodeMonitorGracePeriod
        self.nodeMonitorPeriod = nodeMonitorPeriod
    }

    /// The options with the node IPAM range (an empty CIDR turns node IPAM off).
    public func withNodeIPAM(clusterCIDR: String, maskSize: Int) -> ControllerManagerOptions {
        var o = self
        o.clusterCIDR = clusterCIDR.isEmpty ? nil : clusterCIDR
        o.nodeCIDRMaskSize = maskSize
        return o
    }

    /// Whether the controller called `name` is enabled.
    public func isEnabled(_ name: String) -> Bool { controllers.isEmpty || controllers.contains(name) }
}

/// What every controller of the manager gets: the client, the shared informers, a logger and the options.
public struct ControllerContext: Sendable {
    public let client: APIClient
    public let informers: SharedInformerFactory
    public let logger: Logger
    public let options: ControllerManagerOptions

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger, options: ControllerManagerOptions) {
        self.client = client
        self.informers = informers
        self.logger = logger
        self.options = options
    }
}

/// A controller the manager runs: it asks the shared informer factory for its informers and
/// registers its event handlers when created, and ``run()`` waits for the caches and runs its
/// workers until the task is cancelled.
public protocol ManagedController: Sendable {
    /// The upstream controller name (`replicaset`, `deployment`, ...).
    var name: String { get }
    func run() async
}

/// Runs every registered controller against one API server, optionally only while it holds the
/// leader lease.
public final class ControllerManager: Sendable {
    public let client: APIClient
    public let logger: Logger
    public let options: ControllerManagerOptions

    public init(client: APIClient, logger: Logger, options: ControllerManagerOptions) {
        self.client = client
        self.logger = logger
        self.options = options
    }

    /// The controllers of the manager. To add one, append it here (guarded by its name).
    static func makeControllers(_ context: ControllerContext) -> [any ManagedController] {
        var controllers: [any ManagedController] = []
        let o = context.options
        if o.isEnabled(ReplicaSetController.controllerName) { controllers.append(ReplicaSetController(context)) }
        if o.isEnabled(ReplicationControllerController.controllerName) {
            controllers.append(ReplicationControllerController(context))
        }
        if o.isEnabled(DeploymentController.controllerName) { controllers.append(DeploymentController(context)) }
        if o.isEnabled(StatefulSetController.controllerName) { controllers.append(StatefulSetController(context)) }
        if o.isEnabled(DaemonSetController.controllerName) { controllers.append(DaemonSetController(context)) }
        controllers += makeLifecycleControllers(context)
        return controllers
    }

    /// Runs until the calling task is cancelled. With ``ControllerManagerOptions/leaderElect`` the
    /// controllers run only while this instance leads; losing the lease stops them and campaigns again.
    public func run() async {
        guard options.leaderElect else {
            await runControllers()
            return
        }
        let identity =
            options.leaderElectionIdentity
            ?? (ProcessInfo.processInfo.hostName + "_" + UUID().uuidString.lowercased().prefix(8))
        let config = LeaderElectionConfig(
            namespace: options.leaderElectionNamespace, name: options.leaderElectionName, identity: identity,
            leaseDuration: options.leaseDuration, renewDeadline: options.renewDeadline, retryPeriod: options.retryPeriod)
        let elector: LeaderElector
        do {
            elector = try LeaderElector(client: client, config: config, logger: logger)
        } catch {
            logger.error("invalid leader election settings", metadata: ["error": "\(error)"])
            return
        }
        while !Task.isCancelled {
            await elector.run(onStartedLeading: { await self.runControllers() })
            if Task.isCancelled { break }
            logger.warning("lost leadership, campaigning again")
        }
    }

    /// Starts fresh informers and every controller; returns when cancelled.
    func runControllers() async {
        let informers = SharedInformerFactory(client: client, resyncPeriod: options.resyncPeriod)
        let context = ControllerContext(client: client, informers: informers, logger: logger, options: options)
        let controllers = Self.makeControllers(context)
        informers.start()
        logger.info("controller manager started", metadata: ["controllers": "\(controllers.map(\.name))"])
        await withTaskCancellationHandler {
            await withTaskGroup(of: Void.self) { group in
                for c in controllers {
                    group.addTask { await c.run() }
                }
            }
        } onCancel: {
            informers.shutdown()
        }
        informers.shutdown()
    }
}
