import API
import APIMachinery
import Foundation

/// The pure decisions of the StatefulSet controller (upstream `stateful_set_control.go`): which
/// ordinal to create, delete or update next under OrderedReady or Parallel pod management, and
/// RollingUpdate (highest ordinal first, down to the partition) or OnDelete.
public enum StatefulSetDecisions {
    public static let podNameLabel = "statefulset.kubernetes.io/pod-name"
    public static let podIndexLabel = "apps.kubernetes.io/pod-index"

    /// One thing the controller does to a pod.
    public enum Action: Sendable, Hashable, CustomStringConvertible {
        /// Create `<set>-<ordinal>` from the template of the named revision.
        case create(ordinal: Int, revision: String)
        /// Delete the pod (scale-down, update, or a finished pod to recreate).
        case delete(name: String)
        /// Put back the pod's identity labels.
        case fixIdentity(name: String)

        public var description: String {
            switch self {
            case .create(let o, let r): return "create(\(o), \(r))"
            case .delete(let n): return "delete(\(n))"
            case .fixIdentity(let n): return "fixIdentity(\(n))"
            }
        }
    }

    public static func podName(set: String, ordinal: Int) -> String { "\(set)-\(ordinal)" }

    /// The ordinal of a pod named `<set>-<n>`, nil for any other name.
    public static func ordinal(ofPod name: String, set: String) -> Int? {
        guard name.hasPrefix(set + "-") else { return nil }
        let rest = name.dropFirst(set.count + 1)
        guard !rest.isEmpty, rest.allSatisfy(\.isNumber), let n = Int(rest) else { return nil }
        if rest.count > 1 && rest.hasPrefix("0") { return nil }
        return n
    }

    static func startOrdinal(_ set: AppsV1.StatefulSet) -> Int { Int(set.spec.ordinals.start ?? 0) }
    static func replicaCount(_ set: AppsV1.StatefulSet) -> Int { Int(set.spec.replicas ?? 1) }
    static func isParallel(_ set: AppsV1.StatefulSet) -> Bool { set.spec.podManagementPolicy == "Parallel" }
    static func isOnDelete(_ set: AppsV1.StatefulSet) -> Bool { set.spec.updateStrategy.type == "OnDelete" }
    static func partition(_ set: AppsV1.StatefulSet) -> Int {
        guard !isOnDelete(set) else { return 0 }
        return Int(set.spec.updateStrategy.rollingUpdate.partition ?? 0)
    }

    static func revision(of pod: CoreV1.Pod) -> String { pod.labels[Workloads.controllerRevisionHashLabel] ?? "" }
    static func isCreated(_ pod: CoreV1.Pod) -> Bool { !(pod.status.phase ?? "").isEmpty }
    static func isTerminating(_ pod: CoreV1.Pod) -> Bool { Workloads.isBeingDeleted(pod.json) }
    static func isFinished(_ pod: CoreV1.Pod) -> Bool { ["Failed", "Succeeded"].contains(pod.status.phase ?? "") }
    static func isRunningAndReady(_ pod: CoreV1.Pod) -> Bool { pod.status.phase == "Running" && Workloads.isPodReady(pod) }
    static func isRunningAndAvailable(_ pod: CoreV1.Pod, _ minReady: Int32, _ now: Date) -> Bool {
        pod.status.phase == "Running" && Workloads.isPodAvailable(pod, minReadySeconds: minReady, now: now)
    }
    static func isHealthy(_ pod: CoreV1.Pod, _ minReady: Int32, _ now: Date) -> Bool {
        isRunningAndReady(pod) && isRunningAndAvailable(pod, minReady, now) && !isTerminating(pod)
    }

    /// The pod carries the identity of its ordinal.
    public static func identityMatches(_ set: AppsV1.StatefulSet, _ pod: CoreV1.Pod) -> Bool {
        guard let ord = ordinal(ofPod: pod.name, set: set.name) else { return false }
        return pod.namespace == set.namespace && pod.labels[podNameLabel] == pod.name
            && pod.labels[podIndexLabel] == String(ord)
    }

    /// The revision a newly created pod of `ordinal` gets: the current one below the partition, else the update one.
    public static func revisionForNewPod(_ set: AppsV1.StatefulSet, ordinal: Int, currentRevision: String, updateRevision: String) -> String {
        if !isOnDelete(set) && ordinal < startOrdinal(set) + partition(set) { return currentRevision }
        return updateRevision
    }

    /// The actions of one sync, in order. In OrderedReady mode the plan stops at the first action
    /// or unhealthy pod (each pod waits for its predecessors to be Running and Ready); in Parallel
    /// mode all creations and scale-down deletions happen at once. A rolling update deletes the
    /// highest ordinal not at the update revision, one at a time, waiting for health, never below
    /// the partition.
    public static func plan(
        set: AppsV1.StatefulSet, pods: [CoreV1.Pod], currentRevision: String, updateRevision: String, now: Date
    ) -> [Action] {
        if Workloads.isBeingDeleted(set.json) { return [] }
        let start = startOrdinal(set), count = replicaCount(set)
        let minReady = set.spec.minReadySeconds ?? 0
        let monotonic = !isParallel(set)
        var replicas: [Int: CoreV1.Pod] = [:]
        var condemned: [(Int, CoreV1.Pod)] = []
        for p in pods {
            guard let o = ordinal(ofPod: p.name, set: set.name) else { continue }
            if o >= start && o < start + count {
                replicas[o] = p
            } else {
                condemned.append((o, p))
            }
        }
        condemned.sort { $0.0 > $1.0 }
        let firstUnhealthy: String? =
            (start..<(start + count)).compactMap { replicas[$0] }.first { !isHealthy($0, minReady, now) }?.name
            ?? condemned.map(\.1).first { !isHealthy($0, minReady, now) }?.name

        var actions: [Action] = []
        var created = Set<Int>()
        var exit = false
        for o in start..<(start + count) {
            guard let pod = replicas[o] else {
                actions.append(.create(ordinal: o, revision: revisionForNewPod(set, ordinal: o, currentRevision: currentRevision, updateRevision: updateRevision)))
                created.insert(o)
                if monotonic { return actions }
                continue
            }
            if isFinished(pod) {
                if !isTerminating(pod) { actions.append(.delete(name: pod.name)) }
                if monotonic { return actions }
                exit = true
                continue
            }
            if monotonic && (isTerminating(pod) || !isRunningAndReady(pod) || !isRunningAndAvailable(pod, minReady, now)) {
                return actions
            }
            if !identityMatches(set, pod) { actions.append(.fixIdentity(name: pod.name)) }
        }
        if exit { return actions }
        for (_, pod) in condemned {
            if isTerminating(pod) {
                if monotonic { return actions }
                continue
            }
            if monotonic && !isHealthy(pod, minReady, now) && pod.name != firstUnhealthy { return actions }
            actions.append(.delete(name: pod.name))
            if monotonic { return actions }
        }
        if actions.contains(where: { if case .delete = $0 { return true } else { return false } }) { return actions }
        if isOnDelete(set) { return actions }
        let updateMin = partition(set)
        var target = count - 1
        while target >= updateMin {
            let o = start + target
            guard !created.contains(o), let pod = replicas[o] else { return actions }
            if revision(of: pod) != updateRevision && !isTerminating(pod) {
                actions.append(.delete(name: pod.name))
                return actions
            }
            if !isHealthy(pod, minReady, now) { return actions }
            target -= 1
        }
        return actions
    }

    /// The counts of a StatefulSet's status over its pods (upstream `updateStatus` and
    /// `completeRollingUpdate`): replicas, readyReplicas, availableReplicas, currentReplicas,
    /// updatedReplicas, currentRevision and updateRevision.
    public static func status(
        set: AppsV1.StatefulSet, pods: [CoreV1.Pod], currentRevision: String, updateRevision: String, collisionCount: Int32,
        now: Date
    ) -> JSON {
        let minReady = set.spec.minReadySeconds ?? 0
        var replicas = 0, ready = 0, available = 0, current = 0, updated = 0
        for p in pods where ordinal(ofPod: p.name, set: set.name) != nil {
            if isCreated(p) { replicas += 1 }
            if isRunningAndReady(p) {
                ready += 1
                if isRunningAndAvailable(p, minReady, now) { available += 1 }
            }
            if isCreated(p) && !isTerminating(p) {
                if revision(of: p) == currentRevision { current += 1 }
                if revision(of: p) == updateRevision { updated += 1 }
            }
        }
        var currentRev = currentRevision
        if !isOnDelete(set) && updated == replicas && ready == replicas {
            current = updated
            currentRev = updateRevision
        }
        var s: JSON = set.json["status"].objectValue == nil ? .object([:]) : set.json["status"]
        s["observedGeneration"] = set.metadata.generation.map { JSON.int($0) } ?? .null
        s["replicas"] = .int(Int64(replicas))
        s["readyReplicas"] = ready > 0 ? .int(Int64(ready)) : .null
        s["availableReplicas"] = .int(Int64(available))
        s["currentReplicas"] = current > 0 ? .int(Int64(current)) : .null
        s["updatedReplicas"] = updated > 0 ? .int(Int64(updated)) : .null
        s["currentRevision"] = .string(currentRev)
        s["updateRevision"] = .string(updateRevision)
        s["collisionCount"] = .int(Int64(collisionCount))
        return s
    }

    /// A pod for `ordinal` from `template` (the template of its revision): named `<set>-<ordinal>`,
    /// with the identity labels, the revision label, hostname and subdomain.
    public static func newPod(set: AppsV1.StatefulSet, template: CoreV1.PodTemplateSpec, ordinal: Int, revision: String) -> CoreV1.Pod {
        let name = podName(set: set.name, ordinal: ordinal)
        var pod = Workloads.pod(
            from: template, namespace: set.namespace, ownerRef: Workloads.makeControllerRef(to: set),
            generateNamePrefix: set.name, name: name)
        var labels = pod.metadata.labels
        labels[podNameLabel] = name
        labels[podIndexLabel] = String(ordinal)
        labels[Workloads.controllerRevisionHashLabel] = revision
        pod.metadata.labels = labels
        pod.spec.hostname = name
        if let service = set.spec.serviceName, !service.isEmpty { pod.spec.subdomain = service }
        return pod
    }
}
