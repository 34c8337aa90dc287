import API
import APIMachinery
import Client
import Foundation
import Logging

/// Keeps StatefulSets' pods `<set>-<ordinal>` alive with stable identities
/// (`statefulset.kubernetes.io/pod-name`, `apps.kubernetes.io/pod-index`, hostname, subdomain),
/// ordered (OrderedReady) or all at once (Parallel), records template history in
/// ControllerRevisions (`controller-revision-hash` on pods), rolls updates from the highest
/// ordinal down to the partition (or waits for deletions with OnDelete) and reports status.
/// `volumeClaimTemplates` are not acted on yet (no storage in the cluster). Decisions are in
/// ``StatefulSetDecisions``.
public struct StatefulSetController: ManagedController {
    public static let controllerName = "statefulset"
    let core: StatefulSetControllerCore

    public init(_ context: ControllerContext) { core = StatefulSetControllerCore(context) }

    public var name: String { Self.controllerName }
    public func run() async { await core.run() }
    public func reconcile(_ key: ObjectKey) async throws { try await core.reconcile(key) }
}

final class StatefulSetControllerCore: Sendable {
    let client: APIClient
    let sets: Informer<AppsV1.StatefulSet>
    let pods: Informer<CoreV1.Pod>
    let revisions: Informer<AppsV1.ControllerRevision>
    let loop: WorkloadLoop
    let logger: Logger

    init(_ context: ControllerContext) {
        client = context.client
        sets = context.informers.informer(AppsV1.StatefulSet.self)
        pods = context.informers.informer(CoreV1.Pod.self)
        revisions = context.informers.informer(AppsV1.ControllerRevision.self)
        loop = WorkloadLoop(name: StatefulSetController.controllerName, workers: context.options.workers, logger: context.logger)
        logger = loop.logger
        registerHandlers()
    }

    func run() async {
        let s = sets, p = pods, r = revisions
        await loop.run(
            informersSynced: {
                let s0 = await s.waitForSync()
                let s1 = await p.waitForSync()
                let s2 = await r.waitForSync()
                return s0 && s1 && s2
            },
            reconcile: { [self] key in try await self.reconcile(key) })
    }

    private func registerHandlers() {
        sets.addEventHandler(
            onAdd: { [loop] s in loop.enqueue(ObjectKey(s)) },
            onUpdate: { [loop] _, s in loop.enqueue(ObjectKey(s)) },
            onDelete: { [loop] s in loop.enqueue(ObjectKey(s)) })
        pods.addEventHandler(
            onAdd: { [weak self] p in self?.podChanged(nil, p) },
            onUpdate: { [weak self] old, p in self?.podChanged(old, p) },
            onDelete: { [weak self] p in self?.podChanged(nil, p) })
    }

    func resolve(_ ref: MetaV1.OwnerReference?, namespace: String) -> AppsV1.StatefulSet? {
        guard let ref, ref.kind == "StatefulSet", let name = ref.name,
            let s = sets.get(namespace: namespace, name: name), s.uid == ref.uid
        else { return nil }
        return s
    }

    func podChanged(_ old: CoreV1.Pod?, _ pod: CoreV1.Pod) {
        if let old, old.resourceVersion == pod.resourceVersion { return }
        if let old, let oldSet = resolve(Workloads.controllerRef(old.json), namespace: old.namespace),
            Workloads.controllerRef(old.json)?.uid != Workloads.controllerRef(pod.json)?.uid
        {
            loop.enqueue(ObjectKey(oldSet))
        }
        if let ref = Workloads.controllerRef(pod.json) {
            guard let set = resolve(ref, namespace: pod.namespace) else { return }
            loop.enqueue(ObjectKey(set))
            let minReady = set.spec.minReadySeconds ?? 0
            if minReady > 0, let old, !Workloads.isPodReady(old), Workloads.isPodReady(pod) {
                loop.queue.addAfter(ObjectKey(set), delay: .seconds(Int64(minReady) + 1))
            }
            return
        }
        for s in sets.list(namespace: pod.namespace) {
            guard let sel = try? LabelSelector(labelSelector: s.json["spec"]["selector"]), !sel.isEmpty else { continue }
            if sel.matches(pod.labels) { loop.enqueue(ObjectKey(s)) }
        }
    }

    func reconcile(_ key: ObjectKey) async throws {
        guard let set = sets.cache[key] else { return }
        guard let selector = try? LabelSelector(labelSelector: set.json["spec"]["selector"]), !selector.isEmpty else {
            logger.warning("invalid or empty selector", metadata: ["statefulset": "\(key)"])
            return
        }
        let client = self.client
        let uid = set.uid
        let canAdopt: @Sendable () async throws -> Bool = {
            let fresh = try await client.get(AppsV1.StatefulSet.self, namespace: key.namespace, name: key.name)
            return fresh.uid == uid && !Workloads.isBeingDeleted(fresh.json)
        }
        let ownerRef = Workloads.makeControllerRef(to: set)
        let setName = set.name
        let claimedPods = try await Workloads.claim(
            pods.list(namespace: key.namespace), owner: set, ownerRef: ownerRef,
            matches: { selector.matches($0.labels) && StatefulSetDecisions.ordinal(ofPod: $0.name, set: setName) != nil },
            client: client, canAdopt: canAdopt)
        let history = try await Workloads.claim(
            revisions.list(namespace: key.namespace), owner: set, ownerRef: ownerRef, matches: { selector.matches($0.labels) },
            client: client, canAdopt: canAdopt)

        // Revisions: the update revision holds the current template; the current one is what status says.
        let collisionCount = set.status.collisionCount ?? 0
        let data = ControllerHistory.templatePatch(set.json["spec"]["template"])
        let next = ControllerHistory.nextRevision(history)
        let templateLabels = set.spec.template.metadata.labels
        let candidate = ControllerHistory.newRevision(
            parent: set, templateLabels: templateLabels, data: data, revision: next, collisionCount: collisionCount,
            annotations: set.metadata.annotations)
        let (updateRevision, usedCollisionCount) = try await ControllerHistory.apply(
            candidate: candidate, history: history, collisionCount: collisionCount, client: client,
            rehash: { count in
                ControllerHistory.newRevision(
                    parent: set, templateLabels: templateLabels, data: data, revision: next, collisionCount: count,
                    annotations: set.metadata.annotations)
            })
        let currentRevision = history.first { $0.name == set.status.currentRevision } ?? updateRevision

        let now = Date()
        let actions = StatefulSetDecisions.plan(
            set: set, pods: claimedPods, currentRevision: currentRevision.name, updateRevision: updateRevision.name, now: now)
        var actionError: Error?
        for action in actions {
            do {
                try await perform(action, set: set, pods: claimedPods, current: currentRevision, update: updateRevision)
            } catch {
                actionError = error
                break
            }
        }

        let status = StatefulSetDecisions.status(
            set: set, pods: claimedPods, currentRevision: currentRevision.name, updateRevision: updateRevision.name,
            collisionCount: usedCollisionCount, now: now)
        if Workloads.canonical(status) != Workloads.canonical(set.json["status"]) {
            var updated = set
            updated.json["status"] = status
            do {
                _ = try await client.updateStatus(updated)
            } catch where APIError.isNotFound(error) {
                return
            }
        }
        if let actionError { throw actionError }

        // History beyond revisionHistoryLimit that neither status nor any pod uses goes.
        var live: Set<String> = [currentRevision.name, updateRevision.name]
        for p in claimedPods { if let r = p.labels[Workloads.controllerRevisionHashLabel] { live.insert(r) } }
        let all = history.filter { $0.name != updateRevision.name } + [updateRevision]
        for r in ControllerHistory.revisionsToDelete(all, live: live, limit: Int(set.spec.revisionHistoryLimit ?? 10)) {
            do {
                try await client.delete(AppsV1.ControllerRevision.self, namespace: r.namespace, name: r.name)
            } catch where APIError.isNotFound(error) {}
        }

        let minReady = set.spec.minReadySeconds ?? 0
        if let wait = ReplicaSetDecisions.nextAvailabilityCheck(pods: claimedPods, minReadySeconds: minReady, now: now) {
            loop.queue.addAfter(key, delay: .milliseconds(Int64(wait * 1000) + 500))
        }
    }

    private func perform(
        _ action: StatefulSetDecisions.Action, set: AppsV1.StatefulSet, pods: [CoreV1.Pod], current: AppsV1.ControllerRevision,
        update: AppsV1.ControllerRevision
    ) async throws {
        switch action {
        case .create(let ordinal, let revision):
            let template: CoreV1.PodTemplateSpec
            if revision == current.name && revision != update.name, let data = current.json["data"].objectValue {
                template = CoreV1.PodTemplateSpec(json: ControllerHistory.template(ofRevisionData: .object(data)))
            } else {
                template = set.spec.template
            }
            let pod = StatefulSetDecisions.newPod(set: set, template: template, ordinal: ordinal, revision: revision)
            do {
                _ = try await client.create(pod, namespace: set.namespace)
                Workloads.event(
                    client, about: set, reason: "SuccessfulCreate", message: "create Pod \(pod.name) in StatefulSet \(set.name) successful",
                    component: "statefulset-controller")
            } catch where APIError.isAlreadyExists(error) {}
        case .delete(let name):
            do {
                try await client.delete(CoreV1.Pod.self, namespace: set.namespace, name: name)
                Workloads.event(
                    client, about: set, reason: "SuccessfulDelete", message: "delete Pod \(name) in StatefulSet \(set.name) successful",
                    component: "statefulset-controller")
            } catch where APIError.isNotFound(error) {}
        case .fixIdentity(let name):
            guard let pod = pods.first(where: { $0.name == name }),
                let ordinal = StatefulSetDecisions.ordinal(ofPod: name, set: set.name)
            else { return }
            _ = try await client.patch(
                CoreV1.Pod.self, namespace: set.namespace, name: name, type: .merge,
                [
                    "metadata": [
                        "labels": [
                            StatefulSetDecisions.podNameLabel: .string(name),
                            StatefulSetDecisions.podIndexLabel: .string(String(ordinal)),
                        ],
                        "resourceVersion": .string(pod.resourceVersion),
                    ]
                ])
        }
    }
}
