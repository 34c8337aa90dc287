import APIMachinery
import Foundation
import Testing

@testable import Controllers

@Suite struct JobControllerTests {
    let now = LifecycleFixtures.now
    let fin = JobController.trackingFinalizer

    func jobPod(_ name: String, phase: String = "Running", index: Int? = nil, deleting: Bool = false, finalizer: Bool = true) -> JSON {
        LifecycleFixtures.pod(
            name, phase: phase, owner: ("Job", "pi", "job-uid"), deleting: deleting, finalizers: finalizer ? [fin] : [],
            index: index)
    }

    func condition(_ status: JSON, _ type: String) -> JSON? {
        (status["conditions"].arrayValue ?? []).first { $0["type"].stringValue == type }
    }

    @Test func newJobCreatesParallelismPods() {
        let job = LifecycleFixtures.job(completions: 5, parallelism: 2)
        let plan = JobController.plan(job: job, pods: [], now: now)
        #expect(plan.podsToCreate.count == 2)
        #expect(plan.status["active"].intValue == 2)
        #expect(plan.status["startTime"].stringValue == "2024-05-01T12:00:00Z")
        let pod = plan.podsToCreate[0]
        #expect(pod["metadata"]["name"].stringValue?.hasPrefix("pi-") == true)
        #expect(pod["metadata"]["name"].stringValue?.count == 8)
        #expect(pod["metadata"]["finalizers"] == [.string(fin)])
        #expect(pod["metadata"]["ownerReferences"][0]["uid"].stringValue == "job-uid")
        #expect(pod["metadata"]["ownerReferences"][0]["controller"].boolValue == true)
        #expect(pod["metadata"]["labels"]["batch.kubernetes.io/job-name"].stringValue == "pi")
        #expect(pod["metadata"]["labels"]["app"].stringValue == "pi")
        #expect(pod["spec"]["restartPolicy"].stringValue == "Never")
    }

    @Test func succeededPodIsCountedThroughUncountedAndFinalizer() {
        let job = LifecycleFixtures.job(completions: 3, parallelism: 2)
        let pods = [jobPod("pi-a", phase: "Succeeded"), jobPod("pi-b")]
        let plan = JobController.plan(job: job, pods: pods, now: now)
        #expect(plan.intermediateStatus?["uncountedTerminatedPods"]["succeeded"] == ["uid-pi-a"])
        #expect(plan.finalizersToRemove == ["pi-a"])
        #expect(plan.status["succeeded"].intValue == 1)
        #expect(plan.status["uncountedTerminatedPods"] == .object([:]))
        // Two more completions needed, one running: one more pod.
        #expect(plan.podsToCreate.count == 1)
        #expect(plan.status["active"].intValue == 2)
    }

    @Test func alreadyCountedPodsAreNotCountedTwice() {
        let job = LifecycleFixtures.job(completions: 3, parallelism: 1, status: ["succeeded": 1])
        // pi-a succeeded and its finalizer is gone: already in status.succeeded.
        let pods = [jobPod("pi-a", phase: "Succeeded", finalizer: false), jobPod("pi-b")]
        let plan = JobController.plan(job: job, pods: pods, now: now)
        #expect(plan.intermediateStatus == nil)
        #expect(plan.status["succeeded"].intValue == 1)
        #expect(plan.podsToCreate.isEmpty)
    }

    @Test func completesWhenCompletionsReached() {
        let job = LifecycleFixtures.job(completions: 2, parallelism: 2, status: ["succeeded": 1, "startTime": .string(LifecycleFixtures.ago(60))])
        let plan = JobController.plan(job: job, pods: [jobPod("pi-b", phase: "Succeeded")], now: now)
        #expect(plan.status["succeeded"].intValue == 2)
        #expect(condition(plan.status, "SuccessCriteriaMet")?["reason"].stringValue == "CompletionsReached")
        #expect(condition(plan.status, "Complete")?["status"].stringValue == "True")
        #expect(plan.status["completionTime"].stringValue == "2024-05-01T12:00:00Z")
        #expect(plan.podsToCreate.isEmpty)
        #expect(JobController.isFinished(["status": plan.status]))
    }

    @Test func failedPodsAreReplacedUntilTheBackoffLimit() {
        let job = LifecycleFixtures.job(completions: 1, parallelism: 1, backoffLimit: 2, status: ["failed": 1])
        let plan = JobController.plan(job: job, pods: [jobPod("pi-b", phase: "Failed")], now: now)
        #expect(plan.status["failed"].intValue == 2)
        #expect(plan.podsToCreate.count == 1)
        #expect(condition(plan.status, "Failed") == nil)

        let over = LifecycleFixtures.job(completions: 1, parallelism: 1, backoffLimit: 2, status: ["failed": 2])
        let plan2 = JobController.plan(job: over, pods: [jobPod("pi-c", phase: "Failed")], now: now)
        #expect(plan2.status["failed"].intValue == 3)
        #expect(plan2.podsToCreate.isEmpty)
        #expect(condition(plan2.status, "FailureTarget")?["reason"].stringValue == "BackoffLimitExceeded")
        #expect(condition(plan2.status, "Failed")?["reason"].stringValue == "BackoffLimitExceeded")
        #expect(condition(plan2.status, "Failed")?["message"].stringValue == "Job has reached the specified backoff limit")
    }

    @Test func failureWaitsForRunningPodsToStop() {
        let job = LifecycleFixtures.job(completions: 3, parallelism: 2, backoffLimit: 0)
        let pods = [jobPod("pi-a", phase: "Failed"), jobPod("pi-b")]
        let plan = JobController.plan(job: job, pods: pods, now: now)
        #expect(condition(plan.status, "FailureTarget") != nil)
        #expect(condition(plan.status, "Failed") == nil)
        #expect(plan.podsToDelete == ["pi-b"])
        #expect(plan.podsToCreate.isEmpty)
    }

    @Test func activeDeadline() {
        let job = LifecycleFixtures.job(
            completions: 1, status: ["startTime": .string(LifecycleFixtures.ago(120))], extraSpec: ["activeDeadlineSeconds": 100])
        let plan = JobController.plan(job: job, pods: [jobPod("pi-a")], now: now)
        #expect(condition(plan.status, "FailureTarget")?["reason"].stringValue == "DeadlineExceeded")
        #expect(plan.podsToDelete == ["pi-a"])

        let young = LifecycleFixtures.job(
            completions: 1, status: ["startTime": .string(LifecycleFixtures.ago(50))], extraSpec: ["activeDeadlineSeconds": 100])
        let plan2 = JobController.plan(job: young, pods: [jobPod("pi-a")], now: now)
        #expect(condition(plan2.status, "FailureTarget") == nil)
        #expect(plan2.requeueAfter != nil)
    }

    @Test func indexedJobCreatesMissingIndexes() {
        let job = LifecycleFixtures.job(completions: 4, parallelism: 3, indexed: true)
        let pods = [jobPod("pi-1-aaaaa", phase: "Succeeded", index: 1), jobPod("pi-3-bbbbb", index: 3)]
        let plan = JobController.plan(job: job, pods: pods, now: now)
        #expect(plan.status["completedIndexes"].stringValue == "1")
        #expect(plan.status["succeeded"].intValue == 1)
        let indexes = plan.podsToCreate.compactMap { $0["metadata"]["annotations"][JobController.completionIndexKey].stringValue }
        #expect(indexes == ["0", "2"])
        let p = plan.podsToCreate[0]
        #expect(p["metadata"]["labels"][JobController.completionIndexKey].stringValue == "0")
        #expect(p["metadata"]["name"].stringValue?.hasPrefix("pi-0-") == true)
        #expect(p["spec"]["hostname"].stringValue == "pi-0")
        #expect(p["spec"]["containers"][0]["env"][0]["name"].stringValue == "JOB_COMPLETION_INDEX")
    }

    @Test func indexSetFormatting() {
        #expect(JobController.formatIndexes([0, 1, 2, 5, 7, 8]) == "0-2,5,7-8")
        #expect(JobController.parseIndexes("0-2,5,7-8") == [0, 1, 2, 5, 7, 8])
        #expect(JobController.formatIndexes([]) == "")
    }

    @Test func workQueueJobFinishesWhenOneSucceedsAndOthersStop() {
        let job = LifecycleFixtures.job(completions: nil, parallelism: 2)
        let plan = JobController.plan(job: job, pods: [jobPod("pi-a", phase: "Succeeded"), jobPod("pi-b")], now: now)
        #expect(plan.podsToCreate.isEmpty)
        #expect(condition(plan.status, "Complete") == nil)
        let done = JobController.plan(job: job, pods: [jobPod("pi-a", phase: "Succeeded"), jobPod("pi-b", phase: "Succeeded")], now: now)
        #expect(condition(done.status, "Complete")?["status"].stringValue == "True")
    }

    @Test func ttlAfterFinished() {
        let finished: JSON = [
            "succeeded": 1, "completionTime": .string(LifecycleFixtures.ago(100)),
            "conditions": [["type": "Complete", "status": "True"]],
        ]
        let expired = LifecycleFixtures.job(status: finished, extraSpec: ["ttlSecondsAfterFinished": 60])
        #expect(JobController.plan(job: expired, pods: [], now: now).deleteJob)
        let fresh = LifecycleFixtures.job(status: finished, extraSpec: ["ttlSecondsAfterFinished": 600])
        let plan = JobController.plan(job: fresh, pods: [], now: now)
        #expect(!plan.deleteJob)
        #expect(plan.requeueAfter != nil)
    }

    @Test func suspendedJobDeletesPods() {
        let job = LifecycleFixtures.job(completions: 2, parallelism: 2, extraSpec: ["suspend": true])
        let plan = JobController.plan(job: job, pods: [jobPod("pi-a")], now: now)
        #expect(plan.podsToDelete == ["pi-a"])
        #expect(plan.podsToCreate.isEmpty)
        #expect(condition(plan.status, "Suspended")?["reason"].stringValue == "JobSuspended")
    }

    @Test func onFailureRestartsCountAgainstBackoffLimit() {
        var job = LifecycleFixtures.job(completions: 1, backoffLimit: 2)
        job[path: ["spec", "template", "spec", "restartPolicy"]] = "OnFailure"
        var pod = jobPod("pi-a")
        pod[path: ["status", "containerStatuses"]] = [["name": "c", "restartCount": 2]]
        let plan = JobController.plan(job: job, pods: [pod], now: now)
        #expect(condition(plan.status, "FailureTarget")?["reason"].stringValue == "BackoffLimitExceeded")
    }

    @Test func failedPodsAreReplacedAfterABackoff() {
        let job = LifecycleFixtures.job(completions: 1, backoffLimit: 6, status: ["failed": 1])
        var failed = jobPod("pi-a", phase: "Failed", finalizer: false)
        failed[path: ["status", "containerStatuses"]] = [["name": "c", "state": ["terminated": ["finishedAt": .string(LifecycleFixtures.ago(5))]]]]
        let plan = JobController.plan(job: job, pods: [failed], now: now)
        #expect(plan.podsToCreate.isEmpty)
        #expect(plan.requeueAfter.map { $0 > .seconds(4) && $0 < .seconds(6) } == true)
        // After 10 s the pod is replaced.
        let later = JobController.plan(job: job, pods: [failed], now: now.addingTimeInterval(6))
        #expect(later.podsToCreate.count == 1)
    }

    @Test func terminatingPodsAreReplacedAtOnceUnlessPolicyIsFailed() {
        let pods = [jobPod("pi-a", deleting: true, finalizer: false)]
        let job = LifecycleFixtures.job(completions: 1)
        #expect(JobController.plan(job: job, pods: pods, now: now).podsToCreate.count == 1)
        let strict = LifecycleFixtures.job(completions: 1, extraSpec: ["podReplacementPolicy": "Failed"])
        let plan = JobController.plan(job: strict, pods: pods, now: now)
        #expect(plan.podsToCreate.isEmpty)
        #expect(plan.status["terminating"].intValue == 1)
    }
}
