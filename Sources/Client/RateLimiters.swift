import Synchronization

/// A token bucket: `rate` tokens a second, holding at most `burst`. Taking a token that is not
/// there yet reserves it and says how long to wait for it.
public final class TokenBucket: Sendable {
    public let rate: Double
    public let burst: Int
    private let state: Mutex<(tokens: Double, last: ContinuousClock.Instant)>

    public init(rate: Double, burst: Int) {
        precondition(rate > 0, "token bucket rate must be positive")
        self.rate = rate
        self.burst = max(1, burst)
        state = Mutex((Double(max(1, burst)), ContinuousClock.now))
    }

    /// Takes one token and returns how long the caller must wait before using it (zero when one was available).
    public func reserve() -> Duration {
        let now = ContinuousClock.now
        return state.withLock { s -> Duration in
            let elapsed = now - s.last
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            s.tokens = min(Double(burst), s.tokens + seconds * rate)
            s.last = now
            s.tokens -= 1
            if s.tokens >= 0 { return .zero }
            return .nanoseconds(Int64((-s.tokens / rate) * 1e9))
        }
    }

    /// Waits until a token is available.
    public func acquire() async throws {
        let wait = reserve()
        if wait > .zero { try await Task.sleep(for: wait) }
    }
}

/// Decides how long an item waits before it is retried (client-go's `RateLimiter` shape).
public protocol RateLimiter<Key>: Sendable {
    associatedtype Key: Hashable & Sendable
    /// The delay before `key` may be processed again; counts one more failure of `key`.
    func when(_ key: Key) -> Duration
    /// Stops tracking `key` (it succeeded).
    func forget(_ key: Key)
    /// How many times `key` failed since it was last forgotten.
    func retries(_ key: Key) -> Int
}

/// Per-item exponential backoff: `base * 2^failures`, capped at `max`.
public final class ExponentialBackoffRateLimiter<Key: Hashable & Sendable>: RateLimiter {
    public let base: Duration
    public let max: Duration
    private let failures = Mutex<[Key: Int]>([:])

    public init(base: Duration = .milliseconds(5), max: Duration = .seconds(1000)) {
        self.base = base
        self.max = max
    }

    public func when(_ key: Key) -> Duration {
        let n = failures.withLock { f -> Int in
            let n = f[key, default: 0]
            f[key] = n + 1
            return n
        }
        if n >= 62 { return max }
        let factor = Double(UInt64(1) << UInt64(n))
        let baseSeconds = Double(base.components.seconds) + Double(base.components.attoseconds) / 1e18
        let maxSeconds = Double(max.components.seconds) + Double(max.components.attoseconds) / 1e18
        let seconds = baseSeconds * factor
        return seconds >= maxSeconds ? max : .nanoseconds(Int64(seconds * 1e9))
    }

    public func forget(_ key: Key) { _ = failures.withLock { $0.removeValue(forKey: key) } }
    public func retries(_ key: Key) -> Int { failures.withLock { $0[key, default: 0] } }
}

/// An overall token bucket for all items: bounds the retry rate of the whole queue.
public final class BucketRateLimiter<Key: Hashable & Sendable>: RateLimiter {
    private let bucket: TokenBucket

    public init(qps: Double = 10, burst: Int = 100) { bucket = TokenBucket(rate: qps, burst: burst) }

    public func when(_ key: Key) -> Duration { bucket.reserve() }
    public func forget(_ key: Key) {}
    public func retries(_ key: Key) -> Int { 0 }
}

/// The longest delay of several limiters.
public final class MaxOfRateLimiter<Key: Hashable & Sendable>: RateLimiter {
    private let limiters: [any RateLimiter<Key>]

    public init(_ limiters: [any RateLimiter<Key>]) { self.limiters = limiters }

    public func when(_ key: Key) -> Duration { limiters.map { $0.when(key) }.max() ?? .zero }
    public func forget(_ key: Key) { for l in limiters { l.forget(key) } }
    public func retries(_ key: Key) -> Int { limiters.map { $0.retries(key) }.max() ?? 0 }
}

extension MaxOfRateLimiter {
    /// The default of controllers: per-item backoff from 5 ms doubling to 1000 s, and at most 10
    /// retries a second overall (burst 100).
    public static func controllerDefault() -> MaxOfRateLimiter<Key> {
        MaxOfRateLimiter([ExponentialBackoffRateLimiter<Key>(), BucketRateLimiter<Key>(qps: 10, burst: 100)])
    }
}
