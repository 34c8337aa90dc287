import Synchronization

/// One page of history read from the database for a catching-up watcher.
struct HistoryPage: Sendable {
    /// Matching events with revision > the requested one, in revision order.
    var events: [StoreEvent]
    /// True when `events` holds every matching event up to `snapshotRevision`.
    var complete: Bool
    /// The store revision of the snapshot the page was read from.
    var snapshotRevision: Int64
}

/// One watcher. It first replays history page by page (pulled by the consumer, so a slow consumer
/// applies back-pressure to the replay), while live events queue up; then it switches to the live
/// queue, dropping what the replay already covered. Revisions delivered are strictly increasing.
final class WatchSubscriber: Sendable {
    typealias HistoryReader = @Sendable (_ afterRevision: Int64) async throws -> HistoryPage

    private enum Finish {
        case ended
        case failed(Error)
    }

    private struct State {
        var catchingUp = true
        /// Every matching event up to this revision has been delivered (or skipped as not matching).
        var watermark: Int64
        var queue: [StoreEvent] = []
        var waiter: CheckedContinuation<Void, Never>?
        var finish: Finish?
    }

    private enum Step {
        case end
        case fail(Error)
        case deliver([StoreEvent])
        case replay(after: Int64)
        case wait
    }

    let prefix: [UInt8]
    private let maxBuffered: Int
    private let maxDelivery: Int
    private let readHistory: HistoryReader
    private let state: Mutex<State>

    init(prefix: String, afterRevision: Int64, maxBuffered: Int, maxDelivery: Int, readHistory: @escaping HistoryReader) {
        self.prefix = Array(prefix.utf8)
        self.maxBuffered = max(1, maxBuffered)
        self.maxDelivery = max(1, maxDelivery)
        self.readHistory = readHistory
        self.state = Mutex(State(watermark: afterRevision))
    }

    /// Queues live events. Returns false when this subscriber is finished and should be dropped.
    func enqueue(_ events: [StoreEvent]) -> Bool {
        let matching = events.filter { KeyRange.matches($0.kv.key, prefix: prefix) }
        var alive = true
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard state.finish == nil else {
                alive = false
                return nil
            }
            guard !matching.isEmpty else { return nil }
            if state.queue.count + matching.count > maxBuffered {
                // Never drop silently: end the stream with an error so the consumer relists.
                state.queue = []
                state.finish = .failed(StoreError.unavailable(
                    "watch fell behind by more than \(maxBuffered) events; restart it from a fresh list"))
                alive = false
            } else {
                state.queue.append(contentsOf: matching)
            }
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
        return alive
    }

    /// Ends the stream normally (store closed or consumer gone).
    func finish() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if state.finish == nil { state.finish = .ended }
            state.queue = []
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume()
    }

    /// The next batch of events; nil when the stream ends.
    func next() async throws -> [StoreEvent]? {
        while true {
            let step = state.withLock { state -> Step in
                switch state.finish {
                case .ended?:
                    return .end
                case .failed(let error)?:
                    state.finish = .ended
                    return .fail(error)
                case nil:
                    break
                }
                if state.catchingUp { return .replay(after: state.watermark) }
                if state.queue.isEmpty { return .wait }
                if state.queue.count <= maxDelivery {
                    defer { state.queue = [] }
                    return .deliver(state.queue)
                }
                defer { state.queue.removeFirst(maxDelivery) }
                return .deliver(Array(state.queue.prefix(maxDelivery)))
            }
            switch step {
            case .end:
                return nil
            case .fail(let error):
                throw error
            case .deliver(let events):
                if let last = events.last {
                    state.withLock { $0.watermark = last.revision }
                }
                return events
            case .replay(let after):
                let page: HistoryPage
                do {
                    page = try await readHistory(after)
                } catch {
                    let alreadyEnded = state.withLock { state -> Bool in
                        if case .ended? = state.finish { return true }
                        state.finish = .ended
                        state.queue = []
                        return false
                    }
                    if alreadyEnded { return nil }
                    throw error
                }
                let events = page.events.filter { $0.revision > after }
                state.withLock { state in
                    if let last = events.last { state.watermark = max(state.watermark, last.revision) }
                    if page.complete {
                        state.catchingUp = false
                        state.watermark = max(state.watermark, page.snapshotRevision)
                        let covered = state.watermark
                        if let firstNew = state.queue.firstIndex(where: { $0.revision > covered }) {
                            state.queue.removeFirst(firstNew)
                        } else {
                            state.queue = []
                        }
                    }
                }
                if !events.isEmpty { return events }
            case .wait:
                await waitForEvents()
                if Task.isCancelled {
                    finish()
                    return nil
                }
            }
        }
    }

    private func waitForEvents() async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state -> Bool in
                    if !state.queue.isEmpty || state.finish != nil || Task.isCancelled { return true }
                    state.waiter = continuation
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
                defer { state.waiter = nil }
                return state.waiter
            }
            waiter?.resume()
        }
    }
}

/// Unregisters a watcher when its stream is released (consumer finished, cancelled or dropped it).
final class WatchRegistration: Sendable {
    let hub: WatchHub
    let id: Int
    let subscriber: WatchSubscriber

    init(hub: WatchHub, id: Int, subscriber: WatchSubscriber) {
        self.hub = hub
        self.id = id
        self.subscriber = subscriber
    }

    deinit {
        subscriber.finish()
        hub.remove(id)
    }
}
