import ArgumentParser
import Foundation
import Kubelet

/// Flags of a real node (kubelet over CRI), shared by `apus agent` and the local node of
/// `apus server`.
struct NodeFlags: ParsableArguments {
    @Option(name: .long, help: "The node's name (default: the host name).")
    var nodeName: String?

    @Option(name: .long, help: "Port of the kubelet's HTTPS server (logs, exec, attach, port-forward).")
    var kubeletPort: Int = 10250

    @Option(name: .long, help: "The node's pod CIDR (default: the one the node IPAM controller assigns).")
    var podCIDR: String?

    @Option(name: .long, help: "The Linux bridge of the node's pod network.")
    var bridgeName: String = "apus0"

    @Option(name: .long, help: "CRI socket of an existing runtime (default: run our own containerd).")
    var containerRuntimeEndpoint: String?

    @Option(name: .long, help: "Directory of static pod manifests (YAML or JSON, one pod per file).")
    var podManifestPath: String?

    /// The kubelet's options for a node keeping its state in `dataDir`; it removes its pods at stop.
    func kubeletOptions(dataDir: String, clientCAPEM: String?) -> KubeletOptions {
        let name = nodeName ?? ProcessInfo.processInfo.hostName.lowercased()
        var options = KubeletOptions(
            nodeName: name, dataDir: dataDir, podCIDR: podCIDR ?? "10.42.0.0/24", containerRuntimeEndpoint: containerRuntimeEndpoint,
            bridgeName: bridgeName)
        options.port = kubeletPort
        if podCIDR == nil { options.waitForPodCIDR = .seconds(30) }
        options.clientCAPEM = clientCAPEM
        options.podManifestPath = podManifestPath
        options.removePodsOnShutdown = true
        return options
    }
}
