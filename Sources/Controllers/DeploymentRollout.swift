import API
import APIMachinery
import Foundation

/// A change of one ReplicaSet's `spec.replicas` decided by the Deployment controller.
public struct ScaleAction: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var from: Int32
    public var to: Int32
    public init(name: String, from: Int32, to: Int32) {
        self.name = name
        self.from = from
        self.to = to
    }
    public var description: String { "\(name): \(from)->\(to)" }
}

/// The pure decisions of the Deployment controller (upstream `pkg/controller/deployment` and its
/// `util`): which ReplicaSet is new, revisions and annotations, rolling-update and proportional
/// scaling steps, history cleanup, status and conditions.
public enum DeploymentRollout {
    public static let revisionAnnotation = "deployment.kubernetes.io/revision"
    public static let revisionHistoryAnnotation = "deployment.kubernetes.io/revision-history"
    public static let desiredReplicasAnnotation = "deployment.kubernetes.io/desired-replicas"
    public static let maxReplicasAnnotation = "deployment.kubernetes.io/max-replicas"
    public static let changeCauseAnnotation = "kubernetes.io/change-cause"
    static let lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration"
    static let rollbackToAnnotation = "deprecated.deployment.rollback.to"
    /// Deployment annotations that are not copied to its ReplicaSets.
    static let annotationsNotCopied: Set<String> = [
        lastAppliedAnnotation, revisionAnnotation, revisionHistoryAnnotation, desiredReplicasAnnotation,
        maxReplicasAnnotation, rollbackToAnnotation,
    ]
    /// Longest `revision-history` annotation kept.
    static let maxRevisionHistoryLength = 2000

    // Condition types and reasons.
    public static let progressing = "Progressing"
    public static let available = "Available"
    public static let replicaFailure = "ReplicaFailure"
    public static let reasonReplicaSetUpdated = "ReplicaSetUpdated"
    public static let reasonFailedRSCreate = "ReplicaSetCreateError"
    public static let reasonNewReplicaSet = "NewReplicaSetCreated"
    public static let reasonFoundNewRS = "FoundNewReplicaSet"
    public static let reasonNewRSAvailable = "NewReplicaSetAvailable"
    public static let reasonTimedOut = "ProgressDeadlineExceeded"
    public static let reasonPaused = "DeploymentPaused"
    public static let reasonResumed = "DeploymentResumed"
    public static let reasonMinimumReplicasAvailable = "MinimumReplicasAvailable"
    public static let reasonMinimumReplicasUnavailable = "MinimumReplicasUnavailable"

    // MARK: Accessors

    static func desired(_ d: AppsV1.Deployment) -> Int32 { d.spec.replicas ?? 1 }
    static func replicas(_ rs: AppsV1.ReplicaSet) -> Int32 { rs.spec.replicas ?? 1 }
    static func available(_ rs: AppsV1.ReplicaSet) -> Int32 { rs.status.availableReplicas ?? 0 }

    public static func isRollingUpdate(_ d: AppsV1.Deployment) -> Bool {
        (d.spec.strategy.type ?? "RollingUpdate") == "RollingUpdate"
    }

    public static func hasProgressDeadline(_ d: AppsV1.Deployment) -> Bool {
        guard let s = d.spec.progressDeadlineSeconds else { return false }
        return s != Int32.max
    }

    // MARK: Surge and unavailability

    /// maxSurge (rounded up) and maxUnavailable (rounded down) of `desired`; when both come out
    /// zero, maxUnavailable is 1 (upstream `ResolveFenceposts`).
    public static func resolveFenceposts(maxSurge: IntOrString?, maxUnavailable: IntOrString?, desired: Int32) -> (
        surge: Int32, unavailable: Int32
    ) {
        let surge = (maxSurge ?? .int(0)).scaledValue(total: Int64(desired), roundUp: true) ?? 0
        var unavailable = (maxUnavailable ?? .int(0)).scaledValue(total: Int64(desired), roundUp: false) ?? 0
        if surge == 0 && unavailable == 0 { unavailable = 1 }
        return (Int32(clamping: surge), Int32(clamping: unavailable))
    }

    public static func maxSurge(_ d: AppsV1.Deployment) -> Int32 {
        guard isRollingUpdate(d) else { return 0 }
        let ru = d.spec.strategy.rollingUpdate
        return resolveFenceposts(maxSurge: ru.maxSurge, maxUnavailable: ru.maxUnavailable, desired: desired(d)).surge
    }

    public static func maxUnavailable(_ d: AppsV1.Deployment) -> Int32 {
        guard isRollingUpdate(d), desired(d) != 0 else { return 0 }
        let ru = d.spec.strategy.rollingUpdate
        let u = resolveFenceposts(maxSurge: ru.maxSurge, maxUnavailable: ru.maxUnavailable, desired: desired(d)).unavailable
        return min(u, desired(d))
    }

    // MARK: Revisions

    /// The `deployment.kubernetes.io/revision` of an object (0 when absent or malformed).
    public static func revision(_ json: JSON) -> Int64 {
        json["metadata"]["annotations"][revisionAnnotation].stringValue.flatMap { Int64($0) } ?? 0
    }

    public static func maxRevision(_ rss: [AppsV1.ReplicaSet]) -> Int64 { rss.map { revision($0.json) }.max() ?? 0 }

    /// The second-highest revision (what `rollout undo` goes back to).
    public static func lastRevision(_ rss: [AppsV1.ReplicaSet]) -> Int64 {
        var maxV: Int64 = 0, second: Int64 = 0
        for rs in rss {
            let v = revision(rs.json)
            if v >= maxV {
                second = maxV
                maxV = v
            } else if v > second {
                second = v
            }
        }
        return second
    }

    /// Oldest first, ties by name.
    static func byCreation(_ rss: [AppsV1.ReplicaSet]) -> [AppsV1.ReplicaSet] {
        rss.sorted { a, b in
            let ta = Workloads.creationDate(a.json) ?? .distantPast, tb = Workloads.creationDate(b.json) ?? .distantPast
            if ta != tb { return ta < tb }
            return a.name < b.name
        }
    }

    /// The ReplicaSet whose template equals the Deployment's (ignoring the hash label); the oldest if several.
    public static func findNewReplicaSet(_ d: AppsV1.Deployment, _ rss: [AppsV1.ReplicaSet]) -> AppsV1.ReplicaSet? {
        let template = d.json["spec"]["template"]
        return byCreation(rss).first { Workloads.templatesEqualIgnoringHash($0.json["spec"]["template"], template) }
    }

    /// The other ReplicaSets: those with replicas, and all of them.
    public static func findOldReplicaSets(_ d: AppsV1.Deployment, _ rss: [AppsV1.ReplicaSet]) -> (
        withReplicas: [AppsV1.ReplicaSet], all: [AppsV1.ReplicaSet]
    ) {
        let newUID = findNewReplicaSet(d, rss)?.uid
        let all = rss.filter { newUID == nil || $0.uid != newUID }
        return (all.filter { replicas($0) != 0 }, all)
    }

    /// Copies the Deployment's annotations (but the skipped ones) to `rs`, raises its revision to
    /// `newRevision` (keeping the previous one in `revision-history` when it had one: a rollback), and,
    /// for a ReplicaSet about to be created, sets desired/max replicas. True when anything changed.
    @discardableResult
    public static func setNewReplicaSetAnnotations(
        _ d: AppsV1.Deployment, _ rs: inout AppsV1.ReplicaSet, newRevision: String, exists: Bool
    ) -> Bool {
        var annotations = rs.metadata.annotations
        var changed = false
        for (k, v) in d.metadata.annotations where !annotationsNotCopied.contains(k) && annotations[k] != v {
            annotations[k] = v
            changed = true
        }
        let oldText = annotations[revisionAnnotation]
        let oldRevision: Int64
        if let oldText {
            guard let v = Int64(oldText) else { return applyAnnotations(&rs, annotations, changed) }
            oldRevision = v
        } else {
            oldRevision = 0
        }
        guard let newValue = Int64(newRevision) else { return applyAnnotations(&rs, annotations, changed) }
        if oldRevision < newValue {
            annotations[revisionAnnotation] = newRevision
            changed = true
            if let oldText {
                let history = annotations[revisionHistoryAnnotation] ?? ""
                if history.isEmpty {
                    annotations[revisionHistoryAnnotation] = oldText
                } else {
                    var parts = history.split(separator: ",").map(String.init)
                    var total = history.count + oldText.count + 1
                    var start = 0
                    while total > maxRevisionHistoryLength && start < parts.count {
                        total -= parts[start].count + 1
                        start += 1
                    }
                    if total <= maxRevisionHistoryLength {
                        parts = Array(parts[start...]) + [oldText]
                        annotations[revisionHistoryAnnotation] = parts.joined(separator: ",")
                    }
                }
            }
        }
        if !exists {
            let desiredText = String(desired(d)), maxText = String(desired(d) + maxSurge(d))
            if annotations[desiredReplicasAnnotation] != desiredText || annotations[maxReplicasAnnotation] != maxText {
                annotations[desiredReplicasAnnotation] = desiredText
                annotations[maxReplicasAnnotation] = maxText
                changed = true
            }
        }
        return applyAnnotations(&rs, annotations, changed)
    }

    private static func applyAnnotations(_ rs: inout AppsV1.ReplicaSet, _ annotations: [String: String], _ changed: Bool) -> Bool {
        if changed { rs.metadata.annotations = annotations }
        return changed
    }

    /// Sets the desired-replicas and max-replicas annotations; true when they changed.
    @discardableResult
    public static func setReplicasAnnotations(_ rs: inout AppsV1.ReplicaSet, desired: Int32, max: Int32) -> Bool {
        var annotations = rs.metadata.annotations
        let d = String(desired), m = String(max)
        guard annotations[desiredReplicasAnnotation] != d || annotations[maxReplicasAnnotation] != m else { return false }
        annotations[desiredReplicasAnnotation] = d
        annotations[maxReplicasAnnotation] = m
        rs.metadata.annotations = annotations
        return true
    }

    static func intAnnotation(_ rs: AppsV1.ReplicaSet, _ key: String) -> Int32? {
        rs.metadata.annotations[key].flatMap { Int32($0) }
    }

    // MARK: New ReplicaSet

    /// The `pod-template-hash` of the Deployment's current template.
    public static func podTemplateHash(_ d: AppsV1.Deployment) -> String {
        Workloads.templateHash(d.json["spec"]["template"], collisionCount: d.status.collisionCount)
    }

    /// The ReplicaSet to create for the Deployment's current template: named `<deployment>-<hash>`,
    /// the hash label on it, its template and its selector, owned by the Deployment, with its
    /// revision and replica annotations. `oldReplicaSets` decide its size and revision.
    public static func newReplicaSet(_ d: AppsV1.Deployment, oldReplicaSets: [AppsV1.ReplicaSet]) -> AppsV1.ReplicaSet {
        let hash = podTemplateHash(d)
        var template = d.json["spec"]["template"]
        template[path: ["metadata", "labels", Workloads.podTemplateHashLabel]] = .string(hash)
        var selector = d.json["spec"]["selector"]
        selector[path: ["matchLabels", Workloads.podTemplateHashLabel]] = .string(hash)
        var rs = AppsV1.ReplicaSet()
        rs.json["metadata"] = [
            "name": .string(d.name + "-" + hash), "namespace": .string(d.namespace),
            "ownerReferences": [Workloads.makeControllerRef(to: d).json],
        ]
        if case .object(let labels) = template["metadata"]["labels"] { rs.json[path: ["metadata", "labels"]] = .object(labels) }
        var spec: JSON = ["replicas": 0, "selector": selector, "template": template]
        if let m = d.spec.minReadySeconds { spec["minReadySeconds"] = .int(Int64(m)) }
        rs.json["spec"] = spec
        rs.spec.replicas = newRSNewReplicas(d, allRSs: oldReplicaSets + [rs], newRS: rs)
        setNewReplicaSetAnnotations(d, &rs, newRevision: String(maxRevision(oldReplicaSets) + 1), exists: false)
        return rs
    }

    /// How many replicas the new ReplicaSet should have now (upstream `NewRSNewReplicas`).
    public static func newRSNewReplicas(_ d: AppsV1.Deployment, allRSs: [AppsV1.ReplicaSet], newRS: AppsV1.ReplicaSet) -> Int32 {
        guard isRollingUpdate(d) else { return desired(d) }
        let surge = (d.spec.strategy.rollingUpdate.maxSurge ?? .int(0)).scaledValue(total: Int64(desired(d)), roundUp: true) ?? 0
        let current = allRSs.reduce(Int32(0)) { $0 + replicas($1) }
        let maxTotal = desired(d) + Int32(clamping: surge)
        if current >= maxTotal { return replicas(newRS) }
        let up = min(maxTotal - current, desired(d) - replicas(newRS))
        return replicas(newRS) + up
    }

    // MARK: Scaling

    /// The new ReplicaSet has all desired replicas, believes so (annotation), and all are available.
    public static func isSaturated(_ d: AppsV1.Deployment, _ rs: AppsV1.ReplicaSet?) -> Bool {
        guard let rs, let want = intAnnotation(rs, desiredReplicasAnnotation) else { return false }
        return replicas(rs) == desired(d) && want == desired(d) && available(rs) == desired(d)
    }

    /// An active ReplicaSet records a different desired size than the Deployment has: a scale, not a rollout.
    public static func isScalingEvent(_ d: AppsV1.Deployment, newRS: AppsV1.ReplicaSet?, oldRSs: [AppsV1.ReplicaSet]) -> Bool {
        for rs in ([newRS].compactMap { $0 } + oldRSs) where replicas(rs) > 0 {
            if let want = intAnnotation(rs, desiredReplicasAnnotation), want != desired(d) { return true }
        }
        return false
    }

    /// The only active ReplicaSet, or the newest when none is active; nil when several are active.
    public static func findActiveOrLatest(newRS: AppsV1.ReplicaSet?, oldRSs: [AppsV1.ReplicaSet]) -> AppsV1.ReplicaSet? {
        if newRS == nil && oldRSs.isEmpty { return nil }
        let sortedOld = byCreation(oldRSs).reversed()
        let active = (Array(sortedOld) + [newRS].compactMap { $0 }).filter { replicas($0) > 0 }
        switch active.count {
        case 0: return newRS ?? sortedOld.first
        case 1: return active[0]
        default: return nil
        }
    }

    /// Scaling of a paused Deployment or a scaling event: the only active ReplicaSet takes the
    /// whole size; a saturated new ReplicaSet makes old ones go to zero; otherwise the change is
    /// spread proportionally over the active ReplicaSets (upstream `scale`). Returns one action per
    /// ReplicaSet to write (size or replica annotations changed).
    public static func proportionalScale(_ d: AppsV1.Deployment, newRS: AppsV1.ReplicaSet?, oldRSs: [AppsV1.ReplicaSet]) -> [ScaleAction] {
        let want = desired(d)
        if let only = findActiveOrLatest(newRS: newRS, oldRSs: oldRSs) {
            if replicas(only) == want { return [] }
            return [ScaleAction(name: only.name, from: replicas(only), to: want)]
        }
        if isSaturated(d, newRS) {
            return oldRSs.filter { replicas($0) > 0 }.map { ScaleAction(name: $0.name, from: replicas($0), to: 0) }
        }
        guard isRollingUpdate(d) else { return [] }
        var all = (oldRSs + [newRS].compactMap { $0 }).filter { replicas($0) > 0 }
        let total = all.reduce(Int32(0)) { $0 + replicas($1) }
        let allowed = want > 0 ? want + maxSurge(d) : 0
        let toAdd = allowed - total
        if toAdd > 0 {
            all = sortBySize(all, newerFirst: true)
        } else if toAdd < 0 {
            all = sortBySize(all, newerFirst: false)
        }
        var added: Int32 = 0
        var sizes: [Int32] = []
        for rs in all {
            if toAdd != 0 {
                let p = proportion(rs, d, toAdd: toAdd, added: added)
                sizes.append(replicas(rs) + p)
                added += p
            } else {
                sizes.append(replicas(rs))
            }
        }
        var actions: [ScaleAction] = []
        for (i, rs) in all.enumerated() {
            var size = sizes[i]
            if i == 0 && toAdd != 0 {
                size = max(0, size + (toAdd - added))
            }
            actions.append(ScaleAction(name: rs.name, from: replicas(rs), to: size))
        }
        return actions
    }

    /// Larger first; equal sizes newer first when scaling up, older first when scaling down.
    static func sortBySize(_ rss: [AppsV1.ReplicaSet], newerFirst: Bool) -> [AppsV1.ReplicaSet] {
        rss.sorted { a, b in
            if replicas(a) != replicas(b) { return replicas(a) > replicas(b) }
            let ta = Workloads.creationDate(a.json) ?? .distantPast, tb = Workloads.creationDate(b.json) ?? .distantPast
            if ta != tb { return newerFirst ? ta > tb : ta < tb }
            return newerFirst ? a.name > b.name : a.name < b.name
        }
    }

    /// The share of `toAdd` this ReplicaSet gets (upstream `GetProportion`).
    static func proportion(_ rs: AppsV1.ReplicaSet, _ d: AppsV1.Deployment, toAdd: Int32, added: Int32) -> Int32 {
        if replicas(rs) == 0 || toAdd == 0 || toAdd == added { return 0 }
        let fraction = replicaSetFraction(rs, d)
        let allowed = toAdd - added
        return toAdd > 0 ? min(fraction, allowed) : max(fraction, allowed)
    }

    static func replicaSetFraction(_ rs: AppsV1.ReplicaSet, _ d: AppsV1.Deployment) -> Int32 {
        if desired(d) == 0 { return -replicas(rs) }
        let deploymentReplicas = desired(d) + maxSurge(d)
        let annotated = intAnnotation(rs, maxReplicasAnnotation) ?? (d.status.replicas ?? 0)
        guard annotated != 0 else { return 0 }
        let size = Double(replicas(rs)) * Double(deploymentReplicas) / Double(annotated)
        return Int32((size).rounded(.toNearestOrAwayFromZero)) - replicas(rs)
    }

    /// One step of a rolling update (upstream `rolloutRolling`): scale the new ReplicaSet up (or
    /// down to the desired size) if it may; otherwise scale old ReplicaSets down, unhealthy
    /// replicas first, within maxUnavailable. Empty when nothing can move now.
    public static func rollingStep(_ d: AppsV1.Deployment, newRS: AppsV1.ReplicaSet, oldRSs: [AppsV1.ReplicaSet]) -> [ScaleAction] {
        let all = oldRSs + [newRS]
        let want = desired(d)
        let newCount = replicas(newRS)
        if newCount > want { return [ScaleAction(name: newRS.name, from: newCount, to: want)] }
        if newCount < want {
            let target = newRSNewReplicas(d, allRSs: all, newRS: newRS)
            if target != newCount { return [ScaleAction(name: newRS.name, from: newCount, to: target)] }
        }
        return reconcileOldReplicaSets(d, oldRSs: oldRSs.filter { replicas($0) > 0 }, newRS: newRS)
    }

    /// Scale-downs of old ReplicaSets for a rolling update (upstream `reconcileOldReplicaSets`).
    public static func reconcileOldReplicaSets(_ d: AppsV1.Deployment, oldRSs: [AppsV1.ReplicaSet], newRS: AppsV1.ReplicaSet)
        -> [ScaleAction]
    {
        let oldCount = oldRSs.reduce(Int32(0)) { $0 + replicas($1) }
        if oldCount == 0 { return [] }
        let allCount = oldCount + replicas(newRS)
        let minAvailable = desired(d) - maxUnavailable(d)
        let newUnavailable = replicas(newRS) - available(newRS)
        let maxScaledDown = allCount - minAvailable - newUnavailable
        if maxScaledDown <= 0 { return [] }

        var olds = byCreation(oldRSs)
        var targets: [String: Int32] = [:]
        var order: [String] = []
        func record(_ rs: AppsV1.ReplicaSet, _ to: Int32) {
            if targets[rs.name] == nil { order.append(rs.name) }
            targets[rs.name] = to
        }
        // Unhealthy replicas first: removing them does not reduce availability.
        var cleaned: Int32 = 0
        for i in olds.indices {
            if cleaned >= maxScaledDown { break }
            let r = replicas(olds[i])
            if r == 0 || r == available(olds[i]) { continue }
            let down = min(maxScaledDown - cleaned, r - available(olds[i]))
            let to = r - down
            if to > r { continue }
            record(olds[i], to)
            olds[i].spec.replicas = to
            cleaned += down
        }
        // Then available ones, as far as maxUnavailable allows.
        let availableCount = (olds + [newRS]).reduce(Int32(0)) { $0 + available($1) }
        if availableCount > minAvailable {
            let total = availableCount - minAvailable
            var scaled: Int32 = 0
            for rs in olds {
                if scaled >= total { break }
                let r = replicas(rs)
                if r == 0 { continue }
                let down = min(r, total - scaled)
                record(rs, r - down)
                scaled += down
            }
        }
        let original = Dictionary(oldRSs.map { ($0.name, replicas($0)) }, uniquingKeysWith: { a, _ in a })
        return order.compactMap { name in
            guard let to = targets[name], let from = original[name], from != to else { return nil }
            return ScaleAction(name: name, from: from, to: to)
        }
    }

    /// Whether pods of old ReplicaSets still exist (Recreate waits for them to be gone). `podsByReplicaSet`
    /// maps ReplicaSet UIDs to their pods.
    public static func oldPodsRunning(newRS: AppsV1.ReplicaSet?, oldRSs: [AppsV1.ReplicaSet], podsByReplicaSet: [String: [CoreV1.Pod]]) -> Bool {
        if oldRSs.reduce(Int32(0), { $0 + ($1.status.replicas ?? 0) }) > 0 { return true }
        for (uid, pods) in podsByReplicaSet where uid != newRS?.uid {
            for p in pods {
                let phase = p.status.phase ?? ""
                if phase == "Failed" || phase == "Succeeded" { continue }
                return true
            }
        }
        return false
    }

    // MARK: History

    /// Old ReplicaSets to delete so that at most `revisionHistoryLimit` remain: the lowest revisions
    /// first, only empty ones that their controller has observed.
    public static func replicaSetsToCleanUp(_ d: AppsV1.Deployment, oldRSs: [AppsV1.ReplicaSet]) -> [AppsV1.ReplicaSet] {
        guard let limit = d.spec.revisionHistoryLimit, limit != Int32.max else { return [] }
        let alive = oldRSs.filter { !Workloads.isBeingDeleted($0.json) }
        let excess = alive.count - Int(limit)
        if excess <= 0 { return [] }
        let sorted = alive.sorted { a, b in
            let ra = revision(a.json), rb = revision(b.json)
            if ra != rb { return ra < rb }
            let ta = Workloads.creationDate(a.json) ?? .distantPast, tb = Workloads.creationDate(b.json) ?? .distantPast
            if ta != tb { return ta < tb }
            return a.name < b.name
        }
        return sorted.prefix(excess).filter { rs in
            (rs.status.replicas ?? 0) == 0 && replicas(rs) == 0
                && (rs.metadata.generation ?? 0) <= (rs.status.observedGeneration ?? 0)
        }
    }

    // MARK: Status

    /// Sets a Deployment condition as upstream `SetDeploymentCondition`: unchanged when status and
    /// reason are the same; lastTransitionTime kept when only the reason changes.
    static func setCondition(_ conditions: [JSON], _ c: JSON) -> [JSON] {
        let type = c["type"].stringValue
        let current = conditions.first { $0["type"].stringValue == type }
        if let current, current["status"] == c["status"], current["reason"] == c["reason"] { return conditions }
        var c = c
        if let current, current["status"] == c["status"] { c["lastTransitionTime"] = current["lastTransitionTime"] }
        return conditions.filter { $0["type"].stringValue != type } + [c]
    }

    static func condition(_ type: String, _ status: String, _ reason: String, _ message: String, now: Date) -> JSON {
        let t = JSON.string(Workloads.formatTime(now))
        return [
            "type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
            "lastUpdateTime": t, "lastTransitionTime": t,
        ]
    }

    static func conditionOf(_ status: JSON, _ type: String) -> JSON? {
        (status["conditions"].arrayValue ?? []).first { $0["type"].stringValue == type }
    }

    static func setStatusCondition(_ status: inout JSON, _ c: JSON) {
        status["conditions"] = .array(setCondition(status["conditions"].arrayValue ?? [], c))
    }

    static func removeStatusCondition(_ status: inout JSON, _ type: String) {
        let rest = (status["conditions"].arrayValue ?? []).filter { $0["type"].stringValue != type }
        status["conditions"] = rest.isEmpty ? .null : .array(rest)
    }

    /// The Progressing condition a pause or resume calls for, nil when none is needed
    /// (upstream `checkPausedConditions`).
    public static func pausedConditionUpdate(_ d: AppsV1.Deployment, now: Date) -> JSON? {
        guard hasProgressDeadline(d) else { return nil }
        let cond = conditionOf(d.json["status"], progressing)
        if cond?["reason"].stringValue == reasonTimedOut { return nil }
        let pausedExists = cond?["reason"].stringValue == reasonPaused
        var status = d.json["status"].objectValue == nil ? JSON.object([:]) : d.json["status"]
        let paused = d.spec.paused ?? false
        if paused && !pausedExists {
            setStatusCondition(&status, condition(progressing, "Unknown", reasonPaused, "Deployment is paused", now: now))
        } else if !paused && pausedExists {
            setStatusCondition(&status, condition(progressing, "Unknown", reasonResumed, "Deployment is resumed", now: now))
        } else {
            return nil
        }
        return status
    }

    static func omitZero(_ v: Int32) -> JSON { v == 0 ? .null : .int(Int64(v)) }

    /// Counts and the Available condition (upstream `calculateStatus`).
    public static func calculateStatus(_ d: AppsV1.Deployment, allRSs: [AppsV1.ReplicaSet], newRS: AppsV1.ReplicaSet?, now: Date)
        -> JSON
    {
        let availableCount = allRSs.reduce(Int32(0)) { $0 + available($1) }
        let total = allRSs.reduce(Int32(0)) { $0 + replicas($1) }
        let unavailable = max(0, total - availableCount)
        var s: JSON = .object([:])
        s["observedGeneration"] = (d.metadata.generation).map { JSON.int($0) } ?? .null
        s["replicas"] = omitZero(allRSs.reduce(Int32(0)) { $0 + ($1.status.replicas ?? 0) })
        s["updatedReplicas"] = omitZero(newRS?.status.replicas ?? 0)
        s["readyReplicas"] = omitZero(allRSs.reduce(Int32(0)) { $0 + ($1.status.readyReplicas ?? 0) })
        s["availableReplicas"] = omitZero(availableCount)
        s["unavailableReplicas"] = omitZero(unavailable)
        if let cc = d.status.collisionCount { s["collisionCount"] = .int(Int64(cc)) }
        if let conds = d.json["status"]["conditions"].arrayValue, !conds.isEmpty { s["conditions"] = .array(conds) }
        if availableCount >= desired(d) - maxUnavailable(d) {
            setStatusCondition(
                &s, condition(available, "True", reasonMinimumReplicasAvailable, "Deployment has minimum availability.", now: now))
        } else {
            setStatusCondition(
                &s,
                condition(available, "False", reasonMinimumReplicasUnavailable, "Deployment does not have minimum availability.", now: now))
        }
        return s
    }

    static func int(_ s: JSON, _ key: String) -> Int32 { Int32(clamping: s[key].intValue ?? 0) }

    /// All desired replicas updated and available, nothing old left, the generation observed.
    public static func deploymentComplete(_ d: AppsV1.Deployment, status: JSON) -> Bool {
        let want = desired(d)
        return int(status, "updatedReplicas") == want && int(status, "replicas") == want
            && int(status, "availableReplicas") == want
            && (status["observedGeneration"].intValue ?? 0) >= (d.metadata.generation ?? 0)
    }

    /// More pods updated, fewer old ones, or more ready or available than the Deployment's current status says.
    public static func deploymentProgressing(_ d: AppsV1.Deployment, status: JSON) -> Bool {
        let old = d.json["status"]
        let oldOld = int(old, "replicas") - int(old, "updatedReplicas")
        let newOld = int(status, "replicas") - int(status, "updatedReplicas")
        return int(status, "updatedReplicas") > int(old, "updatedReplicas") || newOld < oldOld
            || int(status, "readyReplicas") > int(old, "readyReplicas")
            || int(status, "availableReplicas") > int(old, "availableReplicas")
    }

    /// The Progressing condition is older than progressDeadlineSeconds (or already says so).
    public static func deploymentTimedOut(_ d: AppsV1.Deployment, status: JSON, now: Date) -> Bool {
        guard hasProgressDeadline(d), let cond = conditionOf(status, progressing) else { return false }
        let reason = cond["reason"].stringValue
        if reason == reasonNewRSAvailable { return false }
        if reason == reasonTimedOut { return true }
        guard let from = Workloads.parseTime(cond["lastUpdateTime"].stringValue) else { return false }
        return from.addingTimeInterval(TimeInterval(d.spec.progressDeadlineSeconds ?? 0)) < now
    }

    /// The status a rollout step leads to, with the Progressing and ReplicaFailure conditions
    /// (upstream `syncRolloutStatus`).
    public static func rolloutStatus(_ d: AppsV1.Deployment, allRSs: [AppsV1.ReplicaSet], newRS: AppsV1.ReplicaSet?, now: Date) -> JSON {
        var s = calculateStatus(d, allRSs: allRSs, newRS: newRS, now: now)
        if !hasProgressDeadline(d) { removeStatusCondition(&s, progressing) }
        let current = conditionOf(d.json["status"], progressing)
        let complete =
            int(s, "replicas") == int(s, "updatedReplicas") && current?["reason"].stringValue == reasonNewRSAvailable
        if hasProgressDeadline(d) && !complete {
            if deploymentComplete(d, status: s) {
                let msg = newRS.map { "ReplicaSet \"\($0.name)\" has successfully progressed." }
                    ?? "Deployment \"\(d.name)\" has successfully progressed."
                setStatusCondition(&s, condition(progressing, "True", reasonNewRSAvailable, msg, now: now))
            } else if deploymentProgressing(d, status: s) {
                let msg = newRS.map { "ReplicaSet \"\($0.name)\" is progressing." } ?? "Deployment \"\(d.name)\" is progressing."
                var c = condition(progressing, "True", reasonReplicaSetUpdated, msg, now: now)
                if let current, current["status"].stringValue == "True" { c["lastTransitionTime"] = current["lastTransitionTime"] }
                removeStatusCondition(&s, progressing)
                setStatusCondition(&s, c)
            } else if deploymentTimedOut(d, status: s, now: now) {
                let msg = newRS.map { "ReplicaSet \"\($0.name)\" has timed out progressing." }
                    ?? "Deployment \"\(d.name)\" has timed out progressing."
                setStatusCondition(&s, condition(progressing, "False", reasonTimedOut, msg, now: now))
            }
        }
        if let failure = replicaFailure(allRSs: allRSs, newRS: newRS) {
            var c = failure
            c["lastUpdateTime"] = failure["lastTransitionTime"]
            setStatusCondition(&s, c)
        } else {
            removeStatusCondition(&s, replicaFailure)
        }
        return s
    }

    /// The ReplicaFailure condition of the new ReplicaSet, else of an old one.
    static func replicaFailure(allRSs: [AppsV1.ReplicaSet], newRS: AppsV1.ReplicaSet?) -> JSON? {
        let ordered = [newRS].compactMap { $0 } + allRSs.filter { $0.uid != newRS?.uid }
        for rs in ordered {
            if let c = conditionOf(rs.json["status"], replicaFailure), c["status"].stringValue == "True" { return c }
        }
        return nil
    }

    /// When to look at a Deployment again to notice a progress deadline passing; nil when not needed
    /// (upstream `requeueStuckDeployment`, called when the status did not change).
    public static func stuckRecheckDelay(_ d: AppsV1.Deployment, status: JSON, now: Date) -> TimeInterval? {
        guard hasProgressDeadline(d), let current = conditionOf(d.json["status"], progressing) else { return nil }
        if deploymentComplete(d, status: status) || current["reason"].stringValue == reasonTimedOut { return nil }
        guard let from = Workloads.parseTime(current["lastUpdateTime"].stringValue) else { return nil }
        let after = from.addingTimeInterval(TimeInterval(d.spec.progressDeadlineSeconds ?? 0)).timeIntervalSince(now)
        if after < 1 { return 0 }
        return after + 1
    }
}
