import API
import APIMachinery
import Controllers
import Foundation
import Testing

@Suite struct ReplicaSetDecisionTests {
    let now = Fixtures.now

    @Test func scaleUpCreatesTheMissingPods() {
        let pods = [Fixtures.pod("a"), Fixtures.pod("b"), Fixtures.pod("c")]
        let d = ReplicaSetDecisions.diff(desired: 5, active: pods, now: now)
        #expect(d.create == 2)
        #expect(d.delete.isEmpty)
        #expect(ReplicaSetDecisions.diff(desired: 3, active: pods, now: now) == .init(create: 0, delete: []))
    }

    @Test func creationsAndDeletionsAreCappedByTheBurst() {
        #expect(ReplicaSetDecisions.diff(desired: 1200, active: [], now: now).create == 500)
        #expect(ReplicaSetDecisions.diff(desired: 10, active: [], now: now, burst: 4).create == 4)
        let pods = (0..<10).map { Fixtures.pod("p\($0)") }
        #expect(ReplicaSetDecisions.diff(desired: 0, active: pods, now: now, burst: 3).delete.count == 3)
    }

    @Test func victimsFollowUpstreamRanking() {
        let unscheduled = Fixtures.pod("unscheduled", node: nil, phase: "Pending")
        let pending = Fixtures.pod("pending", node: "n1", phase: "Pending")
        let unknown = Fixtures.pod("unknown", node: "n1", phase: "Unknown")
        let notReady = Fixtures.pod("notready", node: "n1", phase: "Running", ready: false)
        let ready = Fixtures.pod("ready", node: "n1", phase: "Running", ready: true)
        let pods = [ready, notReady, unknown, pending, unscheduled]
        let order = ReplicaSetDecisions.deletionOrder(pods, related: pods, now: now).map(\.name)
        #expect(order == ["unscheduled", "pending", "unknown", "notready", "ready"])

        // Scale down by two removes the two least valuable pods.
        let diff = ReplicaSetDecisions.diff(desired: 3, active: pods, now: now)
        #expect(diff.delete.map(\.name) == ["unscheduled", "pending"])
    }

    @Test func deletionCostThenDoubledUpNodesThenReadyTime() {
        let cheap = Fixtures.pod("cheap", node: "n1", ready: true, annotations: [Workloads.podDeletionCostAnnotation: "-10"])
        let normal = Fixtures.pod("normal", node: "n1", ready: true)
        #expect(ReplicaSetDecisions.deletionOrder([normal, cheap], related: [normal, cheap], now: now).map(\.name) == ["cheap", "normal"])

        // Two pods on n1, one on n2: a pod on the crowded node goes first.
        let a = Fixtures.pod("a", node: "n1", ready: true)
        let b = Fixtures.pod("b", node: "n1", ready: true)
        let c = Fixtures.pod("c", node: "n2", ready: true)
        #expect(ReplicaSetDecisions.deletionOrder([c, a, b], related: [a, b, c], now: now).first?.name != "c")

        // Ready for a minute goes before ready for a day (logarithmic buckets).
        let fresh = Fixtures.pod("fresh", node: "n1", ready: true, readyFor: 60)
        let old = Fixtures.pod("old", node: "n2", ready: true, readyFor: 86400)
        #expect(ReplicaSetDecisions.deletionOrder([old, fresh], related: [old, fresh], now: now).map(\.name) == ["fresh", "old"])
    }

    @Test func restartsThenAge() {
        let crashy = Fixtures.pod("crashy", node: "n1", ready: false, restarts: 7)
        let calm = Fixtures.pod("calm", node: "n2", ready: false, restarts: 0)
        #expect(ReplicaSetDecisions.deletionOrder([calm, crashy], related: [calm, crashy], now: now).map(\.name) == ["crashy", "calm"])
        let young = Fixtures.pod("young", node: "n1", ready: false, age: 10)
        let aged = Fixtures.pod("aged", node: "n2", ready: false, age: 100_000)
        #expect(ReplicaSetDecisions.deletionOrder([aged, young], related: [aged, young], now: now).map(\.name) == ["young", "aged"])
    }

    @Test func slowStartBatchesDouble() {
        #expect(Workloads.slowStartBatches(count: 0) == [])
        #expect(Workloads.slowStartBatches(count: 1) == [1])
        #expect(Workloads.slowStartBatches(count: 7) == [1, 2, 4])
        #expect(Workloads.slowStartBatches(count: 10) == [1, 2, 4, 3])
        #expect(Workloads.slowStartBatches(count: 100).reduce(0, +) == 100)
        #expect(Workloads.slowStartBatches(count: 100) == [1, 2, 4, 8, 16, 32, 37])
    }

    @Test func statusCountsHonourMinReadySeconds() {
        let pods = [
            Fixtures.pod("a", ready: true, readyFor: 5, labels: ["app": "web"]),
            Fixtures.pod("b", ready: true, readyFor: 60, labels: ["app": "web"]),
            Fixtures.pod("c", ready: false, labels: ["app": "other"]),
        ]
        let c = ReplicaSetDecisions.counts(pods: pods, templateLabels: ["app": "web"], minReadySeconds: 30, now: now)
        #expect(c == .init(replicas: 3, fullyLabeledReplicas: 2, readyReplicas: 2, availableReplicas: 1))
        let next = ReplicaSetDecisions.nextAvailabilityCheck(pods: pods, minReadySeconds: 30, now: now)
        #expect(next.map { abs($0 - 25) < 0.01 } == true)
        #expect(ReplicaSetDecisions.counts(pods: pods, templateLabels: ["app": "web"], minReadySeconds: 0, now: now).availableReplicas == 2)
    }

    @Test func replicaFailureConditionComesAndGoes() {
        let counts = ReplicaSetDecisions.Counts(replicas: 1, fullyLabeledReplicas: 1, readyReplicas: 0, availableReplicas: 0)
        let failed = ReplicaSetDecisions.status(old: .null, counts: counts, generation: 3, desired: 3, manageError: "quota exceeded", now: now)
        #expect(failed["observedGeneration"] == 3)
        #expect(failed["replicas"] == 1)
        #expect(failed["readyReplicas"].isNull)
        let cond = failed["conditions"][0]
        #expect(cond["type"] == "ReplicaFailure")
        #expect(cond["reason"] == "FailedCreate")
        #expect(cond["message"] == "quota exceeded")
        let healed = ReplicaSetDecisions.status(old: failed, counts: counts, generation: 3, desired: 3, manageError: nil, now: now)
        #expect(healed["conditions"].isNull)
    }

    @Test func expectationsGateSyncs() {
        let e = Workloads.Expectations()
        #expect(e.satisfied("ns/rs"))
        e.expectCreations("ns/rs", 2)
        #expect(!e.satisfied("ns/rs"))
        e.creationObserved("ns/rs")
        #expect(!e.satisfied("ns/rs"))
        e.creationObserved("ns/rs")
        #expect(e.satisfied("ns/rs"))
        e.expectDeletions("ns/rs", ["ns/a", "ns/b"])
        e.deletionObserved("ns/rs", podKey: "ns/a")
        e.deletionObserved("ns/rs", podKey: "ns/a")
        #expect(!e.satisfied("ns/rs"))
        e.deletionObserved("ns/rs", podKey: "ns/b")
        #expect(e.satisfied("ns/rs"))
    }

    @Test func claimingAdoptsOrphansAndReleasesStrangers() {
        let orphan = Fixtures.pod("orphan").json
        let mine = Fixtures.pod("mine", owner: "rs").json
        let theirs = Fixtures.pod("theirs", owner: "other").json
        #expect(Workloads.claimAction(child: orphan, ownerUID: "uid-rs", matches: true, ownerBeingDeleted: false) == .adopt)
        #expect(Workloads.claimAction(child: orphan, ownerUID: "uid-rs", matches: false, ownerBeingDeleted: false) == .ignore)
        #expect(Workloads.claimAction(child: orphan, ownerUID: "uid-rs", matches: true, ownerBeingDeleted: true) == .ignore)
        #expect(Workloads.claimAction(child: mine, ownerUID: "uid-rs", matches: true, ownerBeingDeleted: false) == .keep)
        #expect(Workloads.claimAction(child: mine, ownerUID: "uid-rs", matches: false, ownerBeingDeleted: false) == .release)
        #expect(Workloads.claimAction(child: theirs, ownerUID: "uid-rs", matches: true, ownerBeingDeleted: false) == .ignore)
        let deleting = Fixtures.pod("deleting", deleting: true).json
        #expect(Workloads.claimAction(child: deleting, ownerUID: "uid-rs", matches: true, ownerBeingDeleted: false) == .ignore)
    }

    @Test func podsFromTemplates() {
        let template = CoreV1.PodTemplateSpec(json: Fixtures.template)
        let ref = Workloads.makeControllerRef(apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-abc", uid: "u1")
        let pod = Workloads.pod(from: template, namespace: "default", ownerRef: ref, generateNamePrefix: "web-abc")
        #expect(pod.metadata.generateName == "web-abc-")
        #expect(pod.metadata.labels == ["app": "web"])
        #expect(pod.metadata.ownerReferences.first?.controller == true)
        #expect(pod.metadata.ownerReferences.first?.blockOwnerDeletion == true)
        #expect(pod.spec.containers.first?.image == "nginx:1")
    }
}
