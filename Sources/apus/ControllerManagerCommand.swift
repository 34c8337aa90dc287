import ArgumentParser
import Client
import Controllers
import Foundation
import Logging

struct ControllerManagerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controller-manager", abstract: "Run the controllers that move the cluster toward its desired state.")

    @Option(name: .long, help: "Kubeconfig used to reach the API server.")
    var kubeconfig: String

    @Flag(name: .long, inversion: .prefixedNo, help: "Elect one active instance through a Lease.")
    var leaderElect: Bool = false

    @Option(name: .long, help: "Controllers to run, comma separated (default: all).")
    var controllers: String?

    @Option(name: .long, help: "How long a node may stop posting status before it is marked unhealthy (e.g. 40s).")
    var nodeMonitorGracePeriod = DurationArgument("40s", .seconds(40))

    @Option(name: .long, help: "How often the node lifecycle controller checks node health (e.g. 5s).")
    var nodeMonitorPeriod = DurationArgument("5s", .seconds(5))

    @Option(name: .long, help: "Range the node IPAM controller takes node pod CIDRs from (empty: no node IPAM).")
    var clusterCIDR: String = "10.42.0.0/16"

    @Option(name: .long, help: "Prefix length of each node's pod CIDR.")
    var nodeCIDRMaskSize: Int = 24

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var options = ControllerManagerOptions(
            leaderElect: leaderElect, nodeMonitorGracePeriod: nodeMonitorGracePeriod.duration,
            nodeMonitorPeriod: nodeMonitorPeriod.duration).withNodeIPAM(clusterCIDR: clusterCIDR, maskSize: nodeCIDRMaskSize)
        if let controllers { options.controllers = Set(controllers.split(separator: ",").map(String.init)) }
        let client = try APIClient(kubeconfig: kubeconfig, logger: Logger(label: "apus.controller-manager"))
        let manager = ControllerManager(client: client, logger: Logger(label: "apus.controller-manager"), options: options)
        let task = Task { await manager.run() }
        print("Apus controller manager running")
        fflush(nil)
        await ShutdownSignal.wait()
        task.cancel()
        await task.value
    }
}
