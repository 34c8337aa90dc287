import APIMachinery
import Foundation
import Testing

@testable import Controllers

@Suite struct DisruptionControllerTests {
    func pdb(_ spec: JSON, status: JSON = .null) -> JSON {
        var s = spec
        s["selector"] = ["matchLabels": ["app": "web"]]
        return ["metadata": ["name": "web", "namespace": "default", "generation": 3], "spec": s, "status": status]
    }

    func pods(_ ready: Int, _ notReady: Int = 0) -> [JSON] {
        (0..<ready).map { LifecycleFixtures.pod("r\($0)", owner: ("ReplicaSet", "rs", "rs-uid"), labels: ["app": "web"]) }
            + (0..<notReady).map { LifecycleFixtures.pod("n\($0)", ready: false, owner: ("ReplicaSet", "rs", "rs-uid"), labels: ["app": "web"]) }
    }

    let scale5: (String, String, String) -> Int? = { kind, _, _ in kind == "ReplicaSet" ? 5 : nil }

    func cond(_ s: JSON) -> JSON? { (s["conditions"].arrayValue ?? []).first { $0["type"].stringValue == "DisruptionAllowed" } }

    @Test func minAvailableCount() {
        let (s, _) = DisruptionController.status(pdb: pdb(["minAvailable": 2]), pods: pods(3, 1), now: LifecycleFixtures.now, scale: scale5)
        #expect(s["currentHealthy"].intValue == 3)
        #expect(s["desiredHealthy"].intValue == 2)
        #expect(s["expectedPods"].intValue == 4)
        #expect(s["disruptionsAllowed"].intValue == 1)
        #expect(s["observedGeneration"].intValue == 3)
        #expect(cond(s)?["status"].stringValue == "True")
        #expect(cond(s)?["reason"].stringValue == "SufficientPods")
    }

    @Test func minAvailablePercentUsesControllerScale() {
        let (s, _) = DisruptionController.status(pdb: pdb(["minAvailable": "50%"]), pods: pods(3), now: LifecycleFixtures.now, scale: scale5)
        #expect(s["expectedPods"].intValue == 5)
        #expect(s["desiredHealthy"].intValue == 3)
        #expect(s["disruptionsAllowed"].intValue == 0)
        #expect(cond(s)?["reason"].stringValue == "InsufficientPods")
        #expect(cond(s)?["status"].stringValue == "False")
    }

    @Test func maxUnavailable() {
        let (s, _) = DisruptionController.status(pdb: pdb(["maxUnavailable": 1]), pods: pods(5), now: LifecycleFixtures.now, scale: scale5)
        #expect(s["desiredHealthy"].intValue == 4)
        #expect(s["disruptionsAllowed"].intValue == 1)
        let (p, _) = DisruptionController.status(pdb: pdb(["maxUnavailable": "30%"]), pods: pods(5), now: LifecycleFixtures.now, scale: scale5)
        // 30% of 5 rounds up to 2.
        #expect(p["desiredHealthy"].intValue == 3)
        #expect(p["disruptionsAllowed"].intValue == 2)
    }

    @Test func podsWithoutControllerFailSafe() {
        let orphan = [LifecycleFixtures.pod("o", labels: ["app": "web"])]
        let (s, _) = DisruptionController.status(pdb: pdb(["maxUnavailable": 1]), pods: orphan, now: LifecycleFixtures.now, scale: scale5)
        #expect(s["disruptionsAllowed"].intValue == 0)
        #expect(cond(s)?["reason"].stringValue == "SyncFailed")
    }

    @Test func recentlyDisruptedPodsAreNotHealthy() {
        let status: JSON = ["disruptedPods": ["r0": .string(LifecycleFixtures.ago(10)), "r1": .string(LifecycleFixtures.ago(500))]]
        let (s, recheck) = DisruptionController.status(pdb: pdb(["minAvailable": 1], status: status), pods: pods(3), now: LifecycleFixtures.now, scale: scale5)
        #expect(s["currentHealthy"].intValue == 2)
        #expect(s["disruptedPods"] == ["r0": .string(LifecycleFixtures.ago(10))])
        #expect(recheck != nil)
    }

    @Test func emptySelectorSelectsEverything() {
        let p: JSON = ["spec": ["selector": .object([:])]]
        #expect(DisruptionController.selector(p).matches(["x": "y"]))
        #expect(!DisruptionController.selector(["spec": .object([:])]).matches(["x": "y"]))
    }
}

@Suite struct PodGCControllerTests {
    @Test func terminatedPodsOverThresholdOldestFirst() {
        let pods = (0..<5).map { LifecycleFixtures.pod("done-\($0)", phase: "Succeeded", created: LifecycleFixtures.ago(Double(100 - $0))) }
            + [LifecycleFixtures.pod("running")]
        let v = PodGCController.victims(pods: pods, nodes: ["node-1"], threshold: 3)
        #expect(v.map(\.key.name) == ["done-0", "done-1"])
        #expect(v.allSatisfy { $0.reason == .terminatedOverThreshold && !$0.running })
        #expect(PodGCController.victims(pods: pods, nodes: ["node-1"], threshold: 0).isEmpty)
    }

    @Test func orphanedAndUnscheduledTerminatingPods() {
        let pods = [
            LifecycleFixtures.pod("on-gone-node", node: "node-9"),
            LifecycleFixtures.pod("pending"  , node: nil),
            LifecycleFixtures.pod("pending-deleted", node: nil, deleting: true),
            LifecycleFixtures.pod("fine"),
            LifecycleFixtures.pod("oos", node: "node-2", deleting: true),
        ]
        let v = PodGCController.victims(pods: pods, nodes: ["node-1", "node-2"], outOfServiceNodes: ["node-2"], threshold: 100)
        #expect(v.map(\.key.name) == ["on-gone-node", "pending-deleted", "oos"])
        #expect(v.map(\.reason) == [.orphaned, .unscheduledTerminating, .terminatingOutOfService])
        #expect(v[0].running)
    }
}

@Suite struct ServiceAccountControllerTests {
    @Test func defaultAccountInActiveNamespaces() {
        let active: JSON = ["metadata": ["name": "dev"], "status": ["phase": "Active"]]
        #expect(ServiceAccountController.missingAccounts(namespace: active, existing: []) == ["default"])
        #expect(ServiceAccountController.missingAccounts(namespace: active, existing: ["default"]).isEmpty)
        let terminating: JSON = ["metadata": ["name": "dev", "deletionTimestamp": "2024-01-01T00:00:00Z"], "status": ["phase": "Terminating"]]
        #expect(ServiceAccountController.missingAccounts(namespace: terminating, existing: []).isEmpty)
        #expect(ServiceAccountController.missingAccounts(namespace: nil, existing: []).isEmpty)
    }
}
