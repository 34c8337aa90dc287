import APIMachinery

/// The coordinates of a REST resource: group, version, plural resource and, optionally, namespace,
/// name and subresource. Renders the URL path the API server routes on.
public struct ResourcePath: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String
    public var resource: String
    public var namespace: String?
    public var name: String?
    public var subresource: String?

    public init(
        group: String = "", version: String = "v1", resource: String, namespace: String? = nil, name: String? = nil,
        subresource: String? = nil
    ) {
        self.group = group
        self.version = version
        self.resource = resource
        self.namespace = namespace
        self.name = name
        self.subresource = subresource
    }

    public init(_ gvr: GroupVersionResource, namespace: String? = nil, name: String? = nil, subresource: String? = nil) {
        self.init(
            group: gvr.group, version: gvr.version, resource: gvr.resource, namespace: namespace, name: name,
            subresource: subresource)
    }

    /// The path of `T`'s collection (or of one object when `name` is given); `namespace` is ignored
    /// for cluster-scoped kinds.
    public init<T: KubernetesObject>(
        _ type: T.Type, namespace: String? = nil, name: String? = nil, subresource: String? = nil
    ) {
        self.init(
            group: T.group, version: T.version, resource: T.resource,
            namespace: T.namespaced ? Self.nonEmpty(namespace) : nil, name: name, subresource: subresource)
    }

    public var groupVersionResource: GroupVersionResource {
        GroupVersionResource(group: group, version: version, resource: resource)
    }

    /// `/api/v1/namespaces/default/pods/web/status`, `/apis/apps/v1/deployments`, ...
    public var path: String {
        var p = group.isEmpty ? "/api/\(version)" : "/apis/\(group)/\(version)"
        if let namespace, !namespace.isEmpty { p += "/namespaces/" + Self.escape(namespace) }
        p += "/" + resource
        if let name {
            p += "/" + Self.escape(name)
            if let subresource, !subresource.isEmpty { p += "/" + subresource }
        }
        return p
    }

    public var description: String { path }

    /// A copy naming one object.
    public func named(_ name: String, subresource: String? = nil) -> ResourcePath {
        var c = self
        c.name = name
        c.subresource = subresource
        return c
    }

    static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    /// Percent-encodes a path segment (names are DNS labels in practice, but be safe).
    static func escape(_ segment: String) -> String {
        var out = ""
        for b in segment.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: ":"), UInt8(ascii: "@"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%" + hex(b)
            }
        }
        return out
    }

    /// Percent-encodes a query component.
    static func escapeQuery(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%" + hex(b)
            }
        }
        return out
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0x0F)]])
    }
}

/// The namespace and name of an object: the key of informer caches and work queues.
/// Rendered `namespace/name`, or `name` for cluster-scoped objects.
public struct ObjectKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var namespace: String
    public var name: String

    public init(namespace: String = "", name: String) {
        self.namespace = namespace
        self.name = name
    }

    public init(_ object: some KubernetesObject) {
        self.init(namespace: object.namespace, name: object.name)
    }

    /// Parses `namespace/name` or `name`.
    public init?(parsing key: String) {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1 where !parts[0].isEmpty: self.init(name: String(parts[0]))
        case 2 where !parts[1].isEmpty: self.init(namespace: String(parts[0]), name: String(parts[1]))
        default: return nil
        }
    }

    public var description: String { namespace.isEmpty ? name : namespace + "/" + name }

    public static func < (a: ObjectKey, b: ObjectKey) -> Bool {
        (a.namespace, a.name) < (b.namespace, b.name)
    }
}

/// One event of a watch stream.
public struct WatchEvent<Object: Sendable>: Sendable {
    public enum EventType: String, Sendable, Hashable {
        case added = "ADDED"
        case modified = "MODIFIED"
        case deleted = "DELETED"
        case bookmark = "BOOKMARK"
        case error = "ERROR"
    }

    public var type: EventType
    /// The object (for ``EventType/bookmark`` only its kind, apiVersion and `metadata.resourceVersion`;
    /// for ``EventType/error`` a `Status`).
    public var object: Object

    public init(type: EventType, object: Object) {
        self.type = type
        self.object = object
    }
}

extension WatchEvent where Object == JSON {
    /// The error an `ERROR` event carries.
    public var error: APIError? {
        guard type == .error else { return nil }
        return APIError(status: object, httpCode: 500)
    }

    /// `metadata.resourceVersion` of the event's object.
    public var resourceVersion: String? { object["metadata"]["resourceVersion"].stringValue }
}
