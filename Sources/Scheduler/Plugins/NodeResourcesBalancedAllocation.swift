import Foundation

/// Prefers nodes whose resource utilizations (with the pod) are close to each other, so no
/// resource runs out while others stay idle.
public final class NodeResourcesBalancedAllocationPlugin: PreScorePlugin, ScorePlugin {
    public var name: String { PluginName.nodeResourcesBalancedAllocation }
    let scorer: ResourceAllocationScorer

    public init(resources: [ScoringStrategy.Resource] = ScoringStrategy.defaultResources) {
        scorer = ResourceAllocationScorer(resources: resources, useRequested: true)
    }

    final class PreScoreState: StateData, @unchecked Sendable {
        let podRequests: [Int64]
        init(_ r: [Int64]) { podRequests = r }
        func clone() -> StateData { self }
    }

    public func preScore(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> Status {
        let requests = scorer.resources.map { scorer.podRequest(pod, $0.name) }
        // Best-effort pods are not scored, or they would all pile onto one node.
        if requests.allSatisfy({ $0 == 0 }) { return .skip }
        state.write(PreScoreState(requests))
        return .success
    }

    public func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        let podRequests = state.read(PreScoreState.self)?.podRequests ?? scorer.resources.map { scorer.podRequest(pod, $0.name) }
        return score(node, podRequests)
    }

    public func scoreAll(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], into scores: inout [Int64]) {
        let podRequests = state.read(PreScoreState.self)?.podRequests ?? scorer.resources.map { scorer.podRequest(pod, $0.name) }
        for i in nodes.indices { scores[i] = score(nodes[i], podRequests) }
    }

    func score(_ node: NodeInfo, _ podRequests: [Int64]) -> Int64 {
        // Fractions of the first two resources are kept in locals (the common case); more
        // resources spill into an array.
        var f0 = 0.0
        var f1 = 0.0
        var more: [Double] = []
        var n = 0
        var total = 0.0
        for (i, r) in scorer.resources.enumerated() {
            let (alloc, req) = scorer.allocatableAndRequested(node, r.name, podRequest: podRequests[i])
            if alloc == 0 { continue }
            let f = min(Double(req) / Double(alloc), 1)
            total += f
            switch n {
            case 0: f0 = f
            case 1: f1 = f
            default: more.append(f)
            }
            n += 1
        }
        var std = 0.0
        if n == 2 {
            std = abs((f0 - f1) / 2)
        } else if n > 2 {
            let mean = total / Double(n)
            var sum = (f0 - mean) * (f0 - mean) + (f1 - mean) * (f1 - mean)
            for f in more { sum += (f - mean) * (f - mean) }
            std = (sum / Double(n)).squareRoot()
        }
        return Int64((1 - std) * Double(maxNodeScore))
    }
}
