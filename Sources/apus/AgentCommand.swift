import ArgumentParser
import Client
import Foundation
import Kubelet
import Logging
import SimulatedNodes

struct AgentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent",
        abstract: "Join this machine to a cluster as a node (kubelet over containerd), or run simulated nodes.",
        discussion: "Stop a simulated node's heartbeats with: kubectl annotate node NAME \(SimulatedNodeOptions.heartbeatAnnotation)=stop"
    )

    @Option(name: .long, help: "Kubeconfig used to reach the API server (or use --server and --token).")
    var kubeconfig: String?

    @Option(name: .long, help: "URL of the API server to join, e.g. https://10.0.0.1:6443 (with --token).")
    var server: String?

    @Option(name: .long, help: "Join token printed by apus server (its data dir's `token` file).")
    var token: String?

    @Option(name: .long, help: "The node's data dir: its containerd, CNI state and container logs.")
    var dataDir: String = "/var/lib/apus/agent"

    @OptionGroup(title: "Node")
    var node: NodeFlags

    @OptionGroup(title: "Simulated nodes")
    var simulated: SimulatedNodeFlags

    func validate() throws {
        if kubeconfig == nil && (server == nil || token == nil) {
            throw ValidationError("give --kubeconfig, or --server and --token to join a cluster")
        }
        if kubeconfig != nil && (server != nil || token != nil) {
            throw ValidationError("--kubeconfig cannot be combined with --server/--token")
        }
    }

    func run() async throws {
        LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
        let kubeconfig: String
        if let given = self.kubeconfig {
            kubeconfig = given
        } else if let server, let token {
            try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
            do {
                kubeconfig = try await AgentJoin.kubeconfig(server: server, tokenText: token, dataDir: dataDir)
            } catch {
                print("Apus agent: cannot join \(server): \(error)")
                throw ExitCode.failure
            }
            print("Apus agent: joined \(server); kubeconfig written to \(kubeconfig)")
        } else {
            throw ValidationError("give --kubeconfig, or --server and --token")
        }
        let client = try APIClient(kubeconfig: kubeconfig, logger: Logger(label: "apus.agent"))
        let task: Task<Void, Never>
        if simulated.simulatedNodes > 0 {
            let agent = SimulatedNodeAgent(client: client, options: simulated.options)
            task = Task { await agent.run() }
            print("Apus agent: \(simulated.simulatedNodes) simulated nodes")
        } else {
            let options = node.kubeletOptions(dataDir: dataDir, clientCAPEM: (try? Kubeconfig.load(path: kubeconfig))?.currentClusterCAPEM())
            let logger = Logger(label: "apus.kubelet")
            task = Task {
                do {
                    try await NodeAgent.run(client: client, options: options, logger: logger)
                } catch {
                    logger.error("node agent failed: \(error)")
                }
            }
            print("Apus agent: node \(options.nodeName), data dir \(dataDir)")
        }
        fflush(nil)
        await ShutdownSignal.wait()
        task.cancel()
        await task.value
        try? await client.shutdown()
    }
}
