/// The plugins of one scheduler profile, run at each extension point in configuration order.
public final class Framework: Sendable {
    public let profileName: String
    public let preFilterPlugins: [any PreFilterPlugin]
    public let filterPlugins: [any FilterPlugin]
    public let preScorePlugins: [any PreScorePlugin]
    /// Score plugins with their weights.
    public let scorePlugins: [(plugin: any ScorePlugin, weight: Int64)]
    public let postFilterPlugin: DefaultPreemption?
    /// Percentage of nodes to find feasible before scoring (nil: the adaptive default).
    public let percentageOfNodesToScore: Int32?

    public init(
        profileName: String, preFilterPlugins: [any PreFilterPlugin], filterPlugins: [any FilterPlugin],
        preScorePlugins: [any PreScorePlugin], scorePlugins: [(plugin: any ScorePlugin, weight: Int64)],
        postFilterPlugin: DefaultPreemption? = nil, percentageOfNodesToScore: Int32? = nil
    ) {
        self.profileName = profileName
        self.preFilterPlugins = preFilterPlugins
        self.filterPlugins = filterPlugins
        self.preScorePlugins = preScorePlugins
        self.scorePlugins = scorePlugins
        self.postFilterPlugin = postFilterPlugin
        self.percentageOfNodesToScore = percentageOfNodesToScore
    }

    /// Runs every PreFilter; returns the first rejection (or error), else success with the
    /// intersection of the node sets plugins narrowed to.
    public func runPreFilter(_ state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        var nodeNames: Set<String>?
        for p in preFilterPlugins {
            let r = p.preFilter(state, pod: pod, snapshot: snapshot)
            switch r.status.code {
            case .skip:
                state.skipFilterPlugins.insert(p.name)
                continue
            case .success:
                break
            default:
                return PreFilterResult(r.status.with(plugin: p.name))
            }
            if let names = r.nodeNames {
                nodeNames = nodeNames.map { $0.intersection(names) } ?? names
            }
        }
        state.activeFilters = state.skipFilterPlugins.isEmpty
            ? filterPlugins : filterPlugins.filter { !state.skipFilterPlugins.contains($0.name) }
        return PreFilterResult(.success, nodeNames: nodeNames)
    }

    /// Runs the filters on one node, stopping at the first that rejects it.
    public func runFilter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        if let active = state.activeFilters {
            for p in active {
                let s = p.filter(state, pod: pod, node: node)
                if !s.isSuccess { return s.with(plugin: p.name) }
            }
            return .success
        }
        let skipping = !state.skipFilterPlugins.isEmpty
        for p in filterPlugins {
            if skipping && state.skipFilterPlugins.contains(p.name) { continue }
            let s = p.filter(state, pod: pod, node: node)
            if !s.isSuccess { return s.with(plugin: p.name) }
        }
        return .success
    }

    /// Runs the filters on a node as if the pods nominated there with at least this pod's
    /// priority were already running, then (if any were added and it passed) without them.
    public func runFilterWithNominatedPods(_ state: CycleState, pod: PodInfo, node: NodeInfo, nominated: [PodInfo]) -> Status {
        let relevant = nominated.filter { $0.uid != pod.uid && $0.priority >= pod.priority }
        if relevant.isEmpty { return runFilter(state, pod: pod, node: node) }
        let stateWith = state.clone()
        let nodeWith = node.clone()
        for p in relevant {
            nodeWith.addPod(p)
            runAddPod(stateWith, pod: pod, added: p, node: nodeWith)
        }
        let first = runFilter(stateWith, pod: pod, node: nodeWith)
        if !first.isSuccess { return first }
        return runFilter(state, pod: pod, node: node)
    }

    public func runAddPod(_ state: CycleState, pod: PodInfo, added: PodInfo, node: NodeInfo) {
        for p in preFilterPlugins where !state.skipFilterPlugins.contains(p.name) {
            p.addPod(state, pod: pod, added: added, node: node)
        }
    }

    public func runRemovePod(_ state: CycleState, pod: PodInfo, removed: PodInfo, node: NodeInfo) {
        for p in preFilterPlugins where !state.skipFilterPlugins.contains(p.name) {
            p.removePod(state, pod: pod, removed: removed, node: node)
        }
    }

    public var hasScorePlugins: Bool { !scorePlugins.isEmpty }

    /// Runs PreScore and Score for the feasible nodes; returns each node's weighted total.
    public func runScore(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> [Int64] {
        var totals = [Int64](repeating: 0, count: nodes.count)
        if scorePlugins.isEmpty { return totals }
        for p in preScorePlugins {
            let s = p.preScore(state, pod: pod, nodes: nodes, snapshot: snapshot)
            if s.isSkip { state.skipScorePlugins.insert(p.name) }
        }
        var scores = [Int64](repeating: 0, count: nodes.count)
        for (plugin, weight) in scorePlugins {
            if state.skipScorePlugins.contains(plugin.name) { continue }
            plugin.scoreAll(state, pod: pod, nodes: nodes, into: &scores)
            if plugin.normalizes { plugin.normalize(state, pod: pod, scores: &scores, nodes: nodes) }
            for i in nodes.indices { totals[i] += scores[i] * weight }
        }
        return totals
    }
}
