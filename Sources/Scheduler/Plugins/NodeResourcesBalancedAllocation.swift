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
        var fractions: [Double] = []
        fractions.reserveCapacity(podRequests.count)
        var total = 0.0
        for (i, r) in scorer.resources.enumerated() {
            let (alloc, req) = scorer.allocatableAndRequested(node, r.name, podRequest: podRequests[i])
            if alloc == 0 { continue }
            let f = min(Double(req) / Double(alloc), 1)
            total += f
            fractions.append(f)
        }
        var std = 0.0
        if fractions.count == 2 {
            std = abs((fractions[0] - fractions[1]) / 2)
        } else if fractions.count > 2 {
            let mean = total / Double(fractions.count)
            var sum = 0.0
            for f in fractions { sum += (f - mean) * (f - mean) }
            std = (sum / Double(fractions.count)).squareRoot()
        }
        return Int64((1 - std) * Double(maxNodeScore))
    }
}
