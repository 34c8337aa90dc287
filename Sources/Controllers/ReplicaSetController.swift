import API
import APIMachinery
import Client
import Foundation
import Logging

/// A kind whose objects keep `replicas` pods of a template alive (ReplicaSet, ReplicationController).
protocol ReplicaOwner: KubernetesObject {
    /// The pod selector; nil when it cannot be parsed.
    var replicaSelector: LabelSelector? { get }
    var replicaCount: Int32 { get }
    var replicaTemplate: CoreV1.PodTemplateSpec { get }
    var replicaMinReadySeconds: Int32 { get }
    var replicaGeneration: Int64 { get }
}

extension AppsV1.ReplicaSet: ReplicaOwner {
    var replicaSelector: LabelSelector? {
        let sel = json["spec"]["selector"]
        if sel.isNull { return .nothing }
        return try? LabelSelector(labelSelector: sel)
    }
    var replicaCount: Int32 { spec.replicas ?? 1 }
    var replicaTemplate: CoreV1.PodTemplateSpec { spec.template }
    var replicaMinReadySeconds: Int32 { spec.minReadySeconds ?? 0 }
    var replicaGeneration: Int64 { metadata.generation ?? 0 }
}

/// Keeps `spec.replicas` pods alive for every ReplicaSet: creates missing pods in slow-start
/// batches, deletes surplus ones in upstream's order, adopts matching orphans, releases pods that
/// stopped matching, and reports status (replicas, fullyLabeledReplicas, readyReplicas,
/// availableReplicas honouring minReadySeconds, observedGeneration, ReplicaFailure).
public struct ReplicaSetController: ManagedController {
    public static let controllerName = "replicaset"
    let core: ReplicaControllerCore<AppsV1.ReplicaSet>

    public init(_ context: ControllerContext) {
        core = ReplicaControllerCore(name: Self.controllerName, context: context)
    }

    public var name: String { Self.controllerName }
    public func run() async { await core.run() }
    /// Reconciles one ReplicaSet (exposed for tests).
    public func reconcile(_ key: ObjectKey) async throws { try await core.reconcile(key) }
}

/// The shared ReplicaSet / ReplicationController machinery.
final class ReplicaControllerCore<Owner: ReplicaOwner>: Sendable {
    let client: APIClient
    let owners: Informer<Owner>
    let pods: Informer<CoreV1.Pod>
    let loop: WorkloadLoop
    let expectations = Workloads.Expectations()
    let logger: Logger
    let burst: Int

    init(name: String, context: ControllerContext, burst: Int = Workloads.burstReplicas) {
        client = context.client
        owners = context.informers.informer(Owner.self)
        pods = context.informers.informer(CoreV1.Pod.self)
        loop = WorkloadLoop(name: name, workers: context.options.workers, logger: context.logger)
        logger = loop.logger
        self.burst = burst
        registerHandlers()
    }

    func run() async {
        let owners = self.owners, pods = self.pods
        await loop.run(
            informersSynced: {
                let s0 = await owners.waitForSync()
                let s1 = await pods.waitForSync()
                return s0 && s1
            },
            reconcile: { [self] key in try await self.reconcile(key) })
    }

    // MARK: Events

    private func registerHandlers() {
        owners.addEventHandler(
            onAdd: { [loop] o in loop.enqueue(ObjectKey(o)) },
            onUpdate: { [loop] _, o in loop.enqueue(ObjectKey(o)) },
            onDelete: { [loop, expectations] o in
                expectations.delete(ObjectKey(o).description)
                loop.enqueue(ObjectKey(o))
            })
        pods.addEventHandler(
            onAdd: { [weak self] p in self?.podAdded(p) },
            onUpdate: { [weak self] old, new in self?.podUpdated(old, new) },
            onDelete: { [weak self] p in self?.podDeleted(p) })
    }

    /// The owner of this kind that `ref` points to, if it is in the cache with that UID.
    func resolve(_ ref: MetaV1.OwnerReference?, namespace: String) -> Owner? {
        guard let ref, ref.kind == Owner.kind, let name = ref.name,
            let owner = owners.get(namespace: namespace, name: name), owner.uid == ref.uid
        else { return nil }
        return owner
    }

    /// Owners in the pod's namespace whose selector matches it (for orphans).
    func matchingOwners(_ pod: CoreV1.Pod) -> [Owner] {
        owners.list(namespace: pod.namespace).filter { o in
            guard let sel = o.replicaSelector, !sel.isEmpty else { return false }
            return sel.matches(pod.labels)
        }
    }

    func podAdded(_ pod: CoreV1.Pod) {
        if Workloads.isBeingDeleted(pod.json) {
            podDeleted(pod)
            return
        }
        if let ref = Workloads.controllerRef(pod.json) {
            guard let owner = resolve(ref, namespace: pod.namespace) else { return }
            let key = ObjectKey(owner)
            expectations.creationObserved(key.description)
            loop.enqueue(key)
            return
        }
        for o in matchingOwners(pod) { loop.enqueue(ObjectKey(o)) }
    }

    func podUpdated(_ old: CoreV1.Pod, _ new: CoreV1.Pod) {
        if old.resourceVersion == new.resourceVersion { return }
        let labelsChanged = old.labels != new.labels
        if Workloads.isBeingDeleted(new.json) {
            podDeleted(new)
            if labelsChanged { podDeleted(old) }
            return
        }
        let oldRef = Workloads.controllerRef(old.json), newRef = Workloads.controllerRef(new.json)
        if oldRef?.uid != newRef?.uid, let owner = resolve(oldRef, namespace: old.namespace) {
            loop.enqueue(ObjectKey(owner))
        }
        if let newRef {
            guard let owner = resolve(newRef, namespace: new.namespace) else { return }
            loop.enqueue(ObjectKey(owner))
            let minReady = owner.replicaMinReadySeconds
            if minReady > 0, !Workloads.isPodReady(old), Workloads.isPodReady(new) {
                loop.queue.addAfter(ObjectKey(owner), delay: .seconds(Int64(minReady) + 1))
            }
            return
        }
        if labelsChanged || oldRef != nil {
            for o in matchingOwners(new) { loop.enqueue(ObjectKey(o)) }
        }
    }

    func podDeleted(_ pod: CoreV1.Pod) {
        guard let owner = resolve(Workloads.controllerRef(pod.json), namespace: pod.namespace) else { return }
        let key = ObjectKey(owner)
        expectations.deletionObserved(key.description, podKey: ObjectKey(pod).description)
        loop.enqueue(key)
    }

    // MARK: Reconcile

    func reconcile(_ key: ObjectKey) async throws {
        guard let owner = owners.cache[key] else {
            expectations.delete(key.description)
            return
        }
        guard let selector = owner.replicaSelector else {
            logger.warning("invalid selector", metadata: ["object": "\(key)"])
            return
        }
        let needsSync = expectations.satisfied(key.description)
        let active = pods.list(namespace: key.namespace).filter(Workloads.isPodActive)
        let ownerRef = Workloads.makeControllerRef(to: owner)
        let client = self.client
        let uid = owner.uid
        let claimed = try await Workloads.claim(
            active, owner: owner, ownerRef: ownerRef, matches: { selector.matches($0.labels) }, client: client,
            canAdopt: {
                let fresh = try await client.get(Owner.self, namespace: key.namespace, name: key.name)
                return fresh.uid == uid && !Workloads.isBeingDeleted(fresh.json)
            })

        var manageError: Error?
        if needsSync && !Workloads.isBeingDeleted(owner.json) {
            do {
                try await manage(owner, key: key, pods: claimed, ownerRef: ownerRef)
            } catch {
                manageError = error
            }
        }

        let now = Date()
        let counts = ReplicaSetDecisions.counts(
            pods: claimed, templateLabels: owner.replicaTemplate.metadata.labels,
            minReadySeconds: owner.replicaMinReadySeconds, now: now)
        let newStatus = ReplicaSetDecisions.status(
            old: owner.json["status"], counts: counts, generation: owner.replicaGeneration,
            desired: Int(owner.replicaCount), manageError: manageError.map { "\($0)" }, now: now)
        if Workloads.canonical(newStatus) != Workloads.canonical(owner.json["status"]) {
            var updated = owner
            updated.json["status"] = newStatus
            do {
                _ = try await client.updateStatus(updated)
            } catch where APIError.isNotFound(error) {
                return
            }
        }
        if let manageError { throw manageError }
        if let wait = ReplicaSetDecisions.nextAvailabilityCheck(
            pods: claimed, minReadySeconds: owner.replicaMinReadySeconds, now: now)
        {
            loop.queue.addAfter(key, delay: .milliseconds(Int64(wait * 1000) + 500))
        }
    }

    private func manage(_ owner: Owner, key: ObjectKey, pods: [CoreV1.Pod], ownerRef: MetaV1.OwnerReference) async throws {
        let related = relatedPods(owner, fallback: pods)
        let diff = ReplicaSetDecisions.diff(
            desired: Int(owner.replicaCount), active: pods, related: related, now: Date(), burst: burst)
        let expectationKey = key.description
        let client = self.client
        if diff.create > 0 {
            expectations.expectCreations(expectationKey, diff.create)
            let pod = Workloads.pod(
                from: owner.replicaTemplate, namespace: key.namespace, ownerRef: ownerRef, generateNamePrefix: owner.name)
            let component = Owner.kind == "ReplicaSet" ? "replicaset-controller" : "replication-controller"
            let (successes, error) = await Workloads.slowStartBatch(count: diff.create) { _ in
                do {
                    let created = try await client.create(pod, namespace: key.namespace)
                    Workloads.event(client, about: owner, reason: "SuccessfulCreate", message: "Created pod: \(created.name)", component: component)
                } catch let e as APIError where e.isForbidden && e.message.contains("being terminated") {
                    return
                } catch {
                    Workloads.event(
                        client, about: owner, type: "Warning", reason: "FailedCreate", message: "Error creating: \(error)", component: component)
                    throw error
                }
            }
            for _ in 0..<max(0, diff.create - successes) { expectations.creationObserved(expectationKey) }
            if let error { throw error }
        } else if !diff.delete.isEmpty {
            let victims = diff.delete
            expectations.expectDeletions(expectationKey, victims.map { ObjectKey($0).description })
            let expectations = self.expectations
            let component = Owner.kind == "ReplicaSet" ? "replicaset-controller" : "replication-controller"
            let error = await Workloads.forAll(victims) { pod in
                do {
                    try await client.delete(CoreV1.Pod.self, namespace: pod.namespace, name: pod.name)
                    Workloads.event(client, about: owner, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", component: component)
                } catch {
                    expectations.deletionObserved(expectationKey, podKey: ObjectKey(pod).description)
                    if !APIError.isNotFound(error) { throw error }
                }
            }
            if let error { throw error }
        }
    }

    /// Active pods of every owner that shares this owner's controller (the Deployment's other
    /// ReplicaSets), used to rank victims by how doubled-up their node is.
    private func relatedPods(_ owner: Owner, fallback: [CoreV1.Pod]) -> [CoreV1.Pod] {
        guard let parent = Workloads.controllerRef(owner.json), let parentUID = parent.uid else { return fallback }
        let siblings = owners.cache.byIndex(InformerCache<Owner>.ownerIndex, parentUID)
        var out: [CoreV1.Pod] = []
        for s in siblings where s.namespace == owner.namespace {
            out += pods.cache.owned(by: s).filter(Workloads.isPodActive)
        }
        return out.isEmpty ? fallback : out
    }
}
