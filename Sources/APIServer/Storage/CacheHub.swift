import APIMachinery
import Logging
import Store
import Synchronization

/// Feeds every resource's watch cache from one store watch on `/registry/`.
///
/// All caches advance together, so a cache's revision is the store revision it has seen, whichever
/// resource the last write touched; a consistent list waits until the caches reach the store's revision.
public final class CacheHub: Sendable {
    let store: any Store
    let caches: [WatchCache]
    let logger: Logger
    struct Waiter {
        let id: Int
        let revision: Int64
        let continuation: CheckedContinuation<Void, Never>
    }
    struct State {
        var revision: Int64 = 0
        var waiters: [Waiter] = []
        var nextWaiterID = 0
        var task: Task<Void, Never>?
    }
    let state = Mutex(State())

    let bookmarkTargets: [(WatchCache, String, String)]
    let bookmarkInterval: Duration

    /// `caches` with the kind and apiVersion their bookmarks carry.
    public init(store: any Store, caches: [(WatchCache, kind: String, apiVersion: String)], logger: Logger, bookmarkInterval: Duration = .seconds(10)) {
        self.store = store
        self.caches = caches.map(\.0).sorted { $0.prefix.count > $1.prefix.count }
        self.bookmarkTargets = caches.map { ($0.0, $0.kind, $0.apiVersion) }
        self.bookmarkInterval = bookmarkInterval
        self.logger = logger
    }

    public var revision: Int64 { state.withLock { $0.revision } }

    /// Loads every cache from the store at one revision and starts the watch that keeps them current.
    public func start() async throws {
        let rev = try await load()
        let task = Task {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await self.run(from: rev) }
                group.addTask { await self.bookmarkLoop() }
            }
        }
        state.withLock { $0.task = task }
    }

    private func load() async throws -> Int64 {
        let rev = try await store.currentRevision()
        for cache in caches {
            var objects: [CachedObject] = []
            var after: String? = nil
            while true {
                let page = try await store.range(prefix: cache.prefix, startAfter: after, limit: 10_000, revision: rev)
                for kv in page.kvs {
                    guard let json = try? JSON.parse(kv.value) else { continue }
                    objects.append(CachedObject(key: kv.key, json: json, resourceVersion: kv.modRevision, fieldsOf: cache.fieldsOf))
                }
                guard page.more, let last = page.kvs.last else { break }
                after = last.key
            }
            cache.load(objects, revision: rev)
        }
        setRevision(rev)
        return rev
    }

    private func run(from start: Int64) async {
        var rev = start
        while !Task.isCancelled {
            do {
                for try await batch in store.watch(prefix: "/registry/", afterRevision: rev) {
                    for event in batch {
                        guard let cache = cache(for: event.kv.key) else { continue }
                        cache.apply(key: event.kv.key, value: event.type == .put ? event.kv.value : nil, revision: event.revision)
                    }
                    if let last = batch.last?.revision {
                        rev = last
                        for c in caches { c.advance(to: last) }
                        setRevision(last)
                    }
                }
                if Task.isCancelled { return }
            } catch StoreError.compacted {
                logger.warning("store watch fell behind compaction; reloading caches")
                if let r = try? await load() { rev = r }
            } catch {
                if Task.isCancelled { return }
                logger.error("store watch failed: \(error); restarting")
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    /// Every few seconds, tells idle watchers how far the store has moved (BOOKMARK events).
    private func bookmarkLoop() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: bookmarkInterval)
            if Task.isCancelled { return }
            for (cache, kind, apiVersion) in bookmarkTargets { cache.sendBookmarks(kind: kind, apiVersion: apiVersion) }
        }
    }

    func cache(for key: String) -> WatchCache? {
        caches.first { key.hasPrefix($0.prefix) }
    }

    private func setRevision(_ rev: Int64) {
        let ready: [Waiter] = state.withLock { s in
            s.revision = max(s.revision, rev)
            let r = s.revision
            let ready = s.waiters.filter { $0.revision <= r }
            s.waiters.removeAll { $0.revision <= r }
            return ready
        }
        for w in ready { w.continuation.resume() }
    }

    /// Waits until the caches have seen `revision` (or `timeout` passes). Returns false on timeout.
    public func wait(for revision: Int64, timeout: Duration = .seconds(3)) async -> Bool {
        if self.revision >= revision { return true }
        let id = state.withLock { s -> Int in
            s.nextWaiterID += 1
            return s.nextWaiterID
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            let w = self.state.withLock { s -> Waiter? in
                guard let i = s.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                return s.waiters.remove(at: i)
            }
            w?.continuation.resume()
        }
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { s -> Bool in
                if s.revision >= revision { return true }
                s.waiters.append(Waiter(id: id, revision: revision, continuation: c))
                return false
            }
            if resumeNow { c.resume() }
        }
        timer.cancel()
        return self.revision >= revision
    }

    /// Waits until the caches reflect every write acknowledged so far.
    public func waitUntilFresh() async throws {
        let current = try await store.currentRevision()
        _ = await wait(for: current)
    }

    public func stop() {
        let task = state.withLock { s -> Task<Void, Never>? in
            let t = s.task
            s.task = nil
            return t
        }
        task?.cancel()
        for c in caches { c.finishAll() }
        let waiters = state.withLock { s -> [Waiter] in
            let w = s.waiters
            s.waiters = []
            return w
        }
        for w in waiters { w.continuation.resume() }
    }
}
