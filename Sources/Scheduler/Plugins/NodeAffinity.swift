/// Filters nodes by the pod's `nodeSelector` and required node affinity, and scores them by the
/// summed weights of the preferred terms they match.
public final class NodeAffinityPlugin: PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {
    public static let errReasonPod = "node(s) didn't match Pod's node affinity/selector"
    public var name: String { PluginName.nodeAffinity }
    public init() {}

    public func preFilter(_ state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        if pod.nodeAffinity.isEmpty { return .skip }
        // Terms that only pin metadata.name narrow the nodes to look at.
        if pod.nodeAffinity.nodeSelector.isEmpty, let terms = pod.nodeAffinity.terms, !terms.isEmpty {
            var names: Set<String> = []
            for t in terms {
                guard t.expressions.isEmpty, t.fields.count == 1, t.fields[0].op == .in else { return .success }
                names.formUnion(t.fields[0].values)
            }
            return PreFilterResult(.success, nodeNames: names)
        }
        return .success
    }

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        guard let n = node.node else { return Status(.unschedulableAndUnresolvable, "node not found") }
        if pod.nodeAffinity.matches(n) { return .success }
        return Status(.unschedulableAndUnresolvable, Self.errReasonPod)
    }

    public func preScore(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> Status {
        pod.preferredNodeAffinity.isEmpty ? .skip : .success
    }

    public func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let n = node.node else { return 0 }
        var total: Int64 = 0
        for p in pod.preferredNodeAffinity where p.term.matches(n) { total += Int64(p.weight) }
        return total
    }

    public var normalizes: Bool { true }
    public func normalize(_ state: CycleState, pod: PodInfo, scores: inout [Int64], nodes: [NodeInfo]) {
        defaultNormalizeScore(maxNodeScore, reverse: false, &scores)
    }
}
