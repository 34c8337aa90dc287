import ArgumentParser
import Controllers

/// Flags of the controllers that look after nodes (lifecycle and IPAM), shared by
/// `apus server` and `apus controller-manager`.
struct NodeControllerFlags: ParsableArguments {
    @Option(name: .long, help: "How long a node may stop posting status before it is marked unhealthy (e.g. 40s).")
    var nodeMonitorGracePeriod = DurationArgument("40s", .seconds(40))

    @Option(name: .long, help: "How often the node lifecycle controller checks node health (e.g. 5s).")
    var nodeMonitorPeriod = DurationArgument("5s", .seconds(5))

    @Option(name: .long, help: "Range the node IPAM controller takes node pod CIDRs from (empty: no node IPAM).")
    var clusterCIDR: String = "10.42.0.0/16"

    @Option(name: .long, help: "Prefix length of each node's pod CIDR.")
    var nodeCIDRMaskSize: Int = 24

    /// `options` with these flags' values.
    func applied(to options: ControllerManagerOptions) -> ControllerManagerOptions {
        var o = options.withNodeIPAM(clusterCIDR: clusterCIDR, maskSize: nodeCIDRMaskSize)
        o.nodeMonitorGracePeriod = nodeMonitorGracePeriod.duration
        o.nodeMonitorPeriod = nodeMonitorPeriod.duration
        return o
    }
}
