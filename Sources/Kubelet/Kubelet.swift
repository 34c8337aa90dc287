import API
import APIMachinery
import CRI
import Client
import Foundation
import HTTPKit
import Logging
import NodeRuntime
import Synchronization

/// The node agent's kubelet: registers the Node, renews its Lease, and runs the pods bound to
/// the node through CRI (sandbox with the CNI network, init containers in order, app containers
/// with restart policies and back-off), reporting their status; deleted pods are stopped within
/// their grace period and removed.
public final class Kubelet: Sendable {
    let client: APIClient
    let cri: CRIClient
    let options: KubeletOptions
    let machine: MachineInfo
    let logger: Logger
    let pods: Informer<CoreV1.Pod>
    let queue = WorkQueue<ObjectKey>(name: "kubelet-pods")
    let layout: NodeRuntimeLayout
    let runtimeVersion: Mutex<String> = Mutex("containerd://unknown")
    /// Errors per pod UID and container name, shown as waiting reasons.
    let containerErrors = Mutex<[String: [String: (reason: String, message: String)]]>([:])
    let sandboxErrors = Mutex<[String: String]>([:])
    /// When a pull of each image last failed (seconds since the epoch).
    let pullFailures = Mutex<[String: Double]>([:])
    let probes: ProbeManager
    /// The port the kubelet's HTTPS server got (the Node advertises it).
    let serverPort: Mutex<Int>
    /// The previous /proc sample, for the node's CPU rate in `/stats/summary`.
    let nodeSample = Mutex<NodeUsage?>(nil)
    /// Service account tokens of projected volumes, by pod UID and source.
    let tokenCache = Mutex<[String: (token: Data, issuedAt: Double, expiresAt: Double)]>([:])
    /// When each recent event was sent (key: pod, reason, message), to send repeats at most once a minute.
    let recentEvents = Mutex<[String: Date]>([:])
    /// Static pods from the manifest directory, by their (mirror pod's) key.
    let staticPods = Mutex<[ObjectKey: StaticPodEntry]>([:])
    /// Set once the manifest directory was read (before that, mirror pods are not judged orphans).
    let staticSourceSynced = Mutex(false)
    /// The Node's UID, for mirror pods' owner references.
    let nodeUID = Mutex<String?>(nil)
    /// Watches of the ConfigMaps and Secrets mounted as volumes.
    let volumeSources: VolumeSourceWatcher

    public init(client: APIClient, cri: CRIClient, options: KubeletOptions, machine: MachineInfo = .current(), logger: Logger = Logger(label: "apus.kubelet")) {
        self.client = client
        self.cri = cri
        self.options = options
        self.machine = machine
        self.logger = logger
        self.layout = NodeRuntimeLayout(dataDir: options.dataDir)
        self.serverPort = Mutex(options.port)
        self.pods = Informer<CoreV1.Pod>(client: client, fieldSelector: "spec.nodeName=\(options.nodeName)", logger: logger)
        let queue = self.queue
        self.probes = ProbeManager(cri: cri) { queue.add($0) }
        self.volumeSources = VolumeSourceWatcher(client: client) { queue.add($0) }
    }

    var hostIP: String { machine.internalIP ?? "127.0.0.1" }

    var sandboxBuilder: SandboxConfigBuilder {
        SandboxConfigBuilder(logRoot: layout.podLogsDir, cgroupRoot: options.cgroupRoot)
    }

    var containerBuilder: ContainerConfigBuilder {
        let root = options.dataDir
        return ContainerConfigBuilder(nodeMemoryBytes: machine.memoryBytes, hostIP: hostIP, nodeName: options.nodeName) { uid in
            "\(root)/pods/\(uid)/volumes"
        }
    }

    /// The options with the port the server actually got.
    var advertisedOptions: KubeletOptions {
        var o = options
        o.port = serverPort.withLock { $0 }
        return o
    }

    /// Runs until cancelled. Static pods start at once; pods from the API server once it answers.
    public func run() async {
        if let version = try? await cri.version() {
            runtimeVersion.withLock { $0 = "\(version.runtimeName)://\(version.runtimeVersion)" }
        }
        var server: HTTPServer?
        do {
            let started = try await KubeletServer.start(kubelet: self, options: options, logger: logger)
            serverPort.withLock { $0 = started.port }
            server = started
            logger.info("kubelet server listening", metadata: ["port": "\(started.port)"])
        } catch {
            logger.error("kubelet server could not start on port \(options.port): \(error); logs, exec and port-forward will not work")
        }
        let queue = self.queue
        await withTaskGroup(of: Void.self) { group in
            let runner = ControllerRunner(name: "kubelet-pods", queue: queue, workers: options.workers, logger: logger) { key in
                try await self.sync(key)
            }
            group.addTask { await runner.run() }
            group.addTask { await self.relistLoop() }
            if let directory = options.podManifestPath {
                group.addTask { await self.staticPodLoop(directory: directory) }
            } else {
                staticSourceSynced.withLock { $0 = true }
            }
            group.addTask { await self.runWithAPIServer() }
            await group.next()
            group.cancelAll()
        }
        queue.shutDown()
        pods.stop()
        volumeSources.stopAll()
        await server?.shutdown()
        if options.removePodsOnShutdown {
            // The calling task is cancelled by now; CRI calls need a task that is not.
            await Task.detached { await self.removeAllPods() }.value
        }
    }

    /// Registers the node, follows the pods bound to it, and keeps its Lease and status fresh.
    func runWithAPIServer() async {
        await register()
        pods.start()
        _ = await pods.waitForSync()
        let queue = self.queue
        pods.addEventHandler(
            onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, new in queue.add(ObjectKey(new)) },
            onDelete: { [weak self] pod in
                // A deleted mirror pod is re-created while its static pod exists.
                if StaticPodManifest.isMirror(pod.json) { queue.add(ObjectKey(pod)) }
                // Pods deleted without passing through the kubelet (terminal pods, force deletion).
                Task { await self?.cleanUpDeleted(pod) }
            })
        logger.info("kubelet ready", metadata: ["node": "\(options.nodeName)"])
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.leaseLoop() }
            group.addTask { await self.statusLoop() }
            group.addTask { await self.resyncLoop() }
            group.addTask { await self.housekeepingLoop() }
            group.addTask { await self.volumeRefreshLoop() }
            await group.next()
            group.cancelAll()
        }
    }

    // MARK: node

    func nodeObject() -> JSON {
        NodeObjects.node(options: advertisedOptions, machine: machine, runtimeVersion: runtimeVersion.withLock { $0 }, runtimeReady: true, now: Self.now())
    }

    /// Creates the Node, or refreshes its status (and sets a missing pod CIDR) when it exists.
    func register() async {
        // Retried until the API server answers (static pods run meanwhile), every 1 s at first, then every 10 s.
        var attempt = 0
        while !Task.isCancelled {
            let node = nodeObject()
            attempt += 1
            do {
                let created = try await client.create(ResourcePath(resource: "nodes"), node)
                nodeUID.withLock { $0 = created["metadata"]["uid"].stringValue }
                logger.info("node registered", metadata: ["node": "\(options.nodeName)"])
                return
            } catch let error as APIError where error.isAlreadyExists {
                let patched = try? await client.patch(ResourcePath(resource: "nodes", name: options.nodeName), type: .strategic, ["metadata": node["metadata"]])
                nodeUID.withLock { $0 = patched?["metadata"]["uid"].stringValue }
                _ = try? await client.patch(ResourcePath(resource: "nodes", name: options.nodeName, subresource: "status"), type: .merge, ["status": node["status"]])
                return
            } catch {
                if attempt <= 3 || attempt % 30 == 0 { logger.warning("registering node failed (attempt \(attempt)): \(error)") }
                try? await Task.sleep(for: .seconds(attempt < 30 ? 1 : 10))
            }
        }
    }

    func leaseLoop() async {
        let path = ResourcePath(group: "coordination.k8s.io", resource: "leases", namespace: "kube-node-lease", name: options.nodeName)
        while !Task.isCancelled {
            let now = MicroTime.format(Date())
            do {
                _ = try await client.patch(path, type: .merge, ["spec": ["holderIdentity": .string(options.nodeName), "leaseDurationSeconds": 40, "renewTime": .string(now)]])
            } catch let error as APIError where error.isNotFound {
                _ = try? await client.create(
                    ResourcePath(group: "coordination.k8s.io", resource: "leases", namespace: "kube-node-lease"),
                    NodeObjects.lease(nodeName: options.nodeName, now: now))
            } catch {
                logger.debug("lease renewal failed: \(error)")
            }
            try? await Task.sleep(for: options.leaseInterval)
        }
    }

    func statusLoop() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: options.statusInterval)
            if Task.isCancelled { return }
            let ready = (try? await cri.status(timeout: .seconds(5)))?.status.conditions.allSatisfy(\.status) ?? false
            let status = NodeObjects.status(options: advertisedOptions, machine: machine, runtimeVersion: runtimeVersion.withLock { $0 }, runtimeReady: ready, now: Self.now())
            _ = try? await client.patch(ResourcePath(resource: "nodes", name: options.nodeName, subresource: "status"), type: .merge, ["status": status])
        }
    }

    func resyncLoop() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: options.resyncInterval)
            for pod in pods.list() { queue.add(ObjectKey(pod)) }
            for key in staticPods.withLock({ Array($0.keys) }) { queue.add(key) }
        }
    }

    /// Removes sandboxes of pods that no longer exist (deleted while the kubelet was down, or
    /// force-deleted).
    func housekeepingLoop() async {
        while !Task.isCancelled {
            guard staticSourceSynced.withLock({ $0 }) else {
                try? await Task.sleep(for: .seconds(1))
                continue
            }
            let known = knownPodUIDs()
            var filter = Runtime_V1_PodSandboxFilter()
            filter.labelSelector = [PodLabels.managedBy: PodLabels.managedByValue]
            if let sandboxes = try? await cri.listPodSandbox(filter: filter) {
                let orphans = Set(sandboxes.compactMap { $0.labels[PodLabels.podUID] }).subtracting(known)
                for uid in orphans {
                    logger.info("removing orphaned pod sandboxes", metadata: ["uid": "\(uid)"])
                    try? await removePod(uid: uid, gracePeriod: 2, sandboxes: sandboxes.filter { $0.labels[PodLabels.podUID] == uid })
                }
                // Log directories of pods that have neither an object nor a sandbox any more.
                let withSandbox = Set(sandboxes.compactMap { $0.labels[PodLabels.podUID] })
                for entry in (try? FileManager.default.contentsOfDirectory(atPath: layout.podLogsDir)) ?? [] {
                    guard let uid = entry.split(separator: "_").last.map(String.init), !known.contains(uid), !withSandbox.contains(uid) else { continue }
                    try? FileManager.default.removeItem(atPath: layout.podLogsDir + "/" + entry)
                }
                // Volume directories likewise (pods removed before their sandbox existed).
                let dirs = (try? FileManager.default.contentsOfDirectory(atPath: options.dataDir + "/pods")) ?? []
                let knownNow = knownPodUIDs()
                for uid in dirs where !known.contains(uid) && !knownNow.contains(uid) && !withSandbox.contains(uid) {
                    removePodDirectory(uid: uid)
                }
            }
            try? await Task.sleep(for: .seconds(10))
        }
    }

    /// UIDs of the pods this kubelet should run: those bound to the node, and static pods.
    func knownPodUIDs() -> Set<String> {
        Set(pods.list().map(\.uid)).union(staticPodsSnapshot().compactMap { $0["metadata"]["uid"].stringValue })
    }

    func cleanUpDeleted(_ pod: CoreV1.Pod) async {
        probes.forget(pod: ObjectKey(pod))
        if !StaticPodManifest.isMirror(pod.json) { volumeSources.forget(pod: ObjectKey(pod)) }
        var filter = Runtime_V1_PodSandboxFilter()
        filter.labelSelector = [PodLabels.podUID: pod.uid]
        guard let sandboxes = try? await cri.listPodSandbox(filter: filter), !sandboxes.isEmpty else {
            removePodDirectory(uid: pod.uid)
            return
        }
        try? await removePod(uid: pod.uid, gracePeriod: 2, sandboxes: sandboxes)
    }

    static func now() -> String { MicroTime.formatSeconds(Date()) }
}
