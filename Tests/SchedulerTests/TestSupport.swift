import APIMachinery
import API
@testable import Scheduler

/// Builds a parsed node.
func makeNode(
    _ name: String, cpu: String = "4", memory: String = "8Gi", pods: String = "110", labels: [String: String] = [:],
    taints: [Taint] = [], unschedulable: Bool = false, images: [String: Int64] = [:], extra: [String: String] = [:]
) -> ParsedNode {
    var alloc = ["cpu": cpu, "memory": memory, "pods": pods]
    for (k, v) in extra { alloc[k] = v }
    var l = labels
    if l["kubernetes.io/hostname"] == nil { l["kubernetes.io/hostname"] = name }
    return ParsedNode(
        name: name, labels: l, taints: taints, unschedulable: unschedulable, allocatable: Resources(list: alloc), images: images)
}

/// Builds a pod from a spec JSON (containers default to one `app` container).
func makePod(
    _ name: String, namespace: String = "default", cpu: String? = nil, memory: String? = nil, labels: [String: String] = [:],
    priority: Int32? = nil, nodeName: String? = nil, uid: String? = nil, startTime: String? = nil, spec: [String: JSON] = [:]
) -> PodInfo {
    var requests: [String: JSON] = [:]
    if let cpu { requests["cpu"] = .string(cpu) }
    if let memory { requests["memory"] = .string(memory) }
    var container: [String: JSON] = ["name": "app", "image": "busybox"]
    if !requests.isEmpty { container["resources"] = .object(["requests": .object(requests)]) }
    var s: [String: JSON] = ["containers": .array([.object(container)])]
    for (k, v) in spec { s[k] = v }
    if let priority { s["priority"] = .int(Int64(priority)) }
    if let nodeName { s["nodeName"] = .string(nodeName) }
    var meta: [String: JSON] = ["name": .string(name), "namespace": .string(namespace), "uid": .string(uid ?? "uid-\(namespace)-\(name)")]
    if !labels.isEmpty { meta["labels"] = .object(labels.mapValues { .string($0) }) }
    var pod: [String: JSON] = ["apiVersion": "v1", "kind": "Pod", "metadata": .object(meta), "spec": .object(s)]
    if let startTime { pod["status"] = ["startTime": .string(startTime)] }
    return PodInfo(CoreV1.Pod(json: .object(pod)))
}

func nodeInfo(_ node: ParsedNode, pods: [PodInfo] = []) -> NodeInfo {
    NodeInfo(node: node, pods: pods.map { $0.nodeName == node.name ? $0 : PodInfo(copying: $0, nodeName: node.name) })
}

/// Runs PreFilter then Filter of one plugin on a node, as the framework would.
func runFilter(_ plugin: any FilterPlugin, pod: PodInfo, node: NodeInfo, snapshot: Snapshot? = nil) -> Status {
    let snap = snapshot ?? Snapshot(nodes: [node])
    let state = CycleState(snapshot: snap)
    if let pre = plugin as? any PreFilterPlugin {
        let r = pre.preFilter(state, pod: pod, snapshot: snap)
        if r.status.isSkip { return .success }
        if !r.status.isSuccess { return r.status }
    }
    return plugin.filter(state, pod: pod, node: node)
}

/// Runs PreScore, Score and NormalizeScore of one plugin over the snapshot's nodes.
func runScore(_ plugin: any ScorePlugin, pod: PodInfo, snapshot: Snapshot, nodes: [NodeInfo]? = nil) -> [Int64] {
    let ns = nodes ?? snapshot.nodes
    let state = CycleState(snapshot: snapshot)
    if let pre = plugin as? any PreScorePlugin {
        if pre.preScore(state, pod: pod, nodes: ns, snapshot: snapshot).isSkip { return ns.map { _ in 0 } }
    }
    var scores = ns.map { plugin.score(state, pod: pod, node: $0) }
    if plugin.normalizes { plugin.normalize(state, pod: pod, scores: &scores, nodes: ns) }
    return scores
}

/// JSON helpers for specs.
func labelSelector(_ labels: [String: String]) -> JSON {
    ["matchLabels": .object(labels.mapValues { .string($0) })]
}

func affinityTerm(_ labels: [String: String], topologyKey: String) -> JSON {
    ["labelSelector": labelSelector(labels), "topologyKey": .string(topologyKey)]
}
