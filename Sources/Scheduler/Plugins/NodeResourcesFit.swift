/// Filters out nodes without room for the pod's requests (and pod count), and scores nodes by
/// the configured strategy: LeastAllocated (spread, the default), MostAllocated (pack) or
/// RequestedToCapacityRatio (a piecewise linear function of utilization).
public final class NodeResourcesFitPlugin: FilterPlugin, PreScorePlugin, ScorePlugin {
    public static let tooManyPods = "Too many pods"
    public var name: String { PluginName.nodeResourcesFit }
    public let strategy: ScoringStrategy
    let scorer: ResourceAllocationScorer
    /// Shape scaled to 0...maxNodeScore.
    let shape: [ScoringStrategy.ShapePoint]

    public init(strategy: ScoringStrategy = .leastAllocated) {
        self.strategy = strategy
        scorer = ResourceAllocationScorer(resources: strategy.resources, useRequested: false)
        shape = strategy.shape.sorted { $0.utilization < $1.utilization }.map {
            ScoringStrategy.ShapePoint(utilization: $0.utilization, score: $0.score * (maxNodeScore / 10))
        }
    }

    /// The reasons the node cannot hold the pod (empty when it can).
    public static func insufficientResources(pod: PodInfo, node: NodeInfo) -> [String] {
        var reasons: [String] = []
        let alloc = node.allocatable
        if node.pods.count + 1 > alloc.allowedPodNumber { reasons.append(tooManyPods) }
        let req = pod.requests.requests
        if req.milliCPU == 0 && req.memory == 0 && req.ephemeralStorage == 0 && req.scalar.isEmpty { return reasons }
        let used = node.requested
        if req.milliCPU > 0 && req.milliCPU > alloc.milliCPU - used.milliCPU { reasons.append("Insufficient cpu") }
        if req.memory > 0 && req.memory > alloc.memory - used.memory { reasons.append("Insufficient memory") }
        if req.ephemeralStorage > 0 && req.ephemeralStorage > alloc.ephemeralStorage - used.ephemeralStorage {
            reasons.append("Insufficient ephemeral-storage")
        }
        if !req.scalar.isEmpty {
            for name in req.scalar.keys.sorted() {
                let want = req.scalar[name] ?? 0
                if want > 0 && want > (alloc.scalar[name] ?? 0) - (used.scalar[name] ?? 0) {
                    reasons.append("Insufficient \(name)")
                }
            }
        }
        return reasons
    }

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        guard node.node != nil else { return Status(.unschedulableAndUnresolvable, "node not found") }
        let reasons = Self.insufficientResources(pod: pod, node: node)
        return reasons.isEmpty ? .success : Status(.unschedulable, reasons)
    }

    final class PreScoreState: StateData, @unchecked Sendable {
        let podRequests: [Int64]
        init(_ r: [Int64]) { podRequests = r }
        func clone() -> StateData { self }
    }

    public func preScore(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> Status {
        state.write(PreScoreState(strategy.resources.map { scorer.podRequest(pod, $0.name) }))
        return .success
    }

    public func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        let podRequests = state.read(PreScoreState.self)?.podRequests ?? strategy.resources.map { scorer.podRequest(pod, $0.name) }
        return score(node, podRequests)
    }

    public func scoreAll(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], into scores: inout [Int64]) {
        let podRequests = state.read(PreScoreState.self)?.podRequests ?? strategy.resources.map { scorer.podRequest(pod, $0.name) }
        for i in nodes.indices { scores[i] = score(nodes[i], podRequests) }
    }

    func score(_ node: NodeInfo, _ podRequests: [Int64]) -> Int64 {
        var nodeScore: Int64 = 0
        var weightSum: Int64 = 0
        for (i, r) in strategy.resources.enumerated() {
            let (alloc, req) = scorer.allocatableAndRequested(node, r.name, podRequest: podRequests[i])
            if alloc == 0 { continue }
            let s: Int64
            switch strategy.type {
            case .leastAllocated:
                s = req > alloc ? 0 : (alloc - req) * maxNodeScore / alloc
            case .mostAllocated:
                s = min(req, alloc) * maxNodeScore / alloc
            case .requestedToCapacityRatio:
                s = brokenLinear(req > alloc ? 100 : req * 100 / alloc)
                if s <= 0 { continue }
            }
            nodeScore += s * r.weight
            weightSum += r.weight
        }
        if weightSum == 0 { return 0 }
        if strategy.type == .requestedToCapacityRatio {
            return Int64((Double(nodeScore) / Double(weightSum)).rounded())
        }
        return nodeScore / weightSum
    }

    /// Upstream `BuildBrokenLinearFunction` over the scaled shape.
    func brokenLinear(_ p: Int64) -> Int64 {
        guard let last = shape.last else { return 0 }
        for i in shape.indices where p <= shape[i].utilization {
            if i == 0 { return shape[0].score }
            let a = shape[i - 1]
            let b = shape[i]
            return a.score + (b.score - a.score) * (p - a.utilization) / (b.utilization - a.utilization)
        }
        return last.score
    }
}
