import APIMachinery
import Foundation

/// Spreads pods matching a selector evenly over topology domains (`topologySpreadConstraints`):
/// DoNotSchedule constraints filter nodes whose domain would exceed `maxSkew` over the least
/// loaded domain; ScheduleAnyway constraints score nodes by how many matching pods their domains
/// hold. Pods without constraints that belong to a Service, ReplicaSet, ReplicationController or
/// StatefulSet get the cluster defaults (hostname maxSkew 3, zone maxSkew 5, ScheduleAnyway).
public final class PodTopologySpreadPlugin: PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {
    public static let errReasonConstraintsNotMatch = "node(s) didn't match pod topology spread constraints"
    public static let errReasonNodeLabelNotMatch = errReasonConstraintsNotMatch + " (missing required label)"
    public static let hostnameKey = "kubernetes.io/hostname"
    public static let zoneKey = "topology.kubernetes.io/zone"

    /// Upstream's system defaults.
    public static let systemDefaultConstraints = [
        SpreadConstraint(maxSkew: 3, topologyKey: hostnameKey, hard: false, selector: .nothing),
        SpreadConstraint(maxSkew: 5, topologyKey: zoneKey, hard: false, selector: .nothing),
    ]

    public var name: String { PluginName.podTopologySpread }
    let defaultConstraints: [SpreadConstraint]
    let systemDefaulted: Bool
    /// The selector of the Services and controller that own a pod (nil or empty: none).
    let defaultSelector: @Sendable (PodInfo) -> LabelSelector?

    public init(
        defaultConstraints: [SpreadConstraint] = PodTopologySpreadPlugin.systemDefaultConstraints, systemDefaulted: Bool = true,
        defaultSelector: @escaping @Sendable (PodInfo) -> LabelSelector? = { _ in nil }
    ) {
        self.defaultConstraints = defaultConstraints
        self.systemDefaulted = systemDefaulted
        self.defaultSelector = defaultSelector
    }

    /// The pod's own constraints of the given kind, or the defaults with its owners' selector.
    func constraints(for pod: PodInfo, hard: Bool) -> [SpreadConstraint] {
        if !pod.spreadConstraints.isEmpty { return pod.spreadConstraints.filter { $0.hard == hard } }
        let defaults = defaultConstraints.filter { $0.hard == hard }
        if defaults.isEmpty { return [] }
        guard let selector = defaultSelector(pod), !selector.isEmpty, !selector.matchesNothing else { return [] }
        return defaults.map { c in
            var c = c
            c.selector = selector
            return c
        }
    }

    static func nodeHasAllKeys(_ labels: [String: String], _ constraints: [SpreadConstraint]) -> Bool {
        for c in constraints where labels[c.topologyKey] == nil { return false }
        return true
    }

    static func matchesInclusionPolicies(_ c: SpreadConstraint, pod: PodInfo, node: ParsedNode) -> Bool {
        if c.honorNodeAffinity && !pod.nodeAffinity.matches(node) { return false }
        if c.honorNodeTaints && TaintTolerationPlugin.firstUntoleratedTaint(node.taints, pod.tolerations) != nil { return false }
        return true
    }

    static func countMatching(_ pods: [PodInfo], _ selector: LabelSelector, namespace: String) -> Int {
        var n = 0
        for p in pods where !p.isTerminating && p.namespace == namespace && selector.matches(p.labels) { n += 1 }
        return n
    }

    // MARK: Filter

    /// The two domains with the fewest matching pods, per constraint.
    struct CriticalPaths: Sendable {
        var first = (value: "", num: Int.max)
        var second = (value: "", num: Int.max)

        mutating func update(_ value: String, _ num: Int) {
            if value == first.value || value == second.value {
                if value == first.value { first.num = num } else { second.num = num }
                if first.num > second.num { swap(&first, &second) }
            } else if num < first.num {
                second = first
                first = (value, num)
            } else if num < second.num {
                second = (value, num)
            }
        }
    }

    final class PreFilterState: StateData, @unchecked Sendable {
        var constraints: [SpreadConstraint] = []
        /// Per constraint: domain value → matching pods.
        var matchNum: [[String: Int]] = []
        var criticalPaths: [CriticalPaths] = []

        func clone() -> StateData {
            let c = PreFilterState()
            c.constraints = constraints
            c.matchNum = matchNum
            c.criticalPaths = criticalPaths
            return c
        }

        func minMatchNum(_ i: Int) -> Int {
            let c = constraints[i]
            var m = criticalPaths[i].first.num
            if m == Int.max { m = 0 }
            if c.minDomains > 1 && matchNum[i].count < Int(c.minDomains) { m = 0 }
            return m
        }
    }

    public func preFilter(_ state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        let constraints = constraints(for: pod, hard: true)
        if constraints.isEmpty { return .skip }
        let s = PreFilterState()
        s.constraints = constraints
        s.matchNum = Array(repeating: [:], count: constraints.count)
        for info in snapshot.nodes {
            guard let node = info.node, Self.nodeHasAllKeys(node.labels, constraints) else { continue }
            for (i, c) in constraints.enumerated() {
                if !Self.matchesInclusionPolicies(c, pod: pod, node: node) { continue }
                let value = node.labels[c.topologyKey] ?? ""
                s.matchNum[i][value, default: 0] += Self.countMatching(info.pods, c.selector, namespace: pod.namespace)
            }
        }
        s.criticalPaths = s.matchNum.map { counts in
            var p = CriticalPaths()
            for (v, n) in counts { p.update(v, n) }
            return p
        }
        state.write(s)
        return .success
    }

    private func update(_ state: CycleState, pod: PodInfo, other: PodInfo, node: NodeInfo, delta: Int) {
        guard let s = state.read(PreFilterState.self), other.namespace == pod.namespace, let n = node.node,
            Self.nodeHasAllKeys(n.labels, s.constraints)
        else { return }
        for (i, c) in s.constraints.enumerated() {
            if !c.selector.matches(other.labels) || !Self.matchesInclusionPolicies(c, pod: pod, node: n) { continue }
            let v = n.labels[c.topologyKey] ?? ""
            let num = (s.matchNum[i][v] ?? 0) + delta
            s.matchNum[i][v] = num
            s.criticalPaths[i].update(v, num)
        }
    }

    public func addPod(_ state: CycleState, pod: PodInfo, added: PodInfo, node: NodeInfo) {
        update(state, pod: pod, other: added, node: node, delta: 1)
    }

    public func removePod(_ state: CycleState, pod: PodInfo, removed: PodInfo, node: NodeInfo) {
        update(state, pod: pod, other: removed, node: node, delta: -1)
    }

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        guard let s = state.read(PreFilterState.self), !s.constraints.isEmpty else { return .success }
        guard let n = node.node else { return Status(.unschedulableAndUnresolvable, "node not found") }
        for (i, c) in s.constraints.enumerated() {
            guard let value = n.labels[c.topologyKey] else {
                return Status(.unschedulableAndUnresolvable, Self.errReasonNodeLabelNotMatch)
            }
            let selfMatch = c.selector.matches(pod.labels) ? 1 : 0
            let skew = (s.matchNum[i][value] ?? 0) + selfMatch - s.minMatchNum(i)
            if skew > Int(c.maxSkew) { return Status(.unschedulable, Self.errReasonConstraintsNotMatch) }
        }
        return .success
    }

    // MARK: Score

    final class PreScoreState: StateData, @unchecked Sendable {
        var constraints: [SpreadConstraint] = []
        var ignoredNodes: Set<String> = []
        /// Per constraint (not hostname): domain value → matching pods.
        var pairCounts: [[String: Int64]] = []
        var weights: [Double] = []
        func clone() -> StateData { self }
    }

    public func preScore(_ state: CycleState, pod: PodInfo, nodes filtered: [NodeInfo], snapshot: Snapshot) -> Status {
        if filtered.isEmpty || snapshot.nodes.isEmpty { return .skip }
        let constraints = constraints(for: pod, hard: false)
        if constraints.isEmpty { return .skip }
        let s = PreScoreState()
        s.constraints = constraints
        s.pairCounts = Array(repeating: [:], count: constraints.count)
        let requireAll = !pod.spreadConstraints.isEmpty || !systemDefaulted
        var sizes = Array(repeating: 0, count: constraints.count)
        for info in filtered {
            guard let n = info.node else { continue }
            if requireAll && !Self.nodeHasAllKeys(n.labels, constraints) {
                s.ignoredNodes.insert(n.name)
                continue
            }
            for (i, c) in constraints.enumerated() where c.topologyKey != Self.hostnameKey {
                let v = n.labels[c.topologyKey] ?? ""
                if s.pairCounts[i][v] == nil {
                    s.pairCounts[i][v] = 0
                    sizes[i] += 1
                }
            }
        }
        s.weights = constraints.enumerated().map { i, c in
            let size = c.topologyKey == Self.hostnameKey ? filtered.count - s.ignoredNodes.count : sizes[i]
            return log(Double(size + 2))
        }
        let needsCounting = constraints.contains { $0.topologyKey != Self.hostnameKey }
        if needsCounting {
            for info in snapshot.nodes {
                guard let n = info.node, !info.pods.isEmpty else { continue }
                if requireAll && !Self.nodeHasAllKeys(n.labels, constraints) { continue }
                for (i, c) in constraints.enumerated() where c.topologyKey != Self.hostnameKey {
                    if !Self.matchesInclusionPolicies(c, pod: pod, node: n) { continue }
                    let v = n.labels[c.topologyKey] ?? ""
                    guard let current = s.pairCounts[i][v] else { continue }
                    s.pairCounts[i][v] = current + Int64(Self.countMatching(info.pods, c.selector, namespace: pod.namespace))
                }
            }
        }
        state.write(s)
        return .success
    }

    public func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let s = state.read(PreScoreState.self), let n = node.node else { return 0 }
        if s.ignoredNodes.contains(n.name) { return 0 }
        var score = 0.0
        for (i, c) in s.constraints.enumerated() {
            guard let v = n.labels[c.topologyKey] else { continue }
            let count: Int64
            if c.topologyKey == Self.hostnameKey {
                count = Int64(Self.countMatching(node.pods, c.selector, namespace: pod.namespace))
            } else {
                count = s.pairCounts[i][v] ?? 0
            }
            score += Double(count) * s.weights[i] + Double(c.maxSkew - 1)
        }
        return Int64(score.rounded())
    }

    public var normalizes: Bool { true }
    public func normalize(_ state: CycleState, pod: PodInfo, scores: inout [Int64], nodes: [NodeInfo]) {
        guard let s = state.read(PreScoreState.self) else { return }
        var minScore = Int64.max
        var maxScore: Int64 = 0
        var ignored = [Bool](repeating: false, count: scores.count)
        for i in scores.indices {
            if !s.ignoredNodes.isEmpty && s.ignoredNodes.contains(nodes[i].name) {
                ignored[i] = true
                continue
            }
            minScore = min(minScore, scores[i])
            maxScore = max(maxScore, scores[i])
        }
        for i in scores.indices {
            if ignored[i] {
                scores[i] = 0
            } else if maxScore == 0 {
                scores[i] = maxNodeScore
            } else {
                scores[i] = maxNodeScore * (maxScore + minScore - scores[i]) / maxScore
            }
        }
    }
}
