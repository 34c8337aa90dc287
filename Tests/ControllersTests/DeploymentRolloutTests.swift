import API
import APIMachinery
import Controllers
import Foundation
import Testing

@Suite struct DeploymentRolloutTests {
    let now = Fixtures.now

    @Test func fencepostsRoundSurgeUpAndUnavailableDown() {
        #expect(DeploymentRollout.resolveFenceposts(maxSurge: "25%", maxUnavailable: "25%", desired: 10) == (3, 2))
        #expect(DeploymentRollout.resolveFenceposts(maxSurge: "25%", maxUnavailable: "25%", desired: 1) == (1, 0))
        #expect(DeploymentRollout.resolveFenceposts(maxSurge: 0, maxUnavailable: "1%", desired: 2) == (0, 1))
        #expect(DeploymentRollout.resolveFenceposts(maxSurge: 0, maxUnavailable: 0, desired: 5) == (0, 1))
        #expect(DeploymentRollout.resolveFenceposts(maxSurge: nil, maxUnavailable: nil, desired: 5) == (0, 1))
        #expect(DeploymentRollout.resolveFenceposts(maxSurge: 2, maxUnavailable: "50%", desired: 3) == (2, 1))
    }

    /// Simulates a rolling update: each step applies the controller's actions, then every pod of
    /// the new ReplicaSet becomes available (and old ones keep theirs). Checks upstream's
    /// invariants at every step and returns the actions taken.
    func simulate(desired: Int32, surge: IntOrString, unavailable: IntOrString) -> [[ScaleAction]] {
        let d = Fixtures.deployment(replicas: desired, maxSurge: surge, maxUnavailable: unavailable, template: Fixtures.template(image: "nginx:2"))
        var old = Fixtures.replicaSet("web-old", replicas: desired, template: Fixtures.template, revision: 1, age: 1000)
        var new = Fixtures.replicaSet("web-new", replicas: 0, template: Fixtures.template(image: "nginx:2"), revision: 2, age: 10)
        let (maxSurge, maxUnavailable) = (DeploymentRollout.maxSurge(d), DeploymentRollout.maxUnavailable(d))
        var steps: [[ScaleAction]] = []
        for _ in 0..<100 {
            let actions = DeploymentRollout.rollingStep(d, newRS: new, oldRSs: [old])
            if actions.isEmpty { break }
            steps.append(actions)
            for a in actions {
                if a.name == old.name { old.spec.replicas = a.to }
                if a.name == new.name { new.spec.replicas = a.to }
            }
            // Old pods removed are no longer available; new pods are not available yet.
            old.status.availableReplicas = min(old.status.availableReplicas ?? 0, old.spec.replicas ?? 0)
            let total = (old.spec.replicas ?? 0) + (new.spec.replicas ?? 0)
            #expect(total <= desired + maxSurge, "surge exceeded at step \(steps.count): \(actions)")
            let availableNow = (old.status.availableReplicas ?? 0) + (new.status.availableReplicas ?? 0)
            #expect(availableNow >= desired - maxUnavailable, "too few available at step \(steps.count): \(actions)")
            // The new pods come up.
            new.status.availableReplicas = new.spec.replicas
        }
        #expect(new.spec.replicas == desired)
        #expect(old.spec.replicas == 0)
        return steps
    }

    @Test func rollingUpdateDefaultsOnTenReplicas() {
        let steps = simulate(desired: 10, surge: "25%", unavailable: "25%")
        // First step surges the new ReplicaSet to 3, then old ones go down by 5 (3 surge + 2 unavailable).
        #expect(steps.first == [ScaleAction(name: "web-new", from: 0, to: 3)])
        #expect(steps.dropFirst().first == [ScaleAction(name: "web-old", from: 10, to: 5)])
    }

    @Test func rollingUpdateOneAtATimeWithoutSurge() {
        // Upstream: "2 desired, max unavailable 1%, surge 0% - should scale old(-1), then new(+1), then old(-1), then new(+1)".
        let steps = simulate(desired: 2, surge: "0%", unavailable: "1%")
        #expect(steps == [
            [ScaleAction(name: "web-old", from: 2, to: 1)], [ScaleAction(name: "web-new", from: 0, to: 1)],
            [ScaleAction(name: "web-old", from: 1, to: 0)], [ScaleAction(name: "web-new", from: 1, to: 2)],
        ])
    }

    @Test func rollingUpdateSurgeFirstWithoutUnavailability() {
        // Upstream: "2 desired, max unavailable 0%, surge 1% - should scale new(+1), then old(-1), then new(+1), then old(-1)".
        let steps = simulate(desired: 2, surge: "1%", unavailable: "0%")
        #expect(steps == [
            [ScaleAction(name: "web-new", from: 0, to: 1)], [ScaleAction(name: "web-old", from: 2, to: 1)],
            [ScaleAction(name: "web-new", from: 1, to: 2)], [ScaleAction(name: "web-old", from: 1, to: 0)],
        ])
    }

    @Test func rollingUpdateOtherCombinations() {
        for (desired, surge, unavailable) in [
            (Int32(1), IntOrString("25%"), IntOrString("25%")), (5, 1, 0), (5, 0, 1), (7, "50%", "50%"), (3, 3, 3), (20, "10%", 0),
            (4, 0, "100%"),
        ] {
            let steps = simulate(desired: desired, surge: surge, unavailable: unavailable)
            #expect(!steps.isEmpty)
        }
    }

    @Test func unhealthyOldReplicasGoFirst() {
        // Old RS has 5 replicas of which 2 are unavailable: they are cleaned up without waiting.
        let d = Fixtures.deployment(replicas: 5, maxSurge: 0, maxUnavailable: 1, template: Fixtures.template(image: "nginx:2"))
        let old = Fixtures.replicaSet("web-old", replicas: 5, available: 3, revision: 1)
        let new = Fixtures.replicaSet("web-new", replicas: 0, template: Fixtures.template(image: "nginx:2"), revision: 2, age: 1)
        // maxUnavailable 1: at most one pod may go, and it is an unavailable one.
        #expect(DeploymentRollout.reconcileOldReplicaSets(d, oldRSs: [old], newRS: new) == [ScaleAction(name: "web-old", from: 5, to: 4)])
        // maxUnavailable 2: both unavailable pods go, no available one.
        let d2 = Fixtures.deployment(replicas: 5, maxSurge: 0, maxUnavailable: 2, template: Fixtures.template(image: "nginx:2"))
        #expect(DeploymentRollout.reconcileOldReplicaSets(d2, oldRSs: [old], newRS: new) == [ScaleAction(name: "web-old", from: 5, to: 3)])
    }

    @Test func newReplicaSetIsScaledDownWhenTooBig() {
        let d = Fixtures.deployment(replicas: 3)
        let new = Fixtures.replicaSet("web-new", replicas: 5, revision: 1)
        #expect(DeploymentRollout.rollingStep(d, newRS: new, oldRSs: []) == [ScaleAction(name: "web-new", from: 5, to: 3)])
    }

    @Test func podTemplateHashIsStableAndSafe() {
        let d = Fixtures.deployment()
        let h1 = DeploymentRollout.podTemplateHash(d)
        let h2 = DeploymentRollout.podTemplateHash(Fixtures.deployment(replicas: 3, maxSurge: 1))
        #expect(h1 == h2, "the hash depends on the template only")
        #expect(!h1.isEmpty && h1.count <= 10)
        #expect(h1.allSatisfy { "bcdfghjklmnpqrstvwxz2456789".contains($0) })
        #expect(DeploymentRollout.podTemplateHash(Fixtures.deployment(template: Fixtures.template(image: "nginx:2"))) != h1)
        var collided = Fixtures.deployment()
        collided.status.collisionCount = 1
        #expect(DeploymentRollout.podTemplateHash(collided) != h1)
        // Key order and nulls do not matter.
        let reordered = JSON.object(["spec": Fixtures.template["spec"], "metadata": Fixtures.template["metadata"], "status": .null])
        #expect(Workloads.templateHash(reordered, collisionCount: nil) == h1)
        #expect(Workloads.safeEncode("0123456789") == "456789bcdf")
    }

    @Test func newReplicaSetShape() {
        let d = Fixtures.deployment(replicas: 4, maxSurge: 1, annotations: [
            DeploymentRollout.changeCauseAnnotation: "kubectl set image", "kubectl.kubernetes.io/last-applied-configuration": "{}",
        ])
        let old = Fixtures.replicaSet("web-old", replicas: 4, template: Fixtures.template(image: "nginx:0"), revision: 4)
        let rs = DeploymentRollout.newReplicaSet(d, oldReplicaSets: [old])
        let hash = DeploymentRollout.podTemplateHash(d)
        #expect(rs.name == "web-" + hash)
        #expect(rs.labels[Workloads.podTemplateHashLabel] == hash)
        #expect(rs.spec.template.metadata.labels == ["app": "web", Workloads.podTemplateHashLabel: hash])
        #expect(rs.spec.selector.matchLabels == ["app": "web", Workloads.podTemplateHashLabel: hash])
        #expect(rs.metadata.ownerReferences.first?.uid == "uid-web")
        #expect(rs.metadata.ownerReferences.first?.controller == true)
        #expect(rs.spec.replicas == 1, "4 old + surge 1 leaves room for one new pod")
        let a = rs.metadata.annotations
        #expect(a[DeploymentRollout.revisionAnnotation] == "5")
        #expect(a[DeploymentRollout.desiredReplicasAnnotation] == "4")
        #expect(a[DeploymentRollout.maxReplicasAnnotation] == "5")
        #expect(a[DeploymentRollout.changeCauseAnnotation] == "kubectl set image")
        #expect(a["kubectl.kubernetes.io/last-applied-configuration"] == nil)
    }

    @Test func rollbackReusesTheOldReplicaSetUnderANewRevision() {
        // Revisions 1 (nginx:1) and 2 (nginx:2); the template goes back to nginx:1 (kubectl rollout undo).
        let d = Fixtures.deployment(template: Fixtures.template)
        var rs1 = Fixtures.replicaSet("web-1", replicas: 0, template: Fixtures.template, revision: 1, age: 2000)
        rs1.json[path: ["spec", "template", "metadata", "labels", Workloads.podTemplateHashLabel]] = "abc"
        let rs2 = Fixtures.replicaSet("web-2", replicas: 10, template: Fixtures.template(image: "nginx:2"), revision: 2, age: 1000)
        let found = DeploymentRollout.findNewReplicaSet(d, [rs2, rs1])
        #expect(found?.name == "web-1")
        let olds = DeploymentRollout.findOldReplicaSets(d, [rs1, rs2])
        #expect(olds.all.map(\.name) == ["web-2"])
        #expect(olds.withReplicas.map(\.name) == ["web-2"])
        let newRevision = String(DeploymentRollout.maxRevision(olds.all) + 1)
        #expect(newRevision == "3")
        var reused = rs1
        #expect(DeploymentRollout.setNewReplicaSetAnnotations(d, &reused, newRevision: newRevision, exists: true))
        #expect(reused.metadata.annotations[DeploymentRollout.revisionAnnotation] == "3")
        #expect(reused.metadata.annotations[DeploymentRollout.revisionHistoryAnnotation] == "1")
        // A second rollback to it keeps the history.
        var again = reused
        DeploymentRollout.setNewReplicaSetAnnotations(d, &again, newRevision: "5", exists: true)
        #expect(again.metadata.annotations[DeploymentRollout.revisionHistoryAnnotation] == "1,3")
        // Already current: nothing changes.
        #expect(!DeploymentRollout.setNewReplicaSetAnnotations(d, &again, newRevision: "5", exists: true))
        #expect(DeploymentRollout.lastRevision([rs1, rs2]) == 1)
    }

    @Test func restartAnnotationMakesANewTemplate() {
        var t = Fixtures.template
        t[path: ["metadata", "annotations", "kubectl.kubernetes.io/restartedAt"]] = "2026-01-01T00:00:00Z"
        let d = Fixtures.deployment(template: t)
        let rs = Fixtures.replicaSet("web-1", replicas: 10, revision: 1)
        #expect(DeploymentRollout.findNewReplicaSet(d, [rs]) == nil)
    }

    @Test func proportionalScalingDuringARollout() {
        // 10 -> 12 replicas while two ReplicaSets (8 new, 5 old) share 10 + 3 surge.
        let d = Fixtures.deployment(replicas: 12, maxSurge: 3, maxUnavailable: 2, template: Fixtures.template(image: "nginx:2"))
        let ann = [DeploymentRollout.desiredReplicasAnnotation: "10", DeploymentRollout.maxReplicasAnnotation: "13"]
        let new = Fixtures.replicaSet("web-new", replicas: 8, available: 0, template: Fixtures.template(image: "nginx:2"), revision: 2, age: 10, annotations: ann)
        let old = Fixtures.replicaSet("web-old", replicas: 5, revision: 1, age: 1000, annotations: ann)
        #expect(DeploymentRollout.isScalingEvent(d, newRS: new, oldRSs: [old]))
        let actions = DeploymentRollout.proportionalScale(d, newRS: new, oldRSs: [old])
        #expect(Set(actions) == [ScaleAction(name: "web-new", from: 8, to: 9), ScaleAction(name: "web-old", from: 5, to: 6)])

        // A single active ReplicaSet takes the whole size.
        let only = Fixtures.replicaSet("web-new", replicas: 10, revision: 2, annotations: ann)
        #expect(DeploymentRollout.proportionalScale(d, newRS: only, oldRSs: [Fixtures.replicaSet("web-old", replicas: 0, revision: 1)]) ==
            [ScaleAction(name: "web-new", from: 10, to: 12)])
    }

    @Test func historyCleanupKeepsTheLimit() {
        let d = Fixtures.deployment(revisionHistoryLimit: 1)
        let olds = [
            Fixtures.replicaSet("r1", replicas: 0, revision: 1), Fixtures.replicaSet("r2", replicas: 0, revision: 2),
            Fixtures.replicaSet("r3", replicas: 0, revision: 3), Fixtures.replicaSet("r4", replicas: 2, revision: 4),
        ]
        #expect(DeploymentRollout.replicaSetsToCleanUp(d, oldRSs: olds).map(\.name) == ["r1", "r2", "r3"])
        #expect(DeploymentRollout.replicaSetsToCleanUp(Fixtures.deployment(revisionHistoryLimit: 10), oldRSs: olds).isEmpty)
        #expect(DeploymentRollout.replicaSetsToCleanUp(Fixtures.deployment(revisionHistoryLimit: 0), oldRSs: olds).map(\.name) == ["r1", "r2", "r3"])
    }

    @Test func statusOfACompleteRollout() {
        let d = Fixtures.deployment(replicas: 3)
        let rs = Fixtures.replicaSet("web-abc", replicas: 3, revision: 1)
        let s = DeploymentRollout.rolloutStatus(d, allRSs: [rs], newRS: rs, now: now)
        #expect(s["replicas"] == 3)
        #expect(s["updatedReplicas"] == 3)
        #expect(s["availableReplicas"] == 3)
        #expect(s["readyReplicas"] == 3)
        #expect(s["unavailableReplicas"].isNull)
        #expect(s["observedGeneration"] == 1)
        let conds = s["conditions"].arrayValue ?? []
        let available = conds.first { $0["type"] == "Available" }
        let progressing = conds.first { $0["type"] == "Progressing" }
        #expect(available?["status"] == "True")
        #expect(available?["reason"] == "MinimumReplicasAvailable")
        #expect(available?["message"] == "Deployment has minimum availability.")
        #expect(progressing?["status"] == "True")
        #expect(progressing?["reason"] == "NewReplicaSetAvailable")
        #expect(progressing?["message"] == "ReplicaSet \"web-abc\" has successfully progressed.")
    }

    @Test func progressDeadlineExceeded() {
        let stale: JSON = [
            "observedGeneration": 1, "replicas": 3, "updatedReplicas": 3,
            "conditions": [[
                "type": "Progressing", "status": "True", "reason": "ReplicaSetUpdated", "message": "ReplicaSet \"web-abc\" is progressing.",
                "lastUpdateTime": .string(Fixtures.time(700)), "lastTransitionTime": .string(Fixtures.time(700)),
            ]],
        ]
        let d = Fixtures.deployment(replicas: 3, status: stale, progressDeadline: 600)
        let rs = Fixtures.replicaSet("web-abc", replicas: 3, available: 0, revision: 1)
        let s = DeploymentRollout.rolloutStatus(d, allRSs: [rs], newRS: rs, now: now)
        let progressing = (s["conditions"].arrayValue ?? []).first { $0["type"] == "Progressing" }
        #expect(progressing?["status"] == "False")
        #expect(progressing?["reason"] == "ProgressDeadlineExceeded")
        #expect(progressing?["message"] == "ReplicaSet \"web-abc\" has timed out progressing.")
        let available = (s["conditions"].arrayValue ?? []).first { $0["type"] == "Available" }
        #expect(available?["status"] == "False")

        // Not yet past the deadline: look again when it passes.
        var fresh = stale
        fresh[path: ["conditions"]] = [[
            "type": "Progressing", "status": "True", "reason": "ReplicaSetUpdated", "message": "m",
            "lastUpdateTime": .string(Fixtures.time(100)), "lastTransitionTime": .string(Fixtures.time(100)),
        ]]
        let d2 = Fixtures.deployment(replicas: 3, status: fresh, progressDeadline: 600)
        let s2 = DeploymentRollout.rolloutStatus(d2, allRSs: [rs], newRS: rs, now: now)
        #expect((s2["conditions"].arrayValue ?? []).first { $0["type"] == "Progressing" }?["reason"] == "ReplicaSetUpdated")
        let delay = DeploymentRollout.stuckRecheckDelay(d2, status: s2, now: now)
        #expect(delay.map { abs($0 - 501) < 0.01 } == true)
    }

    @Test func pauseAndResumeConditions() {
        var d = Fixtures.deployment()
        d.spec.paused = true
        let paused = DeploymentRollout.pausedConditionUpdate(d, now: now)
        #expect(paused?["conditions"][0]["reason"] == "DeploymentPaused")
        #expect(paused?["conditions"][0]["status"] == "Unknown")
        d.json["status"] = paused ?? .null
        #expect(DeploymentRollout.pausedConditionUpdate(d, now: now) == nil)
        d.spec.paused = false
        #expect(DeploymentRollout.pausedConditionUpdate(d, now: now)?["conditions"][0]["reason"] == "DeploymentResumed")
    }

    @Test func recreateWaitsForOldPods() {
        let old = Fixtures.replicaSet("web-old", replicas: 0, revision: 1, statusReplicas: 0)
        let pod = Fixtures.pod("p", phase: "Running", owner: "web-old")
        #expect(DeploymentRollout.oldPodsRunning(newRS: nil, oldRSs: [old], podsByReplicaSet: ["uid-web-old": [pod]]))
        let done = Fixtures.pod("q", phase: "Succeeded", owner: "web-old")
        #expect(!DeploymentRollout.oldPodsRunning(newRS: nil, oldRSs: [old], podsByReplicaSet: ["uid-web-old": [done]]))
        let d = Fixtures.deployment(replicas: 4, strategy: "Recreate")
        let new = Fixtures.replicaSet("web-new", replicas: 0, revision: 2)
        #expect(DeploymentRollout.newRSNewReplicas(d, allRSs: [new], newRS: new) == 4)
    }
}
