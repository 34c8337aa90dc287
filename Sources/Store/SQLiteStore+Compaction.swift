import Foundation
import GRDB

extension SQLiteStore {
    /// Rows examined per compaction transaction, so writes are never held up for long.
    static let compactionChunk: Int64 = 5_000

    public func compact(revision: Int64) async throws {
        try checkOpen()
        do {
            try await compactHistory(through: revision)
        } catch let error as DatabaseError {
            throw StoreError.unavailable("sqlite: \(error)")
        }
    }

    /// Advances the compact revision to `revision`, then deletes, in small transactions, every row at or
    /// below it that a read at `revision` or a watch after it no longer needs: rows superseded by a
    /// later write and delete tombstones. Progress is durable (`compact_done`), so an interrupted
    /// compaction is finished by the next one. Then returns free pages to the file system.
    func compactHistory(through revision: Int64) async throws {
        let advanced = try await pool.write { db -> Bool in
            let current = try Meta.get(db, .revision)
            if revision > current { throw StoreError.futureRevision(requested: revision, current: current) }
            guard revision > (try Meta.get(db, .compactRevision)) else { return false }
            try Meta.set(db, .compactRevision, revision)
            return true
        }
        if advanced {
            shared.revisions.withLock { $0.compacted = max($0.compacted, revision) }
            shared.stats.withLock { $0.compactions += 1 }
        }
        let target = try await pool.read { db in try Meta.get(db, .compactRevision) }
        var removed = 0
        while true {
            let step = try await pool.write { db -> (done: Bool, removed: Int) in
                let done = try Meta.get(db, .compactDone)
                guard done < target else { return (true, 0) }
                let upper = min(done + Self.compactionChunk, target)
                // The row each write in the chunk superseded, then the chunk's tombstones.
                try db.execute(
                    sql: "DELETE FROM kv WHERE id IN (SELECT prev_revision FROM kv WHERE id > ? AND id <= ? AND prev_revision > 0)",
                    arguments: [done, upper])
                var count = db.changesCount
                try db.execute(sql: "DELETE FROM kv WHERE id > ? AND id <= ? AND deleted = 1", arguments: [done, upper])
                count += db.changesCount
                try Meta.set(db, .compactDone, upper)
                return (upper >= target, count)
            }
            removed += step.removed
            if step.done { break }
            try Task.checkCancellation()
        }
        if removed > 0 { try await reclaimSpace() }
    }

    /// Gives free pages back to the file system (auto_vacuum=INCREMENTAL), when there are enough.
    func reclaimSpace() async throws {
        try await pool.writeWithoutTransaction { db in
            let free = try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0
            let total = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            // Keep some free pages around for the next writes; release the rest.
            let keep = max(64, total / 10)
            if free > keep {
                try db.execute(sql: "PRAGMA incremental_vacuum(\(free - keep))")
            }
        }
    }

    // MARK: Background compaction

    func startCompactor() {
        guard let interval = options.compactionInterval else { return }
        let task = Task.detached(priority: .utility) { [weak self] in
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                guard let self else { return }
                await self.compactAutomatically()
            }
        }
        compactor.withLock { $0 = task }
    }

    /// The revision retention allows compacting to: older than `historyRetention` and more than
    /// `minRetainedRevisions` behind the current revision.
    func retentionTarget(now: ContinuousClock.Instant) -> Int64 {
        let current = shared.revisions.withLock { $0.current }
        let byCount = current - max(0, options.minRetainedRevisions)
        let byTime: Int64
        if options.historyRetention <= .zero {
            byTime = current
        } else {
            let cutoff = now - options.historyRetention
            byTime = revisionSamples.withLock { samples in
                defer { samples.append((now, current)) }
                guard let index = samples.lastIndex(where: { $0.0 <= cutoff }) else { return 0 }
                samples.removeFirst(index)  // older samples can no longer be the answer
                return samples[0].1
            }
        }
        return min(byCount, byTime)
    }

    func compactAutomatically() async {
        let target = retentionTarget(now: .now)
        let compacted = shared.revisions.withLock { $0.compacted }
        guard target > compacted else { return }
        do {
            try await compactHistory(through: target)
        } catch is CancellationError {
            return
        } catch {
            logger.warning("compaction to \(target) failed: \(error)")
        }
    }
}
