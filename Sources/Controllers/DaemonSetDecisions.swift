import API
import APIMachinery
import Foundation

/// The pure decisions of the DaemonSet controller (upstream `pkg/controller/daemon`): which nodes
/// should run a daemon pod (node name, node selector, required node affinity, taints against the
/// pod's tolerations plus the daemon defaults), which pods to create and delete, rolling updates
/// with maxUnavailable or maxSurge, and status.
public enum DaemonSetDecisions {
    /// Deprecated label upstream still puts on daemon pods: the DaemonSet's generation.
    public static let templateGenerationLabel = "pod-template-generation"

    /// Tolerations every daemon pod gets (upstream `AddOrUpdateDaemonPodTolerations`): survive
    /// not-ready and unreachable nodes (NoExecute, forever) and node pressure, cordoning, and
    /// (host network only) an unavailable network (NoSchedule).
    public static func daemonTolerations(hostNetwork: Bool) -> [CoreV1.Toleration] {
        var list: [(String, String)] = [
            ("node.kubernetes.io/not-ready", "NoExecute"), ("node.kubernetes.io/unreachable", "NoExecute"),
            ("node.kubernetes.io/disk-pressure", "NoSchedule"), ("node.kubernetes.io/memory-pressure", "NoSchedule"),
            ("node.kubernetes.io/pid-pressure", "NoSchedule"), ("node.kubernetes.io/unschedulable", "NoSchedule"),
        ]
        if hostNetwork { list.append(("node.kubernetes.io/network-unavailable", "NoSchedule")) }
        return list.map { key, effect in
            var t = CoreV1.Toleration()
            t.key = key
            t.operator = "Exists"
            t.effect = effect
            return t
        }
    }

    /// Adds the daemon tolerations to a pod spec, replacing tolerations with the same key, operator,
    /// value and effect (upstream `AddOrUpdateTolerationInPodSpec`).
    public static func addDaemonTolerations(_ spec: inout CoreV1.PodSpec) {
        var tolerations = spec.tolerations
        for t in daemonTolerations(hostNetwork: spec.hostNetwork ?? false) {
            if let i = tolerations.firstIndex(where: {
                ($0.key ?? "") == (t.key ?? "") && ($0.operator ?? "Equal") == (t.operator ?? "Equal")
                    && ($0.value ?? "") == (t.value ?? "") && ($0.effect ?? "") == (t.effect ?? "")
            }) {
                tolerations[i] = t
            } else {
                tolerations.append(t)
            }
        }
        spec.tolerations = tolerations
    }

    /// Whether `toleration` tolerates `taint` (upstream `Toleration.ToleratesTaint`).
    public static func tolerates(_ toleration: CoreV1.Toleration, _ taint: CoreV1.Taint) -> Bool {
        if let e = toleration.effect, !e.isEmpty, e != (taint.effect ?? "") { return false }
        if let k = toleration.key, !k.isEmpty, k != (taint.key ?? "") { return false }
        switch toleration.operator ?? "" {
        case "", "Equal": return (toleration.value ?? "") == (taint.value ?? "")
        case "Exists": return true
        default: return false
        }
    }

    /// The first taint with an effect in `effects` that no toleration tolerates.
    public static func untoleratedTaint(_ taints: [CoreV1.Taint], _ tolerations: [CoreV1.Toleration], effects: Set<String>) -> CoreV1.Taint? {
        taints.first { taint in effects.contains(taint.effect ?? "") && !tolerations.contains { tolerates($0, taint) } }
    }

    static func requirementMatches(_ r: CoreV1.NodeSelectorRequirement, value: String?) -> Bool {
        let values = r.values
        switch r.operator ?? "" {
        case "In": return value.map { values.contains($0) } ?? false
        case "NotIn": return value.map { !values.contains($0) } ?? true
        case "Exists": return value != nil
        case "DoesNotExist": return value == nil
        case "Gt", "Lt":
            guard let value, let v = Int64(value), values.count == 1, let bound = Int64(values[0]) else { return false }
            return r.operator == "Gt" ? v > bound : v < bound
        default: return false
        }
    }

    /// Whether one node selector term matches (all its expressions over labels and its fields over
    /// `metadata.name`); a term with neither matches nothing.
    public static func termMatches(_ term: CoreV1.NodeSelectorTerm, node: CoreV1.Node) -> Bool {
        let exprs = term.matchExpressions, fields = term.matchFields
        if exprs.isEmpty && fields.isEmpty { return false }
        let labels = node.labels
        for r in exprs where !requirementMatches(r, value: labels[r.key ?? ""]) { return false }
        for r in fields {
            guard r.key == "metadata.name" else { return false }
            if !requirementMatches(r, value: node.name) { return false }
        }
        return true
    }

    /// `nodeSelector` and required node affinity of a pod spec against a node.
    public static func nodeAffinityMatches(_ spec: CoreV1.PodSpec, node: CoreV1.Node) -> Bool {
        let labels = node.labels
        for (k, v) in spec.nodeSelector where labels[k] != v { return false }
        let required = spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution
        if required.isPresent {
            return required.nodeSelectorTerms.contains { termMatches($0, node: node) }
        }
        return true
    }

    /// Whether a daemon pod should be started on `node`, and whether one already there may keep
    /// running (upstream `NodeShouldRunDaemonPod`): untolerated NoSchedule taints stop new pods,
    /// only untolerated NoExecute taints evict running ones.
    public static func shouldRun(_ ds: AppsV1.DaemonSet, on node: CoreV1.Node) -> (run: Bool, continueRunning: Bool) {
        var spec = ds.spec.template.spec
        if let n = spec.nodeName, !n.isEmpty, n != node.name { return (false, false) }
        addDaemonTolerations(&spec)
        guard nodeAffinityMatches(spec, node: node) else { return (false, false) }
        let taints = node.spec.taints
        if untoleratedTaint(taints, spec.tolerations, effects: ["NoSchedule", "NoExecute"]) != nil {
            return (false, untoleratedTaint(taints, spec.tolerations, effects: ["NoExecute"]) == nil)
        }
        return (true, true)
    }

    /// The node a daemon pod is for: its `nodeName`, else the `metadata.name In [node]` term of its
    /// required node affinity.
    public static func targetNodeName(_ pod: CoreV1.Pod) -> String? {
        if let n = pod.spec.nodeName, !n.isEmpty { return n }
        for term in pod.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms {
            for f in term.matchFields where f.key == "metadata.name" && f.operator == "In" && f.values.count == 1 {
                return f.values[0]
            }
        }
        return nil
    }

    /// The pod template of the DaemonSet's current revision: the revision hash and template
    /// generation labels, and the daemon tolerations.
    public static func podTemplate(_ ds: AppsV1.DaemonSet, hash: String) -> CoreV1.PodTemplateSpec {
        var t = ds.spec.template
        var labels = t.metadata.labels
        labels[Workloads.controllerRevisionHashLabel] = hash
        if let g = ds.metadata.generation { labels[templateGenerationLabel] = String(g) }
        t.metadata.labels = labels
        addDaemonTolerations(&t.spec)
        return t
    }

    /// Pins a template to one node the upstream way: the required node affinity becomes the single
    /// term `metadata.name In [node]` (the scheduler binds it).
    public static func pinned(_ template: CoreV1.PodTemplateSpec, to node: String) -> CoreV1.PodTemplateSpec {
        var t = template
        t.json[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]] = [
            "nodeSelectorTerms": [["matchFields": [["key": "metadata.name", "operator": "In", "values": [.string(node)]]]]]
        ]
        return t
    }

    /// Upstream `IsPodUpdated`: the pod's revision hash is the current one.
    static func isUpdated(_ pod: CoreV1.Pod, hash: String) -> Bool {
        !hash.isEmpty && pod.labels[Workloads.controllerRevisionHashLabel] == hash
    }

    /// Scheduled first, then oldest, then by name.
    static func byCreationAndPhase(_ pods: [CoreV1.Pod]) -> [CoreV1.Pod] {
        pods.sorted { a, b in
            let sa = !(a.spec.nodeName ?? "").isEmpty, sb = !(b.spec.nodeName ?? "").isEmpty
            if sa != sb { return sa }
            let ta = Workloads.creationDate(a.json) ?? .distantPast, tb = Workloads.creationDate(b.json) ?? .distantPast
            if ta == tb { return a.name < b.name }
            return ta < tb
        }
    }

    /// Pods to create (by node) and delete (by name).
    public struct Plan: Sendable, Equatable {
        public var nodesNeedingPods: [String] = []
        public var podsToDelete: [String] = []
        public init(nodesNeedingPods: [String] = [], podsToDelete: [String] = []) {
            self.nodesNeedingPods = nodesNeedingPods
            self.podsToDelete = podsToDelete
        }
    }

    /// Groups the pods a DaemonSet controls by target node, leaving out finished pods already being deleted.
    public static func podsByNode(_ pods: [CoreV1.Pod]) -> [String: [CoreV1.Pod]] {
        var out: [String: [CoreV1.Pod]] = [:]
        for p in pods {
            let terminal = ["Failed", "Succeeded"].contains(p.status.phase ?? "")
            if terminal && Workloads.isBeingDeleted(p.json) { continue }
            guard let node = targetNodeName(p) else { continue }
            out[node, default: []].append(p)
        }
        return out
    }

    static func allowsSurge(_ ds: AppsV1.DaemonSet, desired: Int) -> Bool { surgeCount(ds, desired: desired) > 0 }

    static func surgeCount(_ ds: AppsV1.DaemonSet, desired: Int) -> Int {
        guard (ds.spec.updateStrategy.type ?? "RollingUpdate") == "RollingUpdate",
            let s = ds.spec.updateStrategy.rollingUpdate.maxSurge
        else { return 0 }
        return Int(s.scaledValue(total: Int64(desired), roundUp: true) ?? 0)
    }

    static func unavailableCount(_ ds: AppsV1.DaemonSet, desired: Int) -> Int {
        guard (ds.spec.updateStrategy.type ?? "RollingUpdate") == "RollingUpdate",
            let u = ds.spec.updateStrategy.rollingUpdate.maxUnavailable
        else { return 0 }
        return Int(u.scaledValue(total: Int64(desired), roundUp: true) ?? 0)
    }

    /// One pod on every node that should run one (upstream `manage` / `podsShouldBeOnNode`):
    /// create where missing, delete failed and succeeded pods, extra pods (without surge: all but
    /// the oldest; with surge: keep the oldest new one and, while it is not available, the oldest
    /// old one) and pods on nodes that must not run one, and unscheduled pods for nodes that are gone.
    public static func manage(_ ds: AppsV1.DaemonSet, nodes: [CoreV1.Node], podsByNode: [String: [CoreV1.Pod]], hash: String, now: Date)
        -> Plan
    {
        var plan = Plan()
        let minReady = ds.spec.minReadySeconds ?? 0
        let desired = nodes.filter { shouldRun(ds, on: $0).run }.count
        let surge = allowsSurge(ds, desired: desired)
        for node in nodes.sorted(by: { $0.name < $1.name }) {
            let (run, keep) = shouldRun(ds, on: node)
            let pods = podsByNode[node.name]
            if run && pods == nil {
                plan.nodesNeedingPods.append(node.name)
            } else if keep {
                var running: [CoreV1.Pod] = []
                for p in pods ?? [] {
                    if Workloads.isBeingDeleted(p.json) { continue }
                    switch p.status.phase ?? "" {
                    case "Failed", "Succeeded": plan.podsToDelete.append(p.name)
                    default: running.append(p)
                    }
                }
                let sorted = byCreationAndPhase(running)
                if !surge {
                    plan.podsToDelete += sorted.dropFirst().map(\.name)
                } else {
                    var oldestNew: CoreV1.Pod?, oldestOld: CoreV1.Pod?
                    for p in sorted {
                        if isUpdated(p, hash: hash) {
                            if oldestNew == nil {
                                oldestNew = p
                                continue
                            }
                        } else if oldestOld == nil {
                            oldestOld = p
                            continue
                        }
                        plan.podsToDelete.append(p.name)
                    }
                    if let n = oldestNew, let o = oldestOld {
                        if !Workloads.isPodReady(o) || Workloads.isPodAvailable(n, minReadySeconds: minReady, now: now) {
                            plan.podsToDelete.append(o.name)
                        }
                    }
                }
            } else if let pods {
                plan.podsToDelete += pods.filter { !Workloads.isBeingDeleted($0.json) }.map(\.name)
            }
        }
        let known = Set(nodes.map(\.name))
        for (node, pods) in podsByNode.sorted(by: { $0.key < $1.key }) where !known.contains(node) {
            plan.podsToDelete += pods.filter { ($0.spec.nodeName ?? "").isEmpty && !Workloads.isBeingDeleted($0.json) }.map(\.name)
        }
        return plan
    }

    /// The (new pod, old pod) on one node; nil when there are more than one of either.
    static func updatedPodsOnNode(_ pods: [CoreV1.Pod], hash: String) -> (new: CoreV1.Pod?, old: CoreV1.Pod?)? {
        var new: CoreV1.Pod?, old: CoreV1.Pod?
        for p in pods where !Workloads.isBeingDeleted(p.json) {
            if isUpdated(p, hash: hash) {
                if new != nil { return nil }
                new = p
            } else {
                if old != nil { return nil }
                old = p
            }
        }
        return (new, old)
    }

    /// One step of a rolling update (upstream `rollingUpdate`). Without surge: delete old pods
    /// while at most maxUnavailable daemon pods are unavailable (unavailable old pods always go);
    /// the manage loop then creates their replacements. With surge: start new pods next to old
    /// ones (at most maxSurge at a time, at once where the old pod is unavailable) and delete an
    /// old pod once its replacement is available.
    public static func rollingUpdate(
        _ ds: AppsV1.DaemonSet, nodes: [CoreV1.Node], podsByNode: [String: [CoreV1.Pod]], hash: String, now: Date
    ) -> Plan {
        let minReady = ds.spec.minReadySeconds ?? 0
        let nodesByName = Dictionary(nodes.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let desired = nodes.filter { shouldRun(ds, on: $0).run }.count
        let maxSurge = surgeCount(ds, desired: desired)
        var maxUnavailable = unavailableCount(ds, desired: desired)
        if desired > 0 && maxSurge == 0 && maxUnavailable == 0 { maxUnavailable = 1 }
        let entries = podsByNode.sorted { $0.key < $1.key }

        if maxSurge == 0 {
            var numUnavailable = 0
            var replacements: [String] = []
            var candidates: [String] = []
            for (_, pods) in entries {
                guard let (new, old) = updatedPodsOnNode(pods, hash: hash) else {
                    numUnavailable += 1
                    continue
                }
                switch (new, old) {
                case (nil, nil), (.some, .some):
                    numUnavailable += 1
                case (.some(let n), nil):
                    if !Workloads.isPodAvailable(n, minReadySeconds: minReady, now: now) { numUnavailable += 1 }
                case (nil, .some(let o)):
                    if !Workloads.isPodAvailable(o, minReadySeconds: minReady, now: now) {
                        replacements.append(o.name)
                        numUnavailable += 1
                    } else if numUnavailable < maxUnavailable {
                        candidates.append(o.name)
                    }
                }
            }
            let remaining = min(max(0, maxUnavailable - numUnavailable), candidates.count)
            return Plan(nodesNeedingPods: [], podsToDelete: replacements + candidates.prefix(remaining))
        }

        var oldPodsToDelete: [String] = []
        var shouldNotRunToDelete: [String] = []
        var candidateNodes: [String] = []
        var allowedNodes: [String] = []
        var numSurge = 0
        var numAvailable = 0
        for (nodeName, pods) in entries {
            guard let (new, old) = updatedPodsOnNode(pods, hash: hash) else {
                numSurge += 1
                continue
            }
            if let old {
                if Workloads.isPodAvailable(old, minReadySeconds: minReady, now: now) { numAvailable += 1 }
            } else if let new, Workloads.isPodAvailable(new, minReadySeconds: minReady, now: now) {
                numAvailable += 1
            }
            guard let old else { continue }
            let nodeRuns = nodesByName[nodeName].map { shouldRun(ds, on: $0).run } ?? false
            if let new {
                if !Workloads.isPodAvailable(new, minReadySeconds: minReady, now: now) {
                    numSurge += 1
                } else {
                    oldPodsToDelete.append(old.name)
                }
            } else if !Workloads.isPodAvailable(old, minReadySeconds: minReady, now: now) {
                if !nodeRuns {
                    oldPodsToDelete.append(old.name)
                } else {
                    allowedNodes.append(nodeName)
                }
            } else {
                if !nodeRuns {
                    shouldNotRunToDelete.append(old.name)
                } else if numSurge < maxSurge {
                    candidateNodes.append(nodeName)
                }
            }
        }
        let deletable = min(max(0, numAvailable - desired), shouldNotRunToDelete.count)
        oldPodsToDelete += shouldNotRunToDelete.prefix(deletable)
        let remainingSurge = min(max(0, maxSurge - numSurge), candidateNodes.count)
        return Plan(nodesNeedingPods: allowedNodes + candidateNodes.prefix(remainingSurge), podsToDelete: oldPodsToDelete)
    }

    /// The DaemonSet's status over its nodes and pods (upstream `updateDaemonSetStatus`).
    public static func status(
        _ ds: AppsV1.DaemonSet, nodes: [CoreV1.Node], podsByNode: [String: [CoreV1.Pod]], hash: String, now: Date,
        observeGeneration: Bool
    ) -> JSON {
        let minReady = ds.spec.minReadySeconds ?? 0
        var desired = 0, current = 0, misscheduled = 0, ready = 0, available = 0, updated = 0
        for node in nodes {
            let run = shouldRun(ds, on: node).run
            let pods = podsByNode[node.name] ?? []
            if run {
                desired += 1
                guard let pod = byCreationAndPhase(pods).first else { continue }
                current += 1
                if Workloads.isPodReady(pod) {
                    ready += 1
                    if Workloads.isPodAvailable(pod, minReadySeconds: minReady, now: now) { available += 1 }
                }
                if isUpdated(pod, hash: hash) { updated += 1 }
            } else if !pods.isEmpty {
                misscheduled += 1
            }
        }
        var s: JSON = ds.json["status"].objectValue == nil ? .object([:]) : ds.json["status"]
        s["desiredNumberScheduled"] = .int(Int64(desired))
        s["currentNumberScheduled"] = .int(Int64(current))
        s["numberMisscheduled"] = .int(Int64(misscheduled))
        s["numberReady"] = .int(Int64(ready))
        s["numberAvailable"] = available > 0 ? .int(Int64(available)) : .null
        s["updatedNumberScheduled"] = updated > 0 ? .int(Int64(updated)) : .null
        s["numberUnavailable"] = desired - available > 0 ? .int(Int64(desired - available)) : .null
        if observeGeneration, let g = ds.metadata.generation { s["observedGeneration"] = .int(g) }
        return s
    }

    /// Old revisions to delete beyond `limit`, oldest first, skipping those pods still use
    /// (upstream `cleanupHistory`, which counts every old revision against the limit).
    public static func revisionsToDelete(old: [AppsV1.ControllerRevision], liveHashes: Set<String>, limit: Int) -> [AppsV1.ControllerRevision] {
        var toKill = old.count - max(0, limit)
        var out: [AppsV1.ControllerRevision] = []
        for r in ControllerHistory.sorted(old) where toKill > 0 {
            if let h = r.labels[Workloads.controllerRevisionHashLabel], liveHashes.contains(h) { continue }
            out.append(r)
            toKill -= 1
        }
        return out
    }
}
