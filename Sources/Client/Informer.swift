import APIMachinery
import Logging
import Synchronization

/// A change seen by an ``Informer``.
public enum InformerEvent<T: KubernetesObject>: Sendable {
    case added(T)
    case updated(old: T, new: T)
    case deleted(T)

    /// The object after the change (the last known state for a deletion).
    public var object: T {
        switch self {
        case .added(let o), .deleted(let o): return o
        case .updated(_, let o): return o
        }
    }
}

/// Keeps a local, indexed copy of one kind of object in sync with the API server and tells
/// handlers what changed.
///
/// It lists (in pages) and then watches from the list's resourceVersion with bookmarks, applying
/// every event to ``cache``. When the watch ends it re-watches from the last seen resourceVersion;
/// when the server says that version is gone (`410`) it lists again, and on other errors it
/// lists again after a backoff. Changes found by a relist are delivered as events too, so handlers
/// never miss a deletion.
///
/// Handlers (``addEventHandler(onAdd:onUpdate:onDelete:)``) and ``events()`` streams each get
/// every change in order, starting with an `added` event for each object already cached; they run
/// on their own tasks, so a slow handler does not hold up the informer.
///
/// An informer runs once: ``start()`` (or ``run()``) and ``stop()``; it cannot be restarted.
public final class Informer<T: KubernetesObject>: Sendable {
    private struct State: Sendable {
        var subscribers: [UInt64: AsyncStream<InformerEvent<T>>.Continuation] = [:]
        var handlerTasks: [UInt64: Task<Void, Never>] = [:]
        var nextID: UInt64 = 0
        var synced = false
        var syncWaiters: [UInt64: CheckedContinuation<Bool, Never>] = [:]
        var lastSyncResourceVersion = ""
        var runTask: Task<Void, Never>?
        var running = false
        var stopped = false
    }

    public let client: APIClient
    /// Namespace watched; all namespaces when nil.
    public let namespace: String?
    public let labelSelector: String?
    public let fieldSelector: String?
    /// How often every cached object is re-delivered to handlers as an update (nil: never).
    public let resyncPeriod: Duration?
    /// Page size of the initial and recovery lists.
    public let pageSize: Int
    public let minBackoff: Duration
    public let maxBackoff: Duration
    /// The indexed local copy.
    public let cache: InformerCache<T>
    /// Drop `metadata.managedFields` from cached objects (as upstream's scheduler and controller
    /// manager do): they are large and controllers never read them. Updates sent without them keep
    /// the server's copy.
    public let stripManagedFields: Bool
    let logger: Logger
    private let state = Mutex(State())

    public init(
        client: APIClient, namespace: String? = nil, labelSelector: String? = nil, fieldSelector: String? = nil,
        resyncPeriod: Duration? = nil, indexers: [Indexer<T>] = [], pageSize: Int = 500,
        minBackoff: Duration = .milliseconds(800), maxBackoff: Duration = .seconds(30),
        stripManagedFields: Bool = true, logger: Logger? = nil
    ) {
        self.stripManagedFields = stripManagedFields
        self.client = client
        self.namespace = namespace.flatMap { $0.isEmpty ? nil : $0 }
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.resyncPeriod = resyncPeriod
        self.pageSize = pageSize
        self.minBackoff = minBackoff
        self.maxBackoff = maxBackoff
        self.cache = InformerCache(indexers: indexers)
        var l = logger ?? client.logger
        l[metadataKey: "informer"] = "\(T.resource)"
        self.logger = l
    }

    /// The object without managedFields, shared with the other informers of the process that
    /// hold the same version (``SharedObjectPool``).
    static func stripped(_ object: T) -> T {
        guard !object.json["metadata"]["managedFields"].isNull else { return T(json: SharedObjectPool.shared.intern(object.json)) }
        var json = object.json
        json[path: ["metadata", "managedFields"]] = .null
        return T(json: SharedObjectPool.shared.intern(json))
    }

    // MARK: Cache shortcuts

    public func get(namespace: String = "", name: String) -> T? { cache.get(namespace: namespace, name: name) }
    public func list(namespace: String? = nil, selector: LabelSelector? = nil) -> [T] {
        cache.list(namespace: namespace, selector: selector)
    }
    /// Adds an index to ``cache`` (objects already cached are indexed at once).
    public func addIndexer(_ indexer: Indexer<T>) { cache.addIndexer(indexer) }
    public func addIndex(_ name: String, _ function: @escaping IndexFunction<T>) {
        cache.addIndexer(Indexer(name: name, function: function))
    }

    // MARK: Events

    /// Registers handlers called, in order and on a task of their own, for every change. Objects
    /// already cached are first delivered to `onAdd`. Returns an id for ``removeEventHandler(_:)``.
    @discardableResult
    public func addEventHandler(
        onAdd: (@Sendable (T) -> Void)? = nil,
        onUpdate: (@Sendable (_ old: T, _ new: T) -> Void)? = nil,
        onDelete: (@Sendable (T) -> Void)? = nil
    ) -> UInt64 {
        let (stream, id) = subscribe()
        let task = Task {
            for await event in stream {
                switch event {
                case .added(let o): onAdd?(o)
                case .updated(let old, let new): onUpdate?(old, new)
                case .deleted(let o): onDelete?(o)
                }
            }
        }
        state.withLock { s in
            if s.subscribers[id] != nil { s.handlerTasks[id] = task }
        }
        return id
    }

    /// Unregisters handlers added with ``addEventHandler(onAdd:onUpdate:onDelete:)``.
    public func removeEventHandler(_ id: UInt64) {
        let (cont, task) = state.withLock { s in (s.subscribers.removeValue(forKey: id), s.handlerTasks.removeValue(forKey: id)) }
        cont?.finish()
        task?.cancel()
    }

    /// A stream of every change, starting with an `added` event per cached object. It finishes
    /// when the informer stops; stop iterating to unsubscribe.
    public func events() -> AsyncStream<InformerEvent<T>> { subscribe().stream }

    private func subscribe() -> (stream: AsyncStream<InformerEvent<T>>, id: UInt64) {
        let (stream, continuation) = AsyncStream<InformerEvent<T>>.makeStream()
        let (id, stopped) = state.withLock { s -> (UInt64, Bool) in
            s.nextID += 1
            if s.stopped { return (s.nextID, true) }
            for o in cache.snapshot().sorted(by: { ObjectKey($0) < ObjectKey($1) }) { continuation.yield(.added(o)) }
            s.subscribers[s.nextID] = continuation
            return (s.nextID, false)
        }
        if stopped {
            continuation.finish()
        } else {
            continuation.onTermination = { [weak self] _ in
                _ = self?.state.withLock { $0.subscribers.removeValue(forKey: id) }
            }
        }
        return (stream, id)
    }

    /// Applies a change to the cache and publishes its events atomically with respect to new subscribers.
    private func publish(_ change: (InformerCache<T>) -> [InformerEvent<T>]) {
        state.withLock { s in
            let events = change(cache)
            guard !events.isEmpty else { return }
            for c in s.subscribers.values {
                for e in events { c.yield(e) }
            }
        }
    }

    // MARK: Sync state

    /// True once the first list has been applied to the cache.
    public var hasSynced: Bool { state.withLock { $0.synced } }

    /// The resourceVersion of the last list, event or bookmark applied.
    public var lastSyncResourceVersion: String { state.withLock { $0.lastSyncResourceVersion } }

    /// Waits until the first list has been applied. Returns false when the informer stopped
    /// or the task was cancelled before that.
    public func waitForSync() async -> Bool {
        let id = state.withLock { s -> UInt64 in
            s.nextID += 1
            return s.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (c: CheckedContinuation<Bool, Never>) in
                let now = state.withLock { s -> Bool? in
                    if s.synced { return true }
                    if s.stopped || Task.isCancelled { return false }
                    s.syncWaiters[id] = c
                    return nil
                }
                if let now { c.resume(returning: now) }
            }
        } onCancel: {
            state.withLock { $0.syncWaiters.removeValue(forKey: id) }?.resume(returning: false)
        }
    }

    /// Waits for ``hasSynced`` at most `timeout`.
    public func waitForSync(timeout: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { await self.waitForSync() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }

    // MARK: Running

    /// Runs the informer in a task of its own.
    public func start() {
        state.withLock { s in
            guard s.runTask == nil, !s.stopped else { return }
            s.runTask = Task { await self.run() }
        }
    }

    /// Stops the informer: the list/watch loop ends, event streams finish, ``waitForSync()`` returns false.
    public func stop() {
        let task = state.withLock { $0.runTask }
        task?.cancel()
        finish()
    }

    /// Lists and watches until the calling task is cancelled (then stops the informer).
    public func run() async {
        let first = state.withLock { s -> Bool in
            guard !s.running, !s.stopped else { return false }
            s.running = true
            return true
        }
        guard first else { return }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.listWatchLoop() }
            if let period = resyncPeriod, period > .zero {
                group.addTask { await self.resyncLoop(period) }
            }
            await group.waitForAll()
        }
        finish()
    }

    private func finish() {
        let (subscribers, waiters) = state.withLock { s in
            s.stopped = true
            s.running = false
            let subs = Array(s.subscribers.values)
            let waiters = Array(s.syncWaiters.values)
            s.subscribers.removeAll()
            s.syncWaiters.removeAll()
            return (subs, waiters)
        }
        for c in subscribers { c.finish() }
        for w in waiters { w.resume(returning: false) }
    }

    private func listWatchLoop() async {
        var backoff = Backoff(min: minBackoff, max: maxBackoff)
        while !Task.isCancelled {
            do {
                let rv = try await listAndReplace()
                try await watch(from: rv, backoff: &backoff)
            } catch {
                if Task.isCancelled { return }
                if APIError.isGone(error) {
                    logger.info("resourceVersion expired, relisting", metadata: ["error": "\(error)"])
                    try? await Task.sleep(for: .milliseconds(50))
                } else {
                    let delay = backoff.next()
                    logger.warning(
                        "list/watch failed, relisting",
                        metadata: ["error": "\(error)", "retryIn": "\(delay)"])
                    try? await Task.sleep(for: delay)
                }
            }
        }
    }

    /// Lists every object (paginated) and replaces the cache; returns the list's resourceVersion.
    private func listAndReplace() async throws -> String {
        var items: [T] = []
        var token: String?
        var rv = ""
        repeat {
            let page: ObjectList<T>
            do {
                page = try await client.list(
                    T.self, namespace: namespace, labelSelector: labelSelector, fieldSelector: fieldSelector,
                    limit: pageSize, continue: token)
            } catch where token != nil && APIError.isGone(error) {
                // The continue token expired mid-way: take one unpaginated list instead.
                items.removeAll()
                page = try await client.list(
                    T.self, namespace: namespace, labelSelector: labelSelector, fieldSelector: fieldSelector)
            }
            items.append(contentsOf: stripManagedFields ? page.items.map(Self.stripped) : page.items)
            token = page.continueToken
            rv = page.resourceVersion
        } while token != nil

        publish { cache in
            let diff = cache.replace(items)
            for gone in diff.deleted { SharedObjectPool.shared.remove(gone.json) }
            return diff.added.map { .added($0) } + diff.updated.map { .updated(old: $0.old, new: $0.new) }
                + diff.deleted.map { .deleted($0) }
        }
        let waiters = state.withLock { s -> [CheckedContinuation<Bool, Never>] in
            s.lastSyncResourceVersion = rv
            s.synced = true
            let w = Array(s.syncWaiters.values)
            s.syncWaiters.removeAll()
            return w
        }
        for w in waiters { w.resume(returning: true) }
        logger.debug("listed", metadata: ["count": "\(items.count)", "resourceVersion": "\(rv)"])
        return rv
    }

    /// Watches from `rv`, re-watching when the server ends a watch, until an error.
    private func watch(from start: String, backoff: inout Backoff) async throws {
        var rv = start
        let path = ResourcePath(T.self, namespace: namespace)
        while !Task.isCancelled {
            let began = ContinuousClock.now
            var sawEvent = false
            let stream = client.watch(
                path, labelSelector: labelSelector, fieldSelector: fieldSelector, resourceVersion: rv,
                timeoutSeconds: Int.random(in: 300...600), allowWatchBookmarks: true)
            for try await event in stream {
                if !sawEvent {
                    sawEvent = true
                    backoff.reset()
                }
                switch event.type {
                case .added, .modified:
                    var o = T(json: ObjectList<T>.withKind(event.object))
                    if stripManagedFields { o = Self.stripped(o) }
                    publish { cache in
                        if let old = cache.upsert(o) { return [.updated(old: old, new: o)] }
                        return [.added(o)]
                    }
                    if !o.resourceVersion.isEmpty { rv = o.resourceVersion }
                case .deleted:
                    let o = T(json: ObjectList<T>.withKind(event.object))
                    SharedObjectPool.shared.remove(o.json)
                    publish { cache in
                        let old = cache.remove(ObjectKey(o))
                        return old == nil ? [] : [.deleted(o)]
                    }
                    if !o.resourceVersion.isEmpty { rv = o.resourceVersion }
                case .bookmark:
                    if let v = event.resourceVersion, !v.isEmpty { rv = v }
                case .error:
                    throw event.error ?? APIError.internalError("watch error")
                }
                let current = rv
                state.withLock { $0.lastSyncResourceVersion = current }
            }
            if Task.isCancelled { return }
            if !sawEvent && ContinuousClock.now - began < .seconds(1) {
                // A watch that ends at once without events: do not spin.
                try await Task.sleep(for: backoff.next())
            }
        }
    }

    private func resyncLoop(_ period: Duration) async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: period) } catch { return }
            guard hasSynced else { continue }
            publish { cache in cache.snapshot().map { .updated(old: $0, new: $0) } }
        }
    }
}

/// Exponential backoff with jitter.
struct Backoff: Sendable {
    let min: Duration
    let max: Duration
    private var current: Duration

    init(min: Duration, max: Duration) {
        self.min = min
        self.max = max
        current = min
    }

    mutating func next() -> Duration {
        let base = current
        current = Swift.min(current * 2, max)
        let jitter = Double.random(in: 0...0.2)
        return base + base * jitter
    }

    mutating func reset() { current = min }
}
