import API
import APIMachinery
import Foundation

/// The pure decisions of the ReplicaSet and ReplicationController controllers: how many pods to
/// create, which to delete, and the status to report.
public enum ReplicaSetDecisions {
    /// What one sync does: create `create` pods, or delete the pods in `delete` (never both).
    public struct Diff: Sendable, Equatable {
        public var create: Int
        public var delete: [CoreV1.Pod]
        public init(create: Int, delete: [CoreV1.Pod]) {
            self.create = create
            self.delete = delete
        }
    }

    /// Compares the active pods an owner controls with `desired`. Creations and deletions are
    /// capped at `burst`; the pods deleted are the first in upstream's deletion order
    /// (``deletionOrder(_:related:now:)``), ranked against `related` (pods of sibling owners, for
    /// the "doubled up on a node" rule; pass `active` when there are none).
    public static func diff(
        desired: Int, active: [CoreV1.Pod], related: [CoreV1.Pod]? = nil, now: Date, burst: Int = Workloads.burstReplicas
    ) -> Diff {
        let delta = active.count - desired
        if delta < 0 { return Diff(create: min(-delta, burst), delete: []) }
        if delta > 0 {
            let count = min(delta, burst)
            return Diff(create: 0, delete: Array(deletionOrder(active, related: related ?? active, now: now).prefix(count)))
        }
        return Diff(create: 0, delete: [])
    }

    /// `pods` sorted so the best victims of a scale-down come first (upstream `ActivePodsWithRanks`):
    /// 1. unscheduled before scheduled; 2. Pending before Unknown before Running; 3. not ready
    /// before ready; 4. lower `pod-deletion-cost` first; 5. pods sharing a node with more related
    /// pods first; 6. ready for less time first (log2 buckets); 7. more container restarts first;
    /// 8. newer first (log2 buckets); ties by UID.
    public static func deletionOrder(_ pods: [CoreV1.Pod], related: [CoreV1.Pod], now: Date) -> [CoreV1.Pod] {
        var perNode: [String: Int] = [:]
        for p in related where Workloads.isPodActive(p) { perNode[p.spec.nodeName ?? "", default: 0] += 1 }
        let ranked = pods.map { (pod: $0, rank: perNode[$0.spec.nodeName ?? ""] ?? 0) }
        return ranked.sorted { a, b in deleteBefore(a.pod, a.rank, b.pod, b.rank, now: now) }.map(\.pod)
    }

    static func phaseOrdinal(_ pod: CoreV1.Pod) -> Int {
        switch pod.status.phase ?? "" {
        case "Pending": return 0
        case "Unknown": return 1
        case "Running": return 2
        default: return 3
        }
    }

    /// Whether `a` (with `rankA` related pods on its node) should be deleted before `b`.
    static func deleteBefore(_ a: CoreV1.Pod, _ rankA: Int, _ b: CoreV1.Pod, _ rankB: Int, now: Date) -> Bool {
        let aNode = a.spec.nodeName ?? "", bNode = b.spec.nodeName ?? ""
        if aNode.isEmpty != bNode.isEmpty { return aNode.isEmpty }
        let pa = phaseOrdinal(a), pb = phaseOrdinal(b)
        if pa != pb { return pa < pb }
        let ra = Workloads.isPodReady(a), rb = Workloads.isPodReady(b)
        if ra != rb { return !ra }
        let ca = Workloads.podDeletionCost(a), cb = Workloads.podDeletionCost(b)
        if ca != cb { return ca < cb }
        if rankA != rankB { return rankA > rankB }
        if ra && rb {
            let ta = Workloads.parseTime(Workloads.podReadyCondition(a)?.lastTransitionTime)
            let tb = Workloads.parseTime(Workloads.podReadyCondition(b)?.lastTransitionTime)
            if ta != tb {
                if let ta, let tb {
                    let diff = logRank(ta, now) - logRank(tb, now)
                    if diff != 0 { return diff < 0 }
                    return a.uid < b.uid
                }
                return ta == nil
            }
        }
        let xa = Workloads.maxContainerRestarts(a), xb = Workloads.maxContainerRestarts(b)
        if xa != xb { return xa > xb }
        let ctA = Workloads.creationDate(a.json), ctB = Workloads.creationDate(b.json)
        if ctA != ctB {
            if let ctA, let ctB {
                let diff = logRank(ctA, now) - logRank(ctB, now)
                if diff != 0 { return diff < 0 }
                return a.uid < b.uid
            }
            return ctA == nil
        }
        return false
    }

    /// floor(log2(nanoseconds since `t`)), -1 when `t` is not in the past (upstream's logarithmic scale-down).
    static func logRank(_ t: Date, _ now: Date) -> Int {
        let ns = now.timeIntervalSince(t) * 1e9
        if ns <= 0 { return -1 }
        return Int(log2(ns))
    }

    /// Counts a ReplicaSet reports in its status.
    public struct Counts: Sendable, Equatable {
        public var replicas: Int
        public var fullyLabeledReplicas: Int
        public var readyReplicas: Int
        public var availableReplicas: Int
        public init(replicas: Int, fullyLabeledReplicas: Int, readyReplicas: Int, availableReplicas: Int) {
            self.replicas = replicas
            self.fullyLabeledReplicas = fullyLabeledReplicas
            self.readyReplicas = readyReplicas
            self.availableReplicas = availableReplicas
        }
    }

    /// Status counts over the active pods an owner controls (upstream `calculateStatus`).
    public static func counts(pods: [CoreV1.Pod], templateLabels: [String: String], minReadySeconds: Int32, now: Date) -> Counts {
        var c = Counts(replicas: pods.count, fullyLabeledReplicas: 0, readyReplicas: 0, availableReplicas: 0)
        for p in pods {
            let labels = p.labels
            if templateLabels.allSatisfy({ labels[$0.key] == $0.value }) { c.fullyLabeledReplicas += 1 }
            if Workloads.isPodReady(p) {
                c.readyReplicas += 1
                if Workloads.isPodAvailable(p, minReadySeconds: minReadySeconds, now: now) { c.availableReplicas += 1 }
            }
        }
        return c
    }

    /// The new `status` of an owner: counts, observed generation and the `ReplicaFailure` condition
    /// (set when managing replicas failed: `FailedCreate` when pods were missing, `FailedDelete` when
    /// there were too many; removed when a sync succeeds). Fields upstream omits when zero are absent.
    public static func status(
        old: JSON, counts: Counts, generation: Int64, desired: Int, manageError: String?, now: Date
    ) -> JSON {
        var s: JSON = old.objectValue == nil ? .object([:]) : old
        s["replicas"] = .int(Int64(counts.replicas))
        s["fullyLabeledReplicas"] = counts.fullyLabeledReplicas > 0 ? .int(Int64(counts.fullyLabeledReplicas)) : .null
        s["readyReplicas"] = counts.readyReplicas > 0 ? .int(Int64(counts.readyReplicas)) : .null
        s["availableReplicas"] = counts.availableReplicas > 0 ? .int(Int64(counts.availableReplicas)) : .null
        s["observedGeneration"] = .int(generation)
        var conditions = s["conditions"].arrayValue ?? []
        let hasFailure = conditions.contains { $0["type"].stringValue == "ReplicaFailure" }
        if let manageError, !hasFailure {
            let delta = counts.replicas - desired
            let reason = delta < 0 ? "FailedCreate" : (delta > 0 ? "FailedDelete" : "")
            conditions = Workloads.settingCondition(
                conditions, type: "ReplicaFailure", status: "True", reason: reason, message: manageError, now: now)
        } else if manageError == nil && hasFailure {
            conditions.removeAll { $0["type"].stringValue == "ReplicaFailure" }
        }
        s["conditions"] = conditions.isEmpty ? .null : .array(conditions)
        return s
    }

    /// When a pod that is ready but not yet available (minReadySeconds) becomes available: the
    /// owner must be synced again then.
    public static func nextAvailabilityCheck(pods: [CoreV1.Pod], minReadySeconds: Int32, now: Date) -> TimeInterval? {
        guard minReadySeconds > 0 else { return nil }
        var next: TimeInterval?
        for p in pods {
            guard let at = Workloads.availableAt(p, minReadySeconds: minReadySeconds) else { continue }
            let wait = at.timeIntervalSince(now)
            if wait >= 0 { next = min(next ?? wait, wait) }
        }
        return next
    }
}
