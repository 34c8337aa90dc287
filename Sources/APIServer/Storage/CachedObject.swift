import APIMachinery

/// One object as the watch cache holds it: decoded, and encoded once (with its resourceVersion set).
public final class CachedObject: Sendable {
    public let key: String
    public let namespace: String
    public let name: String
    /// The serialized object, written into list and watch responses as is. Only the bytes are kept
    /// (a decoded tree costs several times more memory); `json` decodes them when a rendering needs it.
    public let bytes: [UInt8]
    public let resourceVersion: Int64
    public let labels: [String: String]
    /// Values of the fields field selectors may use (`metadata.name`, `spec.nodeName`, ...).
    public let fields: [String: String]

    /// The object, decoded from `bytes`.
    public var json: JSON { (try? JSON.parse(bytes)) ?? .null }

    public init(key: String, json: JSON, resourceVersion: Int64, fieldsOf: (JSON) -> [String: String]) {
        var obj = json
        obj[path: ["metadata", "resourceVersion"]] = .string(String(resourceVersion))
        self.key = key
        self.bytes = obj.serialized()
        self.resourceVersion = resourceVersion
        let meta = obj["metadata"]
        self.namespace = meta["namespace"].stringValue ?? ""
        self.name = meta["name"].stringValue ?? ""
        var labels: [String: String] = [:]
        if case .object(let l) = meta["labels"] {
            for (k, v) in l { if let s = v.stringValue { labels[k] = s } }
        }
        self.labels = labels
        var fields = fieldsOf(obj)
        fields["metadata.name"] = name
        fields["metadata.namespace"] = namespace
        self.fields = fields
    }
}

public enum WatchEventType: String, Sendable {
    case added = "ADDED"
    case modified = "MODIFIED"
    case deleted = "DELETED"
    case bookmark = "BOOKMARK"
    case error = "ERROR"
}

/// A change as the watch cache records it.
public struct CacheEvent: Sendable {
    public var type: WatchEventType
    public var object: CachedObject
    /// The object before the change (for MODIFIED and DELETED).
    public var previous: CachedObject?
    public var revision: Int64 { object.resourceVersion }
}

/// Which objects a list or watch wants.
public struct ObjectFilter: Sendable {
    public var namespace: String?
    public var name: String?
    public var labels: LabelSelector?
    public var fields: FieldSelector?

    public init(namespace: String? = nil, name: String? = nil, labels: LabelSelector? = nil, fields: FieldSelector? = nil) {
        self.namespace = namespace
        self.name = name
        self.labels = labels
        self.fields = fields
    }

    public func matches(_ o: CachedObject) -> Bool {
        if let namespace, o.namespace != namespace { return false }
        if let name, o.name != name { return false }
        if let labels, !labels.matches(o.labels) { return false }
        if let fields, !fields.matches(o.fields) { return false }
        return true
    }
}
