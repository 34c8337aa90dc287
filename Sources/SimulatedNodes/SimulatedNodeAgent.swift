import API
import APIMachinery
import Client
import Logging
import Synchronization

/// Runs N simulated nodes against the API server: registers them, keeps their Leases and status fresh, and
/// plays the kubelet's part for pods bound to them (Running and Ready at once, Job pods succeed after a while,
/// deletions complete after the grace period, capped). No container runs.
public final class SimulatedNodeAgent: Sendable {
    let client: APIClient
    let options: SimulatedNodeOptions
    let logger: Logger
    let queue = WorkQueue<ObjectKey>(name: "simulated-pods")
    let pods: Informer<CoreV1.Pod>
    let nodes: Informer<CoreV1.Node>
    let slots = Mutex<[String: Int]>([:])

    public init(client: APIClient, options: SimulatedNodeOptions, logger: Logger = Logger(label: "apus.simulated-nodes")) {
        self.client = client
        self.options = options
        self.logger = logger
        self.pods = Informer<CoreV1.Pod>(client: client, fieldSelector: "spec.nodeName!=", pageSize: 5000, logger: logger)
        self.nodes = Informer<CoreV1.Node>(client: client, labelSelector: "apus.io/simulated=true", pageSize: 5000, logger: logger)
    }

    /// The index of a node this agent runs, nil for other nodes.
    func index(of nodeName: String) -> Int? {
        guard nodeName.hasPrefix(options.namePrefix), let i = Int(nodeName.dropFirst(options.namePrefix.count)),
            i >= 0, i < options.count
        else { return nil }
        return i
    }

    public func run() async {
        await register()
        nodes.start()
        pods.start()
        _ = await pods.waitForSync()
        let queue = self.queue
        pods.addEventHandler(
            onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, new in queue.add(ObjectKey(new)) }, onDelete: { _ in })
        logger.info("simulated nodes ready", metadata: ["count": "\(options.count)"])
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.leaseLoop() }
            group.addTask { await self.statusLoop() }
            let runner = ControllerRunner(name: "simulated-pods", queue: queue, workers: options.concurrency, logger: logger) { key in
                try await self.sync(key)
            }
            group.addTask { await runner.run() }
            await group.next()
            group.cancelAll()
        }
        queue.shutDown()
        pods.stop()
        nodes.stop()
    }

    /// Creates the Node objects (or refreshes their status when they exist).
    func register() async {
        await forEachConcurrently(0..<options.count, width: options.concurrency) { i in
            let node = SimulatedNodeObjects.node(index: i, options: self.options, now: SimpleTime.now())
            for attempt in 0..<5 {
                do {
                    _ = try await self.client.create(ResourcePath(resource: "nodes"), node)
                    return
                } catch let e as APIError where e.isAlreadyExists {
                    let status: JSON = ["status": node["status"]]
                    _ = try? await self.client.patch(ResourcePath(resource: "nodes", name: self.options.nodeName(i), subresource: "status"), type: .merge, status)
                    return
                } catch {
                    self.logger.warning("registering \(self.options.nodeName(i)) failed (attempt \(attempt)): \(error)")
                    try? await Task.sleep(for: .milliseconds(200 * (attempt + 1)))
                }
            }
        }
    }

    func heartbeatStopped(_ name: String) -> Bool {
        nodes.get(name: name)?.json["metadata"]["annotations"][SimulatedNodeOptions.heartbeatAnnotation].stringValue == "stop"
    }

    /// Lease renewals in flight at most.
    static let leaseRenewalWidth = 512

    /// Renews every node's Lease once per interval, spread over the interval.
    func leaseLoop() async {
        while !Task.isCancelled {
            let start = ContinuousClock.now
            let count = options.count
            let spread = options.leaseInterval * 0.9
            // Wider than the other loops: real kubelets renew independently, and with only `concurrency`
            // renewals in flight a loaded server (0.3 s a request) would take longer than the 40 s grace
            // period to renew 5,000 Leases, and nodes would go NotReady.
            await forEachConcurrently(0..<count, width: max(options.concurrency, Self.leaseRenewalWidth)) { i in
                // Each node renews at its own slot of the interval, as independent kubelets would,
                // instead of all of them at once.
                let due = start + spread * (Double(i) / Double(max(1, count)))
                if due > ContinuousClock.now { try? await Task.sleep(until: due) }
                let name = self.options.nodeName(i)
                if self.heartbeatStopped(name) { return }
                let path = ResourcePath(group: "coordination.k8s.io", resource: "leases", namespace: "kube-node-lease", name: name)
                let now = SimpleTime.nowMicro()
                do {
                    _ = try await self.client.patch(path, type: .merge, ["spec": ["holderIdentity": .string(name), "leaseDurationSeconds": 40, "renewTime": .string(now)]])
                } catch let e as APIError where e.isNotFound {
                    _ = try? await self.client.create(
                        ResourcePath(group: "coordination.k8s.io", resource: "leases", namespace: "kube-node-lease"),
                        SimulatedNodeObjects.lease(nodeName: name, now: now))
                } catch {
                    self.logger.debug("lease renewal of \(name) failed: \(error)")
                }
            }
            let elapsed = ContinuousClock.now - start
            if elapsed < options.leaseInterval { try? await Task.sleep(for: options.leaseInterval - elapsed) }
        }
    }

    /// Refreshes the heartbeat times of every node's conditions.
    ///
    /// Every lease interval it also reposts, at once, the status of a node whose Ready condition is no longer
    /// True (the node lifecycle controller marked it Unknown while its heartbeats were stopped), as the kubelet
    /// posts a changed status within `nodeStatusUpdateFrequency`; this is how a node recovers.
    func statusLoop() async {
        let tick = min(options.leaseInterval, options.statusInterval)
        var lastFull = ContinuousClock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: tick)
            if Task.isCancelled { return }
            let full = ContinuousClock.now - lastFull >= options.statusInterval
            if full { lastFull = .now }
            let due = (0..<options.count).filter { i in
                let name = options.nodeName(i)
                return !heartbeatStopped(name) && (full || !readyInCache(name))
            }
            if due.isEmpty { continue }
            await forEachConcurrently(due, width: options.concurrency) { i in
                let name = self.options.nodeName(i)
                let status = SimulatedNodeObjects.status(name: name, index: i, options: self.options, now: SimpleTime.now())
                _ = try? await self.client.patch(ResourcePath(resource: "nodes", name: name, subresource: "status"), type: .strategic, ["status": ["conditions": status["conditions"]]])
            }
        }
    }

    /// Whether the cached node's Ready condition is True (true as well for a node not yet in the cache).
    func readyInCache(_ name: String) -> Bool {
        guard let node = nodes.get(name: name)?.json else { return true }
        let ready = (node["status"]["conditions"].arrayValue ?? []).first { $0["type"] == "Ready" }
        return ready?["status"] == "True"
    }

    /// Plays the kubelet for one pod.
    func sync(_ key: ObjectKey) async throws {
        guard let pod = pods.get(namespace: key.namespace, name: key.name) else { return }
        let json = pod.json
        guard let nodeName = json["spec"]["nodeName"].stringValue, let nodeIndex = index(of: nodeName) else { return }
        if heartbeatStopped(nodeName) { return }
        let path = ResourcePath(resource: "pods", namespace: key.namespace, name: key.name)
        let phase = json["status"]["phase"].stringValue ?? "Pending"
        if json["metadata"]["deletionTimestamp"].stringValue != nil {
            let grace = Double(json["metadata"]["deletionGracePeriodSeconds"].intValue ?? 0)
            let wait = min(grace, options.maxTerminationSeconds)
            if wait > 0 { try await Task.sleep(for: .milliseconds(Int(wait * 1000))) }
            do {
                try await client.delete(path, gracePeriodSeconds: 0, preconditions: Preconditions(uid: json["metadata"]["uid"].stringValue))
            } catch let e as APIError where e.isNotFound || e.isConflict {}
            return
        }
        if phase == "Pending" {
            let slot = slots.withLock { s -> Int in
                let n = s[nodeName, default: 0]
                s[nodeName] = n + 1
                return n
            }
            let status = SimulatedNodeObjects.runningStatus(
                pod: json, podIP: SimulatedNodeObjects.podIP(nodeIndex: nodeIndex, slot: slot),
                hostIP: SimulatedNodeObjects.nodeIP(nodeIndex), now: SimpleTime.now())
            _ = try await client.patch(ResourcePath(resource: "pods", namespace: key.namespace, name: key.name, subresource: "status"), type: .merge, ["status": status])
            if isJobPod(json) { queue.addAfter(key, delay: .milliseconds(Int(options.jobPodSeconds * 1000))) }
            return
        }
        if phase == "Running" && isJobPod(json) {
            let started = SimpleTime.parse(json["status"]["startTime"].stringValue ?? "") ?? 0
            let remaining = started + options.jobPodSeconds - SimpleTime.seconds()
            if remaining > 0 {
                queue.addAfter(key, delay: .milliseconds(Int(remaining * 1000) + 10))
                return
            }
            _ = try await client.patch(ResourcePath(resource: "pods", namespace: key.namespace, name: key.name, subresource: "status"), type: .merge, ["status": SimulatedNodeObjects.succeededStatus(pod: json, now: SimpleTime.now())])
        }
    }

    func isJobPod(_ pod: JSON) -> Bool {
        (pod["metadata"]["ownerReferences"].arrayValue ?? []).contains { $0["kind"] == "Job" }
    }
}

/// Runs `body` for every element with at most `width` in flight.
func forEachConcurrently<S: Sequence & Sendable>(_ items: S, width: Int, _ body: @escaping @Sendable (S.Element) async -> Void) async
where S.Element: Sendable {
    await withTaskGroup(of: Void.self) { group in
        var inFlight = 0
        for item in items {
            if inFlight >= max(1, width) {
                await group.next()
                inFlight -= 1
            }
            group.addTask { await body(item) }
            inFlight += 1
        }
    }
}
