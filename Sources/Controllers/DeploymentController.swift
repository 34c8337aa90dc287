import API
import APIMachinery
import Client
import Foundation
import Logging

/// Rolls Deployments out through ReplicaSets: one ReplicaSet per pod template
/// (`<deployment>-<pod-template-hash>`), RollingUpdate within maxSurge/maxUnavailable or Recreate,
/// proportional scaling, pause/resume, revisions (rollback by template reuses the old ReplicaSet
/// under a new revision), history cleanup, and status with the Available, Progressing and
/// ReplicaFailure conditions `kubectl rollout status` reads. The decisions are in ``DeploymentRollout``.
public struct DeploymentController: ManagedController {
    public static let controllerName = "deployment"
    let core: DeploymentControllerCore

    public init(_ context: ControllerContext) { core = DeploymentControllerCore(context) }

    public var name: String { Self.controllerName }
    public func run() async { await core.run() }
    public func reconcile(_ key: ObjectKey) async throws { try await core.reconcile(key) }
}

final class DeploymentControllerCore: Sendable {
    let client: APIClient
    let deployments: Informer<AppsV1.Deployment>
    let replicaSets: Informer<AppsV1.ReplicaSet>
    let pods: Informer<CoreV1.Pod>
    let loop: WorkloadLoop
    let logger: Logger

    init(_ context: ControllerContext) {
        client = context.client
        deployments = context.informers.informer(AppsV1.Deployment.self)
        replicaSets = context.informers.informer(AppsV1.ReplicaSet.self)
        pods = context.informers.informer(CoreV1.Pod.self)
        loop = WorkloadLoop(name: DeploymentController.controllerName, workers: context.options.workers, logger: context.logger)
        logger = loop.logger
        registerHandlers()
    }

    func run() async {
        let d = deployments, r = replicaSets, p = pods
        await loop.run(
            informersSynced: {
                let s0 = await d.waitForSync()
                let s1 = await r.waitForSync()
                let s2 = await p.waitForSync()
                return s0 && s1 && s2
            },
            reconcile: { [self] key in try await self.reconcile(key) })
    }

    // MARK: Events

    private func registerHandlers() {
        deployments.addEventHandler(
            onAdd: { [loop] d in loop.enqueue(ObjectKey(d)) },
            onUpdate: { [loop] _, d in loop.enqueue(ObjectKey(d)) },
            onDelete: { [loop] d in loop.enqueue(ObjectKey(d)) })
        replicaSets.addEventHandler(
            onAdd: { [weak self] rs in self?.replicaSetChanged(nil, rs) },
            onUpdate: { [weak self] old, rs in self?.replicaSetChanged(old, rs) },
            onDelete: { [weak self] rs in self?.replicaSetDeleted(rs) })
        pods.addEventHandler(onDelete: { [weak self] pod in self?.podDeleted(pod) })
    }

    func resolve(_ ref: MetaV1.OwnerReference?, namespace: String) -> AppsV1.Deployment? {
        guard let ref, ref.kind == "Deployment", let name = ref.name,
            let d = deployments.get(namespace: namespace, name: name), d.uid == ref.uid
        else { return nil }
        return d
    }

    func matchingDeployments(_ rs: AppsV1.ReplicaSet) -> [AppsV1.Deployment] {
        deployments.list(namespace: rs.namespace).filter { d in
            guard let sel = try? LabelSelector(labelSelector: d.json["spec"]["selector"]), !sel.isEmpty else { return false }
            return sel.matches(rs.labels)
        }
    }

    func replicaSetChanged(_ old: AppsV1.ReplicaSet?, _ rs: AppsV1.ReplicaSet) {
        if let old, old.resourceVersion == rs.resourceVersion { return }
        if old == nil && Workloads.isBeingDeleted(rs.json) {
            replicaSetDeleted(rs)
            return
        }
        let newRef = Workloads.controllerRef(rs.json)
        if let old {
            let oldRef = Workloads.controllerRef(old.json)
            if oldRef?.uid != newRef?.uid, let d = resolve(oldRef, namespace: old.namespace) { loop.enqueue(ObjectKey(d)) }
        }
        if let newRef {
            if let d = resolve(newRef, namespace: rs.namespace) { loop.enqueue(ObjectKey(d)) }
            return
        }
        if old == nil || old?.labels != rs.labels || Workloads.controllerRef(old?.json ?? .null) != nil {
            for d in matchingDeployments(rs) { loop.enqueue(ObjectKey(d)) }
        }
    }

    func replicaSetDeleted(_ rs: AppsV1.ReplicaSet) {
        if let d = resolve(Workloads.controllerRef(rs.json), namespace: rs.namespace) { loop.enqueue(ObjectKey(d)) }
    }

    /// A Recreate rollout waits for the old pods to be gone: look again when one goes.
    func podDeleted(_ pod: CoreV1.Pod) {
        guard let rsRef = Workloads.controllerRef(pod.json), rsRef.kind == "ReplicaSet", let rsName = rsRef.name,
            let rs = replicaSets.get(namespace: pod.namespace, name: rsName),
            let d = resolve(Workloads.controllerRef(rs.json), namespace: rs.namespace),
            !DeploymentRollout.isRollingUpdate(d)
        else { return }
        loop.enqueue(ObjectKey(d))
    }

    // MARK: Reconcile

    func reconcile(_ key: ObjectKey) async throws {
        guard var d = deployments.cache[key] else { return }
        let now = Date()
        let selectorJSON = d.json["spec"]["selector"]
        guard let selector = try? LabelSelector(labelSelector: selectorJSON) else {
            logger.warning("invalid selector", metadata: ["deployment": "\(key)"])
            return
        }
        if selector.isEmpty {
            // Selecting everything is refused: only report that the generation was seen.
            if d.status.observedGeneration != d.metadata.generation {
                d.status.observedGeneration = d.metadata.generation
                _ = try await client.updateStatus(d)
            }
            return
        }

        let rsList = try await claimReplicaSets(d, selector: selector)

        if Workloads.isBeingDeleted(d.json) {
            let newRS = DeploymentRollout.findNewReplicaSet(d, rsList)
            let old = DeploymentRollout.findOldReplicaSets(d, rsList).all
            try await writeStatus(d, DeploymentRollout.calculateStatus(d, allRSs: old + [newRS].compactMap { $0 }, newRS: newRS, now: now))
            return
        }

        if let status = DeploymentRollout.pausedConditionUpdate(d, now: now) {
            d.json["status"] = status
            d = try await client.updateStatus(d)
        }

        if d.spec.paused ?? false {
            try await sync(d, rsList)
            return
        }
        let currentNew = DeploymentRollout.findNewReplicaSet(d, rsList)
        let currentOld = DeploymentRollout.findOldReplicaSets(d, rsList).all
        if DeploymentRollout.isScalingEvent(d, newRS: currentNew, oldRSs: currentOld) {
            try await sync(d, rsList)
            return
        }
        if DeploymentRollout.isRollingUpdate(d) {
            try await rolloutRolling(d, rsList)
        } else {
            try await rolloutRecreate(d, rsList)
        }
    }

    /// The ReplicaSets the Deployment controls, after adopting matching orphans and releasing
    /// ReplicaSets that no longer match.
    private func claimReplicaSets(_ d: AppsV1.Deployment, selector: LabelSelector) async throws -> [AppsV1.ReplicaSet] {
        let client = self.client
        let uid = d.uid, ns = d.namespace, name = d.name
        return try await Workloads.claim(
            replicaSets.list(namespace: d.namespace), owner: d, ownerRef: Workloads.makeControllerRef(to: d),
            matches: { selector.matches($0.labels) }, client: client,
            canAdopt: {
                let fresh = try await client.get(AppsV1.Deployment.self, namespace: ns, name: name)
                return fresh.uid == uid && !Workloads.isBeingDeleted(fresh.json)
            })
    }

    /// The new ReplicaSet (created when `create` and missing, its revision and annotations brought
    /// up to date) and all old ones; `d` is updated with what was written to it.
    private func replicaSetsAndSyncRevision(_ d: inout AppsV1.Deployment, _ rsList: [AppsV1.ReplicaSet], create: Bool) async throws
        -> (newRS: AppsV1.ReplicaSet?, oldRSs: [AppsV1.ReplicaSet])
    {
        let oldRSs = DeploymentRollout.findOldReplicaSets(d, rsList).all
        let newRS = try await newReplicaSet(&d, rsList, oldRSs: oldRSs, create: create)
        return (newRS, oldRSs)
    }

    private func newReplicaSet(_ d: inout AppsV1.Deployment, _ rsList: [AppsV1.ReplicaSet], oldRSs: [AppsV1.ReplicaSet], create: Bool)
        async throws -> AppsV1.ReplicaSet?
    {
        let now = Date()
        let newRevision = String(DeploymentRollout.maxRevision(oldRSs) + 1)
        if let existing = DeploymentRollout.findNewReplicaSet(d, rsList) {
            var copy = existing
            let annotationsChanged = DeploymentRollout.setNewReplicaSetAnnotations(d, &copy, newRevision: newRevision, exists: true)
            if annotationsChanged || copy.spec.minReadySeconds != d.spec.minReadySeconds {
                copy.spec.minReadySeconds = d.spec.minReadySeconds
                return try await client.update(copy)
            }
            try await setDeploymentRevision(&d, copy.metadata.annotations[DeploymentRollout.revisionAnnotation] ?? newRevision)
            if DeploymentRollout.hasProgressDeadline(d), DeploymentRollout.conditionOf(d.json["status"], DeploymentRollout.progressing) == nil {
                var status = d.json["status"].objectValue == nil ? JSON.object([:]) : d.json["status"]
                DeploymentRollout.setStatusCondition(
                    &status,
                    DeploymentRollout.condition(
                        DeploymentRollout.progressing, "True", DeploymentRollout.reasonFoundNewRS,
                        "Found new replica set \"\(copy.name)\"", now: now))
                d.json["status"] = status
                d = try await client.updateStatus(d)
            }
            return copy
        }
        guard create else { return nil }

        let rs = DeploymentRollout.newReplicaSet(d, oldReplicaSets: oldRSs)
        var created: AppsV1.ReplicaSet
        var alreadyExisted = false
        do {
            created = try await client.create(rs, namespace: d.namespace)
        } catch let error as APIError where error.isAlreadyExists {
            let existing: AppsV1.ReplicaSet
            if let cached = replicaSets.get(namespace: d.namespace, name: rs.name) {
                existing = cached
            } else {
                existing = try await client.get(AppsV1.ReplicaSet.self, namespace: d.namespace, name: rs.name)
            }
            if Workloads.controllerRef(existing.json)?.uid == d.uid,
                Workloads.templatesEqualIgnoringHash(d.json["spec"]["template"], existing.json["spec"]["template"])
            {
                created = existing
                alreadyExisted = true
            } else {
                // A hash collision: bump collisionCount so the next sync computes another name.
                d.status.collisionCount = (d.status.collisionCount ?? 0) + 1
                _ = try? await client.updateStatus(d)
                logger.info("hash collision, bumped collisionCount", metadata: ["deployment": "\(ObjectKey(d))"])
                throw error
            }
        } catch {
            if let e = error as? APIError, e.isForbidden { throw error }
            if DeploymentRollout.hasProgressDeadline(d) {
                var status = d.json["status"].objectValue == nil ? JSON.object([:]) : d.json["status"]
                DeploymentRollout.setStatusCondition(
                    &status,
                    DeploymentRollout.condition(
                        DeploymentRollout.progressing, "False", DeploymentRollout.reasonFailedRSCreate,
                        "Failed to create new replica set \"\(rs.name)\": \(error)", now: now))
                d.json["status"] = status
                _ = try? await client.updateStatus(d)
            }
            throw error
        }
        if !alreadyExisted, let n = created.spec.replicas, n > 0 {
            Workloads.event(
                client, about: d, reason: "ScalingReplicaSet", message: "Scaled up replica set \(created.name) from 0 to \(n)",
                component: "deployment-controller")
        }
        if !alreadyExisted {
            logger.info(
                "created replica set",
                metadata: ["deployment": "\(ObjectKey(d))", "replicaSet": "\(created.name)", "replicas": "\(created.spec.replicas ?? 0)"])
        }
        try await setDeploymentRevision(&d, newRevision)
        if !alreadyExisted && DeploymentRollout.hasProgressDeadline(d) {
            var status = d.json["status"].objectValue == nil ? JSON.object([:]) : d.json["status"]
            DeploymentRollout.setStatusCondition(
                &status,
                DeploymentRollout.condition(
                    DeploymentRollout.progressing, "True", DeploymentRollout.reasonNewReplicaSet,
                    "Created new replica set \"\(created.name)\"", now: now))
            d.json["status"] = status
            d = try await client.updateStatus(d)
        }
        return created
    }

    /// Writes `deployment.kubernetes.io/revision` on the Deployment (a metadata patch: the status
    /// subresource keeps metadata).
    private func setDeploymentRevision(_ d: inout AppsV1.Deployment, _ revision: String) async throws {
        guard d.metadata.annotations[DeploymentRollout.revisionAnnotation] != revision else { return }
        d = try await client.patch(
            AppsV1.Deployment.self, namespace: d.namespace, name: d.name, type: .merge,
            ["metadata": ["annotations": .object([DeploymentRollout.revisionAnnotation: .string(revision)])]])
    }

    /// Paused Deployments and scaling events: proportional scaling, cleanup when paused, status.
    private func sync(_ d: AppsV1.Deployment, _ rsList: [AppsV1.ReplicaSet]) async throws {
        var d = d
        let (newRS, oldRSs) = try await replicaSetsAndSyncRevision(&d, rsList, create: false)
        var all = oldRSs + [newRS].compactMap { $0 }
        let actions = DeploymentRollout.proportionalScale(d, newRS: newRS, oldRSs: oldRSs)
        all = try await apply(actions, to: all, d, forceAnnotations: true)
        if d.spec.paused ?? false {
            try await cleanup(d, oldRSs: all.filter { $0.uid != newRS?.uid })
        }
        let updatedNew = newRS.flatMap { n in all.first { $0.uid == n.uid } }
        try await writeStatus(d, DeploymentRollout.calculateStatus(d, allRSs: all, newRS: updatedNew, now: Date()))
    }

    private func rolloutRolling(_ d: AppsV1.Deployment, _ rsList: [AppsV1.ReplicaSet]) async throws {
        var d = d
        let (maybeNew, oldRSs) = try await replicaSetsAndSyncRevision(&d, rsList, create: true)
        guard let newRS = maybeNew else { return }
        var all = oldRSs + [newRS]
        let actions = DeploymentRollout.rollingStep(d, newRS: newRS, oldRSs: oldRSs)
        all = try await apply(actions, to: all, d, forceAnnotations: false)
        let updatedNew = all.first { $0.uid == newRS.uid } ?? newRS
        if actions.isEmpty && DeploymentRollout.deploymentComplete(d, status: d.json["status"]) {
            try await cleanup(d, oldRSs: all.filter { $0.uid != newRS.uid })
        }
        try await syncRolloutStatus(d, allRSs: all, newRS: updatedNew)
    }

    private func rolloutRecreate(_ d: AppsV1.Deployment, _ rsList: [AppsV1.ReplicaSet]) async throws {
        var d = d
        var (newRS, oldRSs) = try await replicaSetsAndSyncRevision(&d, rsList, create: false)
        var all = oldRSs + [newRS].compactMap { $0 }
        let downs = oldRSs.filter { DeploymentRollout.replicas($0) > 0 }.map {
            ScaleAction(name: $0.name, from: DeploymentRollout.replicas($0), to: 0)
        }
        if !downs.isEmpty {
            all = try await apply(downs, to: all, d, forceAnnotations: false)
            try await syncRolloutStatus(d, allRSs: all, newRS: newRS.flatMap { n in all.first { $0.uid == n.uid } })
            return
        }
        var podsByRS: [String: [CoreV1.Pod]] = [:]
        for rs in all { podsByRS[rs.uid] = pods.cache.owned(by: rs) }
        if DeploymentRollout.oldPodsRunning(newRS: newRS, oldRSs: oldRSs, podsByReplicaSet: podsByRS) {
            try await syncRolloutStatus(d, allRSs: all, newRS: newRS)
            return
        }
        if newRS == nil {
            (newRS, oldRSs) = try await replicaSetsAndSyncRevision(&d, rsList, create: true)
            all = oldRSs + [newRS].compactMap { $0 }
        }
        if let n = newRS, DeploymentRollout.replicas(n) != DeploymentRollout.desired(d) {
            all = try await apply(
                [ScaleAction(name: n.name, from: DeploymentRollout.replicas(n), to: DeploymentRollout.desired(d))], to: all, d,
                forceAnnotations: false)
        }
        if DeploymentRollout.deploymentComplete(d, status: d.json["status"]) {
            try await cleanup(d, oldRSs: all.filter { $0.uid != newRS?.uid })
        }
        try await syncRolloutStatus(d, allRSs: all, newRS: newRS.flatMap { n in all.first { $0.uid == n.uid } })
    }

    /// Writes the scale actions (and the replica annotations) to the ReplicaSets; returns the list
    /// with the written objects.
    private func apply(_ actions: [ScaleAction], to rss: [AppsV1.ReplicaSet], _ d: AppsV1.Deployment, forceAnnotations: Bool)
        async throws -> [AppsV1.ReplicaSet]
    {
        var out = rss
        let desired = DeploymentRollout.desired(d)
        let maxTotal = desired + DeploymentRollout.maxSurge(d)
        for action in actions {
            guard let i = out.firstIndex(where: { $0.name == action.name }) else { continue }
            var copy = out[i]
            let sizeChanged = DeploymentRollout.replicas(copy) != action.to
            let annotationsChanged = DeploymentRollout.setReplicasAnnotations(&copy, desired: desired, max: maxTotal)
            guard sizeChanged || (annotationsChanged && forceAnnotations) else { continue }
            copy.spec.replicas = action.to
            out[i] = try await client.update(copy)
            if sizeChanged {
                Workloads.event(
                    client, about: d, reason: "ScalingReplicaSet",
                    message: "Scaled \(action.to > action.from ? "up" : "down") replica set \(action.name) from \(action.from) to \(action.to)",
                    component: "deployment-controller")
                logger.info(
                    "scaled replica set",
                    metadata: [
                        "deployment": "\(ObjectKey(d))", "replicaSet": "\(action.name)", "from": "\(action.from)",
                        "to": "\(action.to)",
                    ])
            }
        }
        return out
    }

    private func cleanup(_ d: AppsV1.Deployment, oldRSs: [AppsV1.ReplicaSet]) async throws {
        for rs in DeploymentRollout.replicaSetsToCleanUp(d, oldRSs: oldRSs) {
            do {
                try await client.delete(AppsV1.ReplicaSet.self, namespace: rs.namespace, name: rs.name)
            } catch where APIError.isNotFound(error) {}
        }
    }

    private func syncRolloutStatus(_ d: AppsV1.Deployment, allRSs: [AppsV1.ReplicaSet], newRS: AppsV1.ReplicaSet?) async throws {
        let now = Date()
        let status = DeploymentRollout.rolloutStatus(d, allRSs: allRSs, newRS: newRS, now: now)
        if Workloads.canonical(status) == Workloads.canonical(d.json["status"]) {
            if let delay = DeploymentRollout.stuckRecheckDelay(d, status: status, now: now) {
                if delay <= 0 {
                    loop.queue.addRateLimited(ObjectKey(d))
                } else {
                    loop.queue.addAfter(ObjectKey(d), delay: .milliseconds(Int64(delay * 1000)))
                }
            }
            return
        }
        try await writeStatus(d, status)
    }

    private func writeStatus(_ d: AppsV1.Deployment, _ status: JSON) async throws {
        guard Workloads.canonical(status) != Workloads.canonical(d.json["status"]) else { return }
        var updated = d
        updated.json["status"] = status
        do {
            _ = try await client.updateStatus(updated)
        } catch where APIError.isNotFound(error) {}
    }
}
