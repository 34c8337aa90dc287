import API
import APIMachinery
import Client
import Foundation
import Logging

/// Runs one pod of every DaemonSet on each eligible node: pods are created with the node affinity
/// `metadata.name In [node]` (the scheduler binds them) and the daemon tolerations, replaced by
/// rolling update (maxUnavailable or maxSurge) or on deletion (OnDelete), with ControllerRevisions
/// recording the template history and status counting desired, current, ready, available,
/// updated and misscheduled pods. Decisions are in ``DaemonSetDecisions``.
public struct DaemonSetController: ManagedController {
    public static let controllerName = "daemonset"
    let core: DaemonSetControllerCore

    public init(_ context: ControllerContext) { core = DaemonSetControllerCore(context) }

    public var name: String { Self.controllerName }
    public func run() async { await core.run() }
    public func reconcile(_ key: ObjectKey) async throws { try await core.reconcile(key) }
}

final class DaemonSetControllerCore: Sendable {
    let client: APIClient
    let daemonSets: Informer<AppsV1.DaemonSet>
    let pods: Informer<CoreV1.Pod>
    let nodes: Informer<CoreV1.Node>
    let revisions: Informer<AppsV1.ControllerRevision>
    let loop: WorkloadLoop
    let expectations = Workloads.Expectations()
    let logger: Logger

    init(_ context: ControllerContext) {
        client = context.client
        daemonSets = context.informers.informer(AppsV1.DaemonSet.self)
        pods = context.informers.informer(CoreV1.Pod.self)
        nodes = context.informers.informer(CoreV1.Node.self)
        revisions = context.informers.informer(AppsV1.ControllerRevision.self)
        loop = WorkloadLoop(name: DaemonSetController.controllerName, workers: context.options.workers, logger: context.logger)
        logger = loop.logger
        registerHandlers()
    }

    func run() async {
        let d = daemonSets, p = pods, n = nodes, r = revisions
        await loop.run(
            informersSynced: {
                let s0 = await d.waitForSync()
                let s1 = await p.waitForSync()
                let s2 = await n.waitForSync()
                let s3 = await r.waitForSync()
                return s0 && s1 && s2 && s3
            },
            reconcile: { [self] key in try await self.reconcile(key) })
    }

    private func registerHandlers() {
        daemonSets.addEventHandler(
            onAdd: { [loop] d in loop.enqueue(ObjectKey(d)) },
            onUpdate: { [loop] _, d in loop.enqueue(ObjectKey(d)) },
            onDelete: { [loop, expectations] d in
                expectations.delete(ObjectKey(d).description)
                loop.enqueue(ObjectKey(d))
            })
        pods.addEventHandler(
            onAdd: { [weak self] p in self?.podAdded(p) },
            onUpdate: { [weak self] old, p in self?.podUpdated(old, p) },
            onDelete: { [weak self] p in self?.podDeleted(p) })
        nodes.addEventHandler(
            onAdd: { [weak self] _ in self?.enqueueAll() },
            onUpdate: { [weak self] old, new in self?.nodeUpdated(old, new) },
            onDelete: { [weak self] _ in self?.enqueueAll() })
    }

    /// Heartbeats change only condition times: ignore them; otherwise look again at the
    /// DaemonSets whose verdict for this node changed (upstream `updateNode`).
    func nodeUpdated(_ old: CoreV1.Node, _ new: CoreV1.Node) {
        func conditions(_ n: CoreV1.Node) -> [String: String] {
            Dictionary(n.status.conditions.map { ($0.type ?? "", $0.status ?? "") }, uniquingKeysWith: { a, _ in a })
        }
        if conditions(old) == conditions(new) && old.labels == new.labels && old.json["spec"] == new.json["spec"] { return }
        for ds in daemonSets.list() {
            let before = DaemonSetDecisions.shouldRun(ds, on: old), after = DaemonSetDecisions.shouldRun(ds, on: new)
            if before != after { loop.enqueue(ObjectKey(ds)) }
        }
    }

    func enqueueAll() {
        for d in daemonSets.list() { loop.enqueue(ObjectKey(d)) }
    }

    func resolve(_ ref: MetaV1.OwnerReference?, namespace: String) -> AppsV1.DaemonSet? {
        guard let ref, ref.kind == "DaemonSet", let name = ref.name,
            let d = daemonSets.get(namespace: namespace, name: name), d.uid == ref.uid
        else { return nil }
        return d
    }

    func podAdded(_ pod: CoreV1.Pod) {
        if Workloads.isBeingDeleted(pod.json) {
            podDeleted(pod)
            return
        }
        if let ref = Workloads.controllerRef(pod.json) {
            guard let ds = resolve(ref, namespace: pod.namespace) else { return }
            expectations.creationObserved(ObjectKey(ds).description)
            loop.enqueue(ObjectKey(ds))
            return
        }
        enqueueMatching(pod)
    }

    func podUpdated(_ old: CoreV1.Pod, _ pod: CoreV1.Pod) {
        if old.resourceVersion == pod.resourceVersion { return }
        if Workloads.isBeingDeleted(pod.json) {
            podDeleted(pod)
            return
        }
        let oldRef = Workloads.controllerRef(old.json), newRef = Workloads.controllerRef(pod.json)
        if oldRef?.uid != newRef?.uid, let ds = resolve(oldRef, namespace: old.namespace) { loop.enqueue(ObjectKey(ds)) }
        if let newRef {
            guard let ds = resolve(newRef, namespace: pod.namespace) else { return }
            loop.enqueue(ObjectKey(ds))
            let minReady = ds.spec.minReadySeconds ?? 0
            if minReady > 0, !Workloads.isPodReady(old), Workloads.isPodReady(pod) {
                loop.queue.addAfter(ObjectKey(ds), delay: .seconds(Int64(minReady) + 1))
            }
            return
        }
        if old.labels != pod.labels || oldRef != nil { enqueueMatching(pod) }
    }

    func podDeleted(_ pod: CoreV1.Pod) {
        guard let ds = resolve(Workloads.controllerRef(pod.json), namespace: pod.namespace) else { return }
        expectations.deletionObserved(ObjectKey(ds).description, podKey: ObjectKey(pod).description)
        loop.enqueue(ObjectKey(ds))
    }

    func enqueueMatching(_ pod: CoreV1.Pod) {
        for ds in daemonSets.list(namespace: pod.namespace) {
            guard let sel = try? LabelSelector(labelSelector: ds.json["spec"]["selector"]), !sel.isEmpty else { continue }
            if sel.matches(pod.labels) { loop.enqueue(ObjectKey(ds)) }
        }
    }

    // MARK: Reconcile

    func reconcile(_ key: ObjectKey) async throws {
        guard var ds = daemonSets.cache[key] else {
            expectations.delete(key.description)
            return
        }
        guard let selector = try? LabelSelector(labelSelector: ds.json["spec"]["selector"]), !selector.isEmpty else {
            logger.warning("invalid or empty selector", metadata: ["daemonset": "\(key)"])
            return
        }
        let client = self.client
        let uid = ds.uid
        let canAdopt: @Sendable () async throws -> Bool = {
            let fresh = try await client.get(AppsV1.DaemonSet.self, namespace: key.namespace, name: key.name)
            return fresh.uid == uid && !Workloads.isBeingDeleted(fresh.json)
        }
        let ownerRef = Workloads.makeControllerRef(to: ds)
        let claimed = try await Workloads.claim(
            pods.list(namespace: key.namespace), owner: ds, ownerRef: ownerRef, matches: { selector.matches($0.labels) },
            client: client, canAdopt: canAdopt)
        let history = try await Workloads.claim(
            revisions.list(namespace: key.namespace), owner: ds, ownerRef: ownerRef, matches: { selector.matches($0.labels) },
            client: client, canAdopt: canAdopt)
        if Workloads.isBeingDeleted(ds.json) { return }

        // The current revision: the one holding the current template (created or bumped as needed).
        let data = ControllerHistory.templatePatch(ds.json["spec"]["template"])
        let templateLabels = ds.spec.template.metadata.labels
        let collisionCount = ds.status.collisionCount ?? 0
        let dsForHash = ds
        let next = ControllerHistory.nextRevision(history)
        func candidate(_ count: Int32) -> AppsV1.ControllerRevision {
            let hash = Workloads.templateHash(dsForHash.json["spec"]["template"], collisionCount: count == 0 ? nil : count)
            return ControllerHistory.newRevision(
                parent: dsForHash, templateLabels: templateLabels, data: data, revision: next, collisionCount: count, hash: hash,
                annotations: dsForHash.metadata.annotations)
        }
        let (current, usedCount) = try await ControllerHistory.apply(
            candidate: candidate(collisionCount), history: history, collisionCount: collisionCount, client: client,
            rehash: candidate)
        if usedCount != collisionCount {
            ds.status.collisionCount = usedCount
            ds = try await client.updateStatus(ds)
        }
        let hash = current.labels[Workloads.controllerRevisionHashLabel] ?? ""
        let nodeList = nodes.list()
        let byNode = DaemonSetDecisions.podsByNode(claimed)
        let now = Date()
        let dsKey = key.description

        guard expectations.satisfied(dsKey) else {
            try await writeStatus(ds, DaemonSetDecisions.status(ds, nodes: nodeList, podsByNode: byNode, hash: hash, now: now, observeGeneration: false))
            return
        }

        var plan = DaemonSetDecisions.manage(ds, nodes: nodeList, podsByNode: byNode, hash: hash, now: now)
        if plan.nodesNeedingPods.isEmpty && plan.podsToDelete.isEmpty && (ds.spec.updateStrategy.type ?? "RollingUpdate") == "RollingUpdate" {
            plan = DaemonSetDecisions.rollingUpdate(ds, nodes: nodeList, podsByNode: byNode, hash: hash, now: now)
        }
        var syncError: Error?
        do {
            try await syncNodes(ds, plan: plan, pods: claimed, hash: hash, key: dsKey)
        } catch {
            syncError = error
        }

        // History nobody uses beyond revisionHistoryLimit goes.
        let old = history.filter { $0.name != current.name }
        let live = Set(claimed.compactMap { $0.labels[Workloads.controllerRevisionHashLabel] })
        for r in DaemonSetDecisions.revisionsToDelete(old: old, liveHashes: live, limit: Int(ds.spec.revisionHistoryLimit ?? 10)) {
            do {
                try await client.delete(AppsV1.ControllerRevision.self, namespace: r.namespace, name: r.name)
            } catch where APIError.isNotFound(error) {}
        }

        try await writeStatus(ds, DaemonSetDecisions.status(ds, nodes: nodeList, podsByNode: byNode, hash: hash, now: now, observeGeneration: true))
        if let syncError { throw syncError }
        if let wait = ReplicaSetDecisions.nextAvailabilityCheck(pods: claimed, minReadySeconds: ds.spec.minReadySeconds ?? 0, now: now) {
            loop.queue.addAfter(key, delay: .milliseconds(Int64(wait * 1000) + 500))
        }
    }

    private func syncNodes(_ ds: AppsV1.DaemonSet, plan: DaemonSetDecisions.Plan, pods: [CoreV1.Pod], hash: String, key: String) async throws {
        let creations = Array(plan.nodesNeedingPods.prefix(Workloads.burstReplicas))
        let deletions = Array(Array(Set(plan.podsToDelete)).sorted().prefix(Workloads.burstReplicas))
        guard !creations.isEmpty || !deletions.isEmpty else { return }
        let victims = deletions.compactMap { name in pods.first { $0.name == name } }
        expectations.expect(key, creations: creations.count, deletions: victims.map { ObjectKey($0).description })
        let client = self.client, expectations = self.expectations
        let template = DaemonSetDecisions.podTemplate(ds, hash: hash)
        let ownerRef = Workloads.makeControllerRef(to: ds)
        let ns = ds.namespace, dsName = ds.name

        var firstError: Error?
        if !creations.isEmpty {
            let (successes, error) = await Workloads.slowStartBatch(count: creations.count) { i in
                let pinned = DaemonSetDecisions.pinned(template, to: creations[i])
                let pod = Workloads.pod(from: pinned, namespace: ns, ownerRef: ownerRef, generateNamePrefix: dsName)
                do {
                    let created = try await client.create(pod, namespace: ns)
                    Workloads.event(client, about: ds, reason: "SuccessfulCreate", message: "Created pod: \(created.name)", component: "daemonset-controller")
                } catch let e as APIError where e.isForbidden && e.message.contains("being terminated") {
                    return
                }
            }
            for _ in 0..<max(0, creations.count - successes) { expectations.creationObserved(key) }
            firstError = error
        }
        if !victims.isEmpty {
            let error = await Workloads.forAll(victims) { pod in
                do {
                    try await client.delete(CoreV1.Pod.self, namespace: pod.namespace, name: pod.name)
                    Workloads.event(client, about: ds, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", component: "daemonset-controller")
                } catch {
                    expectations.deletionObserved(key, podKey: ObjectKey(pod).description)
                    if !APIError.isNotFound(error) { throw error }
                }
            }
            if firstError == nil { firstError = error }
        }
        if let firstError { throw firstError }
    }

    private func writeStatus(_ ds: AppsV1.DaemonSet, _ status: JSON) async throws {
        guard Workloads.canonical(status) != Workloads.canonical(ds.json["status"]) else { return }
        var updated = ds
        updated.json["status"] = status
        do {
            _ = try await client.updateStatus(updated)
        } catch where APIError.isNotFound(error) {}
    }
}
