import APIMachinery
import API
import Client
import Foundation
import Logging
import Synchronization

/// Posts `core/v1` Events about pods from a bounded buffer worked off by a few tasks, so the
/// scheduling loop never waits for them; when the buffer is full, new events are dropped.
final class EventRecorder: Sendable {
    struct Pending: Sendable {
        var event: CoreV1.Event
        var namespace: String
        /// Set for a repeat of an event already posted: patch its count and last timestamp.
        var repeatOf: String?
    }

    /// Identifies repeats of the same event about the same pod.
    private struct SeriesKey: Hashable, Sendable {
        var uid: String
        var reason: String
        var message: String
    }

    private struct Series: Sendable {
        var name: String
        var count: Int32
    }

    private struct State: Sendable {
        var series: [SeriesKey: Series] = [:]
        var buffer: [Pending] = []
        var head = 0
        var waiters: [CheckedContinuation<Pending?, Never>] = []
        var closed = false
    }

    let client: APIClient
    let logger: Logger
    let capacity: Int
    private let state = Mutex(State())
    private let counter = Atomic<UInt64>(0)

    init(client: APIClient, logger: Logger, capacity: Int = 10_000) {
        self.client = client
        self.logger = logger
        self.capacity = capacity
    }

    static func timestamp(_ date: Date = Date()) -> String {
        date.formatted(.iso8601)
    }

    /// Records an event about `pod` from `component` (the profile's scheduler name).
    func record(pod: PodInfo, type: String, reason: String, action: String, message: String, component: String, related: PodInfo? = nil) {
        let now = Date()
        let n = counter.add(1, ordering: .relaxed).newValue
        var e = CoreV1.Event()
        e.metadata.name = "\(pod.name).\(String(UInt64(now.timeIntervalSince1970 * 1e9), radix: 16))\(n % 1000 == 0 ? "" : String(n % 1000, radix: 16))"
        e.metadata.namespace = pod.namespace
        var ref = CoreV1.ObjectReference()
        ref.apiVersion = "v1"
        ref.kind = "Pod"
        ref.namespace = pod.namespace
        ref.name = pod.name
        ref.uid = pod.uid
        if !pod.resourceVersion.isEmpty { ref.resourceVersion = pod.resourceVersion }
        e.involvedObject = ref
        if let related {
            var r = CoreV1.ObjectReference()
            r.apiVersion = "v1"
            r.kind = "Pod"
            r.namespace = related.namespace
            r.name = related.name
            r.uid = related.uid
            e.related = r
        }
        e.type = type
        e.reason = reason
        e.action = action
        e.message = message
        var source = CoreV1.EventSource()
        source.component = component
        e.source = source
        e.reportingComponent = component
        e.reportingInstance = component
        let ts = Self.timestamp(now)
        e.firstTimestamp = ts
        e.lastTimestamp = ts
        e.count = 1
        var pending = Pending(event: e, namespace: pod.namespace)
        let key = SeriesKey(uid: pod.uid, reason: reason, message: message)
        let waiter = state.withLock { s -> CheckedContinuation<Pending?, Never>? in
            if s.closed { return nil }
            if type == "Warning" {
                // Repeated failures of one pod update one event (count, lastTimestamp), as
                // upstream's event correlator does, instead of piling up new ones.
                if var series = s.series[key] {
                    series.count += 1
                    s.series[key] = series
                    pending.repeatOf = series.name
                    pending.event.count = series.count
                } else {
                    if s.series.count >= 10_000 { s.series.removeAll() }
                    s.series[key] = Series(name: e.metadata.name ?? "", count: 1)
                }
            }
            if !s.waiters.isEmpty { return s.waiters.removeFirst() }
            if s.buffer.count - s.head >= capacity { return nil }
            s.buffer.append(pending)
            return nil
        }
        waiter?.resume(returning: pending)
    }

    private func next() async -> Pending? {
        await withCheckedContinuation { (c: CheckedContinuation<Pending?, Never>) in
            let ready = state.withLock { s -> Pending?? in
                if s.head < s.buffer.count {
                    let p = s.buffer[s.head]
                    s.head += 1
                    if s.head == s.buffer.count {
                        s.buffer.removeAll(keepingCapacity: true)
                        s.head = 0
                    }
                    return .some(p)
                }
                if s.closed { return .some(nil) }
                s.waiters.append(c)
                return nil
            }
            if let ready { c.resume(returning: ready) }
        }
    }

    func close() {
        let waiters = state.withLock { s -> [CheckedContinuation<Pending?, Never>] in
            s.closed = true
            defer { s.waiters.removeAll() }
            return s.waiters
        }
        for w in waiters { w.resume(returning: nil) }
    }

    /// Posts events until closed.
    func run(workers: Int = 4) async {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<max(1, workers) {
                group.addTask {
                    while let p = await self.next() {
                        do {
                            if let name = p.repeatOf {
                                let patch: JSON = [
                                    "count": .int(Int64(p.event.count ?? 1)),
                                    "lastTimestamp": p.event.lastTimestamp.map(JSON.string) ?? .null,
                                ]
                                _ = try await self.client.patch(
                                    CoreV1.Event.self, namespace: p.namespace, name: name, type: .merge, patch)
                            } else {
                                _ = try await self.client.create(p.event, namespace: p.namespace)
                            }
                        } catch {
                            self.logger.debug("could not record event", metadata: ["error": "\(error)"])
                        }
                    }
                }
            }
            await group.waitForAll()
        }
    }
}
