/// Names of the in-tree plugins, as written in a scheduler configuration.
public enum PluginName {
    public static let nodeName = "NodeName"
    public static let nodeUnschedulable = "NodeUnschedulable"
    public static let taintToleration = "TaintToleration"
    public static let nodeAffinity = "NodeAffinity"
    public static let nodePorts = "NodePorts"
    public static let nodeResourcesFit = "NodeResourcesFit"
    public static let nodeResourcesBalancedAllocation = "NodeResourcesBalancedAllocation"
    public static let podTopologySpread = "PodTopologySpread"
    public static let interPodAffinity = "InterPodAffinity"
    public static let imageLocality = "ImageLocality"
    public static let defaultPreemption = "DefaultPreemption"
    public static let prioritySort = "PrioritySort"
    public static let defaultBinder = "DefaultBinder"
    public static let schedulingGates = "SchedulingGates"
}
