import Foundation
import Testing
@testable import Store

@Suite struct SQLiteStoreCompactionTests {
    @Test func compactionKeepsLiveValuesAndRecentHistory() async throws {
        try await withStore { store, _ async throws in
            let a1 = try await store.create("/k/a", value: v("a1"))
            _ = try await store.create("/k/b", value: v("b1"))
            _ = try await store.update("/k/a", value: v("a2"), expectedModRevision: a1)
            _ = try await store.delete("/k/b", expectedModRevision: nil)
            let c5 = try await store.create("/k/c", value: v("c1"))
            let a6 = try await store.update("/k/a", value: v("a3"), expectedModRevision: nil)

            try await store.compact(revision: c5)
            #expect(try await store.compactRevision() == c5)
            await #expect(throws: StoreError.compacted(requested: c5 - 1, compactRevision: c5)) {
                try await store.get("/k/a", revision: c5 - 1)
            }
            await #expect(throws: StoreError.compacted(requested: 1, compactRevision: c5)) {
                try await store.range(prefix: "/k/", startAfter: nil, limit: nil, revision: 1)
            }
            // The compact revision itself is still readable.
            let atC5 = try await store.range(prefix: "/k/", startAfter: nil, limit: nil, revision: c5)
            #expect(atC5.kvs.map(\.key) == ["/k/a", "/k/c"])
            #expect(atC5.kvs.map(\.value) == [v("a2"), v("c1")])
            let now = try await store.range(prefix: "/k/", startAfter: nil, limit: nil, revision: nil)
            #expect(now.kvs.map(\.value) == [v("a3"), v("c1")])
            #expect(now.kvs.first?.createRevision == a1)

            // The watch after the compact revision still has its previous values.
            let events = try await collect(store.watch(prefix: "/k/", afterRevision: c5), count: 1)
            #expect(events.first?.revision == a6)
            #expect(events.first?.prevKV?.value == v("a2"))

            // Two live keys at c5 (a@3, c@5) plus the update at 6.
            #expect(try await store.storageStats().rows == 3)
        }
    }

    @Test func compactionRemovesTombstonesAndIsIdempotent() async throws {
        try await withStore { store, _ async throws in
            for i in 0..<20 { _ = try await store.create("/t/\(i)", value: v("\(i)")) }
            for i in 0..<20 { _ = try await store.delete("/t/\(i)", expectedModRevision: nil) }
            let current = try await store.currentRevision()
            try await store.compact(revision: current)
            try await store.compact(revision: current)
            try await store.compact(revision: 3)
            #expect(try await store.compactRevision() == current)
            #expect(try await store.storageStats().rows == 0)
            #expect(try await store.count(prefix: "") == 0)
            await #expect(throws: StoreError.futureRevision(requested: current + 1, current: current)) {
                try await store.compact(revision: current + 1)
            }
            // Revisions continue after the history is gone, also across a reopen.
            #expect(try await store.create("/t/new", value: []) == current + 1)
        }
    }

    @Test func compactRevisionSurvivesReopen() async throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let first = try SQLiteStore(path: dir.dbPath, options: testOptions())
        for i in 0..<10 { _ = try await first.create("/k/\(i)", value: []) }
        for i in 0..<10 { _ = try await first.delete("/k/\(i)", expectedModRevision: nil) }
        try await first.compact(revision: 20)
        await first.close()

        let second = try SQLiteStore(path: dir.dbPath, options: testOptions())
        #expect(try await second.compactRevision() == 20)
        #expect(try await second.currentRevision() == 20)
        #expect(try await second.create("/k/x", value: []) == 21)
        await second.close()
    }

    @Test func retentionKeepsMinimumRevisions() async throws {
        try await withStore(testOptions(retention: .zero, minRetained: 30)) { store, _ async throws in
            for i in 0..<100 { _ = try await store.create("/r/\(i)", value: []) }
            await store.compactAutomatically()
            #expect(try await store.compactRevision() == 70)
        }
        try await withStore(testOptions(retention: .seconds(3600), minRetained: 0)) { store, _ async throws in
            for i in 0..<100 { _ = try await store.create("/r/\(i)", value: []) }
            await store.compactAutomatically()
            #expect(try await store.compactRevision() == 0)
        }
    }

    @Test func backgroundCompactionBoundsFileSizeUnderChurn() async throws {
        let options = testOptions(compactionInterval: .milliseconds(50), retention: .zero, minRetained: 200)
        try await withStore(options) { store, _ async throws in
            let keys = 100
            let value = [UInt8](repeating: 7, count: 200)
            for k in 0..<keys { _ = try await store.create("/churn/\(k)", value: value) }
            var sizes: [Int] = []
            for _ in 0..<4 {
                // 5,000 writes per round: every key updated 50 times by its own writer.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for k in 0..<keys {
                        group.addTask {
                            for _ in 0..<50 {
                                _ = try await store.update("/churn/\(k)", value: value, expectedModRevision: nil)
                            }
                        }
                    }
                    try await group.waitForAll()
                }
                try await Task.sleep(for: .milliseconds(300))  // let the compactor run
                sizes.append(try await store.storageStats().pageCount)
            }
            let stats = try await store.storageStats()
            #expect(store.stats.compactions > 0)
            #expect(stats.rows < 2_000, "history not compacted: \(stats.rows) rows")
            // 20,000 updates of 200 bytes would be ~1,000+ pages without compaction.
            #expect(sizes.last ?? .max <= max(sizes[0] * 3 / 2, 200), "page counts grew: \(sizes)")
            #expect(try await store.count(prefix: "/churn/") == keys)
        }
    }
}
