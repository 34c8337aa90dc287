import APIMachinery
import API
import Client
import Foundation
import Logging
import Synchronization

/// The Apus scheduler: watches unscheduled pods whose `spec.schedulerName` is one of its
/// profiles', picks a node for each with the profile's plugins, and binds it through
/// `pods/binding`, as upstream kube-scheduler does.
///
/// One scheduling loop takes one pod at a time from the ``SchedulingQueue``, decides against
/// an incrementally refreshed ``Snapshot`` of the ``SchedulerCache``, assumes the pod onto the
/// chosen node and hands the binding to a separate task, so the next pod is scheduled while
/// bindings are in flight. Pods that fit nowhere get the `PodScheduled=False` condition and a
/// `FailedScheduling` event, may preempt lower-priority pods, and wait for a cluster event (or
/// the periodic flush) to be retried.
public final class Scheduler: Sendable {
    public let client: APIClient
    public let config: SchedulerConfiguration
    let logger: Logger
    public let cache: SchedulerCache
    public let queue: SchedulingQueue
    /// Profile frameworks by scheduler name.
    public let frameworks: [String: Framework]
    let recorder: EventRecorder
    let bindLimiter: AsyncSemaphore
    let loop: LoopState

    let factory: SharedInformerFactory
    let pods: Informer<CoreV1.Pod>
    let nodes: Informer<CoreV1.Node>
    let priorityClasses: Informer<SchedulingV1.PriorityClass>
    let pdbs: Informer<PolicyV1.PodDisruptionBudget>
    let namespaces: Informer<CoreV1.Namespace>
    let services: Informer<CoreV1.Service>
    let replicaSets: Informer<AppsV1.ReplicaSet>
    let replicationControllers: Informer<CoreV1.ReplicationController>
    let statefulSets: Informer<AppsV1.StatefulSet>
    private let started = Mutex(false)

    /// State only the scheduling loop touches.
    final class LoopState: @unchecked Sendable {
        let algorithm: SchedulingAlgorithm
        let snapshot = Snapshot()
        init(_ a: SchedulingAlgorithm) { algorithm = a }
    }

    public init(client: APIClient, config: SchedulerConfiguration, logger: Logger) {
        self.client = client
        self.config = config
        self.logger = logger
        cache = SchedulerCache()
        var qs = SchedulingQueue.Settings()
        qs.initialBackoff = config.podInitialBackoff
        qs.maxBackoff = config.podMaxBackoff
        qs.maxInUnschedulable = config.podMaxInUnschedulable
        queue = SchedulingQueue(settings: qs)
        recorder = EventRecorder(client: client, logger: logger)
        bindLimiter = AsyncSemaphore(config.maxConcurrentBinds)
        loop = LoopState(SchedulingAlgorithm(percentageOfNodesToScore: config.percentageOfNodesToScore))

        let factory = SharedInformerFactory(client: client)
        self.factory = factory
        pods = factory.informer(CoreV1.Pod.self, fieldSelector: "status.phase!=Succeeded,status.phase!=Failed")
        nodes = factory.informer(CoreV1.Node.self)
        priorityClasses = factory.informer(SchedulingV1.PriorityClass.self)
        pdbs = factory.informer(PolicyV1.PodDisruptionBudget.self)
        namespaces = factory.informer(CoreV1.Namespace.self)
        services = factory.informer(CoreV1.Service.self)
        replicaSets = factory.informer(AppsV1.ReplicaSet.self)
        replicationControllers = factory.informer(CoreV1.ReplicationController.self)
        statefulSets = factory.informer(AppsV1.StatefulSet.self)

        let selector = DefaultSpreadSelector(
            services: services, replicaSets: replicaSets, replicationControllers: replicationControllers, statefulSets: statefulSets)
        var fws: [String: Framework] = [:]
        for p in config.profiles {
            fws[p.schedulerName] = Framework.make(profile: p, defaultSpreadSelector: { selector.selector(for: $0) })
        }
        frameworks = fws
    }

    /// Runs the scheduler until the calling task is cancelled; with leader election, only
    /// while this replica leads (it returns when leadership is lost).
    public func run() async {
        let first = started.withLock { s -> Bool in
            defer { s = true }
            return !s
        }
        guard first else {
            logger.error("a Scheduler runs once")
            return
        }
        if config.leaderElect {
            let host = ProcessInfo.processInfo.hostName
            let identity = host + "_" + UUID().uuidString.lowercased()
            let le = LeaderElectionConfig(namespace: config.leaseNamespace, name: config.effectiveLeaseName, identity: identity)
            do {
                let elector = try LeaderElector(client: client, config: le, logger: logger)
                await elector.run(
                    onStartedLeading: { await self.runScheduling() },
                    onStoppedLeading: { self.logger.info("leader election lost") })
            } catch {
                logger.error("cannot start leader election", metadata: ["error": "\(error)"])
            }
        } else {
            await runScheduling()
        }
    }

    // MARK: Running

    func runScheduling() async {
        registerHandlers()
        factory.start()
        await withTaskCancellationHandler {
            guard await factory.waitForSync() else { return }
            // Handlers run on their own tasks: give them a moment to fill the cache with nodes.
            let deadline = ContinuousClock.now + .seconds(5)
            while cache.nodeCount < nodes.cache.count && ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
            logger.info(
                "scheduler started",
                metadata: ["profiles": "\(config.schedulerNames.joined(separator: ","))", "nodes": "\(cache.nodeCount)"])
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.recorder.run() }
                group.addTask { await self.every(.seconds(1)) { self.queue.flushBackoffCompleted() } }
                group.addTask { await self.every(.seconds(30)) { self.queue.flushUnschedulableLeftover() } }
                group.addTask { await self.schedulingLoop() }
                await group.next()
                self.queue.close()
                self.recorder.close()
                group.cancelAll()
            }
        } onCancel: {
            queue.close()
            recorder.close()
        }
        factory.shutdown()
    }

    private func every(_ period: Duration, _ body: @Sendable () -> Void) async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: period) } catch { return }
            body()
        }
    }

    func schedulingLoop() async {
        while !Task.isCancelled {
            guard let qp = await queue.pop() else { return }
            scheduleOne(qp)
        }
    }

    // MARK: One scheduling cycle

    func scheduleOne(_ qp: QueuedPodInfo) {
        let pod = qp.pod
        guard let fw = frameworks[pod.schedulerName] else {
            queue.done(uid: pod.uid)
            return
        }
        if pod.isTerminating || cache.contains(uid: pod.uid) {
            queue.done(uid: pod.uid)
            return
        }
        let snapshot = loop.snapshot
        cache.updateSnapshot(snapshot)
        snapshot.nominatedPods = queue.hasNominatedPods ? queue.nominatedPods : [:]
        let cycle = queue.schedulingCycle
        let state = CycleState(snapshot: snapshot)
        switch loop.algorithm.schedule(framework: fw, state: state, pod: pod, snapshot: snapshot) {
        case .scheduled(let result):
            let assumed = PodInfo(copying: pod, nodeName: result.suggestedHost)
            do {
                try cache.assume(assumed)
            } catch {
                logger.error("assume failed", metadata: ["pod": "\(pod.key)", "error": "\(error)"])
                queue.addBackoff(qp)
                return
            }
            if !pod.nominatedNodeName.isEmpty || queue.hasNominatedPods { queue.nominate(pod, node: nil) }
            queue.done(uid: pod.uid)
            Task { await self.bind(assumed, qp: qp, cycle: cycle, profile: fw.profileName) }
        case .noNodes:
            let msg = NoNodesAvailableError().description
            queue.addUnschedulable(qp, plugins: [], cycle: cycle)
            reportFailure(pod, reason: "Unschedulable", message: msg, profile: fw.profileName, nominatedNode: nil)
        case .unschedulable(var fitError):
            var nominatedNode: String?
            var clearNomination = false
            if let preemption = fw.postFilterPlugin {
                let pdbList = pdbs.list().map(PDBInfo.init)
                switch preemption.preempt(
                    framework: fw, state: state, pod: pod, snapshot: snapshot, nodeStatuses: fitError.nodeStatuses, pdbs: pdbList)
                {
                case .nominate(let node, let victims):
                    nominatedNode = node
                    queue.nominate(pod, node: node)
                    let lower = (snapshot.nominatedPods[node] ?? []).filter { $0.priority < pod.priority && $0.uid != pod.uid }
                    for p in lower { queue.nominate(p, node: nil) }
                    Task { await self.evict(victims, for: pod, node: node, profile: fw.profileName, clearing: lower) }
                case .failed(let message, let clear):
                    fitError.postFilterMessage = "preemption: " + message
                    clearNomination = clear && !pod.nominatedNodeName.isEmpty
                }
            }
            if clearNomination { queue.nominate(pod, node: nil) }
            var plugins = fitError.unschedulablePlugins
            if nominatedNode != nil { plugins.insert(PluginName.defaultPreemption) }
            queue.addUnschedulable(qp, plugins: plugins, cycle: cycle)
            reportFailure(
                pod, reason: "Unschedulable", message: fitError.message, profile: fw.profileName,
                nominatedNode: nominatedNode ?? (clearNomination ? "" : nil))
        }
    }

    // MARK: Binding

    func bind(_ assumed: PodInfo, qp: QueuedPodInfo, cycle: Int64, profile: String) async {
        await bindLimiter.wait()
        defer { bindLimiter.signal() }
        var binding = CoreV1.Binding()
        binding.metadata.name = assumed.name
        binding.metadata.namespace = assumed.namespace
        binding.metadata.uid = assumed.uid
        var target = CoreV1.ObjectReference()
        target.kind = "Node"
        target.name = assumed.nodeName
        binding.target = target
        do {
            try await client.createSubresource(
                CoreV1.Pod.self, namespace: assumed.namespace, name: assumed.name, subresource: "binding", binding.json)
            cache.finishBinding(uid: assumed.uid)
            recorder.record(
                pod: assumed, type: "Normal", reason: "Scheduled", action: "Binding",
                message: "Successfully assigned \(assumed.namespace)/\(assumed.name) to \(assumed.nodeName)", component: profile)
        } catch {
            cache.forget(uid: assumed.uid)
            queue.moveAllToActiveOrBackoff(.assignedPodDelete(assumed))
            if APIError.isNotFound(error) {
                queue.done(uid: assumed.uid)
                return
            }
            logger.warning("binding failed", metadata: ["pod": "\(assumed.key)", "node": "\(assumed.nodeName)", "error": "\(error)"])
            queue.addUnschedulable(qp, plugins: [], cycle: cycle)
            reportFailure(qp.pod, reason: "SchedulerError", message: "Binding rejected: \(error)", profile: profile, nominatedNode: nil)
        }
    }

    // MARK: Reporting

    /// Emits FailedScheduling and sets `PodScheduled=False` (and the nominated node) unless the
    /// pod already says exactly that.
    func reportFailure(_ pod: PodInfo, reason: String, message: String, profile: String, nominatedNode: String?) {
        recorder.record(pod: pod, type: "Warning", reason: "FailedScheduling", action: "Scheduling", message: message, component: profile)
        let existing = pod.pod.status.conditions.first { $0.type == "PodScheduled" }
        let sameCondition = existing?.status == "False" && existing?.reason == reason && existing?.message == message
        let sameNomination = nominatedNode == nil || nominatedNode == pod.nominatedNodeName
        if sameCondition && sameNomination { return }
        var status: JSON = .object([:])
        if !sameCondition {
            let transition = existing?.status == "False" ? (existing?.lastTransitionTime.map(JSON.string) ?? .string(EventRecorder.timestamp())) : .string(EventRecorder.timestamp())
            let condition: JSON = [
                "type": "PodScheduled", "status": "False", "reason": .string(reason), "message": .string(message),
                "lastTransitionTime": transition,
            ]
            status["conditions"] = [condition]
        }
        if let nominatedNode, nominatedNode != pod.nominatedNodeName {
            status["nominatedNodeName"] = nominatedNode.isEmpty ? .null : .string(nominatedNode)
            if nominatedNode.isEmpty {
                // Merge semantics: an explicit null removes the field.
                if case .object(var o) = status {
                    o["nominatedNodeName"] = .null
                    status = .object(o)
                }
            }
        }
        let patch: JSON = ["status": status]
        Task {
            do {
                _ = try await client.patch(
                    CoreV1.Pod.self, namespace: pod.namespace, name: pod.name, type: .strategic, patch, subresource: "status")
            } catch {
                if !APIError.isNotFound(error) {
                    logger.warning("could not update pod status", metadata: ["pod": "\(pod.key)", "error": "\(error)"])
                }
            }
        }
    }

    /// Deletes preemption victims (marking them with a DisruptionTarget condition first) and
    /// clears the nomination of lower-priority pods nominated to the same node.
    func evict(_ victims: [PodInfo], for preemptor: PodInfo, node: String, profile: String, clearing: [PodInfo]) async {
        await withTaskGroup(of: Void.self) { group in
            for v in victims {
                group.addTask {
                    let condition: JSON = [
                        "type": "DisruptionTarget", "status": "True", "reason": "PreemptionByScheduler",
                        "message": .string("\(profile): preempting to accommodate a higher priority pod"),
                        "lastTransitionTime": .string(EventRecorder.timestamp()),
                    ]
                    _ = try? await self.client.patch(
                        CoreV1.Pod.self, namespace: v.namespace, name: v.name, type: .strategic,
                        ["status": ["conditions": [condition]]], subresource: "status")
                    do {
                        try await self.client.delete(
                            CoreV1.Pod.self, namespace: v.namespace, name: v.name, preconditions: Preconditions(uid: v.uid))
                        self.recorder.record(
                            pod: v, type: "Normal", reason: "Preempted", action: "Preempting",
                            message: "Preempted by pod \(preemptor.uid) on node \(node)", component: profile, related: preemptor)
                    } catch {
                        if !APIError.isNotFound(error) {
                            self.logger.warning("could not delete preemption victim", metadata: ["pod": "\(v.key)", "error": "\(error)"])
                        }
                    }
                }
            }
            for p in clearing {
                group.addTask {
                    let patch: JSON = ["status": ["nominatedNodeName": .null]]
                    _ = try? await self.client.patch(
                        CoreV1.Pod.self, namespace: p.namespace, name: p.name, type: .merge, patch, subresource: "status")
                }
            }
            await group.waitForAll()
        }
    }
}
