import Foundation
import Testing
@testable import Store

/// A fresh directory for one test's database, removed by `cleanup()`.
struct TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("apus-store-tests", isDirectory: true)
            .appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var dbPath: String { url.appendingPathComponent("db/state.sqlite").path }

    func cleanup() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Options for tests: no background compaction unless asked.
func testOptions(
    compactionInterval: Duration? = nil,
    retention: Duration = .zero,
    minRetained: Int64 = 0,
    maxWatchBuffer: Int = 100_000,
    watchPageSize: Int = 1_000
) -> SQLiteStore.Options {
    SQLiteStore.Options(
        historyRetention: retention,
        minRetainedRevisions: minRetained,
        compactionInterval: compactionInterval,
        maxWatchBuffer: maxWatchBuffer,
        watchPageSize: watchPageSize)
}

/// Opens a store in a fresh directory, runs `body`, then closes the store and removes the directory.
func withStore(
    _ options: SQLiteStore.Options = testOptions(),
    _ body: (SQLiteStore, TempDir) async throws -> Void
) async throws {
    let dir = try TempDir()
    defer { dir.cleanup() }
    let store = try SQLiteStore(path: dir.dbPath, options: options)
    do {
        try await body(store, dir)
    } catch {
        await store.close()
        throw error
    }
    await store.close()
}

func v(_ string: String) -> [UInt8] { Array(string.utf8) }

/// Collects events from a watch until `count` have arrived (or the stream ends / times out).
func collect(
    _ stream: AsyncThrowingStream<[StoreEvent], Error>,
    count: Int,
    timeout: Duration = .seconds(30)
) async throws -> [StoreEvent] {
    try await withThrowingTaskGroup(of: [StoreEvent]?.self) { group in
        group.addTask {
            var events: [StoreEvent] = []
            for try await batch in stream {
                events.append(contentsOf: batch)
                if events.count >= count { break }
            }
            return events
        }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let events = first else {
            Issue.record("timed out waiting for \(count) events")
            return []
        }
        return events
    }
}
