import Synchronization

/// One queued write.
enum WriteOp: Sendable {
    case create(key: String, value: [UInt8])
    case update(key: String, value: [UInt8], expectedModRevision: Int64?)
    case delete(key: String, expectedModRevision: Int64?)
}

/// The result of one applied write: its revision and the event it produced.
struct WriteOutcome: Sendable {
    var revision: Int64
    var event: StoreEvent
}

/// Group commit: writes submitted concurrently are queued and handed to `commit` together, so they
/// share one transaction (and one fsync). Each write keeps its own result.
///
/// At most one batch is in flight; writes that arrive meanwhile form the next batch.
final class WriteBatcher: Sendable {
    typealias Commit = @Sendable ([WriteOp]) async -> [Result<WriteOutcome, StoreError>]

    private struct Pending {
        var op: WriteOp
        var continuation: CheckedContinuation<WriteOutcome, Error>
    }

    private struct State {
        var queue: [Pending] = []
        var drainTask: Task<Void, Never>?
        var closed = false
    }

    private let state = Mutex(State())
    private let maxBatch: Int
    private let commit: Commit

    init(maxBatch: Int, commit: @escaping Commit) {
        self.maxBatch = max(1, maxBatch)
        self.commit = commit
    }

    func submit(_ op: WriteOp) async throws -> WriteOutcome {
        try await withCheckedThrowingContinuation { continuation in
            let rejected = state.withLock { state -> Bool in
                if state.closed { return true }
                state.queue.append(Pending(op: op, continuation: continuation))
                if state.drainTask == nil {
                    state.drainTask = Task { await self.drain() }
                }
                return false
            }
            if rejected {
                continuation.resume(throwing: StoreError.unavailable("store is closed"))
            }
        }
    }

    /// Rejects new writes and waits until every accepted write is committed.
    func close() async {
        let task = state.withLock { state -> Task<Void, Never>? in
            state.closed = true
            return state.drainTask
        }
        await task?.value
    }

    private func drain() async {
        while true {
            let batch = state.withLock { state -> [Pending] in
                guard !state.queue.isEmpty else {
                    state.drainTask = nil
                    return []
                }
                if state.queue.count <= maxBatch {
                    defer { state.queue = [] }
                    return state.queue
                }
                defer { state.queue.removeFirst(maxBatch) }
                return Array(state.queue.prefix(maxBatch))
            }
            if batch.isEmpty { return }
            let results = await commit(batch.map(\.op))
            for (index, pending) in batch.enumerated() {
                if index < results.count {
                    pending.continuation.resume(with: results[index].mapError { $0 as Error })
                } else {
                    pending.continuation.resume(throwing: StoreError.unavailable("write was not applied"))
                }
            }
        }
    }
}
