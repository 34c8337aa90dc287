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

    @OptionGroup(title: "Node controllers")
    var nodeControllers: NodeControllerFlags

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        var options = nodeControllers.applied(to: ControllerManagerOptions(leaderElect: leaderElect))
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
