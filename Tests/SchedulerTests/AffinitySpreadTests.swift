import APIMachinery
import API
import Testing
@testable import Scheduler

@Suite struct InterPodAffinityTests {
    let zoneKey = "topology.kubernetes.io/zone"

    func cluster(_ pods: [String: [PodInfo]]) -> Snapshot {
        let nodes = [
            makeNode("a1", labels: [zoneKey: "a"]), makeNode("a2", labels: [zoneKey: "a"]), makeNode("b1", labels: [zoneKey: "b"]),
        ]
        return Snapshot(nodes: nodes.map { nodeInfo($0, pods: pods[$0.name] ?? []) })
    }

    func feasible(_ pod: PodInfo, _ snap: Snapshot) -> [String] {
        let state = CycleState(snapshot: snap)
        let plugin = InterPodAffinityPlugin()
        let pre = plugin.preFilter(state, pod: pod, snapshot: snap)
        if pre.status.isSkip { return snap.nodes.map(\.name) }
        return snap.nodes.filter { plugin.filter(state, pod: pod, node: $0).isSuccess }.map(\.name)
    }

    @Test func requiredAffinityFollowsMatchingPodsAcrossTheZone() {
        let snap = cluster(["a2": [makePod("db", labels: ["app": "db"])]])
        let pod = makePod(
            "web", labels: ["app": "web"],
            spec: ["affinity": ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [affinityTerm(["app": "db"], topologyKey: zoneKey)]]]])
        #expect(feasible(pod, snap) == ["a1", "a2"])
        let s = InterPodAffinityPlugin().filter(
            { let st = CycleState(snapshot: snap); _ = InterPodAffinityPlugin().preFilter(st, pod: pod, snapshot: snap); return st }(), pod: pod,
            node: snap.nodes[2])
        _ = s
    }

    @Test func firstPodOfASelfAffineGroupMayGoAnywhere() {
        let snap = cluster([:])
        let pod = makePod(
            "web", labels: ["app": "web"],
            spec: ["affinity": ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [affinityTerm(["app": "web"], topologyKey: zoneKey)]]]])
        #expect(feasible(pod, snap) == ["a1", "a2", "b1"])
        let other = makePod(
            "x", labels: ["app": "x"],
            spec: ["affinity": ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [affinityTerm(["app": "web"], topologyKey: zoneKey)]]]])
        #expect(feasible(other, snap) == [])
    }

    @Test func requiredAntiAffinityAvoidsTheTopologyOfMatchingPods() {
        let snap = cluster(["a1": [makePod("w1", labels: ["app": "web"])]])
        let byHost = makePod(
            "w2", labels: ["app": "web"],
            spec: ["affinity": ["podAntiAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [affinityTerm(["app": "web"], topologyKey: "kubernetes.io/hostname")]]]])
        #expect(feasible(byHost, snap) == ["a2", "b1"])
        let byZone = makePod(
            "w3", labels: ["app": "web"],
            spec: ["affinity": ["podAntiAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [affinityTerm(["app": "web"], topologyKey: zoneKey)]]]])
        #expect(feasible(byZone, snap) == ["b1"])
        let state = CycleState(snapshot: snap)
        _ = InterPodAffinityPlugin().preFilter(state, pod: byZone, snapshot: snap)
        #expect(InterPodAffinityPlugin().filter(state, pod: byZone, node: snap.nodes[0]).reasons == ["node(s) didn't match pod anti-affinity rules"])
    }

    @Test func existingPodsAntiAffinityIsRespected() {
        let guardPod = makePod(
            "guard", labels: ["app": "guard"],
            spec: ["affinity": ["podAntiAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [affinityTerm(["app": "web"], topologyKey: zoneKey)]]]])
        let snap = cluster(["b1": [guardPod]])
        #expect(feasible(makePod("w", labels: ["app": "web"]), snap) == ["a1", "a2"])
        #expect(feasible(makePod("other", labels: ["app": "other"]), snap) == ["a1", "a2", "b1"])
        let state = CycleState(snapshot: snap)
        let web = makePod("w", labels: ["app": "web"])
        _ = InterPodAffinityPlugin().preFilter(state, pod: web, snapshot: snap)
        #expect(InterPodAffinityPlugin().filter(state, pod: web, node: snap.nodes[2]).reasons == ["node(s) didn't satisfy existing pods anti-affinity rules"])
    }

    @Test func namespacesLimitTheTerms() {
        let snap = cluster(["a1": [makePod("db", namespace: "other", labels: ["app": "db"])]])
        let pod = makePod(
            "web", labels: ["app": "web"],
            spec: ["affinity": ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [affinityTerm(["app": "db"], topologyKey: zoneKey)]]]])
        #expect(feasible(pod, snap) == [])
        var term = affinityTerm(["app": "db"], topologyKey: zoneKey)
        term["namespaces"] = ["other"]
        let cross = makePod("web2", labels: ["app": "web"], spec: ["affinity": ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [term]]]])
        #expect(feasible(cross, snap) == ["a1", "a2"])
    }

    @Test func preferredAffinityAndAntiAffinityScore() {
        let snap = cluster(["a1": [makePod("db", labels: ["app": "db"])], "b1": [makePod("cache", labels: ["app": "cache"])]])
        let pod = makePod(
            "web",
            spec: [
                "affinity": [
                    "podAffinity": ["preferredDuringSchedulingIgnoredDuringExecution": [["weight": 10, "podAffinityTerm": affinityTerm(["app": "db"], topologyKey: zoneKey)]]],
                    "podAntiAffinity": ["preferredDuringSchedulingIgnoredDuringExecution": [["weight": 10, "podAffinityTerm": affinityTerm(["app": "cache"], topologyKey: zoneKey)]]],
                ]
            ])
        // raw: a1 10, a2 10, b1 -10 → normalized 100, 100, 0
        #expect(runScore(InterPodAffinityPlugin(), pod: pod, snapshot: snap) == [100, 100, 0])
    }

    @Test func existingPodsPreferredAntiAffinityRepelsTheIncomingPod() {
        let shy = makePod(
            "shy",
            spec: ["affinity": ["podAntiAffinity": ["preferredDuringSchedulingIgnoredDuringExecution": [["weight": 5, "podAffinityTerm": affinityTerm(["app": "web"], topologyKey: "kubernetes.io/hostname")]]]]])
        let snap = cluster(["a1": [shy]])
        #expect(runScore(InterPodAffinityPlugin(), pod: makePod("w", labels: ["app": "web"]), snapshot: snap) == [0, 100, 100])
    }
}

@Suite struct PodTopologySpreadTests {
    let zoneKey = "topology.kubernetes.io/zone"

    func constraint(_ maxSkew: Int64, _ key: String, _ when: String = "DoNotSchedule") -> JSON {
        ["maxSkew": .int(maxSkew), "topologyKey": .string(key), "whenUnsatisfiable": .string(when), "labelSelector": labelSelector(["app": "web"])]
    }

    func snapshot(_ pods: [String: Int]) -> Snapshot {
        let nodes = [
            makeNode("a1", labels: [zoneKey: "a"]), makeNode("a2", labels: [zoneKey: "a"]), makeNode("b1", labels: [zoneKey: "b"]),
            makeNode("nozone"),
        ]
        return Snapshot(nodes: nodes.map { n in
            nodeInfo(n, pods: (0..<(pods[n.name] ?? 0)).map { makePod("\(n.name)-\($0)", labels: ["app": "web"]) })
        })
    }

    func feasible(_ pod: PodInfo, _ snap: Snapshot) -> [String] {
        let state = CycleState(snapshot: snap)
        let plugin = PodTopologySpreadPlugin()
        let pre = plugin.preFilter(state, pod: pod, snapshot: snap)
        if pre.status.isSkip { return snap.nodes.map(\.name) }
        return snap.nodes.filter { plugin.filter(state, pod: pod, node: $0).isSuccess }.map(\.name)
    }

    @Test func hardZoneConstraintKeepsSkewWithinMax() {
        let snap = snapshot(["a1": 1, "a2": 1])
        let pod = makePod("new", labels: ["app": "web"], spec: ["topologySpreadConstraints": [constraint(1, zoneKey)]])
        // zone a has 2, zone b 0: only b fits; the node without the zone label never fits.
        #expect(feasible(pod, snap) == ["b1"])
        let state = CycleState(snapshot: snap)
        _ = PodTopologySpreadPlugin().preFilter(state, pod: pod, snapshot: snap)
        #expect(PodTopologySpreadPlugin().filter(state, pod: pod, node: snap.nodes[0]).reasons == ["node(s) didn't match pod topology spread constraints"])
        #expect(PodTopologySpreadPlugin().filter(state, pod: pod, node: snap.nodes[3]).reasons == ["node(s) didn't match pod topology spread constraints (missing required label)"])
        let loose = makePod("loose", labels: ["app": "web"], spec: ["topologySpreadConstraints": [constraint(2, zoneKey)]])
        #expect(feasible(loose, snap) == ["b1"])
        let looser = makePod("looser", labels: ["app": "web"], spec: ["topologySpreadConstraints": [constraint(3, zoneKey)]])
        #expect(feasible(looser, snap) == ["a1", "a2", "b1"])
    }

    @Test func hostnameConstraint() {
        let snap = snapshot(["a1": 2, "a2": 1])
        let pod = makePod("new", labels: ["app": "web"], spec: ["topologySpreadConstraints": [constraint(1, "kubernetes.io/hostname")]])
        #expect(feasible(pod, snap) == ["b1", "nozone"])
    }

    @Test func softConstraintScoresEmptierDomainsHigher() {
        let snap = snapshot(["a1": 2])
        let pod = makePod("new", labels: ["app": "web"], spec: ["topologySpreadConstraints": [constraint(1, zoneKey, "ScheduleAnyway")]])
        let scores = runScore(PodTopologySpreadPlugin(), pod: pod, snapshot: snap)
        #expect(scores[2] == 100)
        #expect(scores[0] < scores[2])
        #expect(scores[0] == scores[1])
        // The node without the key is ignored (score 0).
        #expect(scores[3] == 0)
    }

    @Test func defaultConstraintsNeedAnOwnerSelector() {
        let snap = snapshot(["a1": 3])
        let pod = makePod("new", labels: ["app": "web"])
        #expect(runScore(PodTopologySpreadPlugin(), pod: pod, snapshot: snap) == [0, 0, 0, 0])
        let withOwner = PodTopologySpreadPlugin(defaultSelector: { _ in LabelSelector(matchLabels: ["app": "web"]) })
        let scores = runScore(withOwner, pod: pod, snapshot: snap)
        // a1 holds 3 matching pods: it scores lowest; the rest, including the node without a zone
        // (hostname spreading still applies to it), score higher.
        #expect(scores[0] < scores[1])
        #expect(scores[1] > 0 && scores[2] > 0 && scores[3] > 0)
        #expect(withOwner.constraints(for: pod, hard: false).map(\.maxSkew) == [3, 5])
        #expect(withOwner.constraints(for: pod, hard: true).isEmpty)
    }

    @Test func minDomainsTreatsMissingDomainsAsEmpty() {
        let snap = snapshot(["a1": 1, "b1": 1])
        var c = constraint(1, zoneKey)
        c["minDomains"] = 3
        let pod = makePod("new", labels: ["app": "web"], spec: ["topologySpreadConstraints": [c]])
        // Only 2 zones exist: the global minimum counts as 0, so a zone with 1 pod is full.
        #expect(feasible(pod, snap) == [])
    }
}

@Suite struct ImageLocalityTests {
    @Test func nodesWithTheImageScoreHigher() {
        let big: Int64 = 500 * 1024 * 1024
        let with = nodeInfo(makeNode("with", images: ["busybox:latest": big]))
        let without = nodeInfo(makeNode("without"))
        let snap = Snapshot(nodes: [with, without])
        let scores = runScore(ImageLocalityPlugin(), pod: makePod("p"), snapshot: snap)
        // 500 MiB × (1 of 2 nodes) = 250 MiB → 100 × (250 - 23) / (1000 - 23) = 23
        #expect(scores == [23, 0])
    }
}
