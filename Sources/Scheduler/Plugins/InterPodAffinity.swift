import APIMachinery

/// A topology domain: a node label key and its value.
public struct TopologyPair: Sendable, Hashable {
    public var key: String
    public var value: String
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// Required and preferred pod affinity and anti-affinity over topology domains, including the
/// anti-affinity of pods already running towards the incoming pod.
public final class InterPodAffinityPlugin: PreFilterPlugin, FilterPlugin, PreScorePlugin, ScorePlugin {
    public static let errReasonExistingAntiAffinityRulesNotMatch = "node(s) didn't satisfy existing pods anti-affinity rules"
    public static let errReasonAffinityRulesNotMatch = "node(s) didn't match pod affinity rules"
    public static let errReasonAntiAffinityRulesNotMatch = "node(s) didn't match pod anti-affinity rules"

    public var name: String { PluginName.interPodAffinity }
    /// Weight given to existing pods' required affinity terms the incoming pod matches, when scoring.
    public let hardPodAffinityWeight: Int64
    public let ignorePreferredTermsOfExistingPods: Bool

    public init(hardPodAffinityWeight: Int64 = 1, ignorePreferredTermsOfExistingPods: Bool = false) {
        self.hardPodAffinityWeight = hardPodAffinityWeight
        self.ignorePreferredTermsOfExistingPods = ignorePreferredTermsOfExistingPods
    }

    typealias Counts = [TopologyPair: Int64]

    static func update(_ m: inout Counts, node: ParsedNode, key: String, _ value: Int64) {
        guard let v = node.labels[key] else { return }
        let pair = TopologyPair(key: key, value: v)
        let n = (m[pair] ?? 0) + value
        m[pair] = n == 0 ? nil : n
    }

    static func matchesAll(_ terms: [AffinityTerm], _ pod: PodInfo) -> Bool {
        if terms.isEmpty { return false }
        for t in terms where !t.matches(pod, namespaceLabels: nil) { return false }
        return true
    }

    /// Folds namespace selectors of the incoming pod's terms into their namespace sets.
    static func mergeNamespaces(_ terms: [AffinityTerm], _ nsLabels: [String: [String: String]]) -> [AffinityTerm] {
        terms.map { t in
            guard !t.namespaceSelector.matchesNothing else { return t }
            var t = t
            for (ns, labels) in nsLabels where t.namespaceSelector.matches(labels) { t.namespaces.insert(ns) }
            t.namespaceSelector = .nothing
            return t
        }
    }

    // MARK: Filter

    final class PreFilterState: StateData, @unchecked Sendable {
        var existingAntiAffinityCounts: Counts = [:]
        var affinityCounts: Counts = [:]
        var antiAffinityCounts: Counts = [:]
        var affinityTerms: [AffinityTerm] = []
        var antiAffinityTerms: [AffinityTerm] = []
        var namespaceLabels: [String: String] = [:]

        func clone() -> StateData {
            let c = PreFilterState()
            c.existingAntiAffinityCounts = existingAntiAffinityCounts
            c.affinityCounts = affinityCounts
            c.antiAffinityCounts = antiAffinityCounts
            c.affinityTerms = affinityTerms
            c.antiAffinityTerms = antiAffinityTerms
            c.namespaceLabels = namespaceLabels
            return c
        }
    }

    public func preFilter(_ state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        let s = PreFilterState()
        s.namespaceLabels = snapshot.namespaceLabels[pod.namespace] ?? [:]
        s.affinityTerms = Self.mergeNamespaces(pod.requiredAffinityTerms, snapshot.namespaceLabels)
        s.antiAffinityTerms = Self.mergeNamespaces(pod.requiredAntiAffinityTerms, snapshot.namespaceLabels)
        for info in snapshot.nodesWithRequiredAntiAffinityPods {
            guard let node = info.node else { continue }
            for existing in info.podsWithRequiredAntiAffinity {
                for t in existing.requiredAntiAffinityTerms where t.matches(pod, namespaceLabels: s.namespaceLabels) {
                    Self.update(&s.existingAntiAffinityCounts, node: node, key: t.topologyKey, 1)
                }
            }
        }
        if s.existingAntiAffinityCounts.isEmpty && s.affinityTerms.isEmpty && s.antiAffinityTerms.isEmpty {
            return .skip
        }
        if !s.affinityTerms.isEmpty || !s.antiAffinityTerms.isEmpty {
            for info in snapshot.nodes {
                guard let node = info.node else { continue }
                for existing in info.pods {
                    if Self.matchesAll(s.affinityTerms, existing) {
                        for t in s.affinityTerms { Self.update(&s.affinityCounts, node: node, key: t.topologyKey, 1) }
                    }
                    for t in s.antiAffinityTerms where t.matches(existing, namespaceLabels: nil) {
                        Self.update(&s.antiAffinityCounts, node: node, key: t.topologyKey, 1)
                    }
                }
            }
        }
        state.write(s)
        return .success
    }

    private func update(_ state: CycleState, pod: PodInfo, other: PodInfo, node: NodeInfo, by m: Int64) {
        guard let s = state.read(PreFilterState.self), let n = node.node else { return }
        for t in other.requiredAntiAffinityTerms where t.matches(pod, namespaceLabels: s.namespaceLabels) {
            Self.update(&s.existingAntiAffinityCounts, node: n, key: t.topologyKey, m)
        }
        if Self.matchesAll(s.affinityTerms, other) {
            for t in s.affinityTerms { Self.update(&s.affinityCounts, node: n, key: t.topologyKey, m) }
        }
        for t in s.antiAffinityTerms where t.matches(other, namespaceLabels: nil) {
            Self.update(&s.antiAffinityCounts, node: n, key: t.topologyKey, m)
        }
    }

    public func addPod(_ state: CycleState, pod: PodInfo, added: PodInfo, node: NodeInfo) {
        update(state, pod: pod, other: added, node: node, by: 1)
    }

    public func removePod(_ state: CycleState, pod: PodInfo, removed: PodInfo, node: NodeInfo) {
        update(state, pod: pod, other: removed, node: node, by: -1)
    }

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        guard let s = state.read(PreFilterState.self) else { return .success }
        guard let n = node.node else { return Status(.unschedulableAndUnresolvable, "node not found") }
        if !satisfiesAffinity(s, pod, n) {
            return Status(.unschedulableAndUnresolvable, Self.errReasonAffinityRulesNotMatch)
        }
        if !s.antiAffinityCounts.isEmpty {
            for t in s.antiAffinityTerms {
                if let v = n.labels[t.topologyKey], (s.antiAffinityCounts[TopologyPair(key: t.topologyKey, value: v)] ?? 0) > 0 {
                    return Status(.unschedulable, Self.errReasonAntiAffinityRulesNotMatch)
                }
            }
        }
        if !s.existingAntiAffinityCounts.isEmpty {
            for (k, v) in n.labels where (s.existingAntiAffinityCounts[TopologyPair(key: k, value: v)] ?? 0) > 0 {
                return Status(.unschedulable, Self.errReasonExistingAntiAffinityRulesNotMatch)
            }
        }
        return .success
    }

    private func satisfiesAffinity(_ s: PreFilterState, _ pod: PodInfo, _ n: ParsedNode) -> Bool {
        var podsExist = true
        for t in s.affinityTerms {
            guard let v = n.labels[t.topologyKey] else { return false }
            if (s.affinityCounts[TopologyPair(key: t.topologyKey, value: v)] ?? 0) <= 0 { podsExist = false }
        }
        if !podsExist {
            // The first pod of a group with affinity to itself may go anywhere with the topology labels.
            return s.affinityCounts.isEmpty && Self.matchesAll(s.affinityTerms, pod)
        }
        return true
    }

    // MARK: Score

    final class PreScoreState: StateData, @unchecked Sendable {
        var topologyScore: [String: [String: Int64]] = [:]
        func clone() -> StateData { self }
    }

    static func process(
        _ m: inout [String: [String: Int64]], _ term: AffinityTerm, weight: Int64, pod: PodInfo, nsLabels: [String: String]?,
        node: ParsedNode
    ) {
        guard term.matches(pod, namespaceLabels: nsLabels), let v = node.labels[term.topologyKey] else { return }
        m[term.topologyKey, default: [:]][v, default: 0] += weight
    }

    public func preScore(_ state: CycleState, pod: PodInfo, nodes: [NodeInfo], snapshot: Snapshot) -> Status {
        if nodes.isEmpty { return .skip }
        let hasConstraints = !pod.preferredAffinityTerms.isEmpty || !pod.preferredAntiAffinityTerms.isEmpty
        if ignorePreferredTermsOfExistingPods && !hasConstraints { return .skip }
        let nsLabels = snapshot.namespaceLabels[pod.namespace] ?? [:]
        let preferredAffinity = pod.preferredAffinityTerms.map {
            WeightedAffinityTerm(term: Self.mergeNamespaces([$0.term], snapshot.namespaceLabels)[0], weight: $0.weight)
        }
        let preferredAnti = pod.preferredAntiAffinityTerms.map {
            WeightedAffinityTerm(term: Self.mergeNamespaces([$0.term], snapshot.namespaceLabels)[0], weight: $0.weight)
        }
        var scores: [String: [String: Int64]] = [:]
        let candidates = hasConstraints ? snapshot.nodes : snapshot.nodesWithAffinityPods
        for info in candidates {
            guard let node = info.node, !node.labels.isEmpty else { continue }
            for existing in hasConstraints ? info.pods : info.podsWithAffinity {
                for w in preferredAffinity {
                    Self.process(&scores, w.term, weight: Int64(w.weight), pod: existing, nsLabels: nil, node: node)
                }
                for w in preferredAnti {
                    Self.process(&scores, w.term, weight: -Int64(w.weight), pod: existing, nsLabels: nil, node: node)
                }
                if hardPodAffinityWeight > 0 {
                    for t in existing.requiredAffinityTerms {
                        Self.process(&scores, t, weight: hardPodAffinityWeight, pod: pod, nsLabels: nsLabels, node: node)
                    }
                }
                for w in existing.preferredAffinityTerms {
                    Self.process(&scores, w.term, weight: Int64(w.weight), pod: pod, nsLabels: nsLabels, node: node)
                }
                for w in existing.preferredAntiAffinityTerms {
                    Self.process(&scores, w.term, weight: -Int64(w.weight), pod: pod, nsLabels: nsLabels, node: node)
                }
            }
        }
        if scores.isEmpty { return .skip }
        let s = PreScoreState()
        s.topologyScore = scores
        state.write(s)
        return .success
    }

    public func score(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Int64 {
        guard let s = state.read(PreScoreState.self), let n = node.node else { return 0 }
        var score: Int64 = 0
        for (key, values) in s.topologyScore {
            if let v = n.labels[key] { score += values[v] ?? 0 }
        }
        return score
    }

    public var normalizes: Bool { true }
    public func normalize(_ state: CycleState, pod: PodInfo, scores: inout [Int64], nodes: [NodeInfo]) {
        guard let s = state.read(PreScoreState.self), !s.topologyScore.isEmpty, !scores.isEmpty else { return }
        var minCount = Int64.max
        var maxCount = Int64.min
        for v in scores {
            minCount = min(minCount, v)
            maxCount = max(maxCount, v)
        }
        let diff = maxCount - minCount
        for i in scores.indices {
            scores[i] = diff > 0 ? Int64(Double(maxNodeScore) * (Double(scores[i] - minCount) / Double(diff))) : 0
        }
    }
}
