import API
import APIMachinery
import Client
import Foundation
import Logging

/// Runs Jobs: keeps `parallelism` pods running until `completions` succeed (per index for Indexed
/// Jobs), replaces failed pods (restartPolicy Never) until `backoffLimit`, enforces
/// `activeDeadlineSeconds`, counts finished pods through the `batch.kubernetes.io/job-tracking`
/// finalizer and `status.uncountedTerminatedPods`, writes the status and conditions as Kubernetes
/// 1.33 does (SuccessCriteriaMet/FailureTarget, then Complete/Failed once no pod is left running),
/// and deletes finished Jobs after `ttlSecondsAfterFinished`.
public struct JobController: ManagedController, Reconciler {
    public static let controllerName = "job"
    public var name: String { Self.controllerName }
    public static let trackingFinalizer = "batch.kubernetes.io/job-tracking"
    public static let completionIndexKey = "batch.kubernetes.io/job-completion-index"
    public static let controllerUIDLabel = "batch.kubernetes.io/controller-uid"
    public static let jobNameLabel = "batch.kubernetes.io/job-name"
    /// Most pods created or deleted in one sync.
    static let maxBatch = 500

    let client: APIClient
    let jobs: Informer<BatchV1.Job>
    let pods: Informer<CoreV1.Pod>
    let queue: WorkQueue<ObjectKey>
    let logger: Logger

    public init(client: APIClient, informers: SharedInformerFactory, logger: Logger) {
        self.client = client
        jobs = informers.informer(BatchV1.Job.self)
        pods = informers.informer(CoreV1.Pod.self)
        queue = WorkQueue(name: "job")
        self.logger = logger
    }

    // MARK: Decisions

    /// What one sync of a Job decides.
    public struct Plan: Sendable {
        /// Status to write before touching pods, recording newly finished pods as uncounted (nil: none new).
        public var intermediateStatus: JSON?
        /// Status once finalizers are removed and pods created/deleted.
        public var status: JSON
        public var podsToCreate: [JSON] = []
        public var podsToDelete: [String] = []
        public var finalizersToRemove: [String] = []
        /// Delete the Job itself (ttlSecondsAfterFinished passed).
        public var deleteJob = false
        public var requeueAfter: Duration?
    }

    static func condition(_ status: JSON, _ type: String) -> JSON? {
        (status["conditions"].arrayValue ?? []).first { $0["type"].stringValue == type && $0["status"].stringValue == "True" }
    }

    /// Whether the Job has a terminal condition (Complete or Failed).
    public static func isFinished(_ job: JSON) -> Bool {
        condition(job["status"], "Complete") != nil || condition(job["status"], "Failed") != nil
    }

    static func hasFinalizer(_ pod: JSON) -> Bool { ControllerKit.finalizers(pod).contains(trackingFinalizer) }

    static func isPodFailed(_ pod: JSON, onlyReplaceFailed: Bool) -> Bool {
        let phase = ControllerKit.podPhase(pod)
        if phase == "Failed" { return true }
        if onlyReplaceFailed { return false }
        return ControllerKit.isBeingDeleted(pod) && phase != "Succeeded"
    }

    static func podIndex(_ pod: JSON) -> Int? {
        let text = pod["metadata"]["annotations"][completionIndexKey].stringValue
            ?? pod["metadata"]["labels"][completionIndexKey].stringValue
        return text.flatMap { Int($0) }
    }

    /// Parses `completedIndexes` (`"1,3-5,7"`).
    public static func parseIndexes(_ text: String?) -> Set<Int> {
        var out = Set<Int>()
        for part in (text ?? "").split(separator: ",") {
            let bounds = part.split(separator: "-")
            if bounds.count == 2, let a = Int(bounds[0]), let b = Int(bounds[1]), a <= b {
                for i in a...b { out.insert(i) }
            } else if bounds.count == 1, let a = Int(bounds[0]) {
                out.insert(a)
            }
        }
        return out
    }

    /// Formats indexes as `completedIndexes` does (`"1,3-5,7"`).
    public static func formatIndexes(_ set: Set<Int>) -> String {
        var parts: [String] = []
        var sorted = set.sorted()[...]
        while let first = sorted.first {
            var last = first
            sorted = sorted.dropFirst()
            while let n = sorted.first, n == last + 1 {
                last = n
                sorted = sorted.dropFirst()
            }
            parts.append(first == last ? "\(first)" : "\(first)-\(last)")
        }
        return parts.joined(separator: ",")
    }

    /// Decides what to do for `job` given the pods it controls, at `now`.
    public static func plan(job: JSON, pods: [JSON], now: Date) -> Plan {
        let spec = job["spec"]
        var status = job["status"]
        if status.isNull { status = .object([:]) }
        let original = status
        let indexed = spec["completionMode"].stringValue == "Indexed"
        let completions = spec["completions"].intValue.map { Int($0) }
        let parallelism = Int(spec["parallelism"].intValue ?? 1)
        let backoffLimit = Int(spec["backoffLimit"].intValue ?? 6)
        let onlyReplaceFailed = spec["podReplacementPolicy"].stringValue == "Failed"
        let finishedBefore = isFinished(job)

        // 1. Count finished pods through their tracking finalizers.
        var uncountedSucceeded = Set((status["uncountedTerminatedPods"]["succeeded"].arrayValue ?? []).compactMap(\.stringValue))
        var uncountedFailed = Set((status["uncountedTerminatedPods"]["failed"].arrayValue ?? []).compactMap(\.stringValue))
        var completed = parseIndexes(status["completedIndexes"].stringValue)
        var finalizersToRemove: [String] = []
        var newlyUncounted = false
        for pod in pods where hasFinalizer(pod) {
            let uid = pod["metadata"]["uid"].stringValue ?? ""
            let name = pod["metadata"]["name"].stringValue ?? ""
            let succeeded = ControllerKit.podPhase(pod) == "Succeeded"
            let failed = !succeeded && isPodFailed(pod, onlyReplaceFailed: onlyReplaceFailed)
            if finishedBefore {
                if succeeded || failed || ControllerKit.isBeingDeleted(pod) { finalizersToRemove.append(name) }
                continue
            }
            guard succeeded || failed else { continue }
            finalizersToRemove.append(name)
            if succeeded && !uncountedSucceeded.contains(uid) && !uncountedFailed.contains(uid) {
                uncountedSucceeded.insert(uid)
                newlyUncounted = true
            } else if failed && !uncountedFailed.contains(uid) && !uncountedSucceeded.contains(uid) {
                uncountedFailed.insert(uid)
                newlyUncounted = true
            }
            if succeeded, indexed, let i = podIndex(pod), i >= 0, i < (completions ?? 0) { completed.insert(i) }
        }
        var plan = Plan(status: status)
        if newlyUncounted {
            var s = status
            s["uncountedTerminatedPods"] = [
                "succeeded": .array(uncountedSucceeded.sorted().map(JSON.string)),
                "failed": .array(uncountedFailed.sorted().map(JSON.string)),
            ]
            if indexed { s["completedIndexes"] = completed.isEmpty ? .null : .string(formatIndexes(completed)) }
            plan.intermediateStatus = s
        }
        plan.finalizersToRemove = finalizersToRemove
        var succeededCount = Int(status["succeeded"].intValue ?? 0) + uncountedSucceeded.count
        let failedCount = Int(status["failed"].intValue ?? 0) + uncountedFailed.count
        if indexed { succeededCount = completed.count }
        status["succeeded"] = .int(Int64(succeededCount))
        status["failed"] = .int(Int64(failedCount))
        status["uncountedTerminatedPods"] = .object([:])
        if indexed { status["completedIndexes"] = completed.isEmpty ? .null : .string(formatIndexes(completed)) }

        let active = pods.filter { ControllerKit.isPodActive($0) }
        let terminating = pods.filter { ControllerKit.isBeingDeleted($0) && !ControllerKit.isPodTerminal($0) }

        if finishedBefore {
            plan.status = status
            if let ttl = spec["ttlSecondsAfterFinished"].intValue {
                let finishedAt = ControllerKit.parseTime(status["completionTime"].stringValue)
                    ?? ControllerKit.parseTime(condition(status, "Failed")?["lastTransitionTime"].stringValue)
                    ?? ControllerKit.parseTime(condition(status, "Complete")?["lastTransitionTime"].stringValue)
                if let finishedAt {
                    let expiry = finishedAt.addingTimeInterval(Double(ttl))
                    if expiry <= now {
                        plan.deleteJob = true
                    } else {
                        plan.requeueAfter = .milliseconds(Int64(expiry.timeIntervalSince(now) * 1000) + 100)
                    }
                }
            }
            if status == original { plan.status = original }
            return plan
        }

        var conditions = status["conditions"].arrayValue ?? []
        let suspended = spec["suspend"].boolValue == true
        if suspended {
            status["startTime"] = .null
        } else if status["startTime"].isNull {
            status["startTime"] = .string(ControllerKit.timestamp(now))
        }
        let startTime = ControllerKit.parseTime(status["startTime"].stringValue)

        // 2. Failure: backoff limit or deadline.
        var failure: (reason: String, message: String)?
        if let ft = condition(status, "FailureTarget") {
            failure = (ft["reason"].stringValue ?? "", ft["message"].stringValue ?? "")
        } else if failedCount > backoffLimit || pastBackoffLimitOnFailure(spec, active, backoffLimit) {
            failure = ("BackoffLimitExceeded", "Job has reached the specified backoff limit")
        } else if !suspended, let deadline = spec["activeDeadlineSeconds"].intValue, let startTime,
            now.timeIntervalSince(startTime) >= Double(deadline)
        {
            failure = ("DeadlineExceeded", "Job was active longer than specified deadline")
        }
        var podsToDelete: [JSON] = []
        var podsToCreate: [JSON] = []
        if let failure {
            if condition(status, "FailureTarget") == nil {
                ControllerKit.setCondition(
                    &conditions, type: "FailureTarget", status: "True", reason: failure.reason, message: failure.message,
                    now: now, probeTime: true)
            }
            podsToDelete = active
            if active.isEmpty && terminating.isEmpty {
                ControllerKit.setCondition(
                    &conditions, type: "Failed", status: "True", reason: failure.reason, message: failure.message, now: now,
                    probeTime: true)
            }
        } else {
            // 3. Success.
            let complete: Bool
            if indexed {
                complete = completed.count >= (completions ?? 0)
            } else if let completions {
                complete = succeededCount >= completions
            } else {
                complete = succeededCount > 0 && active.isEmpty
            }
            if complete {
                if condition(status, "SuccessCriteriaMet") == nil {
                    ControllerKit.setCondition(
                        &conditions, type: "SuccessCriteriaMet", status: "True", reason: "CompletionsReached",
                        message: "Reached expected number of succeeded pods", now: now, probeTime: true)
                }
                podsToDelete = active
                if active.isEmpty && terminating.isEmpty {
                    ControllerKit.setCondition(
                        &conditions, type: "Complete", status: "True", reason: "CompletionsReached",
                        message: "Reached expected number of succeeded pods", now: now, probeTime: true)
                    status["completionTime"] = .string(ControllerKit.timestamp(now))
                }
            } else if suspended {
                podsToDelete = active
                ControllerKit.setCondition(
                    &conditions, type: "Suspended", status: "True", reason: "JobSuspended", message: "Job suspended", now: now,
                    probeTime: true)
            } else {
                if let s = conditions.firstIndex(where: { $0["type"].stringValue == "Suspended" && $0["status"].stringValue == "True" }) {
                    _ = s
                    ControllerKit.setCondition(
                        &conditions, type: "Suspended", status: "False", reason: "JobResumed", message: "Job resumed", now: now,
                        probeTime: true)
                }
                // 4. Keep the right number of pods running.
                if indexed {
                    let total = completions ?? 0
                    var byIndex: [Int: [JSON]] = [:]
                    for p in active {
                        if let i = podIndex(p), i >= 0, i < total, !completed.contains(i) {
                            byIndex[i, default: []].append(p)
                        } else {
                            podsToDelete.append(p)
                        }
                    }
                    for (_, list) in byIndex where list.count > 1 { podsToDelete += list.dropFirst() }
                    // With podReplacementPolicy Failed, terminating pods keep their index until they fail.
                    if onlyReplaceFailed {
                        for p in terminating {
                            if let i = podIndex(p), i >= 0, i < total, !completed.contains(i), byIndex[i] == nil { byIndex[i] = [] }
                        }
                    }
                    let running = byIndex.count
                    let pending = (0..<total).filter { !completed.contains($0) && byIndex[$0] == nil }
                    let room = max(0, parallelism - running)
                    for i in pending.prefix(min(room, maxBatch)) {
                        podsToCreate.append(makePod(job, index: i))
                    }
                } else {
                    var want = parallelism
                    if let completions {
                        want = min(parallelism, max(0, completions - succeededCount))
                    } else if succeededCount > 0 {
                        want = active.count  // a work queue Job: no new pods once one succeeded
                    }
                    // With podReplacementPolicy Failed, terminating pods still take their place.
                    let occupied = active.count + (onlyReplaceFailed ? terminating.count : 0)
                    if occupied < want {
                        for _ in 0..<min(want - occupied, maxBatch) { podsToCreate.append(makePod(job, index: nil)) }
                    } else if active.count > want {
                        // Delete the least advanced first: not ready, then the newest.
                        let ordered = active.sorted { a, b in
                            let ra = ControllerKit.isPodReady(a), rb = ControllerKit.isPodReady(b)
                            if ra != rb { return !ra }
                            return (a["metadata"]["creationTimestamp"].stringValue ?? "") > (b["metadata"]["creationTimestamp"].stringValue ?? "")
                        }
                        podsToDelete += ordered.prefix(active.count - want)
                    }
                }
                if let deadline = spec["activeDeadlineSeconds"].intValue, let startTime {
                    let left = startTime.addingTimeInterval(Double(deadline)).timeIntervalSince(now)
                    plan.requeueAfter = .milliseconds(Int64(max(0, left) * 1000) + 100)
                }
            }
        }
        // Failed pods are replaced after an exponential backoff (10 s doubling, at most 6 min), as upstream.
        if !podsToCreate.isEmpty, let wait = replacementDelay(pods, now: now) {
            podsToCreate = []
            plan.requeueAfter = min(plan.requeueAfter ?? wait, wait)
        }
        let deleting = Set(podsToDelete.compactMap { $0["metadata"]["name"].stringValue })
        let stillActive = active.filter { !deleting.contains($0["metadata"]["name"].stringValue ?? "") }
        status["active"] = .int(Int64(stillActive.count + podsToCreate.count))
        status["ready"] = .int(Int64(stillActive.filter(ControllerKit.isPodReady).count))
        status["terminating"] = .int(Int64(terminating.count + deleting.count))
        status["conditions"] = conditions.isEmpty ? .null : .array(conditions)
        plan.status = status
        plan.podsToCreate = podsToCreate
        plan.podsToDelete = Array(deleting).sorted()
        return plan
    }

    static let backoffBase: TimeInterval = 10
    static let backoffMax: TimeInterval = 360

    /// When a pod finished: the latest container termination, else the Ready condition's last change.
    static func finishTime(_ pod: JSON) -> Date? {
        var latest: Date?
        for key in ["containerStatuses", "initContainerStatuses"] {
            for cs in pod["status"][key].arrayValue ?? [] {
                if let t = ControllerKit.parseTime(cs["state"]["terminated"]["finishedAt"].stringValue), t > (latest ?? .distantPast) {
                    latest = t
                }
            }
        }
        if latest == nil, let ready = ControllerKit.podCondition(pod, "Ready") {
            latest = ControllerKit.parseTime(ready["lastTransitionTime"].stringValue)
        }
        return latest
    }

    /// How long to wait before replacing failed pods: `10s × 2^(n-1)` (at most 6 min) after the last
    /// of the `n` failures since the last success; nil when no wait is needed.
    static func replacementDelay(_ pods: [JSON], now: Date) -> Duration? {
        let lastSuccess = pods.filter { ControllerKit.podPhase($0) == "Succeeded" }.compactMap(finishTime).max() ?? .distantPast
        let failures = pods.filter { ControllerKit.podPhase($0) == "Failed" }.compactMap(finishTime).filter { $0 > lastSuccess }
        guard let last = failures.max() else { return nil }
        let delay = min(backoffBase * pow(2, Double(failures.count - 1)), backoffMax)
        let left = last.addingTimeInterval(delay).timeIntervalSince(now)
        return left > 0 ? .milliseconds(Int64(left * 1000) + 100) : nil
    }

    /// restartPolicy OnFailure: container restarts of running pods count against the backoff limit.
    static func pastBackoffLimitOnFailure(_ spec: JSON, _ active: [JSON], _ limit: Int) -> Bool {
        guard spec["template"]["spec"]["restartPolicy"].stringValue == "OnFailure" else { return false }
        var restarts = 0
        for p in active {
            for key in ["containerStatuses", "initContainerStatuses"] {
                for cs in p["status"][key].arrayValue ?? [] { restarts += Int(cs["restartCount"].intValue ?? 0) }
            }
        }
        return limit == 0 ? restarts > 0 : restarts >= limit
    }

    /// A new pod of `job` (for completion `index` of an Indexed Job).
    public static func makePod(_ job: JSON, index: Int?) -> JSON {
        let jobName = job["metadata"]["name"].stringValue ?? ""
        let uid = job["metadata"]["uid"].stringValue ?? ""
        let template = job["spec"]["template"]
        var meta: JSON = .object([:])
        var labels = template["metadata"]["labels"].objectValue ?? [:]
        labels[controllerUIDLabel] = .string(uid)
        labels["controller-uid"] = .string(uid)
        labels[jobNameLabel] = .string(jobName)
        labels["job-name"] = .string(jobName)
        var annotations = template["metadata"]["annotations"].objectValue ?? [:]
        var podSpec = template["spec"]
        if let index {
            labels[completionIndexKey] = .string(String(index))
            annotations[completionIndexKey] = .string(String(index))
            meta["name"] = .string(ControllerKit.generatedName("\(jobName)-\(index)-"))
            if podSpec["hostname"].isNull { podSpec["hostname"] = .string("\(jobName)-\(index)") }
            let env: JSON = [
                "name": "JOB_COMPLETION_INDEX",
                "valueFrom": ["fieldRef": ["fieldPath": .string("metadata.annotations['\(completionIndexKey)']")]],
            ]
            for key in ["containers", "initContainers"] {
                guard var list = podSpec[key].arrayValue else { continue }
                for i in list.indices {
                    var envs = list[i]["env"].arrayValue ?? []
                    if !envs.contains(where: { $0["name"].stringValue == "JOB_COMPLETION_INDEX" }) { envs.append(env) }
                    list[i]["env"] = .array(envs)
                }
                podSpec[key] = .array(list)
            }
        } else {
            meta["name"] = .string(ControllerKit.generatedName("\(jobName)-"))
        }
        meta["namespace"] = job["metadata"]["namespace"]
        meta["labels"] = .object(labels)
        if !annotations.isEmpty { meta["annotations"] = .object(annotations) }
        meta["finalizers"] = [.string(trackingFinalizer)]
        meta["ownerReferences"] = [ControllerKit.controllerReference(apiVersion: "batch/v1", kind: "Job", name: jobName, uid: uid)]
        return ["apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": podSpec]
    }

    // MARK: Reconcile

    public func reconcile(_ key: ObjectKey) async throws {
        guard let job = jobs.cache[key] else {
            try await releaseOrphans(namespace: key.namespace, jobName: key.name)
            return
        }
        if ControllerKit.isBeingDeleted(job.json) && !Self.isFinished(job.json) {
            // Deleting: release the pods' finalizers so they can go.
            for p in pods.cache.owned(by: job) where Self.hasFinalizer(p.json) { try await removeFinalizer(p.json) }
            return
        }
        let owned = pods.cache.owned(by: job).filter {
            ControllerKit.controllerRef($0.json)?["uid"].stringValue == job.uid
        }.map(\.json)
        let plan = Self.plan(job: job.json, pods: owned, now: Date())
        let statusPath = ResourcePath(BatchV1.Job.self, namespace: key.namespace, name: key.name)
        var current = job.json
        if let mid = plan.intermediateStatus {
            current["status"] = mid
            current = try await client.updateStatus(statusPath, current)
        }
        for name in plan.finalizersToRemove {
            if let p = owned.first(where: { $0["metadata"]["name"].stringValue == name }) { try await removeFinalizer(p) }
        }
        let jobJSON = Self.withKind(job.json)
        for name in plan.podsToDelete {
            do {
                try await client.delete(ResourcePath(CoreV1.Pod.self, namespace: key.namespace, name: name))
                await event(jobJSON, reason: "SuccessfulDelete", message: "Deleted pod: \(name)")
            } catch where ControllerKit.isNotFound(error) {}
        }
        for pod in plan.podsToCreate {
            do {
                let created = try await client.create(ResourcePath(CoreV1.Pod.self, namespace: key.namespace), pod)
                await event(jobJSON, reason: "SuccessfulCreate", message: "Created pod: \(created["metadata"]["name"].stringValue ?? "")")
            } catch where ControllerKit.isAlreadyExists(error) {
            } catch let e as APIError where e.code == 403 || e.code == 404 {
                // The namespace is being deleted (or gone).
                break
            }
        }
        if plan.status != current["status"] {
            let before = current["status"]
            current["status"] = plan.status
            do { _ = try await client.updateStatus(statusPath, current) } catch where ControllerKit.isNotFound(error) { return }
            if Self.condition(before, "Complete") == nil, Self.condition(plan.status, "Complete") != nil {
                await event(jobJSON, reason: "Completed", message: "Job completed")
            }
            if Self.condition(before, "FailureTarget") == nil, let ft = Self.condition(plan.status, "FailureTarget") {
                await event(jobJSON, type: "Warning", reason: ft["reason"].stringValue ?? "Failed", message: ft["message"].stringValue ?? "")
            }
        }
        if plan.deleteJob {
            do {
                try await client.delete(statusPath.named(key.name), propagationPolicy: .foreground,
                                        preconditions: Preconditions(uid: job.uid))
                logger.info("deleted finished job after its TTL", metadata: ["job": "\(key)"])
            } catch where ControllerKit.isNotFound(error) || ControllerKit.isConflict(error) {}
        }
        if let after = plan.requeueAfter { throw RequeueAfter(after) }
    }

    func event(_ job: JSON, type: String = "Normal", reason: String, message: String) async {
        await ControllerKit.recordEvent(client, about: job, type: type, reason: reason, message: message, component: "job-controller")
    }

    static func withKind(_ job: JSON) -> JSON {
        var j = job
        if j["kind"].isNull { j["kind"] = "Job" }
        if j["apiVersion"].isNull { j["apiVersion"] = "batch/v1" }
        return j
    }

    /// Pods of a Job that no longer exists still carrying the tracking finalizer.
    func releaseOrphans(namespace: String, jobName: String) async throws {
        for p in pods.list(namespace: namespace) where Self.hasFinalizer(p.json) {
            guard let ref = ControllerKit.controllerRef(p.json), ref["kind"].stringValue == "Job",
                ref["name"].stringValue == jobName
            else { continue }
            try await removeFinalizer(p.json)
        }
    }

    func removeFinalizer(_ pod: JSON) async throws {
        let ns = pod["metadata"]["namespace"].stringValue ?? ""
        let name = pod["metadata"]["name"].stringValue ?? ""
        let fins = ControllerKit.finalizers(pod)
        guard let i = fins.firstIndex(of: Self.trackingFinalizer) else { return }
        // A JSON patch guarded by a test, so a concurrent change of the list fails instead of dropping another finalizer.
        let patch: JSON = [
            ["op": "test", "path": .string("/metadata/finalizers/\(i)"), "value": .string(Self.trackingFinalizer)],
            ["op": "remove", "path": .string("/metadata/finalizers/\(i)")],
        ]
        do {
            _ = try await client.patch(ResourcePath(CoreV1.Pod.self, namespace: ns, name: name), type: .json, patch)
        } catch where ControllerKit.isNotFound(error) {}
    }

    public func run() async {
        let queue = self.queue
        let h1 = jobs.addEventHandler(onAdd: { queue.add(ObjectKey($0)) }, onUpdate: { _, n in queue.add(ObjectKey(n)) })
        let enqueueOwner: @Sendable (CoreV1.Pod) -> Void = { pod in
            guard let ref = ControllerKit.controllerRef(pod.json), ref["kind"].stringValue == "Job",
                let owner = ref["name"].stringValue
            else { return }
            queue.add(ObjectKey(namespace: pod.namespace, name: owner))
        }
        let h2 = pods.addEventHandler(onAdd: enqueueOwner, onUpdate: { _, n in enqueueOwner(n) }, onDelete: enqueueOwner)
        defer {
            jobs.removeEventHandler(h1)
            pods.removeEventHandler(h2)
        }
        guard await jobs.waitForSync(), await pods.waitForSync() else { return }
        await ControllerRunner(name: name, queue: queue, reconciler: self, workers: 4, logger: logger).run()
    }
}
