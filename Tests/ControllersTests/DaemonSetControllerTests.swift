import API
import APIMachinery
import Controllers
import Foundation
import Testing

@Suite struct DaemonSetDecisionTests {
    let now = Fixtures.now

    func daemonSet(template: JSON = Fixtures.template, maxUnavailable: IntOrString = 1, maxSurge: IntOrString = 0, onDelete: Bool = false)
        -> AppsV1.DaemonSet
    {
        var strategy: JSON = ["type": onDelete ? "OnDelete" : "RollingUpdate"]
        if !onDelete { strategy["rollingUpdate"] = ["maxUnavailable": maxUnavailable.json, "maxSurge": maxSurge.json] }
        return AppsV1.DaemonSet(json: [
            "apiVersion": "apps/v1", "kind": "DaemonSet",
            "metadata": ["name": "agent", "namespace": "default", "uid": "uid-agent", "generation": 1],
            "spec": ["selector": ["matchLabels": ["app": "web"]], "template": template, "updateStrategy": strategy],
        ])
    }

    func taint(_ key: String, _ effect: String, value: String? = nil) -> JSON {
        var t: JSON = ["key": .string(key), "effect": .string(effect)]
        if let value { t["value"] = .string(value) }
        return t
    }

    func daemonPod(_ name: String, node: String, hash: String = "h1", ready: Bool = true, age: Double = 7200) -> CoreV1.Pod {
        var p = Fixtures.pod(name, node: node, ready: ready, age: age, labels: ["app": "web", Workloads.controllerRevisionHashLabel: hash])
        p.json[path: ["metadata", "ownerReferences"]] = [["apiVersion": "apps/v1", "kind": "DaemonSet", "name": "agent", "uid": "uid-agent", "controller": true]]
        return p
    }

    @Test func tolerationMatching() {
        func tol(_ j: JSON) -> CoreV1.Toleration { CoreV1.Toleration(json: j) }
        let t = CoreV1.Taint(json: taint("dedicated", "NoSchedule", value: "gpu"))
        #expect(DaemonSetDecisions.tolerates(tol(["key": "dedicated", "operator": "Equal", "value": "gpu", "effect": "NoSchedule"]), t))
        #expect(DaemonSetDecisions.tolerates(tol(["key": "dedicated", "value": "gpu"]), t))
        #expect(!DaemonSetDecisions.tolerates(tol(["key": "dedicated", "value": "cpu"]), t))
        #expect(DaemonSetDecisions.tolerates(tol(["key": "dedicated", "operator": "Exists"]), t))
        #expect(DaemonSetDecisions.tolerates(tol(["operator": "Exists"]), t))
        #expect(!DaemonSetDecisions.tolerates(tol(["key": "dedicated", "operator": "Exists", "effect": "NoExecute"]), t))
    }

    @Test func daemonPodsGetTheDefaultTolerations() {
        var spec = CoreV1.PodSpec(json: ["containers": [["name": "c"]], "hostNetwork": true])
        DaemonSetDecisions.addDaemonTolerations(&spec)
        let keys = Set(spec.tolerations.compactMap(\.key))
        #expect(keys == [
            "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable", "node.kubernetes.io/disk-pressure",
            "node.kubernetes.io/memory-pressure", "node.kubernetes.io/pid-pressure", "node.kubernetes.io/unschedulable",
            "node.kubernetes.io/network-unavailable",
        ])
        #expect(spec.tolerations.first { $0.key == "node.kubernetes.io/not-ready" }?.effect == "NoExecute")
        #expect(spec.tolerations.allSatisfy { $0.operator == "Exists" && $0.tolerationSeconds == nil })
        // Idempotent.
        DaemonSetDecisions.addDaemonTolerations(&spec)
        #expect(spec.tolerations.count == 7)
        var plain = CoreV1.PodSpec(json: ["containers": [["name": "c"]]])
        DaemonSetDecisions.addDaemonTolerations(&plain)
        #expect(plain.tolerations.count == 6)
    }

    @Test func nodeEligibility() {
        let ds = daemonSet()
        #expect(DaemonSetDecisions.shouldRun(ds, on: Fixtures.node("n1")) == (true, true))
        // Cordoned and not-ready nodes are tolerated by daemon pods.
        let cordoned = Fixtures.node("n2", taints: [taint("node.kubernetes.io/unschedulable", "NoSchedule")])
        #expect(DaemonSetDecisions.shouldRun(ds, on: cordoned) == (true, true))
        let notReady = Fixtures.node("n3", taints: [taint("node.kubernetes.io/not-ready", "NoExecute")])
        #expect(DaemonSetDecisions.shouldRun(ds, on: notReady) == (true, true))
        // A foreign NoSchedule taint stops new pods but keeps running ones; NoExecute evicts.
        let dedicated = Fixtures.node("n4", taints: [taint("dedicated", "NoSchedule", value: "gpu")])
        #expect(DaemonSetDecisions.shouldRun(ds, on: dedicated) == (false, true))
        let evicting = Fixtures.node("n5", taints: [taint("dedicated", "NoExecute", value: "gpu")])
        #expect(DaemonSetDecisions.shouldRun(ds, on: evicting) == (false, false))
        // Unless the template tolerates it.
        var t = Fixtures.template
        t[path: ["spec", "tolerations"]] = [["key": "dedicated", "operator": "Exists"]]
        #expect(DaemonSetDecisions.shouldRun(daemonSet(template: t), on: evicting) == (true, true))
    }

    @Test func nodeSelectorAndAffinity() {
        var t = Fixtures.template
        t[path: ["spec", "nodeSelector"]] = ["disk": "ssd"]
        let ds = daemonSet(template: t)
        #expect(DaemonSetDecisions.shouldRun(ds, on: Fixtures.node("a", labels: ["disk": "ssd"])).run)
        #expect(!DaemonSetDecisions.shouldRun(ds, on: Fixtures.node("b", labels: ["disk": "hdd"])).run)
        var a = Fixtures.template
        a[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]] = [
            "nodeSelectorTerms": [
                ["matchExpressions": [["key": "zone", "operator": "In", "values": ["z1", "z2"]]]],
                ["matchExpressions": [["key": "gpu", "operator": "Exists"]]],
            ]
        ]
        let affine = daemonSet(template: a)
        #expect(DaemonSetDecisions.shouldRun(affine, on: Fixtures.node("c", labels: ["zone": "z2"])).run)
        #expect(DaemonSetDecisions.shouldRun(affine, on: Fixtures.node("d", labels: ["gpu": "1"])).run)
        #expect(!DaemonSetDecisions.shouldRun(affine, on: Fixtures.node("e", labels: ["zone": "z3"])).run)
        var n = Fixtures.template
        n[path: ["spec", "affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"]] = [
            "nodeSelectorTerms": [["matchExpressions": [
                ["key": "zone", "operator": "NotIn", "values": ["z1"]], ["key": "cores", "operator": "Gt", "values": ["4"]],
            ]]]
        ]
        let notIn = daemonSet(template: n)
        #expect(DaemonSetDecisions.shouldRun(notIn, on: Fixtures.node("f", labels: ["cores": "8"])).run)
        #expect(!DaemonSetDecisions.shouldRun(notIn, on: Fixtures.node("g", labels: ["cores": "2"])).run)
        #expect(!DaemonSetDecisions.shouldRun(notIn, on: Fixtures.node("h", labels: ["zone": "z1", "cores": "8"])).run)
    }

    @Test func podsArePinnedWithNodeAffinity() {
        let ds = daemonSet()
        let t = DaemonSetDecisions.pinned(DaemonSetDecisions.podTemplate(ds, hash: "h1"), to: "n7")
        let term = t.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms
        #expect(term.count == 1)
        #expect(term.first?.matchFields.first?.key == "metadata.name")
        #expect(term.first?.matchFields.first?.values == ["n7"])
        #expect(t.metadata.labels[Workloads.controllerRevisionHashLabel] == "h1")
        #expect(t.metadata.labels[DaemonSetDecisions.templateGenerationLabel] == "1")
        let pod = Workloads.pod(from: t, namespace: "default", ownerRef: nil, generateNamePrefix: "agent")
        #expect(DaemonSetDecisions.targetNodeName(pod) == "n7")
        #expect(pod.spec.nodeName == nil)
    }

    @Test func manageCreatesAndDeletes() {
        let ds = daemonSet()
        let nodes = [Fixtures.node("n1"), Fixtures.node("n2"), Fixtures.node("n3", taints: [taint("x", "NoExecute")])]
        let pods = [
            daemonPod("p1", node: "n1"), daemonPod("p1b", node: "n1", age: 10), daemonPod("p3", node: "n3"),
            daemonPod("gone", node: "n9"),
        ]
        var unbound = daemonPod("unbound", node: "n9")
        unbound.json[path: ["spec", "nodeName"]] = .null
        unbound = CoreV1.Pod(json: unbound.json)
        let pinned = DaemonSetDecisions.pinned(CoreV1.PodTemplateSpec(json: ["metadata": unbound.json["metadata"], "spec": unbound.json["spec"]]), to: "n9")
        let unboundPod = CoreV1.Pod(json: ["metadata": pinned.json["metadata"], "spec": pinned.json["spec"], "status": ["phase": "Pending"]])
        let byNode = DaemonSetDecisions.podsByNode(pods + [unboundPod])
        let plan = DaemonSetDecisions.manage(ds, nodes: nodes, podsByNode: byNode, hash: "h1", now: now)
        #expect(plan.nodesNeedingPods == ["n2"])
        #expect(Set(plan.podsToDelete) == ["p1b", "p3", "unbound"])
    }

    @Test func rollingUpdateWithinMaxUnavailable() {
        let ds = daemonSet(maxUnavailable: 1)
        let nodes = (1...3).map { Fixtures.node("n\($0)") }
        let old = (1...3).map { daemonPod("p\($0)", node: "n\($0)", hash: "h0") }
        let plan = DaemonSetDecisions.rollingUpdate(ds, nodes: nodes, podsByNode: DaemonSetDecisions.podsByNode(old), hash: "h1", now: now)
        #expect(plan.podsToDelete.count == 1)
        #expect(plan.nodesNeedingPods.isEmpty)
        // One new pod not yet available: no further deletion.
        let midway = [daemonPod("n1new", node: "n1", hash: "h1", ready: false)] + old.dropFirst()
        let plan2 = DaemonSetDecisions.rollingUpdate(ds, nodes: nodes, podsByNode: DaemonSetDecisions.podsByNode(midway), hash: "h1", now: now)
        #expect(plan2.podsToDelete.isEmpty)
        // Unavailable old pods are always replaced.
        let sick = [daemonPod("p1", node: "n1", hash: "h0", ready: false), daemonPod("p2", node: "n2", hash: "h0", ready: false), old[2]]
        let plan3 = DaemonSetDecisions.rollingUpdate(ds, nodes: nodes, podsByNode: DaemonSetDecisions.podsByNode(sick), hash: "h1", now: now)
        #expect(Set(plan3.podsToDelete) == ["p1", "p2"])
    }

    @Test func rollingUpdateWithSurge() {
        let ds = daemonSet(maxUnavailable: 0, maxSurge: 1)
        let nodes = (1...3).map { Fixtures.node("n\($0)") }
        let old = (1...3).map { daemonPod("p\($0)", node: "n\($0)", hash: "h0") }
        let plan = DaemonSetDecisions.rollingUpdate(ds, nodes: nodes, podsByNode: DaemonSetDecisions.podsByNode(old), hash: "h1", now: now)
        #expect(plan.nodesNeedingPods == ["n1"])
        #expect(plan.podsToDelete.isEmpty)
        // New pod available next to the old one: the old one goes, the next node surges.
        let withNew = old + [daemonPod("n1new", node: "n1", hash: "h1", age: 10)]
        let plan2 = DaemonSetDecisions.rollingUpdate(ds, nodes: nodes, podsByNode: DaemonSetDecisions.podsByNode(withNew), hash: "h1", now: now)
        #expect(plan2.podsToDelete == ["p1"])
        #expect(plan2.nodesNeedingPods == ["n2"])
        // manage keeps both while the new one is not available.
        let waiting = old + [daemonPod("n1new", node: "n1", hash: "h1", ready: false, age: 10)]
        let m = DaemonSetDecisions.manage(ds, nodes: nodes, podsByNode: DaemonSetDecisions.podsByNode(waiting), hash: "h1", now: now)
        #expect(m.podsToDelete.isEmpty)
    }

    @Test func statusCounts() {
        let ds = daemonSet()
        let nodes = [Fixtures.node("n1"), Fixtures.node("n2"), Fixtures.node("n3"), Fixtures.node("n4", taints: [taint("x", "NoSchedule")])]
        let pods = [
            daemonPod("a", node: "n1", hash: "h1"), daemonPod("b", node: "n2", hash: "h0", ready: false), daemonPod("d", node: "n4"),
        ]
        let s = DaemonSetDecisions.status(ds, nodes: nodes, podsByNode: DaemonSetDecisions.podsByNode(pods), hash: "h1", now: now, observeGeneration: true)
        #expect(s["desiredNumberScheduled"] == 3)
        #expect(s["currentNumberScheduled"] == 2)
        #expect(s["numberReady"] == 1)
        #expect(s["numberAvailable"] == 1)
        #expect(s["updatedNumberScheduled"] == 1)
        #expect(s["numberMisscheduled"] == 1)
        #expect(s["numberUnavailable"] == 2)
        #expect(s["observedGeneration"] == 1)
    }
}
