import API
import APIMachinery
import CRI
import Client
import Foundation
import Logging
import NodeRuntime

/// A real node: its container runtime (our own supervised containerd, or an existing CRI
/// runtime) and the kubelet on top of it.
public enum NodeAgent {
    /// Starts the runtime, makes sure Apus's pause and busybox images are there, and runs the
    /// kubelet until the task is cancelled; then removes the node's pods and stops containerd.
    public static func run(client: APIClient, options: KubeletOptions, logger: Logger = Logger(label: "apus.agent")) async throws {
        var options = options
        if let wait = options.waitForPodCIDR {
            if let assigned = await assignedPodCIDR(client: client, options: options, timeout: wait, logger: logger) {
                options.podCIDR = assigned
            } else {
                logger.warning("no pod CIDR assigned to node \(options.nodeName) within \(wait) (is the controller manager's node IPAM running?); using \(options.podCIDR)")
            }
        }
        let layout = NodeRuntimeLayout(dataDir: options.dataDir)
        var supervisor: ContainerdSupervisor?
        let socket: String
        if let endpoint = options.containerRuntimeEndpoint {
            socket = endpoint.hasPrefix("unix://") ? String(endpoint.dropFirst("unix://".count)) : endpoint
        } else {
            let own = ContainerdSupervisor(options: .node(dataDir: options.dataDir, podCIDR: options.podCIDR, bridge: options.bridgeName))
            try await own.start()
            supervisor = own
            socket = layout.containerdSocket
        }
        let cri = try CRIClient.connect(socketPath: socket)
        if supervisor != nil {
            do {
                try await provisionImages(cri: cri, layout: layout, logger: logger)
            } catch {
                logger.warning("could not provide Apus's images: \(error)")
            }
        }
        if supervisor != nil, (try? await cri.listPodSandbox())?.isEmpty == true {
            // NAT rules of pods whose network was never torn down (containerd killed earlier).
            await CNIRuleCleanup.run(network: "apus", podCIDR: options.podCIDR)
        }
        let kubelet = Kubelet(client: client, cri: cri, options: options, logger: logger)
        await kubelet.run()
        if supervisor != nil && options.removePodsOnShutdown {
            let bridge = options.bridgeName
            await Task.detached {
                await CNIRuleCleanup.run(network: "apus", podCIDR: options.podCIDR)
                // No pod is attached to the bridge any more: it goes as well.
                await HostCleanup.removeBridge(bridge)
            }.value
        }
        await cri.close()
        await supervisor?.stop()
    }

    /// The pod CIDR the node IPAM controller gives the Node: the Node is registered first (not
    /// ready yet) when it does not exist, then its `spec.podCIDR` is awaited.
    static func assignedPodCIDR(client: APIClient, options: KubeletOptions, timeout: Duration, logger: Logger) async -> String? {
        let path = ResourcePath(resource: "nodes", name: options.nodeName)
        let deadline = ContinuousClock.now + timeout
        var created = false
        while ContinuousClock.now < deadline && !Task.isCancelled {
            do {
                let node = try await client.get(path)
                if let cidr = node["spec"]["podCIDR"].stringValue, !cidr.isEmpty { return cidr }
            } catch let error as APIError where error.isNotFound && !created {
                var node = NodeObjects.node(options: options, machine: .current(), runtimeVersion: "", runtimeReady: false, now: Kubelet.now())
                node["spec"] = [:]
                created = (try? await client.create(ResourcePath(resource: "nodes"), node)) != nil
                if created { logger.info("node registered; waiting for its pod CIDR", metadata: ["node": "\(options.nodeName)"]) }
            } catch {
                logger.debug("reading node \(options.nodeName) failed: \(error)")
            }
            try? await Task.sleep(for: .milliseconds(300))
        }
        return nil
    }

    /// Builds (once, cached in the data dir) and imports the pause and busybox images when the
    /// runtime lacks them.
    static func provisionImages(cri: CRIClient, layout: NodeRuntimeLayout, logger: Logger) async throws {
        let wanted: [(reference: String, archive: String)] = [
            (ApusImages.pauseReference, ApusImages.pauseArchiveName),
            (ApusImages.busyboxReference, ApusImages.busyboxArchiveName),
        ]
        var missing: [String] = []
        for image in wanted where try await cri.imageStatus(image.reference) == nil { missing.append(image.archive) }
        guard !missing.isEmpty else { return }
        let fm = FileManager.default
        if missing.contains(where: { !fm.fileExists(atPath: layout.imagesDir + "/" + $0) }) {
            logger.info("building Apus images", metadata: ["dir": "\(layout.imagesDir)"])
            _ = try await ApusImages.buildAll(into: layout.imagesDir)
        }
        let importer = ImageImporter(socketPath: layout.containerdSocket)
        for archive in missing {
            try await importer.importArchive(layout.imagesDir + "/" + archive)
        }
    }
}
