import Foundation
import GRDB

extension SQLiteStore {
    public func create(_ key: String, value: [UInt8]) async throws -> Int64 {
        try checkOpen()
        return try await batcher.submit(.create(key: key, value: value)).revision
    }

    public func update(_ key: String, value: [UInt8], expectedModRevision: Int64?) async throws -> Int64 {
        try checkOpen()
        return try await batcher.submit(.update(key: key, value: value, expectedModRevision: expectedModRevision)).revision
    }

    public func delete(_ key: String, expectedModRevision: Int64?) async throws -> (revision: Int64, previous: KeyValue) {
        try checkOpen()
        let outcome = try await batcher.submit(.delete(key: key, expectedModRevision: expectedModRevision))
        guard let previous = outcome.event.prevKV else {
            throw StoreError.unavailable("delete of \(key) produced no previous value")
        }
        return (outcome.revision, previous)
    }

    /// Applies one batch in one transaction, then publishes its events. Called by the batcher only,
    /// one batch at a time.
    static func commit(_ ops: [WriteOp], pool: DatabasePool, hub: WatchHub, shared: Shared) async
        -> [Result<WriteOutcome, StoreError>]
    {
        let results: [Result<WriteOutcome, StoreError>]
        do {
            results = try await pool.write { db in try apply(ops, db) }
        } catch {
            let failure = StoreError.unavailable("write failed: \(error)")
            return ops.map { _ in .failure(failure) }
        }
        var events: [StoreEvent] = []
        events.reserveCapacity(results.count)
        for case .success(let outcome) in results { events.append(outcome.event) }
        shared.stats.withLock { stats in
            stats.transactions += 1
            stats.writes += events.count
            stats.rejectedWrites += results.count - events.count
        }
        if let last = events.last {
            shared.revisions.withLock { $0.current = max($0.current, last.revision) }
        }
        hub.publish(events)
        return results
    }

    /// Applies writes in order inside the current transaction. Each sees the effects of the ones
    /// before it; a rejected write changes nothing and uses no revision.
    static func apply(_ ops: [WriteOp], _ db: Database) throws -> [Result<WriteOutcome, StoreError>] {
        let start = try Meta.get(db, .revision)
        var revision = start
        let insert = try db.cachedStatement(sql: """
            INSERT INTO kv (id, key, value, create_revision, prev_revision, deleted) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var results: [Result<WriteOutcome, StoreError>] = []
        results.reserveCapacity(ops.count)
        for op in ops {
            switch op {
            case .create(let key, let value):
                if let latest = try LatestRow.fetch(db, key: key), !latest.deleted {
                    results.append(.failure(.keyExists(key: key)))
                    continue
                }
                revision += 1
                try insert.execute(arguments: [revision, key, Data(value), revision, 0, 0])
                let kv = KeyValue(key: key, value: value, createRevision: revision, modRevision: revision)
                results.append(.success(WriteOutcome(revision: revision, event: StoreEvent(type: .put, kv: kv, prevKV: nil))))

            case .update(let key, let value, let expected):
                switch try live(db, key: key, expected: expected) {
                case .failure(let error):
                    results.append(.failure(error))
                case .success(let latest):
                    revision += 1
                    try insert.execute(arguments: [revision, key, Data(value), latest.createRevision, latest.id, 0])
                    let kv = KeyValue(key: key, value: value, createRevision: latest.createRevision, modRevision: revision)
                    let event = StoreEvent(type: .put, kv: kv, prevKV: latest.keyValue(key))
                    results.append(.success(WriteOutcome(revision: revision, event: event)))
                }

            case .delete(let key, let expected):
                switch try live(db, key: key, expected: expected) {
                case .failure(let error):
                    results.append(.failure(error))
                case .success(let latest):
                    revision += 1
                    // The tombstone keeps the deleted value, for delete events.
                    try insert.execute(arguments: [revision, key, Data(latest.value), latest.createRevision, latest.id, 1])
                    let kv = KeyValue(key: key, value: latest.value, createRevision: latest.createRevision, modRevision: revision)
                    let event = StoreEvent(type: .delete, kv: kv, prevKV: latest.keyValue(key))
                    results.append(.success(WriteOutcome(revision: revision, event: event)))
                }
            }
        }
        if revision != start { try Meta.set(db, .revision, revision) }
        return results
    }

    /// The key's live row, checked against an expected mod revision.
    private static func live(_ db: Database, key: String, expected: Int64?) throws -> Result<LatestRow, StoreError> {
        guard let latest = try LatestRow.fetch(db, key: key), !latest.deleted else {
            return .failure(.keyNotFound(key: key))
        }
        if let expected, expected != latest.id {
            return .failure(.conflict(key: key, currentModRevision: latest.id))
        }
        return .success(latest)
    }
}
