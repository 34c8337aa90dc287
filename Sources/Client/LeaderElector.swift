import APIMachinery
import Foundation
import Logging
import Synchronization

/// Settings of a ``LeaderElector``.
public struct LeaderElectionConfig: Sendable {
    /// Namespace and name of the `coordination.k8s.io/v1` Lease used as the lock.
    public var namespace: String
    public var name: String
    /// This candidate's identity (unique among candidates: typically hostname plus a random suffix).
    public var identity: String
    /// How long non-leaders wait after the last observed change of the lease before taking over.
    public var leaseDuration: Duration
    /// How long the leader keeps retrying a failed renewal before it gives up leadership.
    public var renewDeadline: Duration
    /// Interval between acquire and renew attempts.
    public var retryPeriod: Duration
    /// Give the lease up when ``LeaderElector/run(onStartedLeading:onStoppedLeading:onNewLeader:)``
    /// is cancelled, so another candidate takes over at once instead of after `leaseDuration`.
    public var releaseOnCancel: Bool

    public init(
        namespace: String = "kube-system", name: String, identity: String, leaseDuration: Duration = .seconds(15),
        renewDeadline: Duration = .seconds(10), retryPeriod: Duration = .seconds(2), releaseOnCancel: Bool = true
    ) {
        self.namespace = namespace
        self.name = name
        self.identity = identity
        self.leaseDuration = leaseDuration
        self.renewDeadline = renewDeadline
        self.retryPeriod = retryPeriod
        self.releaseOnCancel = releaseOnCancel
    }
}

/// The content of a leader-election Lease's `spec`.
public struct LeaderElectionRecord: Sendable, Hashable {
    public var holderIdentity: String
    public var leaseDurationSeconds: Int
    /// MicroTime strings (`2006-01-02T15:04:05.000000Z`).
    public var acquireTime: String
    public var renewTime: String
    public var leaseTransitions: Int

    public init(holderIdentity: String, leaseDurationSeconds: Int, acquireTime: String, renewTime: String, leaseTransitions: Int) {
        self.holderIdentity = holderIdentity
        self.leaseDurationSeconds = leaseDurationSeconds
        self.acquireTime = acquireTime
        self.renewTime = renewTime
        self.leaseTransitions = leaseTransitions
    }

    public init(spec: JSON) {
        holderIdentity = spec["holderIdentity"].stringValue ?? ""
        leaseDurationSeconds = spec["leaseDurationSeconds"].intValue.map { Int($0) } ?? 0
        acquireTime = spec["acquireTime"].stringValue ?? ""
        renewTime = spec["renewTime"].stringValue ?? ""
        leaseTransitions = spec["leaseTransitions"].intValue.map { Int($0) } ?? 0
    }

    /// Writes the record's fields into a Lease `spec`, keeping the spec's other fields.
    public func apply(to spec: JSON) -> JSON {
        var s: JSON = spec.objectValue == nil ? .object([:]) : spec
        s["holderIdentity"] = holderIdentity.isEmpty ? .null : .string(holderIdentity)
        s["leaseDurationSeconds"] = .int(Int64(leaseDurationSeconds))
        s["acquireTime"] = acquireTime.isEmpty ? .null : .string(acquireTime)
        s["renewTime"] = renewTime.isEmpty ? .null : .string(renewTime)
        s["leaseTransitions"] = .int(Int64(leaseTransitions))
        return s
    }
}

/// Elects one leader among candidates through a `coordination.k8s.io/v1` Lease.
///
/// A candidate takes the lease when it is free, released, or has not changed for the lease
/// duration *as observed locally* (no clock agreement between machines is needed); writes use the
/// lease's resourceVersion, so two candidates can never both win. The leader renews every retry
/// period and steps down when it could not renew for the renew deadline.
public final class LeaderElector: Sendable {
    private struct State: Sendable {
        var observed: LeaderElectionRecord?
        var observedTime: ContinuousClock.Instant?
        var isLeader = false
    }

    public let client: APIClient
    public let config: LeaderElectionConfig
    let logger: Logger
    private let state = Mutex(State())
    private let path: ResourcePath

    public init(client: APIClient, config: LeaderElectionConfig, logger: Logger? = nil) throws {
        guard config.leaseDuration > config.renewDeadline else {
            throw ClientError("leaseDuration must be greater than renewDeadline")
        }
        guard config.renewDeadline > config.retryPeriod * 1.2 else {
            throw ClientError("renewDeadline must be greater than retryPeriod*1.2")
        }
        guard !config.identity.isEmpty else { throw ClientError("leader election identity may not be empty") }
        guard !config.name.isEmpty else { throw ClientError("leader election lease name may not be empty") }
        self.client = client
        self.config = config
        var l = logger ?? client.logger
        l[metadataKey: "lease"] = "\(config.namespace)/\(config.name)"
        l[metadataKey: "identity"] = "\(config.identity)"
        self.logger = l
        path = ResourcePath(
            group: "coordination.k8s.io", version: "v1", resource: "leases", namespace: config.namespace,
            name: config.name)
    }

    /// Whether this candidate currently holds the lease.
    public var isLeader: Bool { state.withLock { $0.isLeader } }

    /// The holder last observed in the lease (nil before the first observation or when free).
    public var leader: String? {
        state.withLock { s in s.observed.flatMap { $0.holderIdentity.isEmpty ? nil : $0.holderIdentity } }
    }

    /// Campaigns until this candidate leads, then runs `onStartedLeading` (in a task that is
    /// cancelled when leadership ends) while renewing the lease. Returns when leadership is lost or
    /// the calling task is cancelled (releasing the lease when ``LeaderElectionConfig/releaseOnCancel``),
    /// after calling `onStoppedLeading`. When cancelled before winning it returns without calling either.
    ///
    /// - Parameter onNewLeader: called whenever a different holder is observed (including this one).
    public func run(
        onStartedLeading: @escaping @Sendable () async -> Void,
        onStoppedLeading: @escaping @Sendable () async -> Void = {},
        onNewLeader: (@Sendable (String) -> Void)? = nil
    ) async {
        guard await acquire(onNewLeader) else { return }
        logger.info("became leader")
        let leading = Task { await onStartedLeading() }
        await renewUntilLost(onNewLeader)
        leading.cancel()
        if Task.isCancelled && config.releaseOnCancel {
            // Release from a task that is not cancelled, so its requests go out.
            await Task { await self.release() }.value
        }
        state.withLock { $0.isLeader = false }
        logger.info("stopped leading")
        await onStoppedLeading()
    }

    // MARK: Campaign

    private func acquire(_ onNewLeader: (@Sendable (String) -> Void)?) async -> Bool {
        while !Task.isCancelled {
            if await tryAcquireOrRenew(onNewLeader) { return true }
            let wait = config.retryPeriod + config.retryPeriod * (Double.random(in: 0...1) * 1.2)
            do { try await Task.sleep(for: wait) } catch { return false }
        }
        return false
    }

    private func renewUntilLost(_ onNewLeader: (@Sendable (String) -> Void)?) async {
        var lastRenew = ContinuousClock.now
        while !Task.isCancelled {
            do { try await Task.sleep(for: config.retryPeriod) } catch { return }
            let remaining = config.renewDeadline - (ContinuousClock.now - lastRenew)
            let ok = await withTimeout(max(remaining, .milliseconds(100))) {
                await self.tryAcquireOrRenew(onNewLeader)
            }
            if Task.isCancelled { return }
            if ok == true {
                lastRenew = ContinuousClock.now
            } else if let holder = leader, holder != config.identity {
                logger.warning("lease was taken over, giving up leadership", metadata: ["leader": "\(holder)"])
                return
            } else if ContinuousClock.now - lastRenew >= config.renewDeadline {
                logger.warning("failed to renew lease within the renew deadline, giving up leadership")
                return
            }
        }
    }

    /// One attempt to take or renew the lease.
    func tryAcquireOrRenew(_ onNewLeader: (@Sendable (String) -> Void)? = nil) async -> Bool {
        let nowText = MicroTime.format(Date())
        let seconds = Int(config.leaseDuration.components.seconds)
        let lease: JSON
        do {
            lease = try await client.get(path)
        } catch where APIError.isNotFound(error) {
            let record = LeaderElectionRecord(
                holderIdentity: config.identity, leaseDurationSeconds: seconds, acquireTime: nowText, renewTime: nowText,
                leaseTransitions: 0)
            let object: JSON = [
                "apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                "metadata": ["name": .string(config.name), "namespace": .string(config.namespace)],
                "spec": record.apply(to: .object([:])),
            ]
            do {
                _ = try await client.create(path, object)
            } catch {
                logger.debug("could not create lease", metadata: ["error": "\(error)"])
                return false
            }
            observe(record, onNewLeader)
            state.withLock { $0.isLeader = true }
            return true
        } catch {
            logger.debug("could not read lease", metadata: ["error": "\(error)"])
            return false
        }

        let old = LeaderElectionRecord(spec: lease["spec"])
        observe(old, onNewLeader)
        let (observedTime, wasLeader) = state.withLock { ($0.observedTime ?? ContinuousClock.now, $0.isLeader) }
        let held = old.leaseDurationSeconds > 0 ? old.leaseDurationSeconds : seconds
        if !old.holderIdentity.isEmpty && old.holderIdentity != config.identity
            && observedTime + .seconds(held) > ContinuousClock.now
        {
            if wasLeader { state.withLock { $0.isLeader = false } }
            return false
        }

        var record = LeaderElectionRecord(
            holderIdentity: config.identity, leaseDurationSeconds: seconds, acquireTime: nowText, renewTime: nowText,
            leaseTransitions: old.leaseTransitions + 1)
        if old.holderIdentity == config.identity {
            record.acquireTime = old.acquireTime.isEmpty ? nowText : old.acquireTime
            record.leaseTransitions = old.leaseTransitions
        }
        var updated = lease
        updated["spec"] = record.apply(to: lease["spec"])
        do {
            _ = try await client.update(path, updated)
        } catch {
            logger.debug("could not update lease", metadata: ["error": "\(error)"])
            return false
        }
        observe(record, onNewLeader)
        state.withLock { $0.isLeader = true }
        return true
    }

    /// Gives the lease up if this candidate holds it.
    private func release() async {
        _ = await withTimeout(config.renewDeadline) { () async -> Bool in
            do {
                var lease = try await self.client.get(self.path)
                let old = LeaderElectionRecord(spec: lease["spec"])
                guard old.holderIdentity == self.config.identity else { return false }
                let now = MicroTime.format(Date())
                let record = LeaderElectionRecord(
                    holderIdentity: "", leaseDurationSeconds: 1, acquireTime: now, renewTime: now,
                    leaseTransitions: old.leaseTransitions)
                lease["spec"] = record.apply(to: lease["spec"])
                _ = try await self.client.update(self.path, lease)
                self.observe(record, nil)
                self.logger.info("released lease")
                return true
            } catch {
                self.logger.warning("could not release lease", metadata: ["error": "\(error)"])
                return false
            }
        }
    }

    /// Records a lease state; its local observation time restarts when it changed.
    private func observe(_ record: LeaderElectionRecord, _ onNewLeader: (@Sendable (String) -> Void)?) {
        let newHolder = state.withLock { s -> String? in
            guard s.observed != record else { return nil }
            let previous = s.observed?.holderIdentity
            s.observed = record
            s.observedTime = ContinuousClock.now
            return previous != record.holderIdentity && !record.holderIdentity.isEmpty ? record.holderIdentity : nil
        }
        if let newHolder {
            logger.debug("new leader observed", metadata: ["leader": "\(newHolder)"])
            onNewLeader?(newHolder)
        }
    }
}

/// Runs `operation`, giving up (and cancelling it) after `timeout`; nil on timeout.
func withTimeout<R: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async -> R) async -> R? {
    await withTaskGroup(of: R?.self) { group in
        group.addTask { await operation() }
        group.addTask {
            try? await Task.sleep(for: timeout)
            return nil
        }
        let first = await group.next() ?? nil
        group.cancelAll()
        return first
    }
}

/// `metav1.MicroTime` rendering: RFC 3339 in UTC with six fractional digits.
public enum MicroTime {
    /// `2006-01-02T15:04:05.000000Z`.
    public static func format(_ date: Date) -> String {
        let c = utc(date)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2)).\(pad(c.micros, 6))Z"
    }

    /// `2006-01-02T15:04:05Z` (`metav1.Time`: whole seconds).
    public static func formatSeconds(_ date: Date) -> String {
        let c = utc(date)
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))Z"
    }

    /// The UTC calendar fields of `date` (microseconds rounded down), without Foundation's
    /// calendars or formatters (those load ICU and its data).
    public static func utc(_ date: Date) -> (year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64, micros: Int64) {
        let t = date.timeIntervalSince1970
        let whole = t.rounded(.down)
        var seconds = Int64(whole)
        var micros = Int64(((t - whole) * 1_000_000).rounded(.down))
        if micros >= 1_000_000 {
            micros -= 1_000_000
            seconds += 1
        }
        let (days, secondOfDay) = floorDivMod(seconds, 86_400)
        let (y, m, d) = civil(fromDays: days)
        return (y, m, d, secondOfDay / 3600, (secondOfDay % 3600) / 60, secondOfDay % 60, micros)
    }

    /// `v` in decimal, zero-padded to `width` digits.
    public static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Parses RFC 3339 (`...Z` or `...±hh:mm`, optional fraction) into a date.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 20 else { return nil }
        func num(_ from: Int, _ len: Int) -> Int64? {
            guard from + len <= b.count else { return nil }
            var v: Int64 = 0
            for i in from..<(from + len) {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                v = v * 10 + Int64(b[i] - 48)
            }
            return v
        }
        guard let y = num(0, 4), b[4] == 45, let mo = num(5, 2), b[7] == 45, let d = num(8, 2),
            b[10] == 84 || b[10] == 116, let h = num(11, 2), b[13] == 58, let mi = num(14, 2), b[16] == 58,
            let s = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count && b[i] == 46 {
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 48 && b[i] <= 57 {
                fraction += Double(b[i] - 48) * scale
                scale /= 10
                i += 1
            }
            if i == start { return nil }
        }
        guard i < b.count else { return nil }
        var offset: Int64 = 0
        if b[i] == 90 || b[i] == 122 {
            i += 1
        } else if b[i] == 43 || b[i] == 45, let oh = num(i + 1, 2), i + 3 < b.count, b[i + 3] == 58, let om = num(i + 4, 2) {
            offset = (oh * 3600 + om * 60) * (b[i] == 45 ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let days = days(fromCivil: y, mo, d)
        let secs = days * 86_400 + h * 3600 + mi * 60 + s - offset
        return Date(timeIntervalSince1970: Double(secs) + fraction)
    }

    private static func floorDivMod(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        var q = a / b
        var r = a % b
        if r < 0 {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// Days since 1970-01-01 to proleptic Gregorian year, month, day.
    private static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    private static func days(fromCivil y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
