import APIMachinery
import API
import Testing
@testable import Scheduler

@Suite struct FitErrorTests {
    @Test func reasonsAreCountedAndSortedAsStrings() {
        let taint = Status(.unschedulableAndUnresolvable, "node(s) had untolerated taint {dedicated: gpu}")
        let cpu = Status(.unschedulable, "Insufficient cpu")
        let e = FitError(numAllNodes: 5, nodeStatuses: [("n1", cpu), ("n2", cpu), ("n3", cpu), ("n4", taint), ("n5", taint)])
        #expect(e.description == "0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 3 Insufficient cpu.")
    }

    @Test func aNodeMayContributeSeveralReasons() {
        let both = Status(.unschedulable, ["Insufficient cpu", "Insufficient memory"])
        let e = FitError(numAllNodes: 2, nodeStatuses: [("a", both), ("b", Status(.unschedulable, "Insufficient cpu"))])
        #expect(e.description == "0/2 nodes are available: 1 Insufficient memory, 2 Insufficient cpu.")
    }

    @Test func preemptionMessageIsAppended() {
        var e = FitError(numAllNodes: 1, nodeStatuses: [("a", Status(.unschedulable, "Insufficient cpu"))])
        let inner = FitError(numAllNodes: 1, nodeStatuses: [("a", Status(.unschedulableAndUnresolvable, DefaultPreemption.noVictimsMessage))])
        e.postFilterMessage = "preemption: " + inner.description
        #expect(
            e.description
                == "0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod..")
    }

    @Test func preFilterMessageReplacesTheHistogram() {
        let e = FitError(numAllNodes: 3, preFilterMessage: "pod has unbound immediate PersistentVolumeClaims")
        #expect(e.description == "0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims.")
    }
}

@Suite struct SchedulingAlgorithmTests {
    @Test func numberOfNodesToFind() {
        let a = SchedulingAlgorithm()
        #expect(a.numFeasibleNodesToFind(nil, numAllNodes: 50) == 50)
        #expect(a.numFeasibleNodesToFind(nil, numAllNodes: 100) == 100)
        // 1000 nodes: 50 - 8 = 42%
        #expect(a.numFeasibleNodesToFind(nil, numAllNodes: 1000) == 420)
        // 5000 nodes: 50 - 40 = 10%
        #expect(a.numFeasibleNodesToFind(nil, numAllNodes: 5000) == 500)
        // 10000 nodes: floor at 5%
        #expect(a.numFeasibleNodesToFind(nil, numAllNodes: 10000) == 500)
        #expect(a.numFeasibleNodesToFind(30, numAllNodes: 1000) == 300)
        #expect(a.numFeasibleNodesToFind(1, numAllNodes: 1000) == 100)
        #expect(SchedulingAlgorithm(percentageOfNodesToScore: 100).numFeasibleNodesToFind(nil, numAllNodes: 5000) == 5000)
    }

    func defaultFramework() -> Framework { Framework.make(profile: SchedulerProfile()) }

    @Test func failureMessageMatchesUpstream() {
        let nodes = (1...3).map { nodeInfo(makeNode("cpu\($0)", cpu: "1")) }
            + (1...2).map { nodeInfo(makeNode("t\($0)", taints: [Taint(key: "dedicated", value: "gpu", effect: "NoSchedule")])) }
        let snap = Snapshot(nodes: nodes)
        let pod = makePod("big", cpu: "2")
        let outcome = SchedulingAlgorithm().schedule(framework: defaultFramework(), state: CycleState(snapshot: snap), pod: pod, snapshot: snap)
        guard case .unschedulable(let e) = outcome else {
            Issue.record("expected unschedulable")
            return
        }
        #expect(e.description == "0/5 nodes are available: 2 node(s) had untolerated taint {dedicated: gpu}, 3 Insufficient cpu.")
        #expect(e.unschedulablePlugins == [PluginName.nodeResourcesFit, PluginName.taintToleration])
    }

    @Test func picksTheLeastAllocatedNode() {
        let busy = nodeInfo(makeNode("busy", cpu: "4", memory: "8Gi"), pods: [makePod("x", cpu: "3", memory: "4Gi")])
        let idle = nodeInfo(makeNode("idle", cpu: "4", memory: "8Gi"))
        let snap = Snapshot(nodes: [busy, idle])
        let outcome = SchedulingAlgorithm().schedule(
            framework: defaultFramework(), state: CycleState(snapshot: snap), pod: makePod("p", cpu: "500m", memory: "1Gi"), snapshot: snap)
        guard case .scheduled(let r) = outcome else {
            Issue.record("expected scheduled")
            return
        }
        #expect(r.suggestedHost == "idle")
        #expect(r.feasibleNodes == 2)
    }

    @Test func mostAllocatedProfilePacks() {
        let busy = nodeInfo(makeNode("busy", cpu: "4", memory: "8Gi"), pods: [makePod("x", cpu: "3", memory: "4Gi")])
        let idle = nodeInfo(makeNode("idle", cpu: "4", memory: "8Gi"))
        let snap = Snapshot(nodes: [busy, idle])
        let fw = Framework.make(profile: SchedulerProfile(scoringStrategy: ScoringStrategy(type: .mostAllocated)))
        let outcome = SchedulingAlgorithm().schedule(
            framework: fw, state: CycleState(snapshot: snap), pod: makePod("p", cpu: "500m", memory: "1Gi"), snapshot: snap)
        guard case .scheduled(let r) = outcome else {
            Issue.record("expected scheduled")
            return
        }
        #expect(r.suggestedHost == "busy")
    }

    @Test func searchStopsAfterEnoughFeasibleNodesAndRotates() {
        let nodes = (0..<1000).map { nodeInfo(makeNode(String(format: "n%04d", $0))) }
        let snap = Snapshot(nodes: nodes)
        let algo = SchedulingAlgorithm()
        let fw = defaultFramework()
        let (feasible, _) = algo.findFeasibleNodes(framework: fw, state: CycleState(snapshot: snap), pod: makePod("p"), snapshot: snap)
        #expect(feasible.count == 420)
        #expect(algo.nextStartNodeIndex == 420)
        let (second, _) = algo.findFeasibleNodes(framework: fw, state: CycleState(snapshot: snap), pod: makePod("q"), snapshot: snap)
        #expect(second.first?.name == "n0420")
    }

    @Test func tiesAreBrokenUniformlyAndReproduciblyBySeed() {
        let nodes = (0..<4).map { nodeInfo(makeNode("n\($0)")) }
        let scores: [Int64] = [7, 9, 9, 9]
        var counts: [String: Int] = [:]
        let algo = SchedulingAlgorithm(rng: TieBreakGenerator(seed: 42))
        for _ in 0..<3000 { counts[algo.selectHost(nodes, scores), default: 0] += 1 }
        #expect(counts["n0"] == nil)
        for name in ["n1", "n2", "n3"] { #expect((850...1150).contains(counts[name] ?? 0), "\(counts)") }
        var a = TieBreakGenerator(seed: 7), b = TieBreakGenerator(seed: 7), c = TieBreakGenerator(seed: 8)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
    }

    @Test func noNodes() {
        let snap = Snapshot(nodes: [])
        let outcome = SchedulingAlgorithm().schedule(framework: defaultFramework(), state: CycleState(snapshot: snap), pod: makePod("p"), snapshot: snap)
        guard case .noNodes = outcome else {
            Issue.record("expected noNodes")
            return
        }
    }

    @Test func disabledPluginsAreNotRun() {
        let tainted = nodeInfo(makeNode("t", taints: [Taint(key: "k", value: "v", effect: "NoSchedule")]))
        let snap = Snapshot(nodes: [tainted])
        let fw = Framework.make(profile: SchedulerProfile(disabledFilter: [PluginName.taintToleration]))
        let outcome = SchedulingAlgorithm().schedule(framework: fw, state: CycleState(snapshot: snap), pod: makePod("p"), snapshot: snap)
        guard case .scheduled(let r) = outcome else {
            Issue.record("expected scheduled")
            return
        }
        #expect(r.suggestedHost == "t")
    }

    @Test func nominatedPodsReserveTheirNode() {
        let node = nodeInfo(makeNode("n", cpu: "1"))
        let snap = Snapshot(nodes: [node])
        snap.nominatedPods = ["n": [makePod("important", cpu: "800m", priority: 100)]]
        let fw = defaultFramework()
        let low = makePod("low", cpu: "500m", priority: 1)
        guard case .unschedulable = SchedulingAlgorithm().schedule(framework: fw, state: CycleState(snapshot: snap), pod: low, snapshot: snap) else {
            Issue.record("a lower-priority pod must not take a nominated pod's room")
            return
        }
        let high = makePod("high", cpu: "500m", priority: 1000)
        guard case .scheduled = SchedulingAlgorithm().schedule(framework: fw, state: CycleState(snapshot: snap), pod: high, snapshot: snap) else {
            Issue.record("a higher-priority pod ignores lower nominations")
            return
        }
    }
}

@Suite struct CacheTests {
    @Test func assumeForgetAndConfirm() throws {
        let cache = SchedulerCache()
        cache.upsertNode(makeNode("n1", cpu: "2"))
        let snap = Snapshot()
        cache.updateSnapshot(snap)
        #expect(snap.count == 1)
        let pod = makePod("p", cpu: "1")
        try cache.assume(PodInfo(copying: pod, nodeName: "n1"))
        #expect(cache.isAssumed(uid: pod.uid))
        cache.updateSnapshot(snap)
        #expect(snap.get("n1")?.requested.milliCPU == 1000)
        cache.forget(uid: pod.uid)
        cache.updateSnapshot(snap)
        #expect(snap.get("n1")?.requested.milliCPU == 0)

        try cache.assume(PodInfo(copying: pod, nodeName: "n1"))
        cache.finishBinding(uid: pod.uid)
        cache.addOrUpdatePod(PodInfo(copying: pod, nodeName: "n1"))
        #expect(!cache.isAssumed(uid: pod.uid))
        cache.updateSnapshot(snap)
        #expect(snap.get("n1")?.pods.count == 1)
        cache.removePod(uid: pod.uid)
        cache.updateSnapshot(snap)
        #expect(snap.get("n1")?.pods.isEmpty == true)
    }

    @Test func snapshotOnlyClonesChangedNodes() throws {
        let cache = SchedulerCache()
        for i in 0..<10 { cache.upsertNode(makeNode("n\(i)")) }
        let snap = Snapshot()
        cache.updateSnapshot(snap)
        let before = snap.nodes.map { ObjectIdentifier($0) }
        try cache.assume(PodInfo(copying: makePod("p"), nodeName: "n3"))
        cache.updateSnapshot(snap)
        let after = snap.nodes.map { ObjectIdentifier($0) }
        let changed = zip(before, after).filter { $0 != $1 }.count
        #expect(changed == 1)
        #expect(snap.get("n3")?.pods.count == 1)
        // Unchanged node updates do nothing.
        #expect(cache.upsertNode(makeNode("n1")) == [])
    }

    @Test func nodesAreInterleavedByZone() {
        let cache = SchedulerCache()
        for (name, zone) in [("a1", "a"), ("a2", "a"), ("a3", "a"), ("b1", "b"), ("c1", "c")] {
            cache.upsertNode(makeNode(name, labels: ["topology.kubernetes.io/zone": zone]))
        }
        let snap = Snapshot()
        cache.updateSnapshot(snap)
        #expect(snap.nodes.map(\.name) == ["a1", "b1", "c1", "a2", "a3"])
    }

    @Test func podsOnUnknownNodesAreKeptUntilTheNodeArrives() {
        let cache = SchedulerCache()
        cache.addOrUpdatePod(makePod("p", cpu: "1", nodeName: "late"))
        let snap = Snapshot()
        cache.updateSnapshot(snap)
        #expect(snap.count == 0)
        cache.upsertNode(makeNode("late"))
        cache.updateSnapshot(snap)
        #expect(snap.get("late")?.requested.milliCPU == 1000)
    }
}
