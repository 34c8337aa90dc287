import Synchronization

/// The scheduler's view of nodes and the pods on them, including pods it has assumed onto a
/// node while their binding is in flight. Every change marks the node dirty, so refreshing a
/// ``Snapshot`` costs only the nodes that changed.
public final class SchedulerCache: Sendable {
    struct PodState: Sendable {
        var pod: PodInfo
        var assumed: Bool
        var bindingFinished: Bool
    }

    struct State: Sendable {
        var nodes: [String: NodeInfo] = [:]
        var pods: [String: PodState] = [:]
        var generation: Int64 = 0
        var dirty: Set<String> = []
        /// Bumped when nodes are added or removed or change zone: the snapshot's list is rebuilt.
        var nodeListVersion: Int64 = 0
        var affinityChanged = false
        var imagesChanged = false
        var namespaceLabels: [String: [String: String]] = [:]
        var namespacesVersion: Int64 = 0
    }

    private let state = Mutex(State())
    /// Namespaces version the last refreshed snapshot carries (only the scheduling loop refreshes).
    private let snapshotNamespacesVersion = Mutex<Int64>(-1)

    public init() {}

    // MARK: Nodes

    /// Adds or replaces a node; returns what changed (nil for a new node).
    @discardableResult
    public func upsertNode(_ node: ParsedNode) -> NodeChange? {
        state.withLock { s -> NodeChange? in
            s.generation += 1
            let info: NodeInfo
            var change: NodeChange?
            if let existing = s.nodes[node.name] {
                info = existing
                if let old = existing.node, old == node {
                    s.generation -= 1
                    return []
                }
                if let old = existing.node {
                    let c = NodeChange.between(old, node)
                    change = c
                    if old.zone != node.zone { s.nodeListVersion += 1 }
                    if c.contains(.images) { s.imagesChanged = true }
                } else {
                    s.nodeListVersion += 1
                    s.imagesChanged = true
                }
            } else {
                info = NodeInfo()
                s.nodes[node.name] = info
                s.nodeListVersion += 1
                if !node.images.isEmpty { s.imagesChanged = true }
            }
            info.setNode(node)
            info.generation = s.generation
            s.dirty.insert(node.name)
            return change
        }
    }

    public func removeNode(name: String) {
        state.withLock { s in
            guard let info = s.nodes[name] else { return }
            s.generation += 1
            if info.pods.isEmpty {
                s.nodes[name] = nil
            } else {
                info.setNode(nil)
                info.generation = s.generation
            }
            s.nodeListVersion += 1
            s.imagesChanged = true
            s.dirty.insert(name)
        }
    }

    public var nodeCount: Int { state.withLock { s in s.nodes.values.filter { $0.node != nil }.count } }

    public func node(_ name: String) -> ParsedNode? { state.withLock { $0.nodes[name]?.node } }

    // MARK: Namespaces

    public func setNamespaceLabels(_ name: String, _ labels: [String: String]?) {
        state.withLock { s in
            if s.namespaceLabels[name] == labels { return }
            s.namespaceLabels[name] = labels
            s.namespacesVersion += 1
        }
    }

    // MARK: Pods

    private static func add(_ s: inout State, _ pod: PodInfo) {
        s.generation += 1
        let info: NodeInfo
        if let existing = s.nodes[pod.nodeName] {
            info = existing
        } else {
            info = NodeInfo()
            s.nodes[pod.nodeName] = info
        }
        info.addPod(pod)
        info.generation = s.generation
        s.dirty.insert(pod.nodeName)
        if pod.hasAffinity { s.affinityChanged = true }
    }

    private static func remove(_ s: inout State, _ pod: PodInfo) {
        guard let info = s.nodes[pod.nodeName] else { return }
        s.generation += 1
        info.removePod(uid: pod.uid)
        info.generation = s.generation
        s.dirty.insert(pod.nodeName)
        if pod.hasAffinity { s.affinityChanged = true }
        if info.node == nil && info.pods.isEmpty {
            s.nodes[pod.nodeName] = nil
        }
    }

    /// Puts a pod on its chosen node before the binding is confirmed.
    public func assume(_ pod: PodInfo) throws {
        try state.withLock { s in
            guard !pod.nodeName.isEmpty else { throw CacheError("pod \(pod.key) has no node to assume") }
            if s.pods[pod.uid] != nil { throw CacheError("pod \(pod.key) is already in the cache") }
            s.pods[pod.uid] = PodState(pod: pod, assumed: true, bindingFinished: false)
            Self.add(&s, pod)
        }
    }

    /// The binding request returned successfully; the pod stays assumed until the informer sees it bound.
    public func finishBinding(uid: String) {
        state.withLock { s in
            if s.pods[uid]?.assumed == true { s.pods[uid]?.bindingFinished = true }
        }
    }

    /// Undoes ``assume(_:)`` (the binding failed).
    public func forget(uid: String) {
        state.withLock { s in
            guard let ps = s.pods[uid], ps.assumed else { return }
            s.pods[uid] = nil
            Self.remove(&s, ps.pod)
        }
    }

    public func isAssumed(uid: String) -> Bool { state.withLock { $0.pods[uid]?.assumed == true } }

    /// Whether the cache holds the pod (bound or assumed).
    public func contains(uid: String) -> Bool { state.withLock { $0.pods[uid] != nil } }

    /// A bound pod was observed (added, or updated): it replaces its assumed version.
    public func addOrUpdatePod(_ pod: PodInfo) {
        state.withLock { s in
            if let existing = s.pods[pod.uid] {
                if !existing.assumed && existing.pod.resourceVersion == pod.resourceVersion && existing.pod.nodeName == pod.nodeName {
                    return
                }
                Self.remove(&s, existing.pod)
            }
            s.pods[pod.uid] = PodState(pod: pod, assumed: false, bindingFinished: true)
            Self.add(&s, pod)
        }
    }

    /// A bound pod is gone (deleted or finished).
    public func removePod(uid: String) {
        state.withLock { s in
            guard let existing = s.pods.removeValue(forKey: uid) else { return }
            Self.remove(&s, existing.pod)
        }
    }

    public var podCount: Int { state.withLock { $0.pods.count } }

    /// The cached pods on a node.
    public func pods(onNode name: String) -> [PodInfo] { state.withLock { $0.nodes[name]?.pods ?? [] } }

    // MARK: Snapshot

    /// Brings `snapshot` up to date: clones only the nodes changed since its last refresh
    /// (and rebuilds the node order only when nodes came, went or changed zone).
    public func updateSnapshot(_ snapshot: Snapshot) {
        let nsVersion = snapshotNamespacesVersion.withLock { $0 }
        let newNamespaces = state.withLock { s -> ([String: [String: String]], Int64)? in
            var rebuilt = false
            if snapshot.nodeListVersion != s.nodeListVersion {
                snapshot.nodes = Self.interleavedOrder(s.nodes).compactMap { s.nodes[$0]?.clone() }
                snapshot.reindex()
                snapshot.nodeListVersion = s.nodeListVersion
                rebuilt = true
            } else if !s.dirty.isEmpty {
                for name in s.dirty {
                    guard let info = s.nodes[name], info.node != nil, snapshot.index[name] != nil else { continue }
                    snapshot.replace(info.clone())
                }
            }
            s.dirty.removeAll(keepingCapacity: true)
            if rebuilt || s.affinityChanged {
                snapshot.nodesWithAffinityPods = snapshot.nodes.filter { !$0.podsWithAffinity.isEmpty }
                snapshot.nodesWithRequiredAntiAffinityPods = snapshot.nodes.filter { !$0.podsWithRequiredAntiAffinity.isEmpty }
                s.affinityChanged = false
            } else if !snapshot.nodesWithAffinityPods.isEmpty || !snapshot.nodesWithRequiredAntiAffinityPods.isEmpty {
                // Keep the subsets pointing at the current clones.
                snapshot.nodesWithAffinityPods = snapshot.nodesWithAffinityPods.compactMap { snapshot.get($0.name) }
                snapshot.nodesWithRequiredAntiAffinityPods = snapshot.nodesWithRequiredAntiAffinityPods.compactMap { snapshot.get($0.name) }
            }
            if rebuilt || s.imagesChanged {
                var counts: [String: Int] = [:]
                for n in snapshot.nodes {
                    guard let images = n.node?.images else { continue }
                    for name in images.keys { counts[name, default: 0] += 1 }
                }
                snapshot.imageNodeCounts = counts
                s.imagesChanged = false
            }
            snapshot.generation = s.generation
            return nsVersion == s.namespacesVersion ? nil : (s.namespaceLabels, s.namespacesVersion)
        }
        if let (labels, version) = newNamespaces {
            snapshot.namespaceLabels = labels
            snapshotNamespacesVersion.withLock { $0 = version }
        }
    }

    /// Node names with zones interleaved (one node of each zone in turn), as upstream's node
    /// tree lists them, so the first nodes examined spread over zones.
    static func interleavedOrder(_ nodes: [String: NodeInfo]) -> [String] {
        var byZone: [String: [String]] = [:]
        for (name, info) in nodes {
            guard let n = info.node else { continue }
            byZone[n.region + ":" + n.zone, default: []].append(name)
        }
        let zones = byZone.keys.sorted()
        let lists = zones.map { (byZone[$0] ?? []).sorted() }
        var out: [String] = []
        out.reserveCapacity(nodes.count)
        var i = 0
        var added = true
        while added {
            added = false
            for l in lists where i < l.count {
                out.append(l[i])
                added = true
            }
            i += 1
        }
        return out
    }
}

public struct CacheError: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
