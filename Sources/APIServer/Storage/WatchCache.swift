import APIMachinery
import Synchronization

/// The in-memory state of one resource: its current objects, a window of recent events, and its watchers.
///
/// Fed by the `CacheHub` from the single store watch; serves lists and watches without touching the store.
public final class WatchCache: Sendable {
    public let prefix: String
    let fieldsOf: @Sendable (JSON) -> [String: String]
    let capacity: Int

    struct Watcher {
        let filter: ObjectFilter
        let continuation: AsyncStream<CacheEvent>.Continuation
    }

    struct State {
        var objects: [String: CachedObject] = [:]
        var revision: Int64 = 0
        /// Oldest revision a watch may start from (events after it are all in `events`).
        var oldestRevision: Int64 = 0
        var events: [CacheEvent] = []
        var eventsStart = 0
        var watchers: [Int: Watcher] = [:]
        var nextWatcherID = 0
    }

    let state = Mutex(State())

    public init(prefix: String, capacity: Int = 10_000, fieldsOf: @escaping @Sendable (JSON) -> [String: String]) {
        self.prefix = prefix
        self.capacity = capacity
        self.fieldsOf = fieldsOf
    }

    /// Replaces the content with a full list read at `revision`.
    func load(_ objects: [CachedObject], revision: Int64) {
        state.withLock { s in
            s.objects = Dictionary(objects.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            s.revision = revision
            s.oldestRevision = revision
            s.events = []
            s.eventsStart = 0
        }
    }

    public var revision: Int64 { state.withLock { $0.revision } }

    /// Applies a put or delete at `revision`.
    func apply(key: String, value: [UInt8]?, revision: Int64) {
        let object: CachedObject?
        if let value {
            guard let json = try? JSON.parse(value) else { return }
            object = CachedObject(key: key, json: json, resourceVersion: revision, fieldsOf: fieldsOf)
        } else {
            object = nil
        }
        let ended: [AsyncStream<CacheEvent>.Continuation] = state.withLock { s in
            let previous = s.objects[key]
            let event: CacheEvent
            if let object {
                s.objects[key] = object
                event = CacheEvent(type: previous == nil ? .added : .modified, object: object, previous: previous)
            } else {
                guard let previous else { s.revision = max(s.revision, revision); return [] }
                s.objects.removeValue(forKey: key)
                let tomb = CachedObject(key: key, json: previous.json, resourceVersion: revision, fieldsOf: { _ in previous.fields })
                event = CacheEvent(type: .deleted, object: tomb, previous: previous)
            }
            s.revision = max(s.revision, revision)
            Self.record(event, in: &s, capacity: capacity)
            var lagging: [AsyncStream<CacheEvent>.Continuation] = []
            for (id, w) in s.watchers {
                if let e = Self.filtered(event, w.filter) {
                    if case .dropped = w.continuation.yield(e) {
                        // A watcher that cannot keep up is ended; its client will watch again from its last revision.
                        lagging.append(w.continuation)
                        s.watchers.removeValue(forKey: id)
                    }
                }
            }
            return lagging
        }
        // Finishing runs the stream's termination handler, which takes the lock: never finish while holding it.
        for c in ended { c.finish() }
    }

    /// Advances the revision without a change to this resource (a write elsewhere in the store).
    func advance(to revision: Int64) {
        state.withLock { s in s.revision = max(s.revision, revision) }
    }

    private static func record(_ e: CacheEvent, in s: inout State, capacity: Int) {
        s.events.append(e)
        if s.events.count - s.eventsStart > capacity {
            s.oldestRevision = s.events[s.eventsStart].revision
            s.eventsStart += 1
            if s.eventsStart > capacity {
                s.events.removeFirst(s.eventsStart)
                s.eventsStart = 0
            }
        }
    }

    /// The event as a watcher with `filter` should see it: objects moving out of the selection are DELETED,
    /// objects moving in are ADDED, nil when neither the old nor the new state matches.
    static func filtered(_ e: CacheEvent, _ filter: ObjectFilter) -> CacheEvent? {
        let now = filter.matches(e.object)
        let before = e.previous.map { filter.matches($0) } ?? false
        switch e.type {
        case .added: return now ? e : nil
        case .deleted: return before || now ? e : nil
        case .modified:
            if now && before { return e }
            if now { return CacheEvent(type: .added, object: e.object, previous: nil) }
            if before { return CacheEvent(type: .deleted, object: e.object, previous: e.previous) }
            return nil
        default: return e
        }
    }

    /// A snapshot of the matching objects, sorted by key, and the revision it reflects.
    public func list(_ filter: ObjectFilter) -> (objects: [CachedObject], revision: Int64) {
        let (all, rev) = state.withLock { s in (Array(s.objects.values), s.revision) }
        var out = all.filter { filter.matches($0) }
        out.sort { $0.key < $1.key }
        return (out, rev)
    }

    public func get(_ key: String) -> CachedObject? { state.withLock { $0.objects[key] } }

    public var count: Int { state.withLock { $0.objects.count } }

    public enum WatchStart: Sendable {
        /// Replay events after this revision, then live events.
        case after(Int64)
        /// Synthetic ADDED events for the current state, then live events.
        case currentState
    }

    public enum WatchError: Error {
        case tooOld(requested: Int64, oldest: Int64)
    }

    /// Starts a watch. Returns the initial events (replayed or synthetic) and the live stream.
    public func watch(from start: WatchStart, filter: ObjectFilter, bufferSize: Int = 100_000) throws
        -> (initial: [CacheEvent], revision: Int64, stream: AsyncStream<CacheEvent>, cancel: @Sendable () -> Void)
    {
        let (stream, continuation) = AsyncStream<CacheEvent>.makeStream(bufferingPolicy: .bufferingOldest(bufferSize))
        let result: Result<([CacheEvent], Int64, Int), WatchError> = state.withLock { s in
            var initial: [CacheEvent] = []
            switch start {
            case .currentState:
                initial = s.objects.values.filter { filter.matches($0) }.sorted { $0.key < $1.key }
                    .map { CacheEvent(type: .added, object: $0, previous: nil) }
            case .after(let rv):
                if rv < s.oldestRevision {
                    return .failure(.tooOld(requested: rv, oldest: s.oldestRevision))
                }
                for i in s.eventsStart..<s.events.count where s.events[i].revision > rv {
                    if let e = Self.filtered(s.events[i], filter) { initial.append(e) }
                }
            }
            let id = s.nextWatcherID
            s.nextWatcherID += 1
            s.watchers[id] = Watcher(filter: filter, continuation: continuation)
            return .success((initial, s.revision, id))
        }
        switch result {
        case .failure(let e):
            continuation.finish()
            throw e
        case .success(let (initial, revision, id)):
            let cancel: @Sendable () -> Void = { [weak self] in
                let removed = self?.state.withLock { s in s.watchers.removeValue(forKey: id) }
                removed?.continuation.finish()
            }
            continuation.onTermination = { _ in cancel() }
            return (initial, revision, stream, cancel)
        }
    }

    /// Sends a BOOKMARK at the current revision to every watcher, in order with its other events.
    func sendBookmarks(kind: String, apiVersion: String) {
        state.withLock { s in
            guard !s.watchers.isEmpty else { return }
            let json: JSON = ["kind": .string(kind), "apiVersion": .string(apiVersion), "metadata": ["creationTimestamp": .null]]
            let object = CachedObject(key: "", json: json, resourceVersion: s.revision, fieldsOf: { _ in [:] })
            let event = CacheEvent(type: .bookmark, object: object, previous: nil)
            for w in s.watchers.values { _ = w.continuation.yield(event) }
        }
    }

    /// Ends every watch (server shutdown).
    func finishAll() {
        let all = state.withLock { s in
            let w = Array(s.watchers.values)
            s.watchers = [:]
            return w
        }
        for w in all { w.continuation.finish() }
    }
}
