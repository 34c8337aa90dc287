import APIMachinery
import API

/// A toleration of a pod, parsed.
public struct Toleration: Sendable, Hashable {
    public var key: String
    /// True for `Exists`, false for `Equal` (the default).
    public var exists: Bool
    public var value: String
    /// Empty: every effect.
    public var effect: String
    /// An operator other than Equal/Exists tolerates nothing.
    public var invalid: Bool

    public init(key: String = "", exists: Bool = false, value: String = "", effect: String = "", invalid: Bool = false) {
        self.key = key
        self.exists = exists
        self.value = value
        self.effect = effect
        self.invalid = invalid
    }

    public init(_ t: CoreV1.Toleration) {
        key = t.key ?? ""
        value = t.value ?? ""
        effect = t.effect ?? ""
        switch t.operator ?? "" {
        case "", "Equal": exists = false; invalid = false
        case "Exists": exists = true; invalid = false
        default: exists = false; invalid = true
        }
    }

    /// Whether this toleration tolerates `taint` (upstream `Toleration.ToleratesTaint`).
    public func tolerates(_ taint: Taint) -> Bool {
        if invalid { return false }
        if !effect.isEmpty && effect != taint.effect { return false }
        if !key.isEmpty && key != taint.key { return false }
        return exists || value == taint.value
    }
}

extension Array where Element == Toleration {
    public func tolerate(_ taint: Taint) -> Bool { contains { $0.tolerates(taint) } }
}

/// A host port a container asks for.
public struct HostPort: Sendable, Hashable {
    /// `0.0.0.0` when the container names no host IP.
    public var ip: String
    public var proto: String
    public var port: Int32

    public init(ip: String = "0.0.0.0", proto: String = "TCP", port: Int32) {
        self.ip = ip.isEmpty ? "0.0.0.0" : ip
        self.proto = proto.isEmpty ? "TCP" : proto
        self.port = port
    }
}

/// A pod (anti-)affinity term, resolved against the pod that carries it.
public struct AffinityTerm: Sendable, Hashable {
    public var namespaces: Set<String>
    public var selector: LabelSelector
    public var topologyKey: String
    /// `LabelSelector.nothing` when the term has none.
    public var namespaceSelector: LabelSelector

    public init(namespaces: Set<String>, selector: LabelSelector, topologyKey: String, namespaceSelector: LabelSelector = .nothing) {
        self.namespaces = namespaces
        self.selector = selector
        self.topologyKey = topologyKey
        self.namespaceSelector = namespaceSelector
    }

    /// Reads a `PodAffinityTerm` of a pod in namespace `podNamespace`.
    public init(_ term: CoreV1.PodAffinityTerm, podNamespace: String) throws(LabelSelectorError) {
        selector = try LabelSelector(labelSelector: term.labelSelector.json)
        namespaceSelector = try LabelSelector(labelSelector: term.namespaceSelector.json)
        let ns = term.namespaces
        if ns.isEmpty && !term.namespaceSelector.isPresent {
            namespaces = [podNamespace]
        } else {
            namespaces = Set(ns)
        }
        topologyKey = term.topologyKey ?? ""
    }

    /// Whether `pod` (whose namespace has labels `namespaceLabels`) matches the term.
    public func matches(_ pod: PodInfo, namespaceLabels: [String: String]?) -> Bool {
        if namespaces.contains(pod.namespace) || (namespaceLabels.map { namespaceSelector.matches($0) } ?? false) {
            return selector.matches(pod.labels)
        }
        return false
    }
}

public struct WeightedAffinityTerm: Sendable, Hashable {
    public var term: AffinityTerm
    public var weight: Int32
    public init(term: AffinityTerm, weight: Int32) {
        self.term = term
        self.weight = weight
    }
}

/// One topology spread constraint of a pod, with its selector resolved.
public struct SpreadConstraint: Sendable, Hashable {
    public var maxSkew: Int32
    public var topologyKey: String
    /// True for `DoNotSchedule`, false for `ScheduleAnyway`.
    public var hard: Bool
    public var selector: LabelSelector
    public var minDomains: Int32
    /// `nodeAffinityPolicy: Honor` (the default).
    public var honorNodeAffinity: Bool
    /// `nodeTaintsPolicy: Honor` (default Ignore).
    public var honorNodeTaints: Bool

    public init(
        maxSkew: Int32, topologyKey: String, hard: Bool, selector: LabelSelector, minDomains: Int32 = 1,
        honorNodeAffinity: Bool = true, honorNodeTaints: Bool = false
    ) {
        self.maxSkew = maxSkew
        self.topologyKey = topologyKey
        self.hard = hard
        self.selector = selector
        self.minDomains = minDomains
        self.honorNodeAffinity = honorNodeAffinity
        self.honorNodeTaints = honorNodeTaints
    }
}

/// The owner reference marked `controller: true`.
public struct ControllerRef: Sendable, Hashable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
}

/// A pod as the scheduler sees it: every field the plugins read, parsed once when the pod
/// enters the queue or the cache, so per-node decisions never touch JSON.
public final class PodInfo: Sendable, CustomStringConvertible {
    public let pod: CoreV1.Pod
    public let uid: String
    public let namespace: String
    public let name: String
    public let labels: [String: String]
    public let resourceVersion: String
    public let schedulerName: String
    public let nodeName: String
    public let nominatedNodeName: String
    public let priority: Int32
    /// `Never` or `PreemptLowerPriority` (the default).
    public let preemptionPolicy: String
    public let phase: String
    public let isTerminating: Bool
    /// `status.startTime` (RFC 3339, sorts as text), or the creation time.
    public let startTime: String
    public let requests: PodRequests
    public let hostPorts: [HostPort]
    public let tolerations: [Toleration]
    public let nodeAffinity: RequiredNodeAffinity
    public let preferredNodeAffinity: [PreferredNodeTerm]
    public let requiredAffinityTerms: [AffinityTerm]
    public let requiredAntiAffinityTerms: [AffinityTerm]
    public let preferredAffinityTerms: [WeightedAffinityTerm]
    public let preferredAntiAffinityTerms: [WeightedAffinityTerm]
    public let spreadConstraints: [SpreadConstraint]
    /// Image names of init and regular containers, normalized (`:latest` added when untagged).
    public let images: [String]
    public let containerCount: Int
    public let controllerRef: ControllerRef?
    public let schedulingGates: [String]
    /// Problems found while parsing (an invalid selector, ...): such a pod cannot be scheduled.
    public let parseErrors: [String]

    /// True when the pod has any pod affinity or anti-affinity term (required or preferred).
    public var hasAffinity: Bool {
        !requiredAffinityTerms.isEmpty || !requiredAntiAffinityTerms.isEmpty || !preferredAffinityTerms.isEmpty
            || !preferredAntiAffinityTerms.isEmpty
    }
    public var hasRequiredAntiAffinity: Bool { !requiredAntiAffinityTerms.isEmpty }

    public var key: String { namespace + "/" + name }
    public var description: String { key }

    /// Parses `pod`; `nodeName` overrides `spec.nodeName` (for an assumed pod) and `priority`
    /// stands in when `spec.priority` is unset (resolved from its PriorityClass).
    public init(
        _ pod: CoreV1.Pod, nodeName overrideNode: String? = nil, priority defaultPriority: Int32? = nil,
        preemptionPolicy defaultPreemptionPolicy: String? = nil
    ) {
        var pod = pod
        if let overrideNode { pod.json[path: ["spec", "nodeName"]] = .string(overrideNode) }
        self.pod = pod
        let meta = pod.metadata
        let spec = pod.spec
        let status = pod.status
        uid = meta.uid ?? ""
        namespace = meta.namespace ?? ""
        name = meta.name ?? ""
        labels = meta.labels
        resourceVersion = meta.resourceVersion ?? ""
        schedulerName = spec.schedulerName ?? "default-scheduler"
        nodeName = spec.nodeName ?? ""
        nominatedNodeName = status.nominatedNodeName ?? ""
        priority = spec.priority ?? defaultPriority ?? 0
        preemptionPolicy = spec.preemptionPolicy ?? defaultPreemptionPolicy ?? "PreemptLowerPriority"
        phase = status.phase ?? ""
        isTerminating = meta.deletionTimestamp != nil
        startTime = status.startTime ?? meta.creationTimestamp ?? ""
        requests = PodRequests(spec: spec)
        schedulingGates = spec.schedulingGates.compactMap(\.name)

        var errors: [String] = []
        var ports: [HostPort] = []
        var images: [String] = []
        for c in spec.initContainers {
            if let image = c.image { images.append(Self.normalizedImageName(image)) }
            if c.restartPolicy == "Always" {
                for p in c.ports { if let hp = p.hostPort, hp > 0 { ports.append(HostPort(ip: p.hostIP ?? "", proto: p.protocol ?? "", port: hp)) } }
            }
        }
        for c in spec.containers {
            if let image = c.image { images.append(Self.normalizedImageName(image)) }
            for p in c.ports { if let hp = p.hostPort, hp > 0 { ports.append(HostPort(ip: p.hostIP ?? "", proto: p.protocol ?? "", port: hp)) } }
        }
        hostPorts = ports
        self.images = images
        containerCount = spec.initContainers.count + spec.containers.count
        tolerations = spec.tolerations.map(Toleration.init)

        let affinity = spec.affinity
        nodeAffinity = RequiredNodeAffinity(nodeSelector: spec.nodeSelector, affinity: affinity.nodeAffinity, errors: &errors)
        preferredNodeAffinity = affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution.compactMap { p in
            guard let w = p.weight, w != 0 else { return nil }
            return PreferredNodeTerm(weight: w, term: NodeSelectorTermMatcher(p.preference))
        }
        let ns = namespace
        func terms(_ list: [CoreV1.PodAffinityTerm]) -> [AffinityTerm] {
            list.compactMap { t in
                do { return try AffinityTerm(t, podNamespace: ns) } catch {
                    errors.append("invalid pod affinity term: \(error)")
                    return nil
                }
            }
        }
        func weighted(_ list: [CoreV1.WeightedPodAffinityTerm]) -> [WeightedAffinityTerm] {
            list.compactMap { w in
                guard let weight = w.weight, weight != 0 else { return nil }
                do { return WeightedAffinityTerm(term: try AffinityTerm(w.podAffinityTerm, podNamespace: ns), weight: weight) } catch {
                    errors.append("invalid pod affinity term: \(error)")
                    return nil
                }
            }
        }
        requiredAffinityTerms = terms(affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution)
        requiredAntiAffinityTerms = terms(affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution)
        preferredAffinityTerms = weighted(affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution)
        preferredAntiAffinityTerms = weighted(affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution)

        var constraints: [SpreadConstraint] = []
        let podLabels = labels
        for c in spec.topologySpreadConstraints {
            do {
                var selector = try LabelSelector(labelSelector: c.labelSelector.json)
                let keys = c.matchLabelKeys
                if !keys.isEmpty, !selector.matchesNothing {
                    var reqs = selector.requirements
                    for k in keys { if let v = podLabels[k] { reqs.append(try .init(key: k, op: .in, values: [v])) } }
                    selector = LabelSelector(requirements: reqs)
                }
                constraints.append(
                    SpreadConstraint(
                        maxSkew: c.maxSkew ?? 1, topologyKey: c.topologyKey ?? "",
                        hard: (c.whenUnsatisfiable ?? "DoNotSchedule") == "DoNotSchedule", selector: selector,
                        minDomains: c.minDomains ?? 1, honorNodeAffinity: (c.nodeAffinityPolicy ?? "Honor") == "Honor",
                        honorNodeTaints: (c.nodeTaintsPolicy ?? "Ignore") == "Honor"))
            } catch {
                errors.append("invalid topology spread constraint: \(error)")
            }
        }
        spreadConstraints = constraints

        controllerRef = meta.ownerReferences.first(where: { $0.controller == true }).map {
            ControllerRef(apiVersion: $0.apiVersion ?? "", kind: $0.kind ?? "", name: $0.name ?? "", uid: $0.uid ?? "")
        }
        parseErrors = errors
    }

    /// A copy of `other` placed on `nodeName` (the pod the cache assumes while binding), without reparsing.
    public init(copying other: PodInfo, nodeName: String) {
        var pod = other.pod
        pod.json[path: ["spec", "nodeName"]] = .string(nodeName)
        self.pod = pod
        self.nodeName = nodeName
        uid = other.uid
        namespace = other.namespace
        name = other.name
        labels = other.labels
        resourceVersion = other.resourceVersion
        schedulerName = other.schedulerName
        nominatedNodeName = other.nominatedNodeName
        priority = other.priority
        preemptionPolicy = other.preemptionPolicy
        phase = other.phase
        isTerminating = other.isTerminating
        startTime = other.startTime
        requests = other.requests
        hostPorts = other.hostPorts
        tolerations = other.tolerations
        nodeAffinity = other.nodeAffinity
        preferredNodeAffinity = other.preferredNodeAffinity
        requiredAffinityTerms = other.requiredAffinityTerms
        requiredAntiAffinityTerms = other.requiredAntiAffinityTerms
        preferredAffinityTerms = other.preferredAffinityTerms
        preferredAntiAffinityTerms = other.preferredAntiAffinityTerms
        spreadConstraints = other.spreadConstraints
        images = other.images
        containerCount = other.containerCount
        controllerRef = other.controllerRef
        schedulingGates = other.schedulingGates
        parseErrors = other.parseErrors
    }

    /// Adds `:latest` to an image reference without a tag, as ImageLocality compares names.
    public static func normalizedImageName(_ name: String) -> String {
        let colon = name.lastIndex(of: ":")
        let slash = name.lastIndex(of: "/")
        switch (colon, slash) {
        case (nil, _): return name + ":latest"
        case (let c?, let s?) where c < s: return name + ":latest"
        default: return name
        }
    }

    /// Whether this pod is more important than `other` (higher priority; on a tie, started earlier).
    public func isMoreImportant(than other: PodInfo) -> Bool {
        if priority != other.priority { return priority > other.priority }
        return startTime < other.startTime
    }
}
