import API
import APIMachinery
import Controllers
import Foundation
import Testing

@Suite struct StatefulSetDecisionTests {
    let now = Fixtures.now

    func set(replicas: Int32 = 3, parallel: Bool = false, onDelete: Bool = false, partition: Int32 = 0) -> AppsV1.StatefulSet {
        var strategy: JSON = ["type": onDelete ? "OnDelete" : "RollingUpdate"]
        if !onDelete { strategy["rollingUpdate"] = ["partition": .int(Int64(partition))] }
        return AppsV1.StatefulSet(json: [
            "apiVersion": "apps/v1", "kind": "StatefulSet",
            "metadata": ["name": "web", "namespace": "default", "uid": "uid-web", "generation": 2],
            "spec": [
                "replicas": .int(Int64(replicas)), "serviceName": "web", "selector": ["matchLabels": ["app": "web"]],
                "template": Fixtures.template, "podManagementPolicy": parallel ? "Parallel" : "OrderedReady", "updateStrategy": strategy,
            ],
        ])
    }

    func member(_ ordinal: Int, revision: String = "web-a", healthy: Bool = true, phase: String? = nil) -> CoreV1.Pod {
        var p = Fixtures.pod(
            "web-\(ordinal)", node: "n1", phase: phase ?? (healthy ? "Running" : "Pending"), ready: healthy,
            labels: [
                "app": "web", Workloads.controllerRevisionHashLabel: revision, StatefulSetDecisions.podNameLabel: "web-\(ordinal)",
                StatefulSetDecisions.podIndexLabel: String(ordinal),
            ])
        p.json[path: ["metadata", "ownerReferences"]] = [["apiVersion": "apps/v1", "kind": "StatefulSet", "name": "web", "uid": "uid-web", "controller": true]]
        return p
    }

    func plan(_ s: AppsV1.StatefulSet, _ pods: [CoreV1.Pod], current: String = "web-a", update: String = "web-a") -> [StatefulSetDecisions.Action] {
        StatefulSetDecisions.plan(set: s, pods: pods, currentRevision: current, updateRevision: update, now: now)
    }

    @Test func ordinalsAndNames() {
        #expect(StatefulSetDecisions.ordinal(ofPod: "web-0", set: "web") == 0)
        #expect(StatefulSetDecisions.ordinal(ofPod: "web-12", set: "web") == 12)
        #expect(StatefulSetDecisions.ordinal(ofPod: "web-x", set: "web") == nil)
        #expect(StatefulSetDecisions.ordinal(ofPod: "webby-1", set: "web") == nil)
        #expect(StatefulSetDecisions.ordinal(ofPod: "web-01", set: "web") == nil)
        #expect(StatefulSetDecisions.ordinal(ofPod: "web-a-1", set: "web-a") == 1)
    }

    @Test func orderedReadyCreatesOneAtATime() {
        let s = set()
        #expect(plan(s, []) == [.create(ordinal: 0, revision: "web-a")])
        #expect(plan(s, [member(0, healthy: false)]) == [], "waits for web-0 to be Running and Ready")
        #expect(plan(s, [member(0)]) == [.create(ordinal: 1, revision: "web-a")])
        #expect(plan(s, [member(0), member(1)]) == [.create(ordinal: 2, revision: "web-a")])
        #expect(plan(s, [member(0), member(1), member(2)]) == [])
        // A missing pod in the middle is recreated first.
        #expect(plan(s, [member(0), member(2)]) == [.create(ordinal: 1, revision: "web-a")])
    }

    @Test func parallelCreatesAndDeletesAtOnce() {
        let s = set(parallel: true)
        #expect(plan(s, []) == [.create(ordinal: 0, revision: "web-a"), .create(ordinal: 1, revision: "web-a"), .create(ordinal: 2, revision: "web-a")])
        let down = set(replicas: 1, parallel: true)
        #expect(plan(down, [member(0), member(1), member(2)]) == [.delete(name: "web-2"), .delete(name: "web-1")])
    }

    @Test func orderedScaleDownFromTheHighestOrdinal() {
        let s = set(replicas: 1)
        #expect(plan(s, [member(0), member(1), member(2)]) == [.delete(name: "web-2")])
        // A terminating pod blocks the next deletion.
        var terminating = member(2)
        terminating.json[path: ["metadata", "deletionTimestamp"]] = .string(Fixtures.time(1))
        #expect(plan(s, [member(0), member(1), terminating]) == [])
        // Scale-down goes on from the top whatever the health of lower condemned pods.
        #expect(plan(s, [member(0), member(1, healthy: false), member(2)]) == [.delete(name: "web-2")])
        // But a kept pod that is not ready blocks it.
        #expect(plan(s, [member(0, healthy: false), member(1), member(2)]) == [])
        #expect(plan(s, [member(0), member(1), member(2, healthy: false)]) == [.delete(name: "web-2")])
    }

    @Test func failedPodsAreRecreated() {
        let s = set()
        #expect(plan(s, [member(0, phase: "Failed")]) == [.delete(name: "web-0")])
    }

    @Test func rollingUpdateGoesFromTheHighestOrdinal() {
        let s = set()
        let old = [member(0), member(1), member(2)]
        #expect(plan(s, old, current: "web-a", update: "web-b") == [.delete(name: "web-2")])
        // web-2 recreated at the new revision but not ready: wait.
        #expect(plan(s, [member(0), member(1), member(2, revision: "web-b", healthy: false)], current: "web-a", update: "web-b") == [])
        #expect(plan(s, [member(0), member(1), member(2, revision: "web-b")], current: "web-a", update: "web-b") == [.delete(name: "web-1")])
        #expect(plan(s, [member(0, revision: "web-b"), member(1, revision: "web-b"), member(2, revision: "web-b")], current: "web-a", update: "web-b") == [])
    }

    @Test func partitionStopsTheUpdate() {
        let s = set(partition: 2)
        #expect(plan(s, [member(0), member(1), member(2)], current: "web-a", update: "web-b") == [.delete(name: "web-2")])
        #expect(plan(s, [member(0), member(1), member(2, revision: "web-b")], current: "web-a", update: "web-b") == [])
        // Pods below the partition are recreated at the current revision.
        #expect(plan(s, [member(1), member(2, revision: "web-b")], current: "web-a", update: "web-b") == [.create(ordinal: 0, revision: "web-a")])
        #expect(StatefulSetDecisions.revisionForNewPod(s, ordinal: 2, currentRevision: "web-a", updateRevision: "web-b") == "web-b")
    }

    @Test func onDeleteLeavesPodsAlone() {
        let s = set(onDelete: true)
        #expect(plan(s, [member(0), member(1), member(2)], current: "web-a", update: "web-b") == [])
        // A deleted pod comes back at the update revision.
        #expect(plan(s, [member(0), member(2)], current: "web-a", update: "web-b") == [.create(ordinal: 1, revision: "web-b")])
    }

    @Test func statusCountsRevisions() {
        let s = set()
        let pods = [member(0, revision: "web-b"), member(1), member(2, healthy: false)]
        let st = StatefulSetDecisions.status(set: s, pods: pods, currentRevision: "web-a", updateRevision: "web-b", collisionCount: 0, now: now)
        #expect(st["replicas"] == 3)
        #expect(st["readyReplicas"] == 2)
        #expect(st["availableReplicas"] == 2)
        #expect(st["currentReplicas"] == 2)
        #expect(st["updatedReplicas"] == 1)
        #expect(st["currentRevision"] == "web-a")
        #expect(st["updateRevision"] == "web-b")
        #expect(st["observedGeneration"] == 2)
        // All updated and ready: the update revision becomes current.
        let done = [member(0, revision: "web-b"), member(1, revision: "web-b"), member(2, revision: "web-b")]
        let st2 = StatefulSetDecisions.status(set: s, pods: done, currentRevision: "web-a", updateRevision: "web-b", collisionCount: 0, now: now)
        #expect(st2["currentRevision"] == "web-b")
        #expect(st2["currentReplicas"] == 3)
    }

    @Test func newPodsHaveStableIdentity() {
        let s = set()
        let pod = StatefulSetDecisions.newPod(set: s, template: s.spec.template, ordinal: 2, revision: "web-abc")
        #expect(pod.name == "web-2")
        #expect(pod.metadata.generateName == nil)
        #expect(pod.labels[StatefulSetDecisions.podNameLabel] == "web-2")
        #expect(pod.labels[StatefulSetDecisions.podIndexLabel] == "2")
        #expect(pod.labels[Workloads.controllerRevisionHashLabel] == "web-abc")
        #expect(pod.spec.hostname == "web-2")
        #expect(pod.spec.subdomain == "web")
        #expect(StatefulSetDecisions.identityMatches(s, pod))
    }

    @Test func controllerRevisionsRecordTheTemplate() {
        let s = set()
        let data = ControllerHistory.templatePatch(s.json["spec"]["template"])
        #expect(data["spec"]["template"]["$patch"] == "replace")
        #expect(ControllerHistory.template(ofRevisionData: data) == s.json["spec"]["template"])
        let r1 = ControllerHistory.newRevision(parent: s, templateLabels: ["app": "web"], data: data, revision: 1, collisionCount: 0)
        let hash = r1.labels[Workloads.controllerRevisionHashLabel] ?? ""
        #expect(r1.name == "web-" + hash)
        #expect(r1.revision == 1)
        #expect(r1.metadata.ownerReferences.first?.kind == "StatefulSet")
        #expect(ControllerHistory.plan(candidate: r1, history: []) == .create(r1))
        #expect(ControllerHistory.plan(candidate: r1, history: [r1]) == .unchanged(r1))
        // Back to an older template: the older revision is bumped (rollback).
        let data2 = ControllerHistory.templatePatch(Fixtures.template(image: "nginx:2"))
        let r2 = ControllerHistory.newRevision(parent: s, templateLabels: ["app": "web"], data: data2, revision: 2, collisionCount: 0)
        let again = ControllerHistory.newRevision(parent: s, templateLabels: ["app": "web"], data: data, revision: 3, collisionCount: 0)
        #expect(ControllerHistory.plan(candidate: again, history: [r1, r2]) == .bump(r1, to: 3))
        // Cleanup keeps live revisions and the limit.
        let r3 = ControllerHistory.newRevision(parent: s, templateLabels: [:], data: ControllerHistory.templatePatch(Fixtures.template(image: "x")), revision: 3, collisionCount: 0)
        #expect(ControllerHistory.revisionsToDelete([r1, r2, r3], live: [r3.name], limit: 1).map(\.name) == [r1.name])
        #expect(ControllerHistory.revisionsToDelete([r1, r2, r3], live: [r3.name], limit: 2).isEmpty)
    }
}
