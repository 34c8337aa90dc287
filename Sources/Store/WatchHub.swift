import Synchronization

/// The live side of watches: after each commit the writer publishes the batch's events here, and the
/// hub hands each registered subscriber the events under its prefix.
final class WatchHub: Sendable {
    private struct State {
        var nextID = 0
        var subscribers: [Int: WatchSubscriber] = [:]
        var closed = false
    }

    private let state = Mutex(State())

    /// Registers a subscriber; returns nil when the hub is closed.
    func register(_ subscriber: WatchSubscriber) -> Int? {
        state.withLock { state in
            guard !state.closed else { return nil }
            state.nextID += 1
            state.subscribers[state.nextID] = subscriber
            return state.nextID
        }
    }

    func remove(_ id: Int) {
        _ = state.withLock { $0.subscribers.removeValue(forKey: id) }
    }

    var subscriberCount: Int {
        state.withLock { $0.subscribers.count }
    }

    /// Delivers events (in revision order, all newer than anything published before).
    func publish(_ events: [StoreEvent]) {
        guard !events.isEmpty else { return }
        let subscribers = state.withLock { Array($0.subscribers) }
        var dead: [Int] = []
        for (id, subscriber) in subscribers where !subscriber.enqueue(events) {
            dead.append(id)
        }
        if !dead.isEmpty {
            state.withLock { state in
                for id in dead { state.subscribers.removeValue(forKey: id) }
            }
        }
    }

    /// Ends every watch; later registrations fail.
    func close() {
        let subscribers = state.withLock { state in
            state.closed = true
            defer { state.subscribers = [:] }
            return Array(state.subscribers.values)
        }
        for subscriber in subscribers { subscriber.finish() }
    }
}
