import Synchronization

/// A deduplicating, rate-limited queue of keys for controller workers.
///
/// * A key added several times before a worker takes it is processed once.
/// * A key is never processed by two workers at once: re-adding a key while it is being
///   processed queues it again once the worker calls ``done(_:)``.
/// * Keys come out in the order they were (first) added.
/// * ``addAfter(_:delay:)`` and ``addRateLimited(_:)`` delay a key; ``forget(_:)`` resets its backoff.
///
/// Workers loop on ``get()`` (which returns nil once the queue is shut down) and must call
/// ``done(_:)`` for every key they got.
public final class WorkQueue<Key: Hashable & Sendable>: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Key?, Never>
    }

    private struct State {
        var queue = FIFO<Key>()
        var dirty = Set<Key>()
        var processing = Set<Key>()
        var shuttingDown = false
        var waiters: [Waiter] = []
        var nextID: UInt64 = 0
        var delayed = DelayHeap<Key>()
        var delayedDeadlines: [Key: ContinuousClock.Instant] = [:]
        var timerDeadline: ContinuousClock.Instant?
        var timer: Task<Void, Never>?
    }

    public let name: String
    public let rateLimiter: any RateLimiter<Key>
    private let state = Mutex(State())

    /// - Parameters:
    ///   - name: for logs.
    ///   - rateLimiter: delays of ``addRateLimited(_:)``; the controller default when nil
    ///     (per-item 5 ms doubling to 1000 s, and 10 retries/s overall).
    public init(name: String = "", rateLimiter: (any RateLimiter<Key>)? = nil) {
        self.name = name
        self.rateLimiter = rateLimiter ?? MaxOfRateLimiter<Key>.controllerDefault()
    }

    deinit {
        state.withLock { $0.timer?.cancel() }
    }

    /// Queues `key` unless it is already queued.
    public func add(_ key: Key) {
        let handoff = state.withLock { s -> Waiter? in Self.enqueue(key, &s) }
        handoff?.continuation.resume(returning: key)
    }

    /// Queues `key` after `delay`. A key already waiting keeps the earlier of its two deadlines.
    public func addAfter(_ key: Key, delay: Duration) {
        if delay <= .zero {
            add(key)
            return
        }
        let deadline = ContinuousClock.now + delay
        state.withLock { s in
            guard !s.shuttingDown else { return }
            if let existing = s.delayedDeadlines[key], existing <= deadline { return }
            s.delayedDeadlines[key] = deadline
            s.delayed.push(deadline, key)
            if s.timerDeadline.map({ deadline < $0 }) ?? true { schedule(deadline, &s) }
        }
    }

    /// Queues `key` after the delay its rate limiter gives (one more failure of `key`).
    public func addRateLimited(_ key: Key) {
        addAfter(key, delay: rateLimiter.when(key))
    }

    /// Resets the backoff of `key` (call it when `key` was processed successfully).
    public func forget(_ key: Key) { rateLimiter.forget(key) }

    /// How many times `key` was requeued with ``addRateLimited(_:)`` since it was last forgotten.
    public func numRequeues(_ key: Key) -> Int { rateLimiter.retries(key) }

    /// Takes the next key, waiting for one; nil once the queue is shut down (or the task is cancelled).
    public func get() async -> Key? {
        let id = state.withLock { s -> UInt64 in
            s.nextID += 1
            return s.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Key?, Never>) in
                let immediate = state.withLock { s -> Key?? in
                    if let key = s.queue.popFirst() {
                        s.dirty.remove(key)
                        s.processing.insert(key)
                        return .some(key)
                    }
                    if s.shuttingDown || Task.isCancelled { return .some(nil) }
                    s.waiters.append(Waiter(id: id, continuation: continuation))
                    return nil
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = state.withLock { s -> Waiter? in
                guard let i = s.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return s.waiters.remove(at: i)
            }
            waiter?.continuation.resume(returning: nil)
        }
    }

    /// Marks `key` as processed; if it was added again meanwhile it is queued now.
    public func done(_ key: Key) {
        let handoff = state.withLock { s -> Waiter? in
            s.processing.remove(key)
            guard s.dirty.contains(key), !s.shuttingDown else { return nil }
            if !s.waiters.isEmpty {
                s.dirty.remove(key)
                s.processing.insert(key)
                return s.waiters.removeFirst()
            }
            s.queue.append(key)
            return nil
        }
        handoff?.continuation.resume(returning: key)
    }

    /// Stops the queue: waiting and later ``get()`` calls return nil, queued and delayed keys are
    /// dropped, and adds are ignored.
    public func shutDown() {
        let waiters = state.withLock { s -> [Waiter] in
            s.shuttingDown = true
            s.queue = FIFO()
            s.dirty.removeAll()
            s.delayed = DelayHeap()
            s.delayedDeadlines.removeAll()
            s.timer?.cancel()
            s.timer = nil
            s.timerDeadline = nil
            let w = s.waiters
            s.waiters.removeAll()
            return w
        }
        for w in waiters { w.continuation.resume(returning: nil) }
    }

    public var isShuttingDown: Bool { state.withLock { $0.shuttingDown } }

    /// Keys waiting to be taken (not counting delayed or in-process keys).
    public var count: Int { state.withLock { $0.queue.count } }

    /// Keys waiting for their delay to pass.
    public var delayedCount: Int { state.withLock { $0.delayedDeadlines.count } }

    /// Keys being processed by workers.
    public var processingCount: Int { state.withLock { $0.processing.count } }

    // MARK: Internals

    /// Adds `key` to the queue; returns a waiting worker to hand it to directly.
    private static func enqueue(_ key: Key, _ s: inout State) -> Waiter? {
        guard !s.shuttingDown, !s.dirty.contains(key) else { return nil }
        s.dirty.insert(key)
        if s.processing.contains(key) { return nil }
        if !s.waiters.isEmpty {
            s.dirty.remove(key)
            s.processing.insert(key)
            return s.waiters.removeFirst()
        }
        s.queue.append(key)
        return nil
    }

    /// Arms the timer for `deadline`, replacing a later one.
    private func schedule(_ deadline: ContinuousClock.Instant, _ s: inout State) {
        s.timer?.cancel()
        s.timerDeadline = deadline
        s.timer = Task { [weak self] in
            do { try await Task.sleep(until: deadline, clock: .continuous) } catch { return }
            self?.fireDue()
        }
    }

    /// Moves keys whose delay has passed into the queue and re-arms the timer.
    private func fireDue() {
        let now = ContinuousClock.now
        let handoffs = state.withLock { s -> [(Waiter, Key)] in
            s.timer = nil
            s.timerDeadline = nil
            guard !s.shuttingDown else { return [] }
            var out: [(Waiter, Key)] = []
            while let top = s.delayed.peek() {
                if top.deadline > now {
                    schedule(top.deadline, &s)
                    break
                }
                s.delayed.pop()
                // Skip entries superseded by an earlier deadline for the same key.
                guard s.delayedDeadlines[top.key] == top.deadline else { continue }
                s.delayedDeadlines.removeValue(forKey: top.key)
                if let w = Self.enqueue(top.key, &s) { out.append((w, top.key)) }
            }
            return out
        }
        for (w, key) in handoffs { w.continuation.resume(returning: key) }
    }
}

/// A FIFO with amortized O(1) removal at the front.
struct FIFO<Element: Sendable>: Sendable {
    private var items: [Element] = []
    private var head = 0

    var count: Int { items.count - head }
    var isEmpty: Bool { head == items.count }

    mutating func append(_ e: Element) { items.append(e) }

    mutating func popFirst() -> Element? {
        guard head < items.count else { return nil }
        let e = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        return e
    }
}

/// A binary min-heap of keys by deadline (ties in insertion order).
struct DelayHeap<Key: Sendable>: Sendable {
    struct Entry: Sendable {
        var deadline: ContinuousClock.Instant
        var seq: UInt64
        var key: Key
    }

    private var entries: [Entry] = []
    private var seq: UInt64 = 0

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }

    func peek() -> Entry? { entries.first }

    private static func less(_ a: Entry, _ b: Entry) -> Bool {
        a.deadline < b.deadline || (a.deadline == b.deadline && a.seq < b.seq)
    }

    mutating func push(_ deadline: ContinuousClock.Instant, _ key: Key) {
        seq += 1
        entries.append(Entry(deadline: deadline, seq: seq, key: key))
        var i = entries.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard Self.less(entries[i], entries[parent]) else { break }
            entries.swapAt(i, parent)
            i = parent
        }
    }

    @discardableResult
    mutating func pop() -> Entry? {
        guard !entries.isEmpty else { return nil }
        entries.swapAt(0, entries.count - 1)
        let top = entries.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1
            let r = l + 1
            var m = i
            if l < entries.count && Self.less(entries[l], entries[m]) { m = l }
            if r < entries.count && Self.less(entries[r], entries[m]) { m = r }
            if m == i { break }
            entries.swapAt(i, m)
            i = m
        }
        return top
    }
}
