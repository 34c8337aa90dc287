import Foundation
import Testing
@testable import Store

@Suite struct SQLiteStoreWatchTests {
    @Test func deliversPutsUpdatesAndDeletesWithPreviousValues() async throws {
        try await withStore { store, _ async throws in
            let stream = store.watch(prefix: "/w/", afterRevision: 0)
            let r1 = try await store.create("/w/a", value: v("1"))
            _ = try await store.create("/other", value: v("x"))
            let r3 = try await store.update("/w/a", value: v("2"), expectedModRevision: r1)
            let r4 = try await store.delete("/w/a", expectedModRevision: nil).revision

            let events = try await collect(stream, count: 3)
            #expect(events.map(\.revision) == [r1, r3, r4])
            #expect(events[0] == StoreEvent(
                type: .put, kv: KeyValue(key: "/w/a", value: v("1"), createRevision: r1, modRevision: r1), prevKV: nil))
            #expect(events[1] == StoreEvent(
                type: .put, kv: KeyValue(key: "/w/a", value: v("2"), createRevision: r1, modRevision: r3),
                prevKV: KeyValue(key: "/w/a", value: v("1"), createRevision: r1, modRevision: r1)))
            #expect(events[2] == StoreEvent(
                type: .delete, kv: KeyValue(key: "/w/a", value: v("2"), createRevision: r1, modRevision: r4),
                prevKV: KeyValue(key: "/w/a", value: v("2"), createRevision: r1, modRevision: r3)))
        }
    }

    @Test func replayFromOldRevisionMatchesLiveEvents() async throws {
        try await withStore { store, _ async throws in
            let live = store.watch(prefix: "/r/", afterRevision: 0)
            let r1 = try await store.create("/r/a", value: v("1"))
            _ = try await store.update("/r/a", value: v("2"), expectedModRevision: nil)
            _ = try await store.create("/r/b", value: v("3"))
            _ = try await store.delete("/r/a", expectedModRevision: nil)
            let liveEvents = try await collect(live, count: 4)

            // Small pages exercise the paged replay.
            let replayed = try await collect(store.watch(prefix: "/r/", afterRevision: 0), count: 4)
            #expect(replayed == liveEvents)
            let tail = try await collect(store.watch(prefix: "/r/", afterRevision: r1), count: 3)
            #expect(tail == Array(liveEvents.dropFirst()))
        }
    }

    @Test func concurrentWritersAreSeenInOrderWithoutGaps() async throws {
        try await withStore(testOptions(watchPageSize: 64)) { store, _ async throws in
            let stream = store.watch(prefix: "/cw/", afterRevision: 0)
            let revisions = try await Self.writeConcurrently(store, tasks: 8, each: 200)
            let events = try await collect(stream, count: revisions.count)
            Self.expectInOrder(events, revisions)
        }
    }

    @Test func watcherCatchingUpDuringWritesMissesNothing() async throws {
        try await withStore(testOptions(watchPageSize: 50)) { store, _ async throws in
            async let written = Self.writeConcurrently(store, tasks: 8, each: 200)
            // Start watchers while writes are in flight, from the beginning and from "now".
            try await Task.sleep(for: .milliseconds(20))
            let fromStart = store.watch(prefix: "/cw/", afterRevision: 0)
            let startRevision = try await store.currentRevision()
            let fromNow = store.watch(prefix: "/cw/", afterRevision: startRevision)
            let revisions = try await written
            let all = try await collect(fromStart, count: revisions.count)
            Self.expectInOrder(all, revisions)
            let tail = revisions.filter { $0 > startRevision }
            let later = try await collect(fromNow, count: tail.count)
            Self.expectInOrder(later, tail)
        }
    }

    @Test func watchFromCompactedRevisionFails() async throws {
        try await withStore { store, _ async throws in
            for i in 0..<10 { _ = try await store.create("/k/\(i)", value: v("\(i)")) }
            try await store.compact(revision: 5)
            await #expect(throws: StoreError.compacted(requested: 3, compactRevision: 5)) {
                for try await _ in store.watch(prefix: "/k/", afterRevision: 3) {}
            }
            let events = try await collect(store.watch(prefix: "/k/", afterRevision: 5), count: 5)
            #expect(events.map(\.revision) == [6, 7, 8, 9, 10])
        }
    }

    @Test func cancellingTheConsumerUnregistersTheWatcher() async throws {
        try await withStore { store, _ async throws in
            let consumer = Task {
                for try await _ in store.watch(prefix: "/", afterRevision: 0) {}
            }
            _ = try await store.create("/a", value: [])
            try await Self.eventually { store.watcherCount == 1 }
            consumer.cancel()
            _ = try? await consumer.value
            try await Self.eventually { store.watcherCount == 0 }

            // Dropping a stream without iterating it also unregisters.
            do { _ = store.watch(prefix: "/", afterRevision: 0) }
            try await Self.eventually { store.watcherCount == 0 }
        }
    }

    @Test func slowWatcherEndsWithErrorInsteadOfDroppingEvents() async throws {
        try await withStore(testOptions(maxWatchBuffer: 10)) { store, _ async throws in
            let stream = store.watch(prefix: "/s/", afterRevision: 0)
            for i in 0..<20 { _ = try await store.create("/s/\(i)", value: []) }
            await #expect(throws: StoreError.self) {
                for try await _ in stream {}
            }
            #expect(store.watcherCount == 0)
        }
    }

    @Test func closeEndsWatches() async throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let store = try SQLiteStore(path: dir.dbPath, options: testOptions())
        _ = try await store.create("/a", value: [])
        let consumer = Task {
            var count = 0
            for try await batch in store.watch(prefix: "/", afterRevision: 0) { count += batch.count }
            return count
        }
        try await Self.eventually { store.watcherCount == 1 }
        try await Task.sleep(for: .milliseconds(50))
        await store.close()
        #expect(try await consumer.value == 1)
    }

    // MARK: Helpers

    /// `tasks` writers each create a key then update it `each - 1` times; returns every revision written.
    static func writeConcurrently(_ store: SQLiteStore, tasks: Int, each: Int) async throws -> [Int64] {
        try await withThrowingTaskGroup(of: [Int64].self) { group in
            for t in 0..<tasks {
                group.addTask {
                    var revisions: [Int64] = []
                    let key = "/cw/\(t)"
                    var last = try await store.create(key, value: v("0"))
                    revisions.append(last)
                    for i in 1..<each {
                        last = try await store.update(key, value: v("\(i)"), expectedModRevision: last)
                        revisions.append(last)
                    }
                    return revisions
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }.sorted()
        }
    }

    static func expectInOrder(_ events: [StoreEvent], _ revisions: [Int64], sourceLocation: SourceLocation = #_sourceLocation) {
        let seen = events.map(\.revision)
        #expect(seen == revisions, "watch saw \(seen.count) events, writers got \(revisions.count) revisions", sourceLocation: sourceLocation)
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0 < $1 }, sourceLocation: sourceLocation)
    }

    static func eventually(timeout: Duration = .seconds(5), _ condition: () -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            if ContinuousClock.now > deadline {
                Issue.record("condition not met in time")
                return
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}
