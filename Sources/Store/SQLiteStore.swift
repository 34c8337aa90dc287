import Foundation
import GRDB
import Logging
import Synchronization

/// The embedded store: one SQLite file (WAL mode) through GRDB.
///
/// Every write is a row in `kv` whose id is its revision. Concurrent writes are group-committed by a
/// `WriteBatcher`; live watch events are pushed by a `WatchHub` right after each commit. Reads run on
/// WAL snapshots and never wait for writes.
public final class SQLiteStore: Store {
    public struct Options: Sendable {
        /// History younger than this is kept (compaction never passes a revision written later than
        /// this long ago).
        public var historyRetention: Duration
        /// At least this many of the latest revisions are kept.
        public var minRetainedRevisions: Int64
        /// How often the background compactor runs; nil disables it.
        public var compactionInterval: Duration?
        /// Most writes in one group-committed transaction.
        public var maxBatchSize: Int
        /// A watcher whose undelivered events exceed this is ended with an error (it must relist).
        public var maxWatchBuffer: Int
        /// Events per history page read by a catching-up watcher.
        public var watchPageSize: Int
        /// `PRAGMA synchronous=FULL` (default). `false` selects NORMAL: a process crash still loses
        /// nothing in WAL mode, but a power loss may lose the last acknowledged writes.
        public var synchronousFull: Bool

        public init(
            historyRetention: Duration = .seconds(300),
            minRetainedRevisions: Int64 = 10_000,
            compactionInterval: Duration? = .seconds(60),
            maxBatchSize: Int = 1_000,
            maxWatchBuffer: Int = 100_000,
            watchPageSize: Int = 1_000,
            synchronousFull: Bool = true
        ) {
            self.historyRetention = historyRetention
            self.minRetainedRevisions = minRetainedRevisions
            self.compactionInterval = compactionInterval
            self.maxBatchSize = maxBatchSize
            self.maxWatchBuffer = maxWatchBuffer
            self.watchPageSize = watchPageSize
            self.synchronousFull = synchronousFull
        }
    }

    /// Counters for tests and metrics.
    public struct Stats: Sendable, Equatable {
        /// Committed write transactions (each holds one or more writes).
        public var transactions = 0
        /// Writes applied successfully.
        public var writes = 0
        /// Writes rejected (conflicts, missing or existing keys).
        public var rejectedWrites = 0
        /// Compactions that advanced the compact revision.
        public var compactions = 0
    }

    /// Revisions known to this process, updated after each commit or compaction.
    struct Revisions: Sendable {
        var current: Int64
        var compacted: Int64
    }

    /// State shared with the write path (which must not retain the store).
    final class Shared: Sendable {
        let revisions: Mutex<Revisions>
        let stats = Mutex(Stats())

        init(_ revisions: Revisions) {
            self.revisions = Mutex(revisions)
        }
    }

    public let path: String
    public let options: Options
    let pool: DatabasePool
    let hub: WatchHub
    let shared: Shared
    let batcher: WriteBatcher
    let closed = Mutex(false)
    let compactor = Mutex<Task<Void, Never>?>(nil)
    /// (time, revision) samples the compactor uses to find the revision written `historyRetention` ago.
    let revisionSamples = Mutex<[(ContinuousClock.Instant, Int64)]>([])
    let logger = Logger(label: "apus.store.sqlite")

    public init(path: String, options: Options = .init()) throws {
        self.path = path
        self.options = options
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }

        var configuration = Configuration()
        configuration.label = "apus.store"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            guard !db.configuration.readonly else { return }
            // Takes effect only on a new, empty file (before the first table): lets compaction give
            // freed pages back to the file system with `PRAGMA incremental_vacuum`.
            try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
            // Keep the WAL file from staying large after a burst.
            try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        self.pool = pool
        // Durability: GRDB opens WAL pools with synchronous=NORMAL, which survives a process crash
        // (kill -9) but may lose the last commits on power loss. FULL fsyncs the WAL at every commit,
        // so an acknowledged write is on disk; group commit pays that fsync once per batch.
        let synchronous = options.synchronousFull ? "FULL" : "NORMAL"
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        }
        try SQLiteSchema.migrator().migrate(pool)
        let (current, compacted) = try pool.read { db in
            (try Meta.get(db, .revision), try Meta.get(db, .compactRevision))
        }
        let hub = WatchHub()
        let shared = Shared(Revisions(current: current, compacted: compacted))
        self.hub = hub
        self.shared = shared
        batcher = WriteBatcher(maxBatch: options.maxBatchSize) { ops in
            await Self.commit(ops, pool: pool, hub: hub, shared: shared)
        }
        startCompactor()
    }

    deinit {
        compactor.withLock { $0?.cancel() }
    }

    public var stats: Stats {
        shared.stats.withLock { $0 }
    }

    /// Number of registered watchers (live streams).
    public var watcherCount: Int {
        hub.subscriberCount
    }

    // MARK: Reads

    public func currentRevision() async throws -> Int64 {
        try checkOpen()
        return shared.revisions.withLock { $0.current }
    }

    public func compactRevision() async throws -> Int64 {
        try checkOpen()
        return shared.revisions.withLock { $0.compacted }
    }

    public func get(_ key: String, revision: Int64?) async throws -> KeyValue? {
        try await read { db in
            let at = try Self.readRevision(db, requested: revision)
            guard let row = try LatestRow.fetch(db, key: key, atOrBefore: at), !row.deleted else { return nil }
            return row.keyValue(key)
        }
    }

    public func range(prefix: String, startAfter: String?, limit: Int?, revision: Int64?) async throws -> RangeResult {
        try await read { db in
            let at = try Self.readRevision(db, requested: revision)
            // The latest row of each key at `at`, unless it is a tombstone; in key order straight from
            // the (key, id) index, so LIMIT stops the scan early.
            var sql = "SELECT key, id, value, create_revision FROM kv k WHERE id <= ? AND deleted = 0"
            var arguments: StatementArguments = [at]
            if let startAfter, !KeyRange.less(startAfter, prefix) {
                sql += " AND key > ?"
                _ = arguments.append(contentsOf: [startAfter])
            } else {
                sql += " AND key >= ?"
                _ = arguments.append(contentsOf: [prefix])
            }
            if let upper = KeyRange.upperBound(of: prefix) {
                sql += " AND key < CAST(? AS TEXT)"
                _ = arguments.append(contentsOf: [upper])
            }
            sql += " AND NOT EXISTS (SELECT 1 FROM kv n WHERE n.key = k.key AND n.id > k.id AND n.id <= ?) ORDER BY key"
            _ = arguments.append(contentsOf: [at])
            let limit = limit.flatMap { $0 > 0 ? $0 : nil }
            if let limit {
                sql += " LIMIT ?"
                _ = arguments.append(contentsOf: [limit + 1])
            }
            var kvs: [KeyValue] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                kvs.append(KeyValue(key: row[0], value: bytes(row[2]), createRevision: row[3], modRevision: row[1]))
            }
            var more = false
            if let limit, kvs.count > limit {
                kvs.removeLast(kvs.count - limit)
                more = true
            }
            return RangeResult(kvs: kvs, revision: at, more: more)
        }
    }

    public func count(prefix: String) async throws -> Int {
        try await read { db in
            var sql = "SELECT COUNT(*) FROM kv k WHERE deleted = 0 AND key >= ?"
            var arguments: StatementArguments = [prefix]
            if let upper = KeyRange.upperBound(of: prefix) {
                sql += " AND key < CAST(? AS TEXT)"
                _ = arguments.append(contentsOf: [upper])
            }
            sql += " AND NOT EXISTS (SELECT 1 FROM kv n WHERE n.key = k.key AND n.id > k.id)"
            return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    // MARK: Lifecycle

    public func close() async {
        let wasClosed = closed.withLock { closed in
            defer { closed = true }
            return closed
        }
        guard !wasClosed else { return }
        let task = compactor.withLock { task in
            defer { task = nil }
            return task
        }
        task?.cancel()
        await task?.value
        await batcher.close()
        hub.close()
        do {
            try pool.close()
        } catch {
            logger.warning("closing \(path): \(error)")
        }
    }

    // MARK: Helpers

    func checkOpen() throws {
        if closed.withLock({ $0 }) { throw StoreError.unavailable("store is closed") }
    }

    /// Runs a read on a WAL snapshot, mapping database failures to `StoreError.unavailable`.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try checkOpen()
        do {
            return try await pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.unavailable("sqlite: \(error)")
        }
    }

    /// The revision a read is served at, checked against the snapshot's current and compact revisions.
    /// A nil or non-positive request means the current revision.
    static func readRevision(_ db: Database, requested: Int64?) throws -> Int64 {
        let current = try Meta.get(db, .revision)
        guard let requested, requested > 0 else { return current }
        if requested > current { throw StoreError.futureRevision(requested: requested, current: current) }
        let compacted = try Meta.get(db, .compactRevision)
        if requested < compacted { throw StoreError.compacted(requested: requested, compactRevision: compacted) }
        return requested
    }
}

extension SQLiteStore {
    /// Size of the database file and of its history, for metrics and tests.
    public struct StorageStats: Sendable, Equatable {
        public var pageCount: Int
        public var pageSize: Int
        public var freePages: Int
        /// Rows in the history table (live values plus history not yet compacted).
        public var rows: Int
        public var bytes: Int { pageCount * pageSize }
    }

    public func storageStats() async throws -> StorageStats {
        try await read { db in
            StorageStats(
                pageCount: try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0,
                pageSize: try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0,
                freePages: try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0,
                rows: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM kv") ?? 0)
        }
    }

    /// Reads a PRAGMA on the writer connection (tests check the durability settings with it).
    func writerPragma(_ name: String) async throws -> String? {
        try await pool.writeWithoutTransaction { db in
            try String.fetchOne(db, sql: "PRAGMA \(name)")
        }
    }
}
