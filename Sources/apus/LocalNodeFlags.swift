import ArgumentParser
import Client
import Foundation
import Kubelet
import Logging

/// The real node `apus server` runs next to the control plane (as k3s does), unless `--disable-agent`.
struct LocalNodeFlags: ParsableArguments {
    @Flag(name: .long, help: "Run the control plane alone, without a local node (kubelet and containerd).")
    var disableAgent: Bool = false

    @OptionGroup(title: "Local node")
    var node: NodeFlags

    /// Why the local node cannot run here, nil when it can.
    func unavailableReason() -> String? {
        if geteuid() != 0 { return "the local node needs root (containers, network namespaces, cgroups)" }
        if node.containerRuntimeEndpoint == nil, !FileManager.default.isExecutableFile(atPath: "/usr/bin/containerd") {
            return "containerd is not installed (apt-get install containerd runc containernetworking-plugins)"
        }
        return nil
    }

    func options(serverDataDir: String, clusterCAPEM: String) -> KubeletOptions {
        node.kubeletOptions(dataDir: serverDataDir + "/agent", clientCAPEM: clusterCAPEM)
    }

    /// Starts the local node when it can run; returns its task (nil when it does not run).
    func start(serverDataDir: String, kubeconfig: String, clusterCAPEM: String) throws -> Task<Void, Never>? {
        if disableAgent { return nil }
        if let why = unavailableReason() {
            print("Apus: no local node: \(why); the control plane runs without it (pass --disable-agent to say so)")
            return nil
        }
        let options = options(serverDataDir: serverDataDir, clusterCAPEM: clusterCAPEM)
        let logger = Logger(label: "apus.kubelet")
        let client = try APIClient(kubeconfig: kubeconfig, logger: logger)
        print("Apus: local node \(options.nodeName), data dir \(options.dataDir)")
        return Task {
            do {
                try await NodeAgent.run(client: client, options: options, logger: logger)
            } catch {
                logger.error("local node failed: \(error)")
            }
            try? await client.shutdown()
        }
    }
}
