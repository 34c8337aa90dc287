import Foundation
import Testing
@testable import Store

@Suite struct SQLiteStoreCRUDTests {
    @Test func revisionsStrictlyIncrease() async throws {
        try await withStore { store, _ async throws in
            #expect(try await store.currentRevision() == 0)
            let r1 = try await store.create("/a", value: v("1"))
            let r2 = try await store.create("/b", value: v("2"))
            let r3 = try await store.update("/a", value: v("3"), expectedModRevision: nil)
            let r4 = try await store.delete("/b", expectedModRevision: nil).revision
            #expect([r1, r2, r3, r4] == [1, 2, 3, 4])
            #expect(try await store.currentRevision() == 4)
        }
    }

    @Test func createUpdateGetKeepsRevisions() async throws {
        try await withStore { store, _ async throws in
            let created = try await store.create("/k", value: v("one"))
            let updated = try await store.update("/k", value: v("two"), expectedModRevision: created)
            let kv = try #require(try await store.get("/k", revision: nil))
            #expect(kv == KeyValue(key: "/k", value: v("two"), createRevision: created, modRevision: updated))
            #expect(try await store.get("/missing", revision: nil) == nil)
        }
    }

    @Test func createExistingKeyFails() async throws {
        try await withStore { store, _ async throws in
            _ = try await store.create("/k", value: v("1"))
            await #expect(throws: StoreError.keyExists(key: "/k")) {
                try await store.create("/k", value: v("2"))
            }
            #expect(try await store.currentRevision() == 1)
        }
    }

    @Test func updateAndDeleteOfMissingKeyFail() async throws {
        try await withStore { store, _ async throws in
            await #expect(throws: StoreError.keyNotFound(key: "/k")) {
                try await store.update("/k", value: v("1"), expectedModRevision: nil)
            }
            await #expect(throws: StoreError.keyNotFound(key: "/k")) {
                try await store.delete("/k", expectedModRevision: nil)
            }
        }
    }

    @Test func compareAndSwapConflicts() async throws {
        try await withStore { store, _ async throws in
            let r1 = try await store.create("/k", value: v("1"))
            let r2 = try await store.update("/k", value: v("2"), expectedModRevision: r1)
            await #expect(throws: StoreError.conflict(key: "/k", currentModRevision: r2)) {
                try await store.update("/k", value: v("3"), expectedModRevision: r1)
            }
            await #expect(throws: StoreError.conflict(key: "/k", currentModRevision: r2)) {
                try await store.delete("/k", expectedModRevision: r1)
            }
            let deleted = try await store.delete("/k", expectedModRevision: r2)
            #expect(deleted.revision == r2 + 1)
            #expect(deleted.previous == KeyValue(key: "/k", value: v("2"), createRevision: r1, modRevision: r2))
            #expect(try await store.get("/k", revision: nil) == nil)
        }
    }

    @Test func recreateAfterDeleteStartsNewLife() async throws {
        try await withStore { store, _ async throws in
            _ = try await store.create("/k", value: v("1"))
            _ = try await store.delete("/k", expectedModRevision: nil)
            let r3 = try await store.create("/k", value: v("again"))
            let kv = try #require(try await store.get("/k", revision: nil))
            #expect(kv.createRevision == r3 && kv.modRevision == r3)
        }
    }

    @Test func readsAtOldRevisions() async throws {
        try await withStore { store, _ async throws in
            let r1 = try await store.create("/p/a", value: v("a1"))
            let r2 = try await store.create("/p/b", value: v("b1"))
            let r3 = try await store.update("/p/a", value: v("a2"), expectedModRevision: nil)
            let r4 = try await store.delete("/p/b", expectedModRevision: nil).revision

            #expect(try await store.get("/p/a", revision: r1)?.value == v("a1"))
            #expect(try await store.get("/p/a", revision: r3)?.value == v("a2"))
            #expect(try await store.get("/p/b", revision: r3)?.value == v("b1"))
            #expect(try await store.get("/p/b", revision: r4) == nil)

            let atR2 = try await store.range(prefix: "/p/", startAfter: nil, limit: nil, revision: r2)
            #expect(atR2.revision == r2)
            #expect(atR2.kvs.map(\.key) == ["/p/a", "/p/b"])
            #expect(atR2.kvs.map(\.value) == [v("a1"), v("b1")])
            let now = try await store.range(prefix: "/p/", startAfter: nil, limit: nil, revision: nil)
            #expect(now.revision == r4)
            #expect(now.kvs.map(\.key) == ["/p/a"])

            await #expect(throws: StoreError.futureRevision(requested: r4 + 1, current: r4)) {
                try await store.get("/p/a", revision: r4 + 1)
            }
        }
    }

    @Test func rangePagesWithLimitAndStartAfter() async throws {
        try await withStore { store, _ async throws in
            for i in 0..<10 { _ = try await store.create("/items/\(i)", value: v("\(i)")) }
            _ = try await store.create("/itemsX", value: v("outside"))
            _ = try await store.create("/item", value: v("outside"))

            var keys: [String] = []
            var startAfter: String?
            var pages = 0
            while true {
                let page = try await store.range(prefix: "/items/", startAfter: startAfter, limit: 3, revision: nil)
                keys += page.kvs.map(\.key)
                pages += 1
                guard page.more, let last = page.kvs.last else { break }
                startAfter = last.key
            }
            #expect(keys == (0..<10).map { "/items/\($0)" })
            #expect(pages == 4)

            let exact = try await store.range(prefix: "/items/", startAfter: nil, limit: 10, revision: nil)
            #expect(exact.kvs.count == 10 && !exact.more)
            let all = try await store.range(prefix: "", startAfter: nil, limit: nil, revision: nil)
            #expect(all.kvs.count == 12)
            #expect(try await store.count(prefix: "/items/") == 10)
            #expect(try await store.count(prefix: "") == 12)
        }
    }

    @Test func countSkipsDeletedKeys() async throws {
        try await withStore { store, _ async throws in
            for i in 0..<5 { _ = try await store.create("/c/\(i)", value: v("x")) }
            _ = try await store.delete("/c/1", expectedModRevision: nil)
            _ = try await store.update("/c/2", value: v("y"), expectedModRevision: nil)
            #expect(try await store.count(prefix: "/c/") == 4)
        }
    }

    @Test func nonASCIIKeysAndEmptyValues() async throws {
        try await withStore { store, _ async throws in
            _ = try await store.create("/ü/é", value: [])
            _ = try await store.create("/ü/\u{10FFFF}", value: [0, 255])
            _ = try await store.create("/ü\u{10FFFF}", value: v("outside"))
            let result = try await store.range(prefix: "/ü/", startAfter: nil, limit: nil, revision: nil)
            #expect(result.kvs.map(\.key) == ["/ü/é", "/ü/\u{10FFFF}"])
            #expect(result.kvs.map(\.value) == [[], [0, 255]])
        }
    }

    @Test func durabilitySettings() async throws {
        try await withStore { store, _ async throws in
            #expect(try await store.writerPragma("journal_mode") == "wal")
            #expect(try await store.writerPragma("synchronous") == "2")  // FULL
            #expect(try await store.writerPragma("auto_vacuum") == "2")  // INCREMENTAL
        }
    }

    @Test func reopenAfterCloseKeepsDataAndRevisions() async throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let first = try SQLiteStore(path: dir.dbPath, options: testOptions())
        _ = try await first.create("/k", value: v("1"))
        let r2 = try await first.update("/k", value: v("2"), expectedModRevision: nil)
        await first.close()
        await #expect(throws: StoreError.self) { try await first.create("/x", value: []) }

        let second = try SQLiteStore(path: dir.dbPath, options: testOptions())
        #expect(try await second.currentRevision() == r2)
        #expect(try await second.get("/k", revision: nil)?.value == v("2"))
        #expect(try await second.create("/x", value: []) == r2 + 1)
        await second.close()
    }

    @Test func reopenWithoutCloseKeepsAcknowledgedWrites() async throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        var last: Int64 = 0
        do {
            let first = try SQLiteStore(path: dir.dbPath, options: testOptions())
            for i in 0..<50 { last = try await first.create("/k/\(i)", value: v("\(i)")) }
            // Dropped without close: like a crashed process, nothing is flushed on the way out.
        }
        let second = try SQLiteStore(path: dir.dbPath, options: testOptions())
        #expect(try await second.currentRevision() == last)
        #expect(try await second.count(prefix: "/k/") == 50)
        #expect(try await second.create("/k/next", value: []) == last + 1)
        await second.close()
    }
}
