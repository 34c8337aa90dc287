/// Filters out every node but the one named in `spec.nodeName`, when the pod names one.
public final class NodeNamePlugin: FilterPlugin {
    public static let errReason = "node(s) didn't match the requested node name"
    public var name: String { PluginName.nodeName }
    public init() {}

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        if pod.nodeName.isEmpty || pod.nodeName == node.name { return .success }
        return Status(.unschedulableAndUnresolvable, Self.errReason)
    }
}
