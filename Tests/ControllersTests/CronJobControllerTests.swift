import APIMachinery
import Foundation
import Testing

@testable import Controllers

@Suite struct CronJobControllerTests {
    let now = LifecycleFixtures.now  // 2024-05-01T12:00:00Z

    func cronJob(
        _ schedule: String = "*/5 * * * *", policy: String = "Allow", lastSchedule: String? = nil, active: [JSON] = [],
        extra: [String: JSON] = [:]
    ) -> JSON {
        var spec: JSON = [
            "schedule": .string(schedule), "concurrencyPolicy": .string(policy),
            "jobTemplate": [
                "metadata": ["labels": ["app": "report"]],
                "spec": ["template": ["spec": ["restartPolicy": "OnFailure", "containers": [["name": "c", "image": "busybox"]]]]],
            ],
        ]
        for (k, v) in extra { spec[k] = v }
        var status: JSON = .object([:])
        if let lastSchedule { status["lastScheduleTime"] = .string(lastSchedule) }
        if !active.isEmpty { status["active"] = .array(active) }
        return [
            "metadata": ["name": "report", "namespace": "default", "uid": "cj-uid", "creationTimestamp": .string(LifecycleFixtures.ago(3600))],
            "spec": spec, "status": status,
        ]
    }

    func job(_ name: String, finished: String? = nil, start: Double = 60, completion: String? = nil) -> JSON {
        var status: JSON = ["startTime": .string(LifecycleFixtures.ago(start))]
        if let finished { status["conditions"] = [["type": .string(finished), "status": "True"]] }
        if let completion { status["completionTime"] = .string(completion) }
        return [
            "metadata": [
                "name": .string(name), "namespace": "default", "uid": .string("uid-" + name),
                "ownerReferences": [["kind": "CronJob", "name": "report", "uid": "cj-uid", "controller": true]],
            ],
            "status": status,
        ]
    }

    @Test func createsTheJobOfTheMostRecentActivation() {
        let plan = CronJobController.plan(cronJob: cronJob(lastSchedule: LifecycleFixtures.ago(420)), jobs: [], now: now)
        // 12:00:00 is itself an activation of */5.
        let name = "report-\(Int64(now.timeIntervalSince1970) / 60)"
        #expect(plan.jobToCreate?["metadata"]["name"].stringValue == name)
        #expect(plan.jobToCreate?["metadata"]["labels"]["app"].stringValue == "report")
        #expect(plan.jobToCreate?["metadata"]["annotations"][CronJobController.scheduledTimestampAnnotation].stringValue == "2024-05-01T12:00:00Z")
        #expect(plan.jobToCreate?["metadata"]["ownerReferences"][0]["uid"].stringValue == "cj-uid")
        #expect(plan.jobToCreate?["spec"]["template"]["spec"]["restartPolicy"].stringValue == "OnFailure")
        #expect(plan.status?["lastScheduleTime"].stringValue == "2024-05-01T12:00:00Z")
        #expect(plan.requeueAfter != nil)
    }

    @Test func nothingDueYet() {
        let plan = CronJobController.plan(cronJob: cronJob(lastSchedule: "2024-05-01T12:00:00Z"), jobs: [], now: now.addingTimeInterval(60))
        #expect(plan.jobToCreate == nil)
        // Next run at 12:05, four minutes on.
        #expect(plan.requeueAfter.map { $0 >= .seconds(239) && $0 <= .seconds(241) } == true)
    }

    @Test func forbidSkipsWhileAJobRuns() {
        let running = job("report-1")
        let cj = cronJob(policy: "Forbid", lastSchedule: LifecycleFixtures.ago(420), active: [CronJobController.reference(running)])
        let plan = CronJobController.plan(cronJob: cj, jobs: [running], now: now)
        #expect(plan.jobToCreate == nil)
        #expect(plan.notes.contains("JobAlreadyActive"))
    }

    @Test func replaceDeletesTheRunningJob() {
        let running = job("report-1")
        let cj = cronJob(policy: "Replace", lastSchedule: LifecycleFixtures.ago(420), active: [CronJobController.reference(running)])
        let plan = CronJobController.plan(cronJob: cj, jobs: [running], now: now)
        #expect(plan.jobsToDelete == ["report-1"])
        #expect(plan.jobToCreate != nil)
    }

    @Test func suspendedAndMissedDeadline() {
        let suspended = CronJobController.plan(cronJob: cronJob(lastSchedule: LifecycleFixtures.ago(420), extra: ["suspend": true]), jobs: [], now: now)
        #expect(suspended.jobToCreate == nil)
        // Most recent activation 12:00 was 30 s ago, deadline 10 s: missed (no activation inside the window).
        let late = CronJobController.plan(
            cronJob: cronJob(lastSchedule: LifecycleFixtures.ago(420), extra: ["startingDeadlineSeconds": 10]), jobs: [], now: now.addingTimeInterval(30))
        #expect(late.jobToCreate == nil)
        #expect(late.status?["lastScheduleTime"] == nil || late.status?["lastScheduleTime"].stringValue == LifecycleFixtures.ago(420))
        // Inside the window it starts.
        let inTime = CronJobController.plan(
            cronJob: cronJob(lastSchedule: LifecycleFixtures.ago(420), extra: ["startingDeadlineSeconds": 60]), jobs: [], now: now.addingTimeInterval(30))
        #expect(inTime.jobToCreate != nil)
    }

    @Test func finishedJobsLeaveActiveAndSetLastSuccessfulTime() {
        let done = job("report-1", finished: "Complete", completion: LifecycleFixtures.ago(30))
        let cj = cronJob(lastSchedule: "2024-05-01T12:00:00Z", active: [CronJobController.reference(done)])
        let plan = CronJobController.plan(cronJob: cj, jobs: [done], now: now.addingTimeInterval(10))
        #expect(plan.status?["active"].isNull == true)
        #expect(plan.status?["lastSuccessfulTime"].stringValue == LifecycleFixtures.ago(30))
    }

    @Test func historyLimits() {
        var jobs: [JSON] = []
        for i in 0..<5 { jobs.append(job("ok-\(i)", finished: "Complete", start: Double(500 - i * 10))) }
        for i in 0..<3 { jobs.append(job("bad-\(i)", finished: "Failed", start: Double(500 - i * 10))) }
        let cj = cronJob(lastSchedule: "2024-05-01T12:00:00Z")
        #expect(CronJobController.historyCleanup(cj, jobs: jobs) == ["ok-0", "ok-1", "bad-0", "bad-1"])
    }

    @Test func zonedAnnotation() {
        let cj = cronJob("0 9 * * *", lastSchedule: "2024-04-30T14:00:00Z", extra: ["timeZone": "America/New_York"])
        let plan = CronJobController.plan(cronJob: cj, jobs: [], now: ControllerKit.parseTime("2024-05-01T13:00:30Z") ?? now)
        #expect(plan.jobToCreate?["metadata"]["annotations"][CronJobController.scheduledTimestampAnnotation].stringValue == "2024-05-01T09:00:00-04:00")
    }
}
