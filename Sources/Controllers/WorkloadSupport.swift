import API
import APIMachinery
import Client
import Foundation
import Logging
import Synchronization

/// Helpers shared by the workload controllers (ReplicaSet, ReplicationController, Deployment,
/// StatefulSet, DaemonSet): pod state, owner references, template hashes, slow-start batches.
/// Everything here is pure unless it takes an ``APIClient``.
public enum Workloads {
    /// Label of a Deployment's ReplicaSets and their pods: the hash of the pod template.
    public static let podTemplateHashLabel = "pod-template-hash"
    /// Label of StatefulSet and DaemonSet pods (and ControllerRevisions): the revision they belong to.
    public static let controllerRevisionHashLabel = "controller-revision-hash"
    /// Annotation ranking pods for deletion on scale-down (lower cost goes first).
    public static let podDeletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost"
    /// Most pods a replica controller creates or deletes in one sync (upstream `BurstReplicas`).
    public static let burstReplicas = 500
    /// First batch of the slow-start creation (1, 2, 4, ...).
    public static let slowStartInitialBatchSize = 1
}

// MARK: - Time

extension Workloads {
    /// `metav1.Time` rendering: RFC 3339 in UTC, whole seconds (`2006-01-02T15:04:05Z`).
    public static func formatTime(_ date: Date) -> String {
        let micro = MicroTime.format(date)
        return String(micro.prefix(19)) + "Z"
    }

    /// Parses an RFC 3339 time; nil when absent or malformed.
    public static func parseTime(_ text: String?) -> Date? {
        guard let text, !text.isEmpty else { return nil }
        return MicroTime.parse(text)
    }

    static func creationDate(_ json: JSON) -> Date? { parseTime(json["metadata"]["creationTimestamp"].stringValue) }

    static func isBeingDeleted(_ json: JSON) -> Bool {
        !(json["metadata"]["deletionTimestamp"].stringValue ?? "").isEmpty
    }
}

// MARK: - Pod state

extension Workloads {
    /// Not finished (Succeeded/Failed) and not being deleted (upstream `IsPodActive`).
    public static func isPodActive(_ pod: CoreV1.Pod) -> Bool {
        let phase = pod.status.phase ?? ""
        return phase != "Succeeded" && phase != "Failed" && !isBeingDeleted(pod.json)
    }

    public static func podReadyCondition(_ pod: CoreV1.Pod) -> CoreV1.PodCondition? {
        pod.status.conditions.first { $0.type == "Ready" }
    }

    /// The pod's `Ready` condition is `True`.
    public static func isPodReady(_ pod: CoreV1.Pod) -> Bool {
        podReadyCondition(pod)?.status == "True"
    }

    /// Ready for at least `minReadySeconds` at `now` (upstream `IsPodAvailable`).
    public static func isPodAvailable(_ pod: CoreV1.Pod, minReadySeconds: Int32, now: Date) -> Bool {
        guard let c = podReadyCondition(pod), c.status == "True" else { return false }
        if minReadySeconds <= 0 { return true }
        guard let since = parseTime(c.lastTransitionTime) else { return false }
        return since.addingTimeInterval(TimeInterval(minReadySeconds)) < now
    }

    /// When a ready pod stops counting as "not yet available" (nil when it is not ready or already available).
    static func availableAt(_ pod: CoreV1.Pod, minReadySeconds: Int32) -> Date? {
        guard minReadySeconds > 0, let c = podReadyCondition(pod), c.status == "True",
            let since = parseTime(c.lastTransitionTime)
        else { return nil }
        return since.addingTimeInterval(TimeInterval(minReadySeconds))
    }

    /// Highest restart count of the pod's containers.
    static func maxContainerRestarts(_ pod: CoreV1.Pod) -> Int32 {
        (pod.status.containerStatuses + pod.status.initContainerStatuses).map { $0.restartCount ?? 0 }.max() ?? 0
    }

    /// Deletion cost annotation of a pod (0 when absent or malformed).
    static func podDeletionCost(_ pod: CoreV1.Pod) -> Int32 {
        pod.metadata.annotations[podDeletionCostAnnotation].flatMap { Int32($0) } ?? 0
    }
}

// MARK: - Owner references

extension Workloads {
    /// The owner reference with `controller: true`, if any.
    public static func controllerRef(_ json: JSON) -> MetaV1.OwnerReference? {
        for ref in json["metadata"]["ownerReferences"].arrayValue ?? [] where ref["controller"].boolValue == true {
            return MetaV1.OwnerReference(json: ref)
        }
        return nil
    }

    /// A controller reference to `owner` (controller and blockOwnerDeletion set), as upstream `NewControllerRef`.
    public static func makeControllerRef(apiVersion: String, kind: String, name: String, uid: String) -> MetaV1.OwnerReference {
        var ref = MetaV1.OwnerReference()
        ref.apiVersion = apiVersion
        ref.kind = kind
        ref.name = name
        ref.uid = uid
        ref.controller = true
        ref.blockOwnerDeletion = true
        return ref
    }

    public static func makeControllerRef<T: KubernetesObject>(to owner: T) -> MetaV1.OwnerReference {
        makeControllerRef(apiVersion: T.apiVersion, kind: T.kind, name: owner.name, uid: owner.uid)
    }

    /// What a controller does with a candidate child (upstream `ControllerRefManager.ClaimObject`).
    public enum ClaimAction: Sendable, Hashable {
        /// Owned and matching: keep it.
        case keep
        /// An orphan matching the selector: set our controller reference.
        case adopt
        /// Owned but no longer matching: remove our controller reference.
        case release
        /// Someone else's, or an orphan we must not take.
        case ignore
    }

    /// Decides what the owner with `ownerUID` does with `child`.
    public static func claimAction(child: JSON, ownerUID: String, matches: Bool, ownerBeingDeleted: Bool) -> ClaimAction {
        if let ref = controllerRef(child) {
            guard ref.uid == ownerUID else { return .ignore }
            if matches { return .keep }
            return ownerBeingDeleted ? .ignore : .release
        }
        if ownerBeingDeleted || !matches || isBeingDeleted(child) { return .ignore }
        return .adopt
    }

    /// Sorts children into the ones the owner controls, adopting orphans and releasing
    /// non-matching ones through the API. Returns the claimed children (adopted ones included).
    /// `canAdopt` is asked once, before the first adoption (upstream rechecks the owner with a live read).
    static func claim<Child: KubernetesObject>(
        _ children: [Child], owner: some KubernetesObject, ownerRef: MetaV1.OwnerReference, matches: (Child) -> Bool,
        client: APIClient, canAdopt: @Sendable () async throws -> Bool
    ) async throws -> [Child] {
        var claimed: [Child] = []
        var adoptionAllowed: Bool?
        var firstError: Error?
        let ownerDeleting = isBeingDeleted(owner.json)
        for child in children {
            switch claimAction(child: child.json, ownerUID: owner.uid, matches: matches(child), ownerBeingDeleted: ownerDeleting) {
            case .keep:
                claimed.append(child)
            case .ignore:
                continue
            case .adopt:
                if adoptionAllowed == nil { adoptionAllowed = try await canAdopt() }
                guard adoptionAllowed == true else { continue }
                var refs = child.json["metadata"]["ownerReferences"].arrayValue ?? []
                refs.removeAll { $0["uid"].stringValue == owner.uid }
                refs.append(ownerRef.json)
                do {
                    let patched = try await client.patch(
                        Child.self, namespace: child.namespace, name: child.name, type: .merge,
                        ["metadata": ["ownerReferences": .array(refs), "resourceVersion": .string(child.resourceVersion)]])
                    claimed.append(patched)
                } catch {
                    if !APIError.isNotFound(error) && firstError == nil { firstError = error }
                }
            case .release:
                var refs = child.json["metadata"]["ownerReferences"].arrayValue ?? []
                refs.removeAll { $0["uid"].stringValue == owner.uid }
                do {
                    _ = try await client.patch(
                        Child.self, namespace: child.namespace, name: child.name, type: .merge,
                        ["metadata": ["ownerReferences": .array(refs), "resourceVersion": .string(child.resourceVersion)]])
                } catch {
                    if !APIError.isNotFound(error) && firstError == nil { firstError = error }
                }
            }
        }
        if let firstError { throw firstError }
        return claimed
    }
}

// MARK: - Slow start

extension Workloads {
    /// Batch sizes of a slow-start run creating `count` objects: 1, 2, 4, ... capped by what remains.
    public static func slowStartBatches(count: Int, initial: Int = slowStartInitialBatchSize) -> [Int] {
        var batches: [Int] = []
        var remaining = count
        var size = min(remaining, max(1, initial))
        while size > 0 {
            batches.append(size)
            remaining -= size
            size = min(2 * size, remaining)
        }
        return batches
    }

    /// Runs `body` `count` times in slow-start batches, each batch concurrently; stops after the
    /// first batch with a failure. Returns how many calls succeeded and the first error.
    static func slowStartBatch(
        count: Int, initial: Int = slowStartInitialBatchSize, _ body: @escaping @Sendable (Int) async throws -> Void
    ) async -> (successes: Int, error: Error?) {
        var successes = 0
        var index = 0
        for size in slowStartBatches(count: count, initial: initial) {
            let start = index
            let errors = await withTaskGroup(of: Error?.self) { group -> [Error] in
                for i in 0..<size {
                    group.addTask {
                        do {
                            try await body(start + i)
                            return nil
                        } catch {
                            return error
                        }
                    }
                }
                var errs: [Error] = []
                for await e in group { if let e { errs.append(e) } }
                return errs
            }
            index += size
            successes += size - errors.count
            if let first = errors.first { return (successes, first) }
        }
        return (successes, nil)
    }

    /// Runs `body` for every element concurrently (at most `width` at a time); returns the first error.
    static func forAll<T: Sendable>(_ items: [T], width: Int = 16, _ body: @escaping @Sendable (T) async throws -> Void) async -> Error? {
        var firstError: Error?
        var i = 0
        while i < items.count {
            let chunk = Array(items[i..<min(items.count, i + width)])
            i += chunk.count
            let errs = await withTaskGroup(of: Error?.self) { group -> [Error] in
                for item in chunk {
                    group.addTask {
                        do {
                            try await body(item)
                            return nil
                        } catch {
                            return error
                        }
                    }
                }
                var errs: [Error] = []
                for await e in group { if let e { errs.append(e) } }
                return errs
            }
            if firstError == nil { firstError = errs.first }
        }
        return firstError
    }
}

// MARK: - Hashing and template equality

extension Workloads {
    /// The alphabet upstream's `rand.SafeEncodeString` maps characters into (no vowels, no confusables).
    static let safeAlphabet: [Character] = Array("bcdfghjklmnpqrstvwxz2456789")

    /// Maps every character of `s` into the safe alphabet (upstream `rand.SafeEncodeString`).
    public static func safeEncode(_ s: String) -> String {
        String(s.unicodeScalars.map { safeAlphabet[Int($0.value) % safeAlphabet.count] })
    }

    /// FNV-1a, 32 bits.
    public static func fnv32a(_ bytes: [UInt8], into hash: UInt32 = 2_166_136_261) -> UInt32 {
        var h = hash
        for b in bytes {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        return h
    }

    /// FNV-1, 32 bits (used by upstream's ControllerRevision hash).
    public static func fnv32(_ bytes: [UInt8], into hash: UInt32 = 2_166_136_261) -> UInt32 {
        var h = hash
        for b in bytes {
            h = h &* 16_777_619
            h ^= UInt32(b)
        }
        return h
    }

    /// The hash naming a pod template (Deployment ReplicaSets, DaemonSet revisions): FNV-1a of the
    /// template's canonical JSON, then of the collision count (as upstream, 4 little-endian bytes
    /// padded to 8), rendered as the decimal of the sum through ``safeEncode(_:)``.
    public static func templateHash(_ template: JSON, collisionCount: Int32?) -> String {
        var h = fnv32a(canonical(template).serialized())
        if let collisionCount {
            let v = UInt32(bitPattern: collisionCount)
            h = fnv32a([UInt8(v & 0xff), UInt8((v >> 8) & 0xff), UInt8((v >> 16) & 0xff), UInt8(v >> 24), 0, 0, 0, 0], into: h)
        }
        return safeEncode(String(h))
    }

    /// A JSON value with nulls, empty objects and empty arrays removed and integral doubles made
    /// integers, so two renderings of one API object compare equal (Go's semantic equality treats
    /// nil and empty collections alike).
    public static func canonical(_ json: JSON) -> JSON {
        switch json {
        case .object(let o):
            var out: [String: JSON] = [:]
            for (k, v) in o {
                let c = canonical(v)
                switch c {
                case .null: continue
                case .object(let m) where m.isEmpty: continue
                case .array(let a) where a.isEmpty: continue
                default: out[k] = c
                }
            }
            return .object(out)
        case .array(let a):
            return .array(a.map(canonical))
        case .double(let d):
            if d.rounded() == d, abs(d) < 9.2e18 { return .int(Int64(d)) }
            return json
        default:
            return json
        }
    }

    /// Pod templates equal apart from the `pod-template-hash` label (upstream `EqualIgnoreHash`).
    public static func templatesEqualIgnoringHash(_ a: JSON, _ b: JSON) -> Bool {
        var x = a
        var y = b
        x[path: ["metadata", "labels", podTemplateHashLabel]] = .null
        y[path: ["metadata", "labels", podTemplateHashLabel]] = .null
        return canonical(x) == canonical(y)
    }
}

// MARK: - Pods from templates

extension Workloads {
    /// A pod for `template` owned by `ownerRef` (upstream `GetPodFromTemplate`): labels, annotations
    /// and finalizers of the template, spec of the template, a `generateName` of `<prefix>-` unless
    /// `name` is given.
    public static func pod(
        from template: CoreV1.PodTemplateSpec, namespace: String, ownerRef: MetaV1.OwnerReference?,
        generateNamePrefix: String, name: String? = nil
    ) -> CoreV1.Pod {
        var pod = CoreV1.Pod()
        var meta = MetaV1.ObjectMeta()
        if let name {
            meta.name = name
        } else {
            meta.generateName = generateNameFor(generateNamePrefix)
        }
        meta.namespace = namespace
        let labels = template.metadata.labels
        if !labels.isEmpty { meta.labels = labels }
        let annotations = template.metadata.annotations
        if !annotations.isEmpty { meta.annotations = annotations }
        let finalizers = template.metadata.finalizers
        if !finalizers.isEmpty { meta.finalizers = finalizers }
        if let ownerRef { meta.ownerReferences = [ownerRef] }
        pod.metadata = meta
        pod.spec = template.spec
        return pod
    }

    /// `<name>-`, shortened so the generated name (5 random characters appended) stays within 63 characters.
    static func generateNameFor(_ name: String) -> String {
        let prefix = name + "-"
        if prefix.count <= 58 { return prefix }
        return String(prefix.prefix(58))
    }
}

// MARK: - Expectations

extension Workloads {
    /// Creations and deletions a controller has asked for but not yet seen in its informer
    /// (upstream `UIDTrackingControllerExpectations`), so a sync does not act twice on stale caches.
    /// Expectations older than five minutes count as satisfied.
    public final class Expectations: Sendable {
        struct Entry: Sendable {
            var adds: Int
            var deletes: Set<String>
            var since: ContinuousClock.Instant
        }

        private let state = Mutex<[String: Entry]>([:])
        let ttl: Duration

        public init(ttl: Duration = .seconds(300)) { self.ttl = ttl }

        /// True when the controller may act on `key`: nothing is outstanding, or it expired.
        public func satisfied(_ key: String) -> Bool {
            state.withLock { s in
                guard let e = s[key] else { return true }
                if e.adds <= 0 && e.deletes.isEmpty { return true }
                return ContinuousClock.now - e.since > ttl
            }
        }

        public func expectCreations(_ key: String, _ count: Int) {
            state.withLock { $0[key] = Entry(adds: count, deletes: [], since: .now) }
        }

        public func expectDeletions(_ key: String, _ podKeys: [String]) {
            state.withLock { $0[key] = Entry(adds: 0, deletes: Set(podKeys), since: .now) }
        }

        /// Expects `creations` new pods and the deletion of `deletions` at once.
        public func expect(_ key: String, creations: Int, deletions: [String]) {
            state.withLock { $0[key] = Entry(adds: creations, deletes: Set(deletions), since: .now) }
        }

        public func creationObserved(_ key: String) {
            state.withLock { s in
                if var e = s[key] {
                    e.adds -= 1
                    s[key] = e
                }
            }
        }

        public func deletionObserved(_ key: String, podKey: String) {
            state.withLock { s in
                if var e = s[key], e.deletes.remove(podKey) != nil { s[key] = e }
            }
        }

        public func delete(_ key: String) { _ = state.withLock { $0.removeValue(forKey: key) } }
    }
}

// MARK: - Conditions

extension Workloads {
    /// Sets condition `type` in a `status.conditions` array (JSON objects with type/status/reason/
    /// message/lastTransitionTime), keeping lastTransitionTime when the status does not change.
    /// Returns the new array.
    static func settingCondition(
        _ conditions: [JSON], type: String, status: String, reason: String, message: String, now: Date,
        withUpdateTime: Bool = false
    ) -> [JSON] {
        var out = conditions.filter { $0["type"].stringValue != type }
        let existing = conditions.first { $0["type"].stringValue == type }
        if let existing, existing["status"].stringValue == status, existing["reason"].stringValue == reason,
            existing["message"].stringValue == message
        {
            return conditions
        }
        var c: JSON = ["type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message)]
        let t = formatTime(now)
        if let existing, existing["status"].stringValue == status, let ltt = existing["lastTransitionTime"].stringValue {
            c["lastTransitionTime"] = .string(ltt)
        } else {
            c["lastTransitionTime"] = .string(t)
        }
        if withUpdateTime { c["lastUpdateTime"] = .string(t) }
        out.append(c)
        return out
    }
}

// MARK: - Events

extension Workloads {
    /// Posts a core/v1 Event about `object` (what `kubectl describe` lists) without waiting for it;
    /// failures are ignored, as events are best effort.
    static func event<T: KubernetesObject>(
        _ client: APIClient, about object: T, type: String = "Normal", reason: String, message: String, component: String
    ) {
        var json = object.json
        json["kind"] = .string(T.kind)
        json["apiVersion"] = .string(T.apiVersion)
        Task { await ControllerKit.recordEvent(client, about: json, type: type, reason: reason, message: message, component: component) }
    }
}

// MARK: - Running controllers

/// The queue-and-workers part every workload controller shares: keys are `namespace/name` of
/// the owner, workers reconcile them, failures back off.
struct WorkloadLoop: Sendable {
    let name: String
    let queue: WorkQueue<ObjectKey>
    let workers: Int
    let logger: Logger

    init(name: String, workers: Int, logger: Logger) {
        self.name = name
        self.queue = WorkQueue<ObjectKey>(name: name)
        self.workers = workers
        var l = logger
        l[metadataKey: "controller"] = "\(name)"
        self.logger = l
    }

    func enqueue(_ key: ObjectKey) { queue.add(key) }

    func enqueue(namespace: String, name: String) { queue.add(ObjectKey(namespace: namespace, name: name)) }

    /// Waits for the informers, then runs the workers until cancelled.
    func run(informersSynced: @escaping @Sendable () async -> Bool, reconcile: @escaping @Sendable (ObjectKey) async throws -> Void) async {
        guard await informersSynced() else { return }
        logger.info("started")
        let runner = ControllerRunner(name: name, queue: queue, workers: workers, logger: logger, reconcile: reconcile)
        await runner.run()
    }
}
