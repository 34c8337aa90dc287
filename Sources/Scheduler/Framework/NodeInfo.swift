import APIMachinery
import API

/// A node taint, parsed.
public struct Taint: Sendable, Hashable {
    public var key: String
    public var value: String
    public var effect: String
    public init(key: String, value: String = "", effect: String) {
        self.key = key
        self.value = value
        self.effect = effect
    }
}

/// The parts of a Node the scheduler reads, parsed once per node update. Immutable and shared
/// (a class, so reading it on the hot path costs one reference, not a copy of every field).
public final class ParsedNode: Sendable, Hashable {
    public let name: String
    public let labels: [String: String]
    public let taints: [Taint]
    public let unschedulable: Bool
    public let allocatable: Resources
    /// Image name → size in bytes, for every name of every image on the node.
    public let images: [String: Int64]
    public let zone: String
    public let region: String

    public init(
        name: String, labels: [String: String] = [:], taints: [Taint] = [], unschedulable: Bool = false,
        allocatable: Resources = Resources(), images: [String: Int64] = [:]
    ) {
        self.name = name
        self.labels = labels
        self.taints = taints
        self.unschedulable = unschedulable
        self.allocatable = allocatable
        self.images = images
        zone = labels["topology.kubernetes.io/zone"] ?? labels["failure-domain.beta.kubernetes.io/zone"] ?? ""
        region = labels["topology.kubernetes.io/region"] ?? labels["failure-domain.beta.kubernetes.io/region"] ?? ""
    }

    public convenience init(_ node: CoreV1.Node) {
        var images: [String: Int64] = [:]
        for image in node.status.images {
            let size = image.sizeBytes ?? 0
            for n in image.names { images[n] = size }
        }
        self.init(
            name: node.metadata.name ?? "", labels: node.metadata.labels,
            taints: node.spec.taints.map { Taint(key: $0.key ?? "", value: $0.value ?? "", effect: $0.effect ?? "") },
            unschedulable: node.spec.unschedulable ?? false, allocatable: Resources(list: node.status.allocatable), images: images)
    }

    public static func == (a: ParsedNode, b: ParsedNode) -> Bool {
        a === b
            || (a.name == b.name && a.labels == b.labels && a.taints == b.taints && a.unschedulable == b.unschedulable
                && a.allocatable == b.allocatable && a.images == b.images)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Host ports in use on a node, by IP, protocol and port.
public struct HostPortSet: Sendable, Hashable {
    private struct ProtoPort: Hashable, Sendable {
        var proto: String
        var port: Int32
    }
    private var byIP: [String: [ProtoPort: Int]] = [:]

    public init() {}

    public var isEmpty: Bool { byIP.isEmpty }

    public mutating func add(_ p: HostPort) {
        byIP[p.ip, default: [:]][ProtoPort(proto: p.proto, port: p.port), default: 0] += 1
    }

    public mutating func remove(_ p: HostPort) {
        let pp = ProtoPort(proto: p.proto, port: p.port)
        guard let n = byIP[p.ip]?[pp] else { return }
        if n <= 1 {
            byIP[p.ip]?[pp] = nil
            if byIP[p.ip]?.isEmpty == true { byIP[p.ip] = nil }
        } else {
            byIP[p.ip]?[pp] = n - 1
        }
    }

    /// Whether `p` conflicts with a port in use: the same protocol and port on the same IP, or
    /// where either side listens on `0.0.0.0`.
    public func conflicts(_ p: HostPort) -> Bool {
        let pp = ProtoPort(proto: p.proto, port: p.port)
        if p.ip == "0.0.0.0" {
            return byIP.values.contains { $0[pp] != nil }
        }
        return byIP[p.ip]?[pp] != nil || byIP["0.0.0.0"]?[pp] != nil
    }
}

/// What the scheduler knows about one node: the node, the pods on it (bound or assumed), what
/// they request and the host ports they hold. Kept incrementally by the cache; the snapshot a
/// scheduling cycle reads holds clones that nothing else changes.
public final class NodeInfo: @unchecked Sendable {
    /// nil while pods are known on a node the cache has not seen yet.
    public private(set) var node: ParsedNode?
    public private(set) var pods: [PodInfo] = []
    public private(set) var podsWithAffinity: [PodInfo] = []
    public private(set) var podsWithRequiredAntiAffinity: [PodInfo] = []
    public private(set) var usedPorts = HostPortSet()
    /// Sum of the pods' requests.
    public private(set) var requested = Resources()
    /// Sum of the pods' requests with the non-zero CPU/memory defaults (used to score).
    public private(set) var nonZeroMilliCPU: Int64 = 0
    public private(set) var nonZeroMemory: Int64 = 0
    /// Bumped on every change (the cache sets it from its global counter).
    public var generation: Int64 = 0

    public init(node: ParsedNode? = nil, pods: [PodInfo] = []) {
        self.node = node
        for p in pods { addPod(p) }
    }

    public var name: String { node?.name ?? "" }
    public var allocatable: Resources { node?.allocatable ?? Resources() }

    public func setNode(_ node: ParsedNode?) { self.node = node }

    public func addPod(_ p: PodInfo) {
        pods.append(p)
        if p.hasAffinity { podsWithAffinity.append(p) }
        if p.hasRequiredAntiAffinity { podsWithRequiredAntiAffinity.append(p) }
        requested.add(p.requests.requests)
        nonZeroMilliCPU += p.requests.nonZeroMilliCPU
        nonZeroMemory += p.requests.nonZeroMemory
        for hp in p.hostPorts { usedPorts.add(hp) }
    }

    /// Removes the pod with `uid`; returns it, nil when it is not on this node.
    @discardableResult
    public func removePod(uid: String) -> PodInfo? {
        guard let i = pods.firstIndex(where: { $0.uid == uid }) else { return nil }
        let p = pods.remove(at: i)
        if p.hasAffinity, let j = podsWithAffinity.firstIndex(where: { $0.uid == uid }) { podsWithAffinity.remove(at: j) }
        if p.hasRequiredAntiAffinity, let j = podsWithRequiredAntiAffinity.firstIndex(where: { $0.uid == uid }) {
            podsWithRequiredAntiAffinity.remove(at: j)
        }
        requested.subtract(p.requests.requests)
        nonZeroMilliCPU -= p.requests.nonZeroMilliCPU
        nonZeroMemory -= p.requests.nonZeroMemory
        for hp in p.hostPorts { usedPorts.remove(hp) }
        return p
    }

    /// A copy that shares nothing mutable with this one.
    public func clone() -> NodeInfo {
        let c = NodeInfo()
        c.node = node
        c.pods = pods
        c.podsWithAffinity = podsWithAffinity
        c.podsWithRequiredAntiAffinity = podsWithRequiredAntiAffinity
        c.usedPorts = usedPorts
        c.requested = requested
        c.nonZeroMilliCPU = nonZeroMilliCPU
        c.nonZeroMemory = nonZeroMemory
        c.generation = generation
        return c
    }
}
