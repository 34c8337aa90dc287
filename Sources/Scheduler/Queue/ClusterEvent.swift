/// What changed on a node, as far as scheduling cares.
public struct NodeChange: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let allocatable = NodeChange(rawValue: 1)
    public static let label = NodeChange(rawValue: 2)
    public static let taint = NodeChange(rawValue: 4)
    public static let condition = NodeChange(rawValue: 8)
    public static let unschedulable = NodeChange(rawValue: 16)
    public static let images = NodeChange(rawValue: 32)

    /// The differences between two versions of a node.
    public static func between(_ old: ParsedNode, _ new: ParsedNode) -> NodeChange {
        var c: NodeChange = []
        if old.allocatable != new.allocatable { c.insert(.allocatable) }
        if old.labels != new.labels { c.insert(.label) }
        if old.taints != new.taints { c.insert(.taint) }
        if old.unschedulable != new.unschedulable { c.insert(.unschedulable) }
        if old.images != new.images { c.insert(.images) }
        return c
    }
}

/// A change in the cluster that may make unschedulable pods schedulable.
public enum ClusterEvent: Sendable {
    case nodeAdd
    case nodeUpdate(NodeChange)
    case nodeDelete
    case assignedPodAdd(PodInfo)
    case assignedPodUpdate(PodInfo)
    case assignedPodDelete(PodInfo)
    /// Moves every unschedulable pod (periodic flush, configuration change, ...).
    case forceAll

    public var label: String {
        switch self {
        case .nodeAdd: return "NodeAdd"
        case .nodeUpdate: return "NodeUpdate"
        case .nodeDelete: return "NodeDelete"
        case .assignedPodAdd: return "AssignedPodAdd"
        case .assignedPodUpdate: return "AssignedPodUpdate"
        case .assignedPodDelete: return "AssignedPodDelete"
        case .forceAll: return "ForceAll"
        }
    }

    /// Whether this event may help a pod that the named plugin rejected.
    public func mayHelp(plugin: String, pod: PodInfo) -> Bool {
        switch (plugin, self) {
        case (_, .forceAll): return true
        case (_, .nodeAdd): return true
        case (PluginName.nodeResourcesFit, .nodeUpdate(let c)): return c.contains(.allocatable)
        case (PluginName.nodeResourcesFit, .assignedPodDelete), (PluginName.nodeResourcesFit, .assignedPodUpdate): return true
        case (PluginName.nodePorts, .assignedPodDelete): return true
        case (PluginName.nodeUnschedulable, .nodeUpdate(let c)): return c.contains(.unschedulable) || c.contains(.taint)
        case (PluginName.taintToleration, .nodeUpdate(let c)): return c.contains(.taint)
        case (PluginName.nodeAffinity, .nodeUpdate(let c)): return c.contains(.label)
        case (PluginName.interPodAffinity, .nodeUpdate(let c)): return c.contains(.label)
        case (PluginName.interPodAffinity, .assignedPodDelete), (PluginName.interPodAffinity, .assignedPodUpdate): return true
        case (PluginName.interPodAffinity, .assignedPodAdd(let added)):
            return pod.requiredAffinityTerms.contains { $0.matches(added, namespaceLabels: nil) }
        case (PluginName.podTopologySpread, .nodeUpdate(let c)): return c.contains(.label) || c.contains(.taint)
        case (PluginName.podTopologySpread, .nodeDelete), (PluginName.podTopologySpread, .assignedPodAdd),
            (PluginName.podTopologySpread, .assignedPodUpdate), (PluginName.podTopologySpread, .assignedPodDelete):
            return true
        case (PluginName.defaultPreemption, .assignedPodDelete): return true
        default: return false
        }
    }
}
