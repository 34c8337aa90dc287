import API
import APIMachinery
import Client
import Foundation
import Logging
import Synchronization

/// Gives every Node without one a pod CIDR from the cluster CIDR (`spec.podCIDR` and
/// `spec.podCIDRs`), as upstream's range allocator: existing assignments are taken over at
/// start, a deleted node's CIDR is freed, and a full range records `CIDRNotAvailable` on the node.
/// Nodes whose CIDR lies outside the cluster CIDR (simulated nodes) are left alone.
public final class NodeIPAMController: ManagedController {
    public static let controllerName = "nodeipam"
    public var name: String { Self.controllerName }
    static let component = "cidrAllocator"

    let client: APIClient
    let nodes: Informer<CoreV1.Node>
    let logger: Logger
    let allocator: Mutex<PodCIDRAllocator>
    let queue = WorkQueue<ObjectKey>(name: "nodeipam")
    /// Nodes told once that no CIDR is left.
    let reportedFull = UIDSet()

    /// Nil when the cluster CIDR or mask size is unusable.
    public init?(client: APIClient, informers: SharedInformerFactory, logger: Logger, clusterCIDR: String, nodeMaskSize: Int) {
        guard let allocator = PodCIDRAllocator(clusterCIDR: clusterCIDR, nodeMaskSize: nodeMaskSize) else { return nil }
        self.client = client
        self.nodes = informers.informer(CoreV1.Node.self)
        self.logger = logger
        self.allocator = Mutex(allocator)
        let queue = self.queue
        nodes.addEventHandler(
            onAdd: { queue.add(ObjectKey($0)) },
            onUpdate: { _, new in queue.add(ObjectKey(new)) },
            onDelete: { [weak self] node in
                for cidr in Self.cidrs(node.json) { self?.allocator.withLock { $0.release(cidr) } }
            })
    }

    static func cidrs(_ node: JSON) -> [String] {
        let list = (node["spec"]["podCIDRs"].arrayValue ?? []).compactMap(\.stringValue)
        if !list.isEmpty { return list }
        return node["spec"]["podCIDR"].stringValue.map { [$0] } ?? []
    }

    public func run() async {
        _ = await nodes.waitForSync()
        // Take over what is assigned before handing anything out.
        allocator.withLock { a in
            for node in nodes.list() { for cidr in Self.cidrs(node.json) { a.occupy(cidr) } }
        }
        for node in nodes.list() { queue.add(ObjectKey(node)) }
        let runner = ControllerRunner(name: "nodeipam", queue: queue, workers: 1, logger: logger) { key in
            try await self.sync(key)
        }
        await runner.run()
    }

    func sync(_ key: ObjectKey) async throws {
        guard let node = nodes.get(name: key.name) else { return }
        let existing = Self.cidrs(node.json)
        if !existing.isEmpty {
            allocator.withLock { a in for cidr in existing { a.occupy(cidr) } }
            return
        }
        guard let cidr = allocator.withLock({ $0.allocate() }) else {
            if reportedFull.insert(node.uid) {
                await ControllerKit.recordEvent(
                    client, about: node.json, type: "Normal", reason: "CIDRNotAvailable",
                    message: "Node \(node.name) status is now: CIDRNotAvailable", component: Self.component)
            }
            return
        }
        do {
            _ = try await client.patch(
                ResourcePath(CoreV1.Node.self, name: node.name), type: .merge,
                ["spec": ["podCIDR": .string(cidr), "podCIDRs": [.string(cidr)]]])
            logger.info("assigned pod CIDR", metadata: ["node": "\(node.name)", "cidr": "\(cidr)"])
        } catch {
            allocator.withLock { $0.release(cidr) }
            if ControllerKit.isNotFound(error) { return }
            throw error
        }
    }
}
