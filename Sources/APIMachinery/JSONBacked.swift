/// A typed view over a JSON value: generated API types keep the object as JSON and read and write
/// their fields through accessors, so fields a client does not know survive a read-modify-write.
public protocol JSONBacked: Sendable, Hashable {
    var json: JSON { get set }
    init(json: JSON)
}

extension JSONBacked {
    public init() { self.init(json: .object([:])) }
}

/// A top-level kind served by the API (`Pod`, `Deployment`, ...).
public protocol KubernetesObject: JSONBacked {
    /// `v1`, `apps/v1`, ...
    static var apiVersion: String { get }
    static var kind: String { get }
    /// Plural resource name used in paths (`pods`).
    static var resource: String { get }
    static var namespaced: Bool { get }
}

extension KubernetesObject {
    /// An empty object of this kind with `apiVersion` and `kind` set (what generic code's `T()` calls).
    public init() {
        self.init(json: .object(["apiVersion": .string(Self.apiVersion), "kind": .string(Self.kind)]))
    }

    public static var group: String {
        apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
    }
    public static var version: String {
        String(apiVersion.split(separator: "/").last ?? "v1")
    }

    /// Name, namespace, uid, resourceVersion and labels, read straight from `metadata`.
    public var name: String { json["metadata"]["name"].stringValue ?? "" }
    public var namespace: String { json["metadata"]["namespace"].stringValue ?? "" }
    public var uid: String { json["metadata"]["uid"].stringValue ?? "" }
    public var resourceVersion: String { json["metadata"]["resourceVersion"].stringValue ?? "" }
    public var labels: [String: String] {
        guard case .object(let o) = json["metadata"]["labels"] else { return [:] }
        return o.compactMapValues(\.stringValue)
    }
}
