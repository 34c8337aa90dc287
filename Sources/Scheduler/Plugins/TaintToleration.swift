/// Filters out nodes with a `NoSchedule` or `NoExecute` taint the pod does not tolerate, and
/// prefers nodes with fewer untolerated `PreferNoSchedule` taints.
public final class TaintTolerationPlugin: FilterPlugin, PreScorePlugin, ScorePlugin {
    public var name: String { PluginName.taintToleration }
    public init() {}

    final class PreScoreState: StateData, @unchecked Sendable {
        let tolerations: [Toleration]
        init(_ t: [Toleration]) { tolerations = t }
        func clone() -> StateData { self }
    }

    /// The first taint with effect NoSchedule/NoExecute not tolerated by `tolerations`.
    public static func firstUntoleratedTaint(_ taints: [Taint], _ tolerations: [Toleration]) -> Taint? {
        for t in taints where t.effect == "NoSchedule" || t.effect == "NoExecute" {
            if !tolerations.tolerate(t) { return t }
        }
        return nil
    }

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        guard let n = node.node else { return Status(.unschedulableAndUnresolvable, "node not found") }
        if n.taints.isEmpty { return .success }
        guard let taint = Self.firstUntoleratedTaint(n.taints, pod.tolerations) else { return .success }
        return Status(.unschedulableAndUnresolvable, "node(s) had untolerated taint {\(taint.key): \(taint.value)}")
    }

    public func preScore(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> Status {
        state.write(PreScoreState(pod.tolerations.filter { $0.effect.isEmpty || $0.effect == "PreferNoSchedule" }))
        return .success
    }

    public func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let taints = node.node?.taints, !taints.isEmpty else { return 0 }
        let tolerations = state.read(PreScoreState.self)?.tolerations ?? pod.tolerations
        return Self.count(taints, tolerations)
    }

    public func scoreAll(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], into scores: inout [Int64]) {
        var tolerations: [Toleration]?
        for i in nodes.indices {
            guard let n = nodes[i].node, !n.taints.isEmpty else {
                scores[i] = 0
                continue
            }
            if tolerations == nil { tolerations = state.read(PreScoreState.self)?.tolerations ?? pod.tolerations }
            scores[i] = Self.count(n.taints, tolerations ?? [])
        }
    }

    static func count(_ taints: [Taint], _ tolerations: [Toleration]) -> Int64 {
        var count: Int64 = 0
        for t in taints where t.effect == "PreferNoSchedule" && !tolerations.tolerate(t) { count += 1 }
        return count
    }

    public var normalizes: Bool { true }
    public func normalize(_ state: CycleState, pod: PodInfo, scores: inout [Int64], nodes: [NodeInfo]) {
        defaultNormalizeScore(maxNodeScore, reverse: true, &scores)
    }
}
