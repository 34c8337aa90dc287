import APIMachinery
import API
import Synchronization
import Testing
@testable import Scheduler

/// A clock tests move by hand.
final class ManualClock: Sendable {
    let start = ContinuousClock.now
    private let offset = Mutex<Duration>(.zero)
    var now: ContinuousClock.Instant { start + offset.withLock { $0 } }
    func advance(_ d: Duration) { offset.withLock { $0 += d } }
}

@Suite struct SchedulingQueueTests {
    @Test func activeQueueOrdersByPriorityThenAge() {
        let clock = ManualClock()
        let q = SchedulingQueue(now: { clock.now })
        q.add(makePod("low-old", priority: 1))
        clock.advance(.milliseconds(1))
        q.add(makePod("high", priority: 100))
        clock.advance(.milliseconds(1))
        q.add(makePod("low-new", priority: 1))
        clock.advance(.milliseconds(1))
        q.add(makePod("mid", priority: 50))
        let order = (0..<4).compactMap { _ in q.tryPop()?.pod.name }
        #expect(order == ["high", "mid", "low-old", "low-new"])
        #expect(q.tryPop() == nil)
    }

    @Test func backoffDoublesFromOneSecondUpToTen() {
        let q = SchedulingQueue()
        #expect(q.backoffDuration(attempts: 1) == .seconds(1))
        #expect(q.backoffDuration(attempts: 2) == .seconds(2))
        #expect(q.backoffDuration(attempts: 3) == .seconds(4))
        #expect(q.backoffDuration(attempts: 4) == .seconds(8))
        #expect(q.backoffDuration(attempts: 5) == .seconds(10))
        #expect(q.backoffDuration(attempts: 12) == .seconds(10))
    }

    @Test func unschedulablePodsWaitForARelevantEvent() {
        let clock = ManualClock()
        let q = SchedulingQueue(now: { clock.now })
        q.add(makePod("p", cpu: "1"))
        guard let qp = q.tryPop() else {
            Issue.record("nothing popped")
            return
        }
        q.addUnschedulable(qp, plugins: [PluginName.nodeResourcesFit], cycle: q.schedulingCycle)
        #expect(q.location(uid: qp.pod.uid) == "unschedulable")
        // A label change does not help a pod that lacked resources.
        q.moveAllToActiveOrBackoff(.nodeUpdate(.label))
        #expect(q.location(uid: qp.pod.uid) == "unschedulable")
        // A pod deletion does; the pod is still backing off (1 s) so it goes to backoff.
        q.moveAllToActiveOrBackoff(.assignedPodDelete(makePod("gone", nodeName: "n")))
        #expect(q.location(uid: qp.pod.uid) == "backoff")
        q.flushBackoffCompleted()
        #expect(q.location(uid: qp.pod.uid) == "backoff")
        clock.advance(.milliseconds(1100))
        q.flushBackoffCompleted()
        #expect(q.location(uid: qp.pod.uid) == "active")
        #expect(q.tryPop()?.attempts == 2)
    }

    @Test func aMoveDuringTheAttemptSendsThePodToBackoff() {
        let q = SchedulingQueue()
        q.add(makePod("p"))
        guard let qp = q.tryPop() else {
            Issue.record("nothing popped")
            return
        }
        let cycle = q.schedulingCycle
        q.moveAllToActiveOrBackoff(.nodeAdd)
        q.addUnschedulable(qp, plugins: [PluginName.taintToleration], cycle: cycle)
        #expect(q.location(uid: qp.pod.uid) == "backoff")
    }

    @Test func unschedulablePodsAreRetriedAfterTheLeftoverPeriod() {
        let clock = ManualClock()
        var settings = SchedulingQueue.Settings()
        settings.maxInUnschedulable = .seconds(60)
        let q = SchedulingQueue(settings: settings, now: { clock.now })
        q.add(makePod("p"))
        guard let qp = q.tryPop() else {
            Issue.record("nothing popped")
            return
        }
        q.addUnschedulable(qp, plugins: [PluginName.nodeAffinity], cycle: q.schedulingCycle)
        clock.advance(.seconds(30))
        q.flushUnschedulableLeftover()
        #expect(q.location(uid: qp.pod.uid) == "unschedulable")
        clock.advance(.seconds(31))
        q.flushUnschedulableLeftover()
        #expect(q.location(uid: qp.pod.uid) == "active")
    }

    @Test func gatedPodsWaitForTheirGatesToGo() {
        let q = SchedulingQueue()
        let gated = makePod("g", spec: ["schedulingGates": [["name": "example.com/wait"]]])
        q.add(gated)
        #expect(q.location(uid: gated.uid) == "gated")
        #expect(q.tryPop() == nil)
        q.update(makePod("g"))
        #expect(q.location(uid: gated.uid) == "active")
    }

    @Test func deleteRemovesFromEveryQueue() {
        let q = SchedulingQueue()
        q.add(makePod("p"))
        q.delete(uid: makePod("p").uid)
        #expect(q.location(uid: makePod("p").uid) == nil)
        #expect(q.counts == SchedulingQueue.Counts(active: 0, backoff: 0, unschedulable: 0, gated: 0))
    }

    @Test func popWaitsForAPod() async {
        let q = SchedulingQueue()
        async let popped = q.pop()
        try? await Task.sleep(for: .milliseconds(50))
        q.add(makePod("late"))
        let p = await popped
        #expect(p?.pod.name == "late")
        let closing = Task { await q.pop() }
        try? await Task.sleep(for: .milliseconds(20))
        q.close()
        #expect(await closing.value == nil)
    }

    @Test func assignedPodAddOnlyMovesPodsWithMatchingAffinity() {
        let q = SchedulingQueue()
        let term = affinityTerm(["app": "db"], topologyKey: "kubernetes.io/hostname")
        let web = makePod("web", spec: ["affinity": ["podAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [term]]]])
        q.add(web)
        guard let qp = q.tryPop() else { return }
        q.addUnschedulable(qp, plugins: [PluginName.interPodAffinity], cycle: q.schedulingCycle)
        q.moveAllToActiveOrBackoff(.assignedPodAdd(makePod("other", labels: ["app": "other"], nodeName: "n")))
        #expect(q.location(uid: web.uid) == "unschedulable")
        q.moveAllToActiveOrBackoff(.assignedPodAdd(makePod("db", labels: ["app": "db"], nodeName: "n")))
        #expect(q.location(uid: web.uid) != "unschedulable")
    }
}

@Suite struct PreemptionTests {
    func framework() -> Framework { Framework.make(profile: SchedulerProfile()) }

    func run(_ pod: PodInfo, _ nodes: [NodeInfo], pdbs: [PDBInfo] = []) -> PreemptionOutcome {
        let snap = Snapshot(nodes: nodes)
        let state = CycleState(snapshot: snap)
        let fw = framework()
        guard case .unschedulable(let e) = SchedulingAlgorithm().schedule(framework: fw, state: state, pod: pod, snapshot: snap) else {
            return .failed(message: "scheduled without preemption", clearNomination: false)
        }
        return DefaultPreemption().preempt(
            framework: fw, state: state, pod: pod, snapshot: snap, nodeStatuses: e.nodeStatuses, pdbs: pdbs, randomOffset: 0)
    }

    @Test func evictsTheFewestLowerPriorityPods() {
        let node = nodeInfo(
            makeNode("n1", cpu: "3"),
            pods: [
                makePod("low1", cpu: "1", priority: 1, startTime: "2024-01-01T00:00:00Z"),
                makePod("low2", cpu: "1", priority: 2, startTime: "2024-01-01T00:00:00Z"),
                makePod("high", cpu: "1", priority: 1000),
            ])
        let pod = makePod("p", cpu: "1", priority: 100)
        guard case .nominate(let n, let victims) = run(pod, [node]) else {
            Issue.record("expected a nomination")
            return
        }
        #expect(n == "n1")
        // Reprieve goes most important first: low2 is kept, low1 is evicted.
        #expect(victims.map(\.name) == ["low1"])
    }

    @Test func neverPreemptsHigherOrEqualPriority() {
        let node = nodeInfo(makeNode("n1", cpu: "1"), pods: [makePod("same", cpu: "1", priority: 100)])
        guard case .failed(let msg, _) = run(makePod("p", cpu: "1", priority: 100), [node]) else {
            Issue.record("expected failure")
            return
        }
        #expect(msg == "0/1 nodes are available: 1 No preemption victims found for incoming pod.")
    }

    @Test func preemptionPolicyNever() {
        let node = nodeInfo(makeNode("n1", cpu: "1"), pods: [makePod("low", cpu: "1", priority: 1)])
        let pod = makePod("p", cpu: "1", priority: 100, spec: ["preemptionPolicy": "Never"])
        guard case .failed(let msg, _) = run(pod, [node]) else {
            Issue.record("expected failure")
            return
        }
        #expect(msg == "not eligible due to preemptionPolicy=Never.")
    }

    @Test func unresolvableNodesAreNotCandidates() {
        let tainted = nodeInfo(
            makeNode("t", cpu: "1", taints: [Taint(key: "k", value: "v", effect: "NoSchedule")]), pods: [makePod("low", cpu: "1", priority: 1)])
        guard case .failed(let msg, _) = run(makePod("p", cpu: "1", priority: 100), [tainted]) else {
            Issue.record("expected failure")
            return
        }
        #expect(msg == "0/1 nodes are available: 1 Preemption is not helpful for scheduling.")
    }

    @Test func prefersNodesWithoutPDBViolations() {
        let protected = nodeInfo(makeNode("a", cpu: "1"), pods: [makePod("guarded", cpu: "1", labels: ["app": "db"], priority: 1)])
        let free = nodeInfo(makeNode("b", cpu: "1"), pods: [makePod("free", cpu: "1", labels: ["app": "web"], priority: 1)])
        let pdb = PDBInfo(namespace: "default", name: "db", selector: LabelSelector(matchLabels: ["app": "db"]), disruptionsAllowed: 0)
        guard case .nominate(let n, let victims) = run(makePod("p", cpu: "1", priority: 100), [protected, free], pdbs: [pdb]) else {
            Issue.record("expected a nomination")
            return
        }
        #expect(n == "b")
        #expect(victims.map(\.name) == ["free"])
    }

    @Test func pdbViolationsAreCountedPerBudget() {
        let pods = [makePod("a", labels: ["app": "db"]), makePod("b", labels: ["app": "db"]), makePod("c", labels: ["app": "web"])]
        let pdb = PDBInfo(namespace: "default", name: "db", selector: LabelSelector(matchLabels: ["app": "db"]), disruptionsAllowed: 1)
        let (violating, ok) = DefaultPreemption.splitByPDBViolation(pods, [pdb])
        #expect(violating.map(\.name) == ["b"])
        #expect(ok.map(\.name) == ["a", "c"])
    }

    @Test func candidatePickingOrder() {
        func pod(_ n: String, _ prio: Int32, _ start: String = "2024-01-01T00:00:00Z") -> PodInfo {
            makePod(n, priority: prio, startTime: start)
        }
        let fewerViolations = PreemptionCandidate(node: "x", victims: [pod("a", 50)], numPDBViolations: 0)
        let moreViolations = PreemptionCandidate(node: "y", victims: [pod("b", 1)], numPDBViolations: 1)
        #expect(DefaultPreemption.pickOneNode([moreViolations, fewerViolations])?.node == "x")
        let lowerTop = PreemptionCandidate(node: "l", victims: [pod("c", 5), pod("d", 5)], numPDBViolations: 0)
        let higherTop = PreemptionCandidate(node: "h", victims: [pod("e", 10)], numPDBViolations: 0)
        #expect(DefaultPreemption.pickOneNode([higherTop, lowerTop])?.node == "l")
        let fewer = PreemptionCandidate(node: "f", victims: [pod("g", 5)], numPDBViolations: 0)
        #expect(DefaultPreemption.pickOneNode([lowerTop, fewer])?.node == "f")
        let older = PreemptionCandidate(node: "o", victims: [pod("i", 5, "2024-01-01T00:00:00Z")], numPDBViolations: 0)
        let newer = PreemptionCandidate(node: "n", victims: [pod("j", 5, "2024-06-01T00:00:00Z")], numPDBViolations: 0)
        #expect(DefaultPreemption.pickOneNode([older, newer])?.node == "n")
    }

    @Test func antiAffinityVictimsAreFoundThroughRemovePod() {
        let term = affinityTerm(["app": "web"], topologyKey: "kubernetes.io/hostname")
        let node = nodeInfo(makeNode("n1"), pods: [makePod("old-web", labels: ["app": "web"], priority: 1)])
        let pod = makePod(
            "new-web", labels: ["app": "web"], priority: 100,
            spec: ["affinity": ["podAntiAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [term]]]])
        guard case .nominate(_, let victims) = run(pod, [node]) else {
            Issue.record("expected a nomination")
            return
        }
        #expect(victims.map(\.name) == ["old-web"])
    }
}

@Suite struct ConfigurationTests {
    @Test func parsesProfilesPluginsAndScoringStrategy() throws {
        let yaml = """
            apiVersion: kubescheduler.config.k8s.io/v1
            kind: KubeSchedulerConfiguration
            percentageOfNodesToScore: 30
            leaderElection:
              leaderElect: true
            profiles:
            - schedulerName: default-scheduler
            - schedulerName: packer
              plugins:
                score:
                  disabled:
                  - name: ImageLocality
                  enabled:
                  - name: NodeResourcesFit
                    weight: 5
                filter:
                  disabled:
                  - name: TaintToleration
              pluginConfig:
              - name: NodeResourcesFit
                args:
                  scoringStrategy:
                    type: MostAllocated
                    resources:
                    - name: cpu
                      weight: 2
                    - name: memory
                      weight: 1
            """
        let c = try SchedulerConfiguration.parse(yaml: yaml)
        #expect(c.percentageOfNodesToScore == 30)
        #expect(c.leaderElect)
        #expect(c.schedulerNames == ["default-scheduler", "packer"])
        let packer = c.profiles[1]
        #expect(packer.scoringStrategy.type == .mostAllocated)
        #expect(packer.scoringStrategy.resources == [.init(name: "cpu", weight: 2), .init(name: "memory", weight: 1)])
        #expect(packer.disabledFilter.contains("TaintToleration"))
        let fw = Framework.make(profile: packer)
        #expect(!fw.filterPlugins.contains { $0.name == "TaintToleration" })
        #expect(!fw.scorePlugins.contains { $0.plugin.name == "ImageLocality" })
        #expect(fw.scorePlugins.first { $0.plugin.name == "NodeResourcesFit" }?.weight == 5)
        #expect(c.effectiveLeaseName == "kube-scheduler")
        #expect(SchedulerConfiguration.named("my-scheduler").effectiveLeaseName == "my-scheduler")
    }

    @Test func defaultProfileHasUpstreamPluginsAndWeights() {
        let fw = Framework.make(profile: SchedulerProfile())
        #expect(fw.filterPlugins.map(\.name) == SchedulerConfiguration.defaultFilterPlugins)
        #expect(fw.scorePlugins.map { "\($0.plugin.name)=\($0.weight)" } == [
            "TaintToleration=3", "NodeAffinity=2", "NodeResourcesFit=1", "PodTopologySpread=2", "InterPodAffinity=2",
            "NodeResourcesBalancedAllocation=1", "ImageLocality=1",
        ])
        #expect(fw.postFilterPlugin != nil)
    }

    @Test func rejectsBadInput() {
        #expect(throws: ConfigurationError.self) { try SchedulerConfiguration.parse(yaml: "kind: Pod") }
        #expect(throws: ConfigurationError.self) { try SchedulerConfiguration.parse(yaml: "percentageOfNodesToScore: 300") }
        #expect(throws: ConfigurationError.self) {
            try SchedulerConfiguration.parse(yaml: "profiles:\n- schedulerName: a\n- schedulerName: a\n")
        }
        #expect(throws: ConfigurationError.self) {
            try SchedulerConfiguration.parse(
                yaml: "profiles:\n- pluginConfig:\n  - name: NodeResourcesFit\n    args:\n      scoringStrategy:\n        type: Nope\n")
        }
    }

    @Test func requestedToCapacityRatioShape() throws {
        let yaml = """
            profiles:
            - pluginConfig:
              - name: NodeResourcesFit
                args:
                  scoringStrategy:
                    type: RequestedToCapacityRatio
                    requestedToCapacityRatio:
                      shape:
                      - utilization: 0
                        score: 0
                      - utilization: 100
                        score: 10
            """
        let c = try SchedulerConfiguration.parse(yaml: yaml)
        #expect(c.profiles[0].scoringStrategy.type == .requestedToCapacityRatio)
        #expect(c.profiles[0].scoringStrategy.shape.count == 2)
    }
}
