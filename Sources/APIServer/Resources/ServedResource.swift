import API
import APIMachinery

/// One resource the server serves: its names, schema, strategy and watch cache.
public final class ServedResource: Sendable {
    public let info: ResourceInfo
    public let schema: Schema?
    public let strategy: ResourceStrategy
    public let cache: WatchCache

    public init(info: ResourceInfo, schema: Schema?, strategy: ResourceStrategy) {
        self.info = info
        self.schema = schema
        self.strategy = strategy
        let fields = strategy.fields
        self.cache = WatchCache(prefix: Self.prefix(info), fieldsOf: fields)
    }

    /// `/registry/<group>/<resource>/`, with `core` for the legacy group.
    public static func prefix(_ info: ResourceInfo) -> String {
        "/registry/\(info.group.isEmpty ? "core" : info.group)/\(info.resource)/"
    }

    public var prefix: String { cache.prefix }

    public func key(namespace: String?, name: String) -> String {
        if info.namespaced, let namespace { return "\(prefix)\(namespace)/\(name)" }
        return prefix + name
    }

    /// The prefix of all keys in a namespace (or all keys when nil or cluster-scoped).
    public func listPrefix(namespace: String?) -> String {
        if info.namespaced, let namespace { return "\(prefix)\(namespace)/" }
        return prefix
    }

    public var qualifiedResource: String { info.group.isEmpty ? info.resource : "\(info.resource).\(info.group)" }
}
