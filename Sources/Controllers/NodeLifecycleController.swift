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
    /// Nodes a RegisteredNode event was recorded for.
    let registered = UIDSet()
    static let component = "node-controller"

    /// `gracePeriod` and `monitorPeriod` default to the manager's options.
    public init(_ context: ControllerContext, gracePeriod: TimeInterval? = nil, monitorPeriod: Duration? = nil) {
        self.context = context
        let grace = context.options.nodeMonitorGracePeriod.components
        self.gracePeriod = gracePeriod ?? (Double(grace.seconds) + Double(grace.attoseconds) / 1e18)
        self.monitorPeriod = monitorPeriod ?? context.options.nodeMonitorPeriod
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
            if registered.insert(node.uid) {
                await ControllerKit.recordEvent(
                    context.client, about: json, reason: "RegisteredNode",
                    message: "Node \(name) event: Registered Node \(name) in Controller", component: Self.component)
            }
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
                    await ControllerKit.recordEvent(
                        context.client, about: json, reason: "NodeNotReady", message: "Node \(name) status is now: NodeNotReady",
                        component: Self.component)
                    await markPodsNotReady(on: name, now: stamp)
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

    /// Sets the Ready condition of the pods on a node that stopped posting status to False, with a
    /// warning event on each, as upstream does when a node turns Unknown.
    func markPodsNotReady(on node: String, now: String) async {
        for pod in pods.cache.byIndex("spec.nodeName", node) {
            let json = pod.json
            guard json["metadata"]["deletionTimestamp"].isNull,
                let conditions = NodeHealth.podConditionsNotReady(json, now: now)
            else { continue }
            _ = try? await context.client.patch(
                ResourcePath(resource: "pods", namespace: pod.namespace, name: pod.name, subresource: "status"),
                type: .strategic, ["status": ["conditions": conditions]])
            await ControllerKit.recordEvent(
                context.client, about: json, type: "Warning", reason: "NodeNotReady", message: "Node is not ready",
                component: Self.component)
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
            await ControllerKit.recordEvent(
                context.client, about: json, reason: "TaintManagerEviction",
                message: "Marking for deletion Pod \(pod.namespace)/\(pod.name)", component: "taint-eviction-controller")
            _ = try? await context.client.delete(
                ResourcePath(resource: "pods", namespace: pod.namespace, name: pod.name),
                preconditions: Preconditions(uid: pod.uid))
        }
    }
}
