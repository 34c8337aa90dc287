/// The highest score a plugin gives a node after normalization.
public let maxNodeScore: Int64 = 100

/// What every plugin has: a name as in the scheduler configuration.
public protocol SchedulerPlugin: AnyObject, Sendable {
    var name: String { get }
}

/// Computes per-pod state before nodes are filtered; may reject the pod outright, narrow the
/// nodes to look at, or return Skip to have its Filter left out.
public protocol PreFilterPlugin: SchedulerPlugin {
    func preFilter(_ state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult
    /// Updates the PreFilter state as if `added` were on `node` (preemption and nominated pods).
    func addPod(_ state: CycleState, pod: PodInfo, added: PodInfo, node: NodeInfo)
    /// Updates the PreFilter state as if `removed` were gone from `node`.
    func removePod(_ state: CycleState, pod: PodInfo, removed: PodInfo, node: NodeInfo)
}

extension PreFilterPlugin {
    public func addPod(_ state: CycleState, pod: PodInfo, added: PodInfo, node: NodeInfo) {}
    public func removePod(_ state: CycleState, pod: PodInfo, removed: PodInfo, node: NodeInfo) {}
}

public struct PreFilterResult: Sendable {
    public var status: Status
    /// When set, only these nodes can fit.
    public var nodeNames: Set<String>?
    public init(_ status: Status = .success, nodeNames: Set<String>? = nil) {
        self.status = status
        self.nodeNames = nodeNames
    }
    public static let success = PreFilterResult()
    public static let skip = PreFilterResult(.skip)
}

/// Decides whether the pod can run on one node.
public protocol FilterPlugin: SchedulerPlugin {
    func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status
}

/// Computes per-pod state for scoring from the nodes that passed the filters; Skip leaves its
/// Score out.
public protocol PreScorePlugin: SchedulerPlugin {
    func preScore(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> Status
}

/// Ranks feasible nodes. Scores are normalized to 0...``maxNodeScore`` (by ``normalize`` when the
/// raw scores are not already in range), then multiplied by the plugin's weight.
public protocol ScorePlugin: SchedulerPlugin {
    func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64
    /// Scores every node into `scores` (same indices); plugins override it to read their
    /// cycle state once instead of once per node.
    func scoreAll(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], into scores: inout [Int64])
    /// Whether ``normalize(_:pod:scores:nodes:)`` does anything (saves a pass when not).
    var normalizes: Bool { get }
    func normalize(_ state: CycleState, pod: PodInfo, scores: inout [Int64], nodes: [NodeInfo])
}

extension ScorePlugin {
    public func scoreAll(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], into scores: inout [Int64]) {
        for i in nodes.indices { scores[i] = score(state, pod: pod, node: nodes[i]) }
    }
    public var normalizes: Bool { false }
    public func normalize(_ state: CycleState, pod: PodInfo, scores: inout [Int64], nodes: [NodeInfo]) {}
}

/// Scales scores to 0...maxPriority by the highest one; `reverse` flips them (upstream
/// `helper.DefaultNormalizeScore`).
public func defaultNormalizeScore(_ maxPriority: Int64, reverse: Bool, _ scores: inout [Int64]) {
    var maxCount: Int64 = 0
    for s in scores where s > maxCount { maxCount = s }
    if maxCount == 0 {
        if reverse { for i in scores.indices { scores[i] = maxPriority } }
        return
    }
    for i in scores.indices {
        var s = maxPriority * scores[i] / maxCount
        if reverse { s = maxPriority - s }
        scores[i] = s
    }
}
