import API
import APIMachinery
import Client
import Foundation
import Logging

/// Watches node heartbeats (Leases and Ready conditions). A node silent for the grace period gets Unknown
/// conditions and the `unreachable` taints; a NotReady node the `not-ready` taints. Pods on nodes with
/// NoExecute taints they do not tolerate are evicted (deleted), at once or after their tolerationSeconds.
public final class NodeLifecycleController: ManagedController {
    public static let controllerName = "node-lifecycle"
    public var name: String { Self.controllerName }
    let context: ControllerContext
    let nodes: Informer<CoreV1.Node>
    let leases: Informer<CoordinationV1.Lease>
    let pods: Informer<CoreV1.Pod>
    /// `--node-monitor-grace-period`.
    let gracePeriod: TimeInterval
    /// `--node-monitor-period`.
    let monitorPeriod: Duration

    public init(_ context: ControllerContext, gracePeriod: TimeInterval = 40, monitorPeriod: Duration = .seconds(5)) {
        self.context = context
        self.gracePeriod = gracePeriod
        self.monitorPeriod = monitorPeriod
        nodes = context.informers.informer(CoreV1.Node.self)
        leases = context.informers.informer(CoordinationV1.Lease.self, namespace: "kube-node-lease")
        pods = context.informers.informer(CoreV1.Pod.self)
        pods.addIndexer(.field("spec.nodeName"))
    }

    public func run() async {
        _ = await nodes.waitForSync()
        _ = await leases.waitForSync()
        _ = await pods.waitForSync()
        let started = Date()
        while !Task.isCancelled {
            await monitor(startedAt: started)
            try? await Task.sleep(for: monitorPeriod)
        }
    }

    func monitor(startedAt: Date) async {
        let now = Date()
        let stamp = ControllerKit.timestamp(now)
        for node in nodes.list() {
            let json = node.json
            let name = node.name
            let lease = leases.get(namespace: "kube-node-lease", name: name)?.json
            let heartbeat = NodeHealth.lastHeartbeat(node: json, lease: lease, parse: ControllerKit.parseTime)
            let state = NodeHealth.state(node: json, lastHeartbeat: heartbeat, now: now, gracePeriod: gracePeriod, startedAt: startedAt)
            let path = ResourcePath(resource: "nodes", name: name)
            if state == .unknown {
                let ready = (json["status"]["conditions"].arrayValue ?? []).first { $0["type"] == "Ready" }
                if ready?["status"] != "Unknown" {
                    context.logger.info("node stopped posting status", metadata: ["node": "\(name)"])
                    _ = try? await context.client.patch(
                        ResourcePath(resource: "nodes", name: name, subresource: "status"), type: .merge,
                        ["status": ["conditions": NodeHealth.unknownConditions(json, now: stamp)]])
                }
            }
            let wanted = NodeHealth.taints(json, state: state, now: stamp)
            let current = json["spec"]["taints"].arrayValue ?? []
            if !JSON.array(wanted).semanticallyEquals(.array(current)) {
                _ = try? await context.client.patch(path, type: .merge, ["spec": ["taints": .array(wanted)]])
            }
            if state != .ready {
                await evictPods(on: name, taints: wanted, now: now)
            }
        }
    }

    /// Deletes the pods of `node` whose toleration of its NoExecute taints has run out.
    func evictPods(on node: String, taints: [JSON], now: Date) async {
        for pod in pods.cache.byIndex("spec.nodeName", node) {
            let json = pod.json
            guard json["metadata"]["deletionTimestamp"].isNull else { continue }
            guard let when = NodeHealth.evictionTime(pod: json, taints: taints, now: now, parse: ControllerKit.parseTime), when <= now
            else { continue }
            context.logger.info("evicting pod from unhealthy node", metadata: ["pod": "\(pod.namespace)/\(pod.name)", "node": "\(node)"])
            _ = try? await context.client.delete(
                ResourcePath(resource: "pods", namespace: pod.namespace, name: pod.name),
                preconditions: Preconditions(uid: pod.uid))
        }
    }
}
