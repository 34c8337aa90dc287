import Logging

/// Keeps something true for one key at a time; see DESIGN §5.
public protocol Reconciler: Sendable {
    associatedtype Key: Hashable & Sendable = ObjectKey
    /// Brings the world in line with the desired state of `key`. Throwing requeues `key` with backoff.
    func reconcile(_ key: Key) async throws
}

/// Thrown by a reconcile function to have its key processed again after `delay`, without
/// counting as a failure (e.g. "check again when this grace period ends").
public struct RequeueAfter: Error, Sendable, Hashable {
    public var delay: Duration
    public init(_ delay: Duration) { self.delay = delay }
}

/// Runs `workers` concurrent workers that take keys from a ``WorkQueue`` and reconcile them.
///
/// Success forgets the key's backoff; an error requeues it rate-limited (dropped after
/// `maxRetries` when set); ``RequeueAfter`` requeues it after the given delay. ``run()`` returns
/// when the queue is shut down; cancelling it shuts the queue down.
public struct ControllerRunner<Key: Hashable & Sendable>: Sendable {
    public let name: String
    public let queue: WorkQueue<Key>
    public let workers: Int
    public let maxRetries: Int?
    let logger: Logger
    let reconcile: @Sendable (Key) async throws -> Void

    public init(
        name: String, queue: WorkQueue<Key>, workers: Int = 1, maxRetries: Int? = nil,
        logger: Logger = Logger(label: "apus.controller"), reconcile: @escaping @Sendable (Key) async throws -> Void
    ) {
        self.name = name
        self.queue = queue
        self.workers = max(1, workers)
        self.maxRetries = maxRetries
        self.logger = logger
        self.reconcile = reconcile
    }

    public init<R: Reconciler>(
        name: String, queue: WorkQueue<Key>, reconciler: R, workers: Int = 1, maxRetries: Int? = nil,
        logger: Logger = Logger(label: "apus.controller")
    ) where R.Key == Key {
        self.init(
            name: name, queue: queue, workers: workers, maxRetries: maxRetries, logger: logger,
            reconcile: { try await reconciler.reconcile($0) })
    }

    /// Runs the workers until the queue is shut down or the calling task is cancelled.
    public func run() async {
        let queue = self.queue
        logger.debug("starting workers", metadata: ["controller": "\(name)", "workers": "\(workers)"])
        await withTaskCancellationHandler {
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<workers {
                    group.addTask {
                        while await self.processNext() {}
                    }
                }
            }
        } onCancel: {
            queue.shutDown()
        }
        logger.debug("workers stopped", metadata: ["controller": "\(name)"])
    }

    /// Processes one key; false when the queue is shut down.
    func processNext() async -> Bool {
        guard let key = await queue.get() else { return false }
        defer { queue.done(key) }
        do {
            try await reconcile(key)
            queue.forget(key)
        } catch let requeue as RequeueAfter {
            queue.forget(key)
            queue.addAfter(key, delay: requeue.delay)
        } catch {
            if Task.isCancelled { return false }
            if let maxRetries, queue.numRequeues(key) >= maxRetries {
                logger.warning(
                    "dropping key after \(maxRetries) retries",
                    metadata: ["controller": "\(name)", "key": "\(key)", "error": "\(error)"])
                queue.forget(key)
            } else {
                logger.info(
                    "reconcile failed, requeueing",
                    metadata: ["controller": "\(name)", "key": "\(key)", "error": "\(error)"])
                queue.addRateLimited(key)
            }
        }
        return true
    }
}
