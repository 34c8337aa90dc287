/// The state of the cluster one scheduling cycle reads: node infos in scheduling order (zones
/// interleaved), by name, plus the subsets plugins need. The cache refreshes it incrementally
/// before each cycle (only nodes changed since the last refresh are cloned).
public final class Snapshot: @unchecked Sendable {
    public internal(set) var nodes: [NodeInfo] = []
    var index: [String: Int] = [:]
    /// Nodes with at least one pod that has (anti-)affinity terms.
    public internal(set) var nodesWithAffinityPods: [NodeInfo] = []
    /// Nodes with at least one pod that has required anti-affinity terms.
    public internal(set) var nodesWithRequiredAntiAffinityPods: [NodeInfo] = []
    /// Image name → number of nodes that have it.
    public internal(set) var imageNodeCounts: [String: Int] = [:]
    /// Namespace name → labels (for affinity terms with a namespaceSelector).
    public internal(set) var namespaceLabels: [String: [String: String]] = [:]
    /// Pods nominated to nodes by preemption, by node name.
    public internal(set) var nominatedPods: [String: [PodInfo]] = [:]
    /// Cache generation this snapshot reflects.
    var generation: Int64 = -1
    var nodeListVersion: Int64 = -1

    public init() {}

    /// A snapshot of the given nodes, in order (for tests and simulations).
    public init(nodes: [NodeInfo], namespaceLabels: [String: [String: String]] = [:]) {
        self.nodes = nodes
        self.namespaceLabels = namespaceLabels
        reindex()
        refreshDerived()
    }

    public func get(_ name: String) -> NodeInfo? {
        guard let i = index[name] else { return nil }
        return nodes[i]
    }

    public var count: Int { nodes.count }

    func reindex() {
        index.removeAll(keepingCapacity: true)
        for (i, n) in nodes.enumerated() { index[n.name] = i }
    }

    /// Replaces the info of a node already in the list.
    func replace(_ info: NodeInfo) {
        if let i = index[info.name] { nodes[i] = info }
    }

    func refreshDerived() {
        nodesWithAffinityPods = nodes.filter { !$0.podsWithAffinity.isEmpty }
        nodesWithRequiredAntiAffinityPods = nodes.filter { !$0.podsWithRequiredAntiAffinity.isEmpty }
        var counts: [String: Int] = [:]
        for n in nodes {
            guard let images = n.node?.images else { continue }
            for name in images.keys { counts[name, default: 0] += 1 }
        }
        imageNodeCounts = counts
    }
}
