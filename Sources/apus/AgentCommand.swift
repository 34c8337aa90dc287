import ArgumentParser
import Client
import Foundation
import Logging
import SimulatedNodes

struct AgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Join nodes to a cluster (simulated nodes for now; real nodes come with the kubelet).",
        discussion: "Stop a simulated node's heartbeats with: kubectl annotate node NAME \(SimulatedNodeOptions.heartbeatAnnotation)=stop"
    )

    @Option(name: .long, help: "Kubeconfig used to reach the API server.")
    var kubeconfig: String

    @OptionGroup(title: "Simulated nodes")
    var simulated: SimulatedNodeFlags

    func run() async throws {
        guard simulated.simulatedNodes > 0 else {
            throw ValidationError("apus agent currently runs simulated nodes only: give --simulated-nodes N")
        }
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let client = try APIClient(kubeconfig: kubeconfig, logger: Logger(label: "apus.agent"))
        let agent = SimulatedNodeAgent(client: client, options: simulated.options)
        let task = Task { await agent.run() }
        print("Apus agent: \(simulated.simulatedNodes) simulated nodes")
        fflush(nil)
        await ShutdownSignal.wait()
        task.cancel()
        await task.value
        try? await client.shutdown()
    }
}
