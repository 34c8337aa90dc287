/// The outcome of a plugin at one extension point (upstream `framework.Status`).
public struct Status: Sendable, Hashable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        case success
        case error
        /// The pod does not fit now; preempting pods might help.
        case unschedulable
        /// The pod does not fit and preemption cannot change that.
        case unschedulableAndUnresolvable
        /// The plugin has nothing to do for this pod (PreFilter/PreScore only): its Filter/Score is skipped.
        case skip
    }

    public var code: Code
    public var reasons: [String]
    /// The plugin that failed.
    public var plugin: String

    public init(_ code: Code, _ reasons: [String] = [], plugin: String = "") {
        self.code = code
        self.reasons = reasons
        self.plugin = plugin
    }

    public init(_ code: Code, _ reason: String, plugin: String = "") {
        self.init(code, [reason], plugin: plugin)
    }

    public static let success = Status(.success)
    public static let skip = Status(.skip)

    public var isSuccess: Bool { code == .success }
    public var isSkip: Bool { code == .skip }
    public var isRejected: Bool { code == .unschedulable || code == .unschedulableAndUnresolvable }

    /// The reasons joined by ", ".
    public var message: String { reasons.joined(separator: ", ") }

    public var description: String { "\(code): \(message)" }

    public func with(plugin: String) -> Status {
        var s = self
        if s.plugin.isEmpty { s.plugin = plugin }
        return s
    }
}

/// Per-pod data a plugin computes at PreFilter/PreScore and reads at Filter/Score. Data that
/// AddPod/RemovePod change must be copied by ``clone()`` (preemption simulates on clones).
public protocol StateData: AnyObject, Sendable {
    func clone() -> StateData
}

/// The scratch space of one scheduling cycle. Used by one task at a time.
public final class CycleState: @unchecked Sendable {
    private var storage: [ObjectIdentifier: StateData] = [:]
    /// Plugins whose PreFilter said Skip: their Filter is not run.
    public var skipFilterPlugins: Set<String> = []
    /// Plugins whose PreScore said Skip: their Score is not run.
    public var skipScorePlugins: Set<String> = []
    /// The snapshot the cycle reads.
    public let snapshot: Snapshot?
    /// The filters to run this cycle (set after PreFilter: those not skipped).
    var activeFilters: [any FilterPlugin]?

    public init(snapshot: Snapshot? = nil) {
        self.snapshot = snapshot
    }

    public func read<T: StateData>(_ type: T.Type) -> T? {
        storage[ObjectIdentifier(type)] as? T
    }

    public func write<T: StateData>(_ data: T) {
        storage[ObjectIdentifier(T.self)] = data
    }

    public func clone() -> CycleState {
        let c = CycleState(snapshot: snapshot)
        for (k, v) in storage { c.storage[k] = v.clone() }
        c.skipFilterPlugins = skipFilterPlugins
        c.skipScorePlugins = skipScorePlugins
        c.activeFilters = activeFilters
        return c
    }
}
