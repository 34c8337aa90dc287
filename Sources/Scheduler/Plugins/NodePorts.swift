/// Filters out nodes where a host port the pod asks for is already taken.
public final class NodePortsPlugin: PreFilterPlugin, FilterPlugin {
    public static let errReason = "node(s) didn't have free ports for the requested pod ports"
    public var name: String { PluginName.nodePorts }
    public init() {}

    public func preFilter(_ state: CycleState, pod: PodInfo, snapshot: Snapshot) -> PreFilterResult {
        pod.hostPorts.isEmpty ? .skip : .success
    }

    public func filter(_ state: CycleState, pod: PodInfo, node: NodeInfo) -> Status {
        if pod.hostPorts.isEmpty || node.usedPorts.isEmpty { return .success }
        for p in pod.hostPorts where node.usedPorts.conflicts(p) {
            return Status(.unschedulable, Self.errReason)
        }
        return .success
    }
}
