import Foundation
import GRDB

extension SQLiteStore {
    public func watch(prefix: String, afterRevision: Int64) -> AsyncThrowingStream<[StoreEvent], Error> {
        let pool = self.pool
        let pageSize = max(1, options.watchPageSize)
        let subscriber = WatchSubscriber(
            prefix: prefix,
            afterRevision: afterRevision,
            maxBuffered: options.maxWatchBuffer,
            maxDelivery: max(pageSize, 10_000)
        ) { after in
            do {
                return try await pool.read { db in
                    try Self.readHistory(db, prefix: prefix, afterRevision: after, limit: pageSize)
                }
            } catch let error as DatabaseError {
                throw StoreError.unavailable("sqlite: \(error)")
            }
        }
        // Register for live events before any history is read, so nothing falls in between.
        guard !closed.withLock({ $0 }), let id = hub.register(subscriber) else {
            return AsyncThrowingStream { $0.finish(throwing: StoreError.unavailable("store is closed")) }
        }
        let registration = WatchRegistration(hub: hub, id: id, subscriber: subscriber)
        // The stream owns the registration: releasing the stream (consumer done, cancelled or gone)
        // unregisters the watcher.
        return AsyncThrowingStream(unfolding: {
            try await registration.subscriber.next()
        })
    }

    /// Events with revision > `afterRevision` under `prefix`, at most `limit`, from one snapshot.
    /// The unary `+` keeps SQLite on the id (rowid) range: a replay reads the recent tail of history.
    static func readHistory(_ db: Database, prefix: String, afterRevision: Int64, limit: Int) throws -> HistoryPage {
        let current = try Meta.get(db, .revision)
        let compacted = try Meta.get(db, .compactRevision)
        if afterRevision < compacted {
            throw StoreError.compacted(requested: afterRevision, compactRevision: compacted)
        }
        var sql = """
            SELECT k.id, k.key, k.value, k.create_revision, k.prev_revision, k.deleted, p.value, p.create_revision
            FROM kv k LEFT JOIN kv p ON p.id = k.prev_revision AND k.deleted = 0
            WHERE k.id > ? AND +k.key >= ?
            """
        var arguments: StatementArguments = [afterRevision, prefix]
        if let upper = KeyRange.upperBound(of: prefix) {
            sql += " AND +k.key < CAST(? AS TEXT)"
            _ = arguments.append(contentsOf: [upper])
        }
        sql += " ORDER BY k.id LIMIT ?"
        _ = arguments.append(contentsOf: [limit])

        var events: [StoreEvent] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let revision: Int64 = row[0]
            let key: String = row[1]
            let value = bytes(row[2])
            let createRevision: Int64 = row[3]
            let prevRevision: Int64 = row[4]
            let deleted = (row[5] as Int64) != 0
            let kv = KeyValue(key: key, value: value, createRevision: createRevision, modRevision: revision)
            if deleted {
                let previous = KeyValue(key: key, value: value, createRevision: createRevision, modRevision: prevRevision)
                events.append(StoreEvent(type: .delete, kv: kv, prevKV: previous))
            } else if prevRevision > 0, let previousCreate = row[7] as Int64? {
                let previous = KeyValue(
                    key: key, value: bytes(row[6]), createRevision: previousCreate, modRevision: prevRevision)
                events.append(StoreEvent(type: .put, kv: kv, prevKV: previous))
            } else {
                events.append(StoreEvent(type: .put, kv: kv, prevKV: nil))
            }
        }
        return HistoryPage(events: events, complete: events.count < limit, snapshotRevision: current)
    }
}
