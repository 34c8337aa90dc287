/// Filters out cordoned nodes (`spec.unschedulable`) unless the pod tolerates the
/// `node.kubernetes.io/unschedulable:NoSchedule` taint.
public final class NodeUnschedulablePlugin: FilterPlugin {
    public static let errReasonUnschedulable = "node(s) were unschedulable"
    public static let unschedulableTaint = Taint(key: "node.kubernetes.io/unschedulable", effect: "NoSchedule")
    public var name: String { PluginName.nodeUnschedulable }
    public init() {}

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        guard let n = node.node else { return Status(.unschedulableAndUnresolvable, "node not found") }
        if !n.unschedulable { return .success }
        if pod.tolerations.tolerate(Self.unschedulableTaint) { return .success }
        return Status(.unschedulableAndUnresolvable, Self.errReasonUnschedulable)
    }
}
