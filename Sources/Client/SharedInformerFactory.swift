import APIMachinery
import Synchronization

/// What the factory needs from an informer whatever its type.
protocol AnyInformer: Sendable {
    func start()
    func stop()
    var hasSynced: Bool { get }
    func waitForSync() async -> Bool
}

extension Informer: AnyInformer {}

/// Hands out one shared ``Informer`` per kind (and namespace/selector), so every controller of a
/// component reads from the same cache and the server serves one watch per kind.
///
/// Ask for informers, then ``start()``; informers requested after ``start()`` start at once.
public final class SharedInformerFactory: Sendable {
    private struct Key: Hashable, Sendable {
        var type: ObjectIdentifier
        var namespace: String?
        var labelSelector: String?
        var fieldSelector: String?
    }

    private struct State: Sendable {
        var informers: [Key: any AnyInformer] = [:]
        var order: [Key] = []
        var started = false
        var shutDown = false
    }

    public let client: APIClient
    /// Resync period of the informers created (nil: no resync).
    public let resyncPeriod: Duration?
    /// Namespace the informers watch when the caller names none (nil: all namespaces).
    public let namespace: String?
    private let state = Mutex(State())

    public init(client: APIClient, resyncPeriod: Duration? = nil, namespace: String? = nil) {
        self.client = client
        self.resyncPeriod = resyncPeriod
        self.namespace = namespace
    }

    /// The shared informer of `type` for this namespace and selectors, created on first use.
    public func informer<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, labelSelector: String? = nil, fieldSelector: String? = nil
    ) -> Informer<T> {
        let ns = namespace ?? self.namespace
        let key = Key(
            type: ObjectIdentifier(T.self), namespace: ns.flatMap { $0.isEmpty ? nil : $0 },
            labelSelector: labelSelector.flatMap { $0.isEmpty ? nil : $0 },
            fieldSelector: fieldSelector.flatMap { $0.isEmpty ? nil : $0 })
        let (informer, startNow) = state.withLock { s -> (Informer<T>, Bool) in
            if let existing = s.informers[key] as? Informer<T> { return (existing, false) }
            let inf = Informer<T>(
                client: client, namespace: key.namespace, labelSelector: key.labelSelector,
                fieldSelector: key.fieldSelector, resyncPeriod: resyncPeriod)
            s.informers[key] = inf
            s.order.append(key)
            return (inf, s.started && !s.shutDown)
        }
        if startNow { informer.start() }
        return informer
    }

    /// Starts every informer requested so far, and those requested later.
    public func start() {
        let toStart = state.withLock { s -> [any AnyInformer] in
            guard !s.shutDown else { return [] }
            s.started = true
            return s.order.compactMap { s.informers[$0] }
        }
        for i in toStart { i.start() }
    }

    /// Waits until every informer requested so far has synced; false if one stopped first.
    public func waitForSync() async -> Bool {
        let all = state.withLock { s in s.order.compactMap { s.informers[$0] } }
        for i in all where !(await i.waitForSync()) { return false }
        return true
    }

    /// True when every informer requested so far has synced.
    public var hasSynced: Bool {
        state.withLock { s in s.informers.values.allSatisfy(\.hasSynced) }
    }

    /// Stops every informer.
    public func shutdown() {
        let all = state.withLock { s -> [any AnyInformer] in
            s.shutDown = true
            return Array(s.informers.values)
        }
        for i in all { i.stop() }
    }
}
