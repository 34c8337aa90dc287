import API
import APIMachinery
import Client
import Foundation
import Logging

/// Runs Jobs on the schedule of each CronJob: creates `<cronjob>-<minutes since epoch>` Jobs when
/// their time comes (within `startingDeadlineSeconds`), honours `concurrencyPolicy` and `suspend`,
/// keeps `status.active`, `lastScheduleTime` and `lastSuccessfulTime`, and deletes finished Jobs
/// beyond the history limits.
public struct CronJobController: ManagedController, Reconciler {
    public static let controllerName = "cronjob"
    public var name: String { Self.controllerName }
    public static let scheduledTimestampAnnotation = "batch.kubernetes.io/cronjob-scheduled-timestamp"

    let client: APIClient
    let cronJobs: Informer<BatchV1.CronJob>
    let jobs: Informer<BatchV1.Job>
    let queue: WorkQueue<ObjectKey>
    let logger: Logger

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.client = client
        cronJobs = informers.informer(BatchV1.CronJob.self)
        jobs = informers.informer(BatchV1.Job.self)
        queue = WorkQueue(name: "cronjob")
        self.logger = logger
    }

    // MARK: Decisions

    /// What one sync of a CronJob decides.
    public struct Plan: Sendable {
        /// The status to write (nil: unchanged).
        public var status: JSON?
        /// The Job to create, if one is due.
        public var jobToCreate: JSON?
        /// Jobs to delete: active ones replaced (`Replace`) and finished ones beyond the history limits.
        public var jobsToDelete: [String] = []
        /// When to look at the CronJob again.
        public var requeueAfter: Duration?
        /// Why nothing was started, for logs and events (`MissSchedule`, `JobAlreadyActive`, ...).
        public var notes: [String] = []
    }

    static func isFinished(_ job: JSON) -> (finished: Bool, complete: Bool) {
        for c in job["status"]["conditions"].arrayValue ?? [] where c["status"].stringValue == "True" {
            switch c["type"].stringValue {
            case "Complete": return (true, true)
            case "Failed": return (true, false)
            default: continue
            }
        }
        return (false, false)
    }

    /// The name of the Job for an activation at `scheduled`.
    public static func jobName(_ cronJob: String, scheduled: Date) -> String {
        "\(cronJob)-\(Int64(scheduled.timeIntervalSince1970) / 60)"
    }

    /// Decides what to do for `cronJob` given the Jobs it controls, at `now`.
    public static func plan(cronJob cj: JSON, jobs: [JSON], now: Date) -> Plan {
        var plan = Plan()
        var status = cj["status"]
        if status.isNull { status = .object([:]) }
        let original = status
        var active = status["active"].arrayValue ?? []
        let childUIDs = Set(jobs.compactMap { $0["metadata"]["uid"].stringValue })

        for job in jobs {
            let uid = job["metadata"]["uid"].stringValue ?? ""
            let inActive = active.contains { $0["uid"].stringValue == uid }
            let (finished, complete) = isFinished(job)
            if !inActive && !finished {
                active.append(reference(job))
            } else if inActive && finished {
                active.removeAll { $0["uid"].stringValue == uid }
            }
            if finished && complete, let ct = ControllerKit.parseTime(job["status"]["completionTime"].stringValue) {
                let last = ControllerKit.parseTime(status["lastSuccessfulTime"].stringValue)
                if last == nil || ct > (last ?? ct) { status["lastSuccessfulTime"] = .string(ControllerKit.timestamp(ct)) }
            }
        }
        active.removeAll { !childUIDs.contains($0["uid"].stringValue ?? "") }
        status["active"] = active.isEmpty ? .null : .array(active)

        func done() -> Plan {
            var p = plan
            if status != original { p.status = status }
            return p
        }
        plan.jobsToDelete += historyCleanup(cj, jobs: jobs)
        if ControllerKit.isBeingDeleted(cj) { return done() }
        let spec = cj["spec"]
        if spec["suspend"].boolValue == true {
            plan.notes.append("Suspended")
            return done()
        }
        let schedule: CronSchedule
        do {
            schedule = try CronSchedule(spec["schedule"].stringValue ?? "", timeZone: spec["timeZone"].stringValue)
        } catch {
            plan.notes.append("InvalidSchedule: \(error)")
            return done()
        }
        let created = ControllerKit.parseTime(cj["metadata"]["creationTimestamp"].stringValue) ?? now
        var earliest = ControllerKit.parseTime(status["lastScheduleTime"].stringValue) ?? created
        if let deadline = spec["startingDeadlineSeconds"].intValue {
            let windowStart = now.addingTimeInterval(-Double(deadline))
            if windowStart > earliest { earliest = windowStart }
        }
        let (recent, missed) = schedule.mostRecent(after: earliest, upTo: now)
        let next = schedule.next(after: now)
        plan.requeueAfter = next.map { .milliseconds(Int64(max(0, $0.timeIntervalSince(now)) * 1000) + 100) }
        guard let scheduled = recent else { return done() }
        if missed > 100 { plan.notes.append("TooManyMissedTimes") }
        if let deadline = spec["startingDeadlineSeconds"].intValue, scheduled.addingTimeInterval(Double(deadline)) < now {
            plan.notes.append("MissSchedule")
            return done()
        }
        let name = jobName(cj["metadata"]["name"].stringValue ?? "", scheduled: scheduled)
        if active.contains(where: { $0["name"].stringValue == name })
            || jobs.contains(where: { $0["metadata"]["name"].stringValue == name })
        {
            return done()
        }
        switch spec["concurrencyPolicy"].stringValue ?? "Allow" {
        case "Forbid" where !active.isEmpty:
            plan.notes.append("JobAlreadyActive")
            return done()
        case "Replace":
            plan.jobsToDelete += active.compactMap { $0["name"].stringValue }
            active = []
        default: break
        }
        plan.jobToCreate = makeJob(cj, name: name, scheduled: scheduled, zone: schedule.timeZone)
        status["active"] = active.isEmpty ? .null : .array(active)
        status["lastScheduleTime"] = .string(ControllerKit.timestamp(scheduled))
        return done()
    }

    /// Finished Jobs beyond `successfulJobsHistoryLimit` (default 3) and `failedJobsHistoryLimit` (default 1), oldest first.
    static func historyCleanup(_ cj: JSON, jobs: [JSON]) -> [String] {
        let successfulLimit = Int(cj["spec"]["successfulJobsHistoryLimit"].intValue ?? 3)
        let failedLimit = Int(cj["spec"]["failedJobsHistoryLimit"].intValue ?? 1)
        func start(_ j: JSON) -> Date {
            ControllerKit.parseTime(j["status"]["startTime"].stringValue)
                ?? ControllerKit.parseTime(j["metadata"]["creationTimestamp"].stringValue) ?? .distantPast
        }
        var successful: [JSON] = []
        var failed: [JSON] = []
        for j in jobs where !ControllerKit.isBeingDeleted(j) {
            let (finished, complete) = isFinished(j)
            guard finished else { continue }
            if complete { successful.append(j) } else { failed.append(j) }
        }
        func excess(_ list: [JSON], _ limit: Int) -> [String] {
            let sorted = list.sorted { start($0) < start($1) }
            return sorted.prefix(max(0, sorted.count - max(0, limit))).compactMap { $0["metadata"]["name"].stringValue }
        }
        return excess(successful, successfulLimit) + excess(failed, failedLimit)
    }

    static func reference(_ job: JSON) -> JSON {
        [
            "kind": "Job", "apiVersion": "batch/v1", "namespace": job["metadata"]["namespace"],
            "name": job["metadata"]["name"], "uid": job["metadata"]["uid"],
            "resourceVersion": job["metadata"]["resourceVersion"],
        ]
    }

    /// The Job of one activation: the template's metadata and spec, owned by the CronJob.
    static func makeJob(_ cj: JSON, name: String, scheduled: Date, zone: TimeZone) -> JSON {
        let template = cj["spec"]["jobTemplate"]
        var meta: JSON = ["name": .string(name), "namespace": cj["metadata"]["namespace"]]
        if case .object = template["metadata"]["labels"] { meta["labels"] = template["metadata"]["labels"] }
        var annotations = template["metadata"]["annotations"].objectValue ?? [:]
        annotations[scheduledTimestampAnnotation] = .string(zonedTimestamp(scheduled, zone))
        meta["annotations"] = .object(annotations)
        meta["ownerReferences"] = [
            ControllerKit.controllerReference(
                apiVersion: "batch/v1", kind: "CronJob", name: cj["metadata"]["name"].stringValue ?? "",
                uid: cj["metadata"]["uid"].stringValue ?? "")
        ]
        return ["apiVersion": "batch/v1", "kind": "Job", "metadata": meta, "spec": template["spec"]]
    }

    /// RFC 3339 in the schedule's zone (`2024-03-10T09:00:00-07:00`), as upstream writes the annotation.
    static func zonedTimestamp(_ date: Date, _ zone: TimeZone) -> String {
        let off = zone.secondsFromGMT(for: date)
        if off == 0 { return ControllerKit.timestamp(date) }
        var s = ControllerKit.timestamp(date.addingTimeInterval(Double(off)))
        s.removeLast()
        let a = abs(off)
        return s + (off < 0 ? "-" : "+") + ControllerKit.pad(Int64(a / 3600), 2) + ":" + ControllerKit.pad(Int64((a % 3600) / 60), 2)
    }

    // MARK: Reconcile

    public func reconcile(_ key: ObjectKey) async throws {
        guard let cj = cronJobs.cache[key] else { return }
        let owned = jobs.list(namespace: key.namespace).filter {
            ControllerKit.controllerRef($0.json)?["uid"].stringValue == cj.uid
        }.map(\.json)
        let plan = Self.plan(cronJob: cj.json, jobs: owned, now: Date())
        var cjJSON = cj.json
        if cjJSON["kind"].isNull { cjJSON["kind"] = "CronJob" }
        if cjJSON["apiVersion"].isNull { cjJSON["apiVersion"] = "batch/v1" }
        for n in plan.notes { logger.debug("cronjob", metadata: ["cronjob": "\(key)", "note": "\(n)"]) }
        if plan.notes.contains("MissSchedule") {
            await event(cjJSON, type: "Warning", reason: "MissSchedule", message: "Missed scheduled time to start a job")
        }
        if let invalid = plan.notes.first(where: { $0.hasPrefix("InvalidSchedule") }), cj.json["status"]["lastScheduleTime"].isNull {
            await event(cjJSON, type: "Warning", reason: "InvalidSchedule", message: String(invalid.dropFirst("InvalidSchedule: ".count)))
        }
        let before = Set((cj.json["status"]["active"].arrayValue ?? []).compactMap { $0["name"].stringValue })
        let after = Set((plan.status?["active"].arrayValue ?? cj.json["status"]["active"].arrayValue ?? []).compactMap { $0["name"].stringValue })
        for name in before.subtracting(after).sorted() where !plan.jobsToDelete.contains(name) {
            await event(cjJSON, reason: "SawCompletedJob", message: "Saw completed job: \(name)")
        }
        var status = plan.status
        for name in plan.jobsToDelete {
            do {
                try await client.delete(
                    ResourcePath(BatchV1.Job.self, namespace: key.namespace, name: name), propagationPolicy: .background)
                await event(cjJSON, reason: "SuccessfulDelete", message: "Deleted job \(name)")
            } catch where ControllerKit.isNotFound(error) {}
        }
        if let job = plan.jobToCreate {
            do {
                let created = try await client.create(ResourcePath(BatchV1.Job.self, namespace: key.namespace), job)
                var st = status ?? cj.json["status"]
                var active = st["active"].arrayValue ?? []
                active.append(Self.reference(created))
                st["active"] = .array(active)
                status = st
                logger.info("created job", metadata: ["cronjob": "\(key)", "job": "\(created["metadata"]["name"].stringValue ?? "")"])
                await event(cjJSON, reason: "SuccessfulCreate", message: "Created job \(created["metadata"]["name"].stringValue ?? "")")
            } catch where ControllerKit.isAlreadyExists(error) {
                // Created by an earlier sync whose status update was lost: the informer will show it.
            }
        }
        if let status {
            var updated = cj.json
            updated["status"] = status
            do {
                _ = try await client.updateStatus(ResourcePath(BatchV1.CronJob.self, namespace: key.namespace, name: key.name), updated)
            } catch where ControllerKit.isNotFound(error) {
                return
            }
        }
        if let after = plan.requeueAfter { throw RequeueAfter(min(after, .seconds(3600))) }
    }

    func event(_ cronJob: JSON, type: String = "Normal", reason: String, message: String) async {
        await ControllerKit.recordEvent(client, about: cronJob, type: type, reason: reason, message: message, component: "cronjob-controller")
    }

    public func run() async {
        let queue = self.queue
        let h1 = cronJobs.addEventHandler(
            onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, n in queue.add(ObjectKey(n)) })
        let enqueueOwner: @Sendable (BatchV1.Job) -> Void = { job in
            guard let ref = ControllerKit.controllerRef(job.json), ref["kind"].stringValue == "CronJob",
                let owner = ref["name"].stringValue
            else { return }
            queue.add(ObjectKey(namespace: job.namespace, name: owner))
        }
        let h2 = jobs.addEventHandler(onAdd: enqueueOwner, onUpdate: { _, n in enqueueOwner(n) }, onDelete: enqueueOwner)
        defer {
            cronJobs.removeEventHandler(h1)
            jobs.removeEventHandler(h2)
        }
        guard await cronJobs.waitForSync(), await jobs.waitForSync() else { return }
        await ControllerRunner(name: name, queue: queue, reconciler: self, workers: 2, logger: logger).run()
    }
}
