import Synchronization

/// A pod waiting in the scheduling queue, with its scheduling history.
public struct QueuedPodInfo: Sendable {
    public var pod: PodInfo
    /// When it was last added to a queue (orders equal priorities; starts the backoff).
    public var timestamp: ContinuousClock.Instant
    /// Scheduling attempts so far.
    public var attempts: Int
    public var initialAttemptTimestamp: ContinuousClock.Instant?
    /// Plugins that rejected it in the last attempt.
    public var unschedulablePlugins: Set<String>
    /// Set while it waits for its schedulingGates to be removed.
    public var gated: Bool

    public init(pod: PodInfo, timestamp: ContinuousClock.Instant, attempts: Int = 0) {
        self.pod = pod
        self.timestamp = timestamp
        self.attempts = attempts
        self.unschedulablePlugins = []
        self.gated = false
    }
}

/// The scheduling queue of upstream kube-scheduler: an active queue ordered by priority then
/// age, a backoff queue of pods that failed recently (1 s doubling up to 10 s per attempt), and
/// the unschedulable pods, moved back when a cluster event may help them or after a while.
public final class SchedulingQueue: Sendable {
    public struct Settings: Sendable {
        public var initialBackoff: Duration = .seconds(1)
        public var maxBackoff: Duration = .seconds(10)
        /// Unschedulable pods older than this are retried even without an event.
        public var maxInUnschedulable: Duration = .seconds(60)
        public init() {}
    }

    struct State: Sendable {
        var active: KeyedHeap<QueuedPodInfo>
        var backoff: KeyedHeap<QueuedPodInfo>
        var unschedulable: [String: QueuedPodInfo] = [:]
        var gated: [String: QueuedPodInfo] = [:]
        /// Popped, not yet done: uid → pod.
        var inFlight: [String: PodInfo] = [:]
        var schedulingCycle: Int64 = 0
        var moveRequestCycle: Int64 = -1
        var waiter: CheckedContinuation<QueuedPodInfo?, Never>?
        var closed = false
        /// Pods nominated to nodes: node → pods, uid → node.
        var nominated: [String: [PodInfo]] = [:]
        var nominatedNode: [String: String] = [:]
    }

    public let settings: Settings
    let now: @Sendable () -> ContinuousClock.Instant
    private let state: Mutex<State>

    public init(settings: Settings = Settings(), now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.settings = settings
        self.now = now
        let s = settings
        let active = KeyedHeap<QueuedPodInfo> { a, b in
            if a.pod.priority != b.pod.priority { return a.pod.priority > b.pod.priority }
            return a.timestamp < b.timestamp
        }
        let backoff = KeyedHeap<QueuedPodInfo> { a, b in
            Self.backoffExpiry(a, s) < Self.backoffExpiry(b, s)
        }
        state = Mutex(State(active: active, backoff: backoff))
    }

    static func backoffDuration(_ attempts: Int, _ s: Settings) -> Duration {
        var d = s.initialBackoff
        var i = 1
        while i < attempts {
            d = d * 2
            if d > s.maxBackoff { return s.maxBackoff }
            i += 1
        }
        return min(d, s.maxBackoff)
    }

    static func backoffExpiry(_ p: QueuedPodInfo, _ s: Settings) -> ContinuousClock.Instant {
        p.timestamp + backoffDuration(p.attempts, s)
    }

    public func backoffDuration(attempts: Int) -> Duration { Self.backoffDuration(attempts, settings) }

    // MARK: Adding and removing

    /// Adds a new unscheduled pod (or replaces the queued version).
    public func add(_ pod: PodInfo) {
        let t = now()
        let resume = state.withLock { s -> (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)? in
            guard !s.closed else { return nil }
            Self.updateNomination(&s, pod)
            if s.inFlight[pod.uid] != nil { s.inFlight[pod.uid] = pod; return nil }
            Self.removeEverywhere(&s, pod.uid)
            var qp = QueuedPodInfo(pod: pod, timestamp: t)
            if !pod.schedulingGates.isEmpty {
                qp.gated = true
                s.gated[pod.uid] = qp
                return nil
            }
            return Self.pushActive(&s, qp)
        }
        if let (c, qp) = resume { c.resume(returning: qp) }
    }

    /// A pending pod changed: replace it where it waits; a change may make an unschedulable
    /// pod schedulable, so it moves to the active (or backoff) queue.
    public func update(_ pod: PodInfo) {
        let t = now()
        let resume = state.withLock { s -> (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)? in
            guard !s.closed else { return nil }
            Self.updateNomination(&s, pod)
            if s.inFlight[pod.uid] != nil { s.inFlight[pod.uid] = pod; return nil }
            if var qp = s.active.get(pod.uid) {
                qp.pod = pod
                s.active.upsert(pod.uid, qp)
                return nil
            }
            if var qp = s.backoff.get(pod.uid) {
                qp.pod = pod
                s.backoff.upsert(pod.uid, qp)
                return nil
            }
            if var qp = s.gated[pod.uid] {
                qp.pod = pod
                if pod.schedulingGates.isEmpty {
                    s.gated[pod.uid] = nil
                    qp.gated = false
                    qp.timestamp = t
                    return Self.pushActive(&s, qp)
                }
                s.gated[pod.uid] = qp
                return nil
            }
            if var qp = s.unschedulable.removeValue(forKey: pod.uid) {
                qp.pod = pod
                if t < Self.backoffExpiry(qp, settings) {
                    s.backoff.upsert(pod.uid, qp)
                    return nil
                }
                return Self.pushActive(&s, qp)
            }
            // Not known: treat as new.
            var qp = QueuedPodInfo(pod: pod, timestamp: t)
            if !pod.schedulingGates.isEmpty {
                qp.gated = true
                s.gated[pod.uid] = qp
                return nil
            }
            return Self.pushActive(&s, qp)
        }
        if let (c, qp) = resume { c.resume(returning: qp) }
    }

    /// Replaces the stored version of a pending pod without moving it (a status-only change),
    /// keeping its nomination current.
    public func refresh(_ pod: PodInfo) {
        state.withLock { s in
            Self.updateNomination(&s, pod)
            if s.inFlight[pod.uid] != nil { s.inFlight[pod.uid] = pod; return }
            if var qp = s.active.get(pod.uid) {
                qp.pod = pod
                s.active.upsert(pod.uid, qp)
            } else if var qp = s.backoff.get(pod.uid) {
                qp.pod = pod
                s.backoff.upsert(pod.uid, qp)
            } else if var qp = s.unschedulable[pod.uid] {
                qp.pod = pod
                s.unschedulable[pod.uid] = qp
            } else if var qp = s.gated[pod.uid] {
                qp.pod = pod
                s.gated[pod.uid] = qp
            }
        }
    }

    /// Removes a pod (deleted, or scheduled by someone else).
    public func delete(uid: String) {
        state.withLock { s in
            Self.removeEverywhere(&s, uid)
            Self.removeNomination(&s, uid)
        }
    }

    private static func removeEverywhere(_ s: inout State, _ uid: String) {
        s.active.remove(uid)
        s.backoff.remove(uid)
        s.unschedulable[uid] = nil
        s.gated[uid] = nil
    }

    /// Puts a pod in the active queue, or hands it to the waiting `pop`.
    private static func pushActive(_ s: inout State, _ qp: QueuedPodInfo) -> (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)? {
        if let w = s.waiter, s.active.isEmpty {
            s.waiter = nil
            var qp = qp
            qp.attempts += 1
            s.schedulingCycle += 1
            s.inFlight[qp.pod.uid] = qp.pod
            return (w, qp)
        }
        s.active.upsert(qp.pod.uid, qp)
        return nil
    }

    // MARK: Popping

    /// The next pod to schedule, waiting until there is one; nil once the queue is closed.
    /// One consumer at a time.
    public func pop() async -> QueuedPodInfo? {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<QueuedPodInfo?, Never>) in
                let ready = state.withLock { s -> QueuedPodInfo?? in
                    if s.closed || Task.isCancelled { return .some(nil) }
                    if var qp = s.active.pop() {
                        qp.attempts += 1
                        s.schedulingCycle += 1
                        s.inFlight[qp.pod.uid] = qp.pod
                        return .some(qp)
                    }
                    s.waiter = c
                    return nil
                }
                if let ready { c.resume(returning: ready) }
            }
        } onCancel: {
            state.withLock { s -> CheckedContinuation<QueuedPodInfo?, Never>? in
                defer { s.waiter = nil }
                return s.waiter
            }?.resume(returning: nil)
        }
    }

    /// Pops without waiting (nil when the active queue is empty).
    public func tryPop() -> QueuedPodInfo? {
        state.withLock { s in
            guard var qp = s.active.pop() else { return nil }
            qp.attempts += 1
            s.schedulingCycle += 1
            s.inFlight[qp.pod.uid] = qp.pod
            return qp
        }
    }

    /// The scheduling cycle counter (bumped by each pop).
    public var schedulingCycle: Int64 { state.withLock { $0.schedulingCycle } }

    /// Marks a popped pod as finished with (scheduled or re-queued).
    public func done(uid: String) {
        state.withLock { _ = $0.inFlight.removeValue(forKey: uid) }
    }

    /// Returns a pod that failed to schedule in `cycle`: to the backoff queue when a cluster
    /// event arrived during its attempt (or no plugin is to blame), else to the unschedulable pods.
    public func addUnschedulable(_ qp: QueuedPodInfo, plugins: Set<String>, cycle: Int64) {
        let t = now()
        state.withLock { s in
            guard !s.closed else { return }
            let latest = s.inFlight.removeValue(forKey: qp.pod.uid)
            if s.active.contains(qp.pod.uid) || s.backoff.contains(qp.pod.uid) || s.unschedulable[qp.pod.uid] != nil {
                return
            }
            var p = qp
            if let latest { p.pod = latest }
            p.timestamp = t
            p.unschedulablePlugins = plugins
            if s.moveRequestCycle >= cycle || plugins.isEmpty {
                s.backoff.upsert(p.pod.uid, p)
            } else {
                s.unschedulable[p.pod.uid] = p
            }
        }
    }

    /// Returns a pod whose binding failed or that hit an error: straight to backoff.
    public func addBackoff(_ qp: QueuedPodInfo) {
        let t = now()
        state.withLock { s in
            guard !s.closed else { return }
            s.inFlight[qp.pod.uid] = nil
            var p = qp
            p.timestamp = t
            s.backoff.upsert(p.pod.uid, p)
        }
    }

    // MARK: Moving

    /// Moves the unschedulable pods `event` may help to the active queue (or to backoff while
    /// their backoff lasts).
    public func moveAllToActiveOrBackoff(_ event: ClusterEvent) {
        let t = now()
        let resume = state.withLock { s -> (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)? in
            s.moveRequestCycle = s.schedulingCycle
            guard !s.unschedulable.isEmpty else { return nil }
            var handed: (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)?
            for (uid, qp) in s.unschedulable {
                let helps = qp.unschedulablePlugins.isEmpty || qp.unschedulablePlugins.contains { event.mayHelp(plugin: $0, pod: qp.pod) }
                guard helps else { continue }
                s.unschedulable[uid] = nil
                if t < Self.backoffExpiry(qp, settings) {
                    s.backoff.upsert(uid, qp)
                } else if let r = Self.pushActive(&s, qp) {
                    handed = r
                }
            }
            return handed
        }
        if let (c, qp) = resume { c.resume(returning: qp) }
    }

    /// Moves pods whose backoff has expired to the active queue (upstream runs this every second).
    public func flushBackoffCompleted() {
        let t = now()
        let resume = state.withLock { s -> (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)? in
            var handed: (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)?
            while let top = s.backoff.peek, Self.backoffExpiry(top, settings) <= t {
                _ = s.backoff.pop()
                if let r = Self.pushActive(&s, top) { handed = r }
            }
            return handed
        }
        if let (c, qp) = resume { c.resume(returning: qp) }
    }

    /// Retries pods that have been unschedulable longer than ``Settings/maxInUnschedulable``.
    public func flushUnschedulableLeftover() {
        let t = now()
        let resume = state.withLock { s -> (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)? in
            var handed: (CheckedContinuation<QueuedPodInfo?, Never>, QueuedPodInfo)?
            for (uid, qp) in s.unschedulable where t - qp.timestamp > settings.maxInUnschedulable {
                s.unschedulable[uid] = nil
                if t < Self.backoffExpiry(qp, settings) {
                    s.backoff.upsert(uid, qp)
                } else if let r = Self.pushActive(&s, qp) {
                    handed = r
                }
            }
            return handed
        }
        if let (c, qp) = resume { c.resume(returning: qp) }
    }

    /// Ends `pop` waits; nothing more is queued.
    public func close() {
        let w = state.withLock { s -> CheckedContinuation<QueuedPodInfo?, Never>? in
            s.closed = true
            defer { s.waiter = nil }
            return s.waiter
        }
        w?.resume(returning: nil)
    }

    // MARK: Nominated pods

    /// Tracks the nomination a pod's status carries. A pod whose status names no node keeps a
    /// nomination made in memory by preemption (its status patch may not have landed yet).
    private static func updateNomination(_ s: inout State, _ pod: PodInfo) {
        var node = pod.nominatedNodeName
        if node.isEmpty, let current = s.nominatedNode[pod.uid] { node = current }
        removeNomination(&s, pod.uid)
        guard !node.isEmpty, pod.nodeName.isEmpty else { return }
        s.nominated[node, default: []].append(pod)
        s.nominatedNode[pod.uid] = node
    }

    private static func removeNomination(_ s: inout State, _ uid: String) {
        guard let node = s.nominatedNode.removeValue(forKey: uid) else { return }
        s.nominated[node]?.removeAll { $0.uid == uid }
        if s.nominated[node]?.isEmpty == true { s.nominated[node] = nil }
    }

    /// Records that `pod` is nominated to `node` (after preemption), or clears it (nil).
    public func nominate(_ pod: PodInfo, node: String?) {
        state.withLock { s in
            Self.removeNomination(&s, pod.uid)
            guard let node, !node.isEmpty else { return }
            s.nominated[node, default: []].append(pod)
            s.nominatedNode[pod.uid] = node
        }
    }

    /// Pods nominated to nodes, by node.
    public var nominatedPods: [String: [PodInfo]] { state.withLock { $0.nominated } }
    public var hasNominatedPods: Bool { state.withLock { !$0.nominated.isEmpty } }

    // MARK: Inspection

    public struct Counts: Sendable, Hashable {
        public var active: Int
        public var backoff: Int
        public var unschedulable: Int
        public var gated: Int
    }

    public var counts: Counts {
        state.withLock { Counts(active: $0.active.count, backoff: $0.backoff.count, unschedulable: $0.unschedulable.count, gated: $0.gated.count) }
    }

    /// Where a pod waits: "active", "backoff", "unschedulable", "gated", "inFlight", or nil.
    public func location(uid: String) -> String? {
        state.withLock { s in
            if s.active.contains(uid) { return "active" }
            if s.backoff.contains(uid) { return "backoff" }
            if s.unschedulable[uid] != nil { return "unschedulable" }
            if s.gated[uid] != nil { return "gated" }
            if s.inFlight[uid] != nil { return "inFlight" }
            return nil
        }
    }
}
