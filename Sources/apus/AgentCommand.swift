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

    @Option(name: .long, help: "The Node's name (default: the host name).")
    var nodeName: String?

    @Option(name: .long, help: "The node's pod CIDR (default: the one the node IPAM controller assigns).")
    var podCIDR: String?

    @Option(name: .long, help: "CRI socket of an existing runtime (default: run our own containerd).")
    var containerRuntimeEndpoint: String?

    @Option(name: .long, help: "The Linux bridge of the pod network.")
    var bridgeName: String = "apus0"

    @Option(name: .long, help: "Port of the kubelet's HTTPS server (logs, exec, attach, port-forward).")
    var kubeletPort: Int = 10250

    @Option(name: .long, help: "Directory of static pod manifests (YAML or JSON, one pod per file).")
    var podManifestPath: String?

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
            let name = nodeName ?? ProcessInfo.processInfo.hostName.lowercased()
            var options = KubeletOptions(nodeName: name, dataDir: dataDir, podCIDR: podCIDR ?? "10.42.0.0/24", containerRuntimeEndpoint: containerRuntimeEndpoint, bridgeName: bridgeName)
            options.removePodsOnShutdown = true
            options.port = kubeletPort
            if podCIDR == nil { options.waitForPodCIDR = .seconds(30) }
            options.clientCAPEM = (try? Kubeconfig.load(path: kubeconfig))?.currentClusterCAPEM()
            options.podManifestPath = podManifestPath
            let logger = Logger(label: "apus.kubelet")
            task = Task {
                do {
                    try await NodeAgent.run(client: client, options: options, logger: logger)
                } catch {
                    logger.error("node agent failed: \(error)")
                }
            }
            print("Apus agent: node \(name), data dir \(dataDir)")
        }
        fflush(nil)
        await ShutdownSignal.wait()
        task.cancel()
        await task.value
        try? await client.shutdown()
    }
}
