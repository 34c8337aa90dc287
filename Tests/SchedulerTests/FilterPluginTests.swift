import APIMachinery
import API
import Testing
@testable import Scheduler

@Suite struct NodeNameAndUnschedulableTests {
    @Test func nodeName() {
        let pod = makePod("p", spec: ["nodeName": "n2"])
        #expect(NodeNamePlugin().filter(CycleState(), pod: pod, node: nodeInfo(makeNode("n2"))).isSuccess)
        let s = NodeNamePlugin().filter(CycleState(), pod: pod, node: nodeInfo(makeNode("n1")))
        #expect(s.code == .unschedulableAndUnresolvable)
        #expect(s.reasons == ["node(s) didn't match the requested node name"])
    }

    @Test func cordonedNodesAreSkippedUnlessTolerated() {
        let node = nodeInfo(makeNode("n1", unschedulable: true))
        let s = NodeUnschedulablePlugin().filter(CycleState(), pod: makePod("p"), node: node)
        #expect(s.reasons == ["node(s) were unschedulable"])
        let tolerant = makePod("t", spec: ["tolerations": [["key": "node.kubernetes.io/unschedulable", "operator": "Exists", "effect": "NoSchedule"]]])
        #expect(NodeUnschedulablePlugin().filter(CycleState(), pod: tolerant, node: node).isSuccess)
    }
}

@Suite struct TaintTolerationTests {
    @Test func untoleratedTaintIsReportedWithKeyAndValue() {
        let node = nodeInfo(makeNode("n1", taints: [Taint(key: "dedicated", value: "gpu", effect: "NoSchedule")]))
        let s = TaintTolerationPlugin().filter(CycleState(), pod: makePod("p"), node: node)
        #expect(s.code == .unschedulableAndUnresolvable)
        #expect(s.reasons == ["node(s) had untolerated taint {dedicated: gpu}"])
    }

    @Test func tolerationsMatchByKeyValueAndEffect() {
        let node = nodeInfo(makeNode("n1", taints: [Taint(key: "dedicated", value: "gpu", effect: "NoExecute")]))
        let equal = makePod("a", spec: ["tolerations": [["key": "dedicated", "operator": "Equal", "value": "gpu"]]])
        let wrongValue = makePod("b", spec: ["tolerations": [["key": "dedicated", "value": "cpu"]]])
        let exists = makePod("c", spec: ["tolerations": [["operator": "Exists"]]])
        let wrongEffect = makePod("d", spec: ["tolerations": [["key": "dedicated", "operator": "Exists", "effect": "NoSchedule"]]])
        #expect(TaintTolerationPlugin().filter(CycleState(), pod: equal, node: node).isSuccess)
        #expect(!TaintTolerationPlugin().filter(CycleState(), pod: wrongValue, node: node).isSuccess)
        #expect(TaintTolerationPlugin().filter(CycleState(), pod: exists, node: node).isSuccess)
        #expect(!TaintTolerationPlugin().filter(CycleState(), pod: wrongEffect, node: node).isSuccess)
    }

    @Test func preferNoScheduleDoesNotFilterButLowersTheScore() {
        let soft = nodeInfo(makeNode("soft", taints: [Taint(key: "a", effect: "PreferNoSchedule"), Taint(key: "b", effect: "PreferNoSchedule")]))
        let one = nodeInfo(makeNode("one", taints: [Taint(key: "a", effect: "PreferNoSchedule")]))
        let clean = nodeInfo(makeNode("clean"))
        #expect(TaintTolerationPlugin().filter(CycleState(), pod: makePod("p"), node: soft).isSuccess)
        let snap = Snapshot(nodes: [soft, one, clean])
        #expect(runScore(TaintTolerationPlugin(), pod: makePod("p"), snapshot: snap) == [0, 50, 100])
        let tolerant = makePod("t", spec: ["tolerations": [["key": "a", "operator": "Exists", "effect": "PreferNoSchedule"]]])
        #expect(runScore(TaintTolerationPlugin(), pod: tolerant, snapshot: snap) == [0, 100, 100])
    }
}

@Suite struct NodeAffinityTests {
    let zoneA = makeNode("a", labels: ["zone": "a", "disk": "ssd", "cores": "8"])
    let zoneB = makeNode("b", labels: ["zone": "b", "cores": "2"])

    @Test func nodeSelector() {
        let pod = makePod("p", spec: ["nodeSelector": ["disk": "ssd"]])
        #expect(runFilter(NodeAffinityPlugin(), pod: pod, node: nodeInfo(zoneA)).isSuccess)
        let s = runFilter(NodeAffinityPlugin(), pod: pod, node: nodeInfo(zoneB))
        #expect(s.reasons == ["node(s) didn't match Pod's node affinity/selector"])
        #expect(s.code == .unschedulableAndUnresolvable)
    }

    @Test func requiredTermsAreORedAndExpressionsANDed() {
        let affinity: JSON = [
            "nodeAffinity": [
                "requiredDuringSchedulingIgnoredDuringExecution": [
                    "nodeSelectorTerms": [
                        ["matchExpressions": [["key": "zone", "operator": "In", "values": ["a"]], ["key": "cores", "operator": "Gt", "values": ["4"]]]],
                        ["matchExpressions": [["key": "disk", "operator": "DoesNotExist"], ["key": "cores", "operator": "Lt", "values": ["1"]]]],
                    ]
                ]
            ]
        ]
        let pod = makePod("p", spec: ["affinity": affinity])
        #expect(runFilter(NodeAffinityPlugin(), pod: pod, node: nodeInfo(zoneA)).isSuccess)
        #expect(!runFilter(NodeAffinityPlugin(), pod: pod, node: nodeInfo(zoneB)).isSuccess)
    }

    @Test func matchFieldsNarrowsToNamedNodes() {
        let affinity: JSON = [
            "nodeAffinity": [
                "requiredDuringSchedulingIgnoredDuringExecution": [
                    "nodeSelectorTerms": [["matchFields": [["key": "metadata.name", "operator": "In", "values": ["b"]]]]]
                ]
            ]
        ]
        let pod = makePod("p", spec: ["affinity": affinity])
        let snap = Snapshot(nodes: [nodeInfo(zoneA), nodeInfo(zoneB)])
        let r = NodeAffinityPlugin().preFilter(CycleState(snapshot: snap), pod: pod, snapshot: snap)
        #expect(r.nodeNames == ["b"])
        #expect(!runFilter(NodeAffinityPlugin(), pod: pod, node: nodeInfo(zoneA)).isSuccess)
        #expect(runFilter(NodeAffinityPlugin(), pod: pod, node: nodeInfo(zoneB)).isSuccess)
    }

    @Test func emptyTermMatchesNothing() {
        let pod = makePod("p", spec: ["affinity": ["nodeAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": ["nodeSelectorTerms": [[:]]]]]])
        #expect(!runFilter(NodeAffinityPlugin(), pod: pod, node: nodeInfo(zoneA)).isSuccess)
    }

    @Test func preferredTermsScoreByWeight() {
        let affinity: JSON = [
            "nodeAffinity": [
                "preferredDuringSchedulingIgnoredDuringExecution": [
                    ["weight": 10, "preference": ["matchExpressions": [["key": "zone", "operator": "In", "values": ["a"]]]]],
                    ["weight": 30, "preference": ["matchExpressions": [["key": "cores", "operator": "Exists"]]]],
                ]
            ]
        ]
        let pod = makePod("p", spec: ["affinity": affinity])
        let c = makeNode("c")
        let snap = Snapshot(nodes: [nodeInfo(zoneA), nodeInfo(zoneB), nodeInfo(c)])
        // raw 40, 30, 0 → normalized to 100, 75, 0
        #expect(runScore(NodeAffinityPlugin(), pod: pod, snapshot: snap) == [100, 75, 0])
        #expect(runScore(NodeAffinityPlugin(), pod: makePod("q"), snapshot: snap) == [0, 0, 0])
    }
}

@Suite struct NodeResourcesFitTests {
    @Test func insufficientResourcesAreEachReported() {
        let node = nodeInfo(makeNode("n1", cpu: "1", memory: "1Gi"), pods: [makePod("used", cpu: "600m", memory: "512Mi")])
        let pod = makePod("p", cpu: "500m", memory: "768Mi")
        let s = NodeResourcesFitPlugin().filter(CycleState(), pod: pod, node: node)
        #expect(s.code == .unschedulable)
        #expect(s.reasons == ["Insufficient cpu", "Insufficient memory"])
        #expect(NodeResourcesFitPlugin().filter(CycleState(), pod: makePod("small", cpu: "400m"), node: node).isSuccess)
    }

    @Test func tooManyPods() {
        let node = nodeInfo(makeNode("n1", pods: "1"), pods: [makePod("a")])
        let s = NodeResourcesFitPlugin().filter(CycleState(), pod: makePod("b"), node: node)
        #expect(s.reasons == ["Too many pods"])
    }

    @Test func extendedResources() {
        let node = nodeInfo(makeNode("n1", extra: ["example.com/gpu": "1"]))
        let pod = makePod("p", spec: ["containers": [["name": "a", "resources": ["requests": ["example.com/gpu": "2"]]]]])
        #expect(NodeResourcesFitPlugin().filter(CycleState(), pod: pod, node: node).reasons == ["Insufficient example.com/gpu"])
    }

    @Test func leastAllocatedPrefersEmptierNodes() {
        let empty = nodeInfo(makeNode("empty", cpu: "4", memory: "4Gi"))
        let half = nodeInfo(makeNode("half", cpu: "4", memory: "4Gi"), pods: [makePod("x", cpu: "2", memory: "2Gi")])
        let pod = makePod("p", cpu: "1", memory: "1Gi")
        let scores = runScore(NodeResourcesFitPlugin(), pod: pod, snapshot: Snapshot(nodes: [empty, half]))
        // empty: cpu (4-1)/4 = 75, mem 75 → 75; half: (4-3)/4 = 25 → 25
        #expect(scores == [75, 25])
    }

    @Test func mostAllocatedPacks() {
        let empty = nodeInfo(makeNode("empty", cpu: "4", memory: "4Gi"))
        let half = nodeInfo(makeNode("half", cpu: "4", memory: "4Gi"), pods: [makePod("x", cpu: "2", memory: "2Gi")])
        let pod = makePod("p", cpu: "1", memory: "1Gi")
        let plugin = NodeResourcesFitPlugin(strategy: ScoringStrategy(type: .mostAllocated))
        #expect(runScore(plugin, pod: pod, snapshot: Snapshot(nodes: [empty, half])) == [25, 75])
    }

    @Test func requestedToCapacityRatioFollowsTheShape() {
        let half = nodeInfo(makeNode("half", cpu: "4", memory: "4Gi"), pods: [makePod("x", cpu: "1", memory: "1Gi")])
        let pod = makePod("p", cpu: "1", memory: "1Gi")
        let shape = [ScoringStrategy.ShapePoint(utilization: 0, score: 0), ScoringStrategy.ShapePoint(utilization: 100, score: 10)]
        let plugin = NodeResourcesFitPlugin(strategy: ScoringStrategy(type: .requestedToCapacityRatio, shape: shape))
        // utilization 50% on both → 50
        #expect(runScore(plugin, pod: pod, snapshot: Snapshot(nodes: [half])) == [50])
    }

    @Test func balancedAllocationPrefersEvenUse() {
        let balanced = nodeInfo(makeNode("b", cpu: "4", memory: "4Gi"))
        let skewed = nodeInfo(makeNode("s", cpu: "4", memory: "4Gi"), pods: [makePod("x", cpu: "2")])
        let pod = makePod("p", cpu: "1", memory: "1Gi")
        let scores = runScore(NodeResourcesBalancedAllocationPlugin(), pod: pod, snapshot: Snapshot(nodes: [balanced, skewed]))
        // balanced: fractions .25/.25 → 100; skewed: .75/.25 → std .25 → 75
        #expect(scores == [100, 75])
        // Best-effort pods are not scored.
        #expect(runScore(NodeResourcesBalancedAllocationPlugin(), pod: makePod("be"), snapshot: Snapshot(nodes: [balanced, skewed])) == [0, 0])
    }
}

@Suite struct NodePortsTests {
    @Test func hostPortConflicts() {
        let spec: [String: JSON] = ["containers": [["name": "a", "ports": [["containerPort": 80, "hostPort": 8080]]]]]
        let holder = makePod("holder", spec: spec)
        let node = nodeInfo(makeNode("n1"), pods: [holder])
        let s = runFilter(NodePortsPlugin(), pod: makePod("p", spec: spec), node: node)
        #expect(s.reasons == ["node(s) didn't have free ports for the requested pod ports"])
        let other: [String: JSON] = ["containers": [["name": "a", "ports": [["containerPort": 80, "hostPort": 8081]]]]]
        #expect(runFilter(NodePortsPlugin(), pod: makePod("q", spec: other), node: node).isSuccess)
        let specificIP: [String: JSON] = ["containers": [["name": "a", "ports": [["containerPort": 80, "hostPort": 8080, "hostIP": "10.0.0.1"]]]]]
        #expect(!runFilter(NodePortsPlugin(), pod: makePod("r", spec: specificIP), node: node).isSuccess)
        #expect(runFilter(NodePortsPlugin(), pod: makePod("s"), node: node).isSuccess)
    }
}
