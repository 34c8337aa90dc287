/// A node of a structural schema: the shape of one value of an API object.
///
/// Built-in kinds and custom resources both describe their objects with these nodes. Named nodes
/// (`definitionName != nil`) are the published definitions (e.g. `io.k8s.api.core.v1.Pod`); a property
/// that refers to a definition points at that same node, so the graph may contain cycles.
///
/// Nodes are filled in while a registry is being built and are never mutated after that.
public final class Schema: @unchecked Sendable {
    /// JSON types a value may have (`object`, `array`, `string`, `integer`, `number`, `boolean`). Empty means any.
    public var types: Set<String> = []
    public var format: String?
    public var definitionName: String?
    public var properties: [String: Schema] = [:]
    /// Schema of map values, when the object is a map.
    public var additionalProperties: Schema?
    public var items: Schema?
    public var required: [String] = []
    public var enumValues: [JSON]?
    /// `x-kubernetes-int-or-string`: a string or an integer.
    public var intOrString = false
    /// A quantity: a string or a number (`resource.Quantity`).
    public var quantity = false
    /// `x-kubernetes-preserve-unknown-fields`: anything goes below this node.
    public var preserveUnknownFields = false
    /// `x-kubernetes-embedded-resource`.
    public var embeddedResource = false
    public var listType: String?
    public var listMapKeys: [String] = []
    public var mapType: String?
    public var patchStrategy: String?
    public var patchMergeKey: String?
    /// `x-kubernetes-group-version-kind` entries, for top-level kinds.
    public var groupVersionKinds: [GroupVersionKind] = []
    /// Short description shown by `kubectl explain` (the project's own text, or nil).
    public var summary: String?
    public var defaultValue: JSON?

    public init() {}

    /// The schema of member `name`: a declared property, or the map value schema.
    public func child(_ name: String) -> Schema? {
        if let p = properties[name] { return p }
        return additionalProperties
    }

    public var isObject: Bool { types.contains("object") }
    public var isArray: Bool { types.contains("array") }
    /// True when nothing is known about the value (no types, no properties): any JSON is accepted.
    public var isUnconstrained: Bool {
        types.isEmpty && properties.isEmpty && additionalProperties == nil && items == nil && !intOrString && !quantity
    }

    /// Strategic merge patch strategies of this node (`merge`, `retainKeys`, `replace`).
    public var patchStrategies: [String] {
        (patchStrategy ?? "").split(separator: ",").map(String.init)
    }
}

public struct GroupVersionKind: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String
    public var kind: String
    public init(group: String, version: String, kind: String) {
        self.group = group
        self.version = version
        self.kind = kind
    }
    public var apiVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
    public var description: String { "\(apiVersion), Kind=\(kind)" }
}

public struct GroupVersionResource: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String
    public var resource: String
    public init(group: String, version: String, resource: String) {
        self.group = group
        self.version = version
        self.resource = resource
    }
    public var groupVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
    public var description: String { "\(groupVersion), Resource=\(resource)" }
}
