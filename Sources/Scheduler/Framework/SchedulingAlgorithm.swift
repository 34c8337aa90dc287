/// The result of scheduling one pod.
public struct ScheduleResult: Sendable {
    public var suggestedHost: String
    public var evaluatedNodes: Int
    public var feasibleNodes: Int
}

/// The pure part of a scheduling cycle (upstream `schedulePod`): PreFilter, Filter over a
/// rotating window of nodes until enough feasible ones are found, Score, and pick the best.
public final class SchedulingAlgorithm: @unchecked Sendable {
    public static let minFeasibleNodesToFind: Int = 100
    public static let minFeasibleNodesPercentageToFind: Int = 5

    /// Global default `percentageOfNodesToScore` (0: adaptive).
    public let percentageOfNodesToScore: Int32
    /// Where the next search starts, so successive pods look at different nodes first.
    public private(set) var nextStartNodeIndex = 0
    private var rng: TieBreakGenerator

    public init(percentageOfNodesToScore: Int32 = 0, rng: TieBreakGenerator = TieBreakGenerator()) {
        self.percentageOfNodesToScore = percentageOfNodesToScore
        self.rng = rng
    }

    /// How many feasible nodes to find before scoring: all below 100 nodes; else the
    /// percentage (adaptive default: 50% minus 1% per 125 nodes, at least 5%), at least 100.
    public func numFeasibleNodesToFind(_ profilePercentage: Int32?, numAllNodes: Int) -> Int {
        if numAllNodes < Self.minFeasibleNodesToFind { return numAllNodes }
        var percentage = Int(profilePercentage ?? percentageOfNodesToScore)
        if percentage == 0 {
            percentage = 50 - numAllNodes / 125
            if percentage < Self.minFeasibleNodesPercentageToFind { percentage = Self.minFeasibleNodesPercentageToFind }
        }
        if percentage >= 100 { return numAllNodes }
        let n = numAllNodes * percentage / 100
        return max(n, Self.minFeasibleNodesToFind)
    }

    public enum Outcome: Sendable {
        case scheduled(ScheduleResult)
        case unschedulable(FitError)
        case noNodes
    }

    /// Schedules `pod` against `snapshot` with the profile `framework`.
    public func schedule(framework: Framework, state: CycleState, pod: PodInfo, snapshot: Snapshot) -> Outcome {
        if snapshot.nodes.isEmpty { return .noNodes }
        let (feasible, fitError) = findFeasibleNodes(framework: framework, state: state, pod: pod, snapshot: snapshot)
        if feasible.isEmpty {
            return .unschedulable(fitError ?? FitError(numAllNodes: snapshot.count))
        }
        let evaluated = feasible.count + (fitError?.nodeStatuses.count ?? 0)
        if feasible.count == 1 {
            return .scheduled(ScheduleResult(suggestedHost: feasible[0].name, evaluatedNodes: evaluated, feasibleNodes: 1))
        }
        let scores = framework.runScore(state, pod: pod, nodes: feasible, snapshot: snapshot)
        let host = selectHost(feasible, scores)
        return .scheduled(ScheduleResult(suggestedHost: host, evaluatedNodes: evaluated, feasibleNodes: feasible.count))
    }

    /// The highest-scoring node, ties broken at random (reservoir sampling).
    func selectHost(_ nodes: [NodeInfo], _ scores: [Int64]) -> String {
        var best = 0
        var bestScore = Int64.min
        var ties = 0
        for i in nodes.indices {
            if scores[i] > bestScore {
                bestScore = scores[i]
                best = i
                ties = 1
            } else if scores[i] == bestScore {
                ties += 1
                if Int.random(in: 0..<ties, using: &rng) == 0 { best = i }
            }
        }
        return nodes[best].name
    }

    /// The feasible nodes, and the statuses of the nodes that failed (as a FitError).
    public func findFeasibleNodes(framework: Framework, state: CycleState, pod: PodInfo, snapshot: Snapshot) -> ([NodeInfo], FitError?) {
        var unschedulablePlugins: Set<String> = []
        if !pod.parseErrors.isEmpty {
            let msg = pod.parseErrors.joined(separator: "; ")
            return ([], FitError(numAllNodes: snapshot.count, preFilterMessage: msg, absentNodesStatus: Status(.unschedulableAndUnresolvable, msg)))
        }
        let pre = framework.runPreFilter(state, pod: pod, snapshot: snapshot)
        if !pre.status.isSuccess {
            if !pre.status.plugin.isEmpty { unschedulablePlugins.insert(pre.status.plugin) }
            return ([], FitError(
                numAllNodes: snapshot.count, preFilterMessage: pre.status.message, absentNodesStatus: pre.status,
                unschedulablePlugins: unschedulablePlugins))
        }
        let nominated = snapshot.nominatedPods
        var statuses: [(node: String, status: Status)] = []

        // A pod nominated by an earlier preemption tries its node first.
        if !pod.nominatedNodeName.isEmpty, let info = snapshot.get(pod.nominatedNodeName) {
            let s = framework.runFilterWithNominatedPods(state, pod: pod, node: info, nominated: nominated[info.name] ?? [])
            if s.isSuccess { return ([info], nil) }
        }

        var candidates = snapshot.nodes
        if let names = pre.nodeNames {
            candidates = names.sorted().compactMap { snapshot.get($0) }
            if candidates.isEmpty {
                let s = Status(.unschedulableAndUnresolvable, "node(s) didn't satisfy plugin(s) [NodeAffinity]")
                return ([], FitError(numAllNodes: snapshot.count, absentNodesStatus: s))
            }
        }
        let all = candidates.count
        let toFind = pre.nodeNames == nil
            ? numFeasibleNodesToFind(framework.percentageOfNodesToScore, numAllNodes: all) : all
        var feasible: [NodeInfo] = []
        feasible.reserveCapacity(min(toFind, all))
        let start = pre.nodeNames == nil ? nextStartNodeIndex % max(all, 1) : 0
        var processed = 0
        let hasNominated = !nominated.isEmpty
        for i in 0..<all {
            let info = candidates[(start + i) % all]
            processed += 1
            let s: Status
            if hasNominated, let nom = nominated[info.name] {
                s = framework.runFilterWithNominatedPods(state, pod: pod, node: info, nominated: nom)
            } else {
                s = framework.runFilter(state, pod: pod, node: info)
            }
            if s.isSuccess {
                feasible.append(info)
                if feasible.count >= toFind { break }
            } else {
                statuses.append((info.name, s))
                if !s.plugin.isEmpty { unschedulablePlugins.insert(s.plugin) }
            }
        }
        if pre.nodeNames == nil, all > 0 { nextStartNodeIndex = (start + processed) % all }
        if feasible.isEmpty {
            let absent = pre.nodeNames == nil ? nil : Status(.unschedulableAndUnresolvable, "node(s) didn't satisfy plugin(s) [NodeAffinity]")
            return ([], FitError(numAllNodes: snapshot.count, nodeStatuses: statuses, absentNodesStatus: absent, unschedulablePlugins: unschedulablePlugins))
        }
        return (feasible, statuses.isEmpty ? nil : FitError(numAllNodes: snapshot.count, nodeStatuses: statuses))
    }
}
