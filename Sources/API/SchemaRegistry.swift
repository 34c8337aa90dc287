import APIMachinery
import Synchronization

/// The structural schemas of every kind the API server knows: the built-in definitions generated from the
/// published facts (`Generated/SchemaDefinitions.swift`) and the custom resources registered at run time.
///
/// Each definition is one shared ``Schema`` node with ``Schema/definitionName`` set; a property that refers to a
/// definition points at that node. The nodes are immutable once registered, so they can be read from any task
/// without locking; the registry itself guards its tables with a lock.
///
/// ``builtIn`` holds the built-in definitions only. A server that adds custom resources keeps its own registry
/// (`SchemaRegistry(copying: .builtIn)`), which shares the built-in nodes.
public final class SchemaRegistry: Sendable {
    struct State: Sendable {
        var definitions: [String: Schema] = [:]
        var byGVK: [GroupVersionKind: Schema] = [:]
        /// `x-kubernetes-unions` of the definitions that publish it.
        var unions: [String: JSON] = [:]
        var generation = 0
    }

    private let state: Mutex<State>

    /// An empty registry.
    public init() {
        state = Mutex(State())
    }

    /// A registry holding the same definitions as `other` (the nodes are shared, not copied).
    public init(copying other: SchemaRegistry) {
        state = Mutex(other.state.withLock { $0 })
    }

    init(state: State) {
        self.state = Mutex(state)
    }

    /// The built-in definitions (707 for Kubernetes v1.33), loaded on first use.
    public static let builtIn: SchemaRegistry = makeBuiltIn()

    /// The Kubernetes version the built-in definitions describe (`v1.33.0`).
    public static let builtInKubernetesVersion: String = schemaDefinitionsVersion

    /// Builds a new registry from the generated facts. ``builtIn`` is the shared instance of this; call this only
    /// to measure or to get a registry whose nodes are not shared with anyone.
    public static func makeBuiltIn() -> SchemaRegistry {
        do {
            var builder = SchemaBuilder()
            let json = try JSON.parse(schemaDefinitionsJSON.utf8)
            try builder.loadDefinitions(json)
            BuiltInSummaries.apply(to: builder.named)
            builder.resolveWrappers()
            var state = State()
            state.definitions = builder.named
            state.unions = builder.unions
            for schema in builder.named.values {
                for gvk in schema.groupVersionKinds { state.byGVK[gvk] = schema }
            }
            return SchemaRegistry(state: state)
        } catch {
            // The facts are compiled in and checked by the tests; failing here is a build defect.
            preconditionFailure("the generated schema definitions do not load: \(error)")
        }
    }

    /// Every definition, by name.
    public var definitions: [String: Schema] { state.withLock { $0.definitions } }

    /// Grows by one with every change; caches built from the registry compare it to know when to rebuild.
    public var generation: Int { state.withLock { $0.generation } }

    /// The definition named `name` (`io.k8s.api.core.v1.Pod`).
    public func schema(named name: String) -> Schema? {
        state.withLock { $0.definitions[name] }
    }

    /// The definition that describes objects of `gvk` (its `x-kubernetes-group-version-kind`).
    public func schema(for gvk: GroupVersionKind) -> Schema? {
        state.withLock { $0.byGVK[gvk] }
    }

    /// The `x-kubernetes-unions` facts of a definition, when it publishes any.
    public func unions(ofDefinition name: String) -> JSON? {
        state.withLock { $0.unions[name] }
    }

    /// Adds or replaces the definition `name` (a custom resource's schema, for instance), serving `gvks`.
    ///
    /// The node's ``Schema/definitionName`` is set to `name` and `gvks` are added to its
    /// ``Schema/groupVersionKinds``; do not change the node after this call. Replacing a definition drops the
    /// kinds the old node served.
    public func register(name: String, schema: Schema, gvks: [GroupVersionKind]) {
        schema.definitionName = name
        for gvk in gvks where !schema.groupVersionKinds.contains(gvk) {
            schema.groupVersionKinds.append(gvk)
        }
        state.withLock { state in
            if let old = state.definitions[name], old !== schema {
                for gvk in old.groupVersionKinds where state.byGVK[gvk] === old { state.byGVK[gvk] = nil }
            }
            state.definitions[name] = schema
            for gvk in schema.groupVersionKinds { state.byGVK[gvk] = schema }
            state.generation += 1
        }
    }

    /// Removes the definition `name` and the kinds it served.
    public func unregister(name: String) {
        state.withLock { state in
            guard let old = state.definitions.removeValue(forKey: name) else { return }
            for gvk in old.groupVersionKinds where state.byGVK[gvk] === old { state.byGVK[gvk] = nil }
            state.unions[name] = nil
            state.generation += 1
        }
    }

    /// Builds a schema tree from a JSON Schema node in the OpenAPI v3 form custom resource definitions carry
    /// (`openAPIV3Schema`). A `$ref` (`#/definitions/NAME`, `#/components/schemas/NAME` or a bare name) points at
    /// a definition of this registry. `description` becomes ``Schema/summary`` and `default` ``Schema/defaultValue``.
    public func makeSchema(fromJSONSchema json: JSON) throws(SchemaLoadError) -> Schema {
        var builder = SchemaBuilder()
        builder.named = definitions
        builder.keepsDescriptions = true
        let node = try builder.build(json, at: "")
        builder.resolveWrappers()
        return node
    }
}

/// A schema document that does not have the expected shape.
public struct SchemaLoadError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var path: String
    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Turns JSON Schema nodes (the generator's compact form, or a CRD's `openAPIV3Schema`) into ``Schema`` nodes.
struct SchemaBuilder {
    var named: [String: Schema] = [:]
    var unions: [String: JSON] = [:]
    var keepsDescriptions = false
    /// `$ref` nodes with sibling facts (e.g. a patch strategy): copies of the target, filled in once every
    /// definition is complete.
    private var wrappers: [(node: Schema, target: Schema, overrides: [String: JSON], path: String)] = []

    /// Loads a JSON object of definitions: every name gets its node first so that `$ref`s can point at them.
    mutating func loadDefinitions(_ json: JSON) throws(SchemaLoadError) {
        guard case .object(let definitions) = json else {
            throw SchemaLoadError(message: "definitions are not a JSON object", path: "")
        }
        named.reserveCapacity(named.count + definitions.count)
        for name in definitions.keys {
            let node = Schema()
            node.definitionName = name
            named[name] = node
        }
        for (name, body) in definitions {
            guard case .object(let object) = body, let node = named[name] else {
                throw SchemaLoadError(message: "a definition is not a JSON object", path: name)
            }
            if let union = object["x-kubernetes-unions"] { unions[name] = union }
            try fill(node, from: object, at: name)
        }
    }

    mutating func build(_ json: JSON, at path: String) throws(SchemaLoadError) -> Schema {
        guard case .object(let object) = json else {
            throw SchemaLoadError(message: "a schema must be a JSON object, not \(json.typeName)", path: path)
        }
        if let ref = object["$ref"] {
            guard case .string(let reference) = ref else {
                throw SchemaLoadError(message: "$ref must be a string", path: path)
            }
            let name = Self.definitionName(ofReference: reference)
            guard let target = named[name] else {
                throw SchemaLoadError(message: "$ref to unknown definition \(name)", path: path)
            }
            var overrides = object
            overrides["$ref"] = nil
            if !keepsDescriptions { overrides["description"] = nil }
            if overrides.isEmpty { return target }
            let wrapper = Schema()
            wrapper.definitionName = name
            wrappers.append((wrapper, target, overrides, path))
            return wrapper
        }
        let node = Schema()
        try fill(node, from: object, at: path)
        return node
    }

    static func definitionName(ofReference reference: String) -> String {
        for prefix in ["#/definitions/", "#/components/schemas/", "#/$defs/"] where reference.hasPrefix(prefix) {
            return String(reference.dropFirst(prefix.count))
        }
        return reference
    }

    /// Completes the `$ref` nodes that carry facts of their own: each becomes a copy of its target plus those facts.
    mutating func resolveWrappers() {
        let pending = wrappers
        wrappers = []
        for (node, target, overrides, path) in pending {
            node.copyFacts(from: target)
            node.groupVersionKinds = []
            // Overrides hold only extension keys and descriptions; errors cannot arise from them.
            try? fill(node, from: overrides, at: path)
        }
    }

    mutating func fill(_ node: Schema, from object: [String: JSON], at path: String) throws(SchemaLoadError) {
        for (key, value) in object {
            switch key {
            case "type":
                switch value {
                case .string(let t): if t != "null" { node.types = [t] }
                case .array(let ts):
                    node.types = Set(ts.compactMap { $0.stringValue }.filter { $0 != "null" })
                default: throw SchemaLoadError(message: "type must be a string or an array", path: path)
                }
            case "format": node.format = value.stringValue
            case "properties":
                guard case .object(let properties) = value else {
                    throw SchemaLoadError(message: "properties must be an object", path: path)
                }
                var built: [String: Schema] = [:]
                built.reserveCapacity(properties.count)
                for (name, child) in properties {
                    built[name] = try build(child, at: path + "." + name)
                }
                node.properties = built
            case "items":
                // A tuple form (array of schemas) is not structural; keep its first element.
                if case .array(let list) = value {
                    if let first = list.first { node.items = try build(first, at: path + "[]") }
                } else {
                    node.items = try build(value, at: path + "[]")
                }
            case "additionalProperties":
                switch value {
                case .bool(let allowed): node.additionalProperties = allowed ? Schema() : nil
                default: node.additionalProperties = try build(value, at: path + "{}")
                }
            case "required":
                node.required = value.arrayValue?.compactMap { $0.stringValue } ?? []
            case "enum": node.enumValues = value.arrayValue
            case "default": node.defaultValue = value
            case "description": if keepsDescriptions { node.summary = value.stringValue }
            case "x-kubernetes-int-or-string": node.intOrString = value.boolValue ?? false
            case "x-apus-quantity": node.quantity = value.boolValue ?? false
            case "x-kubernetes-preserve-unknown-fields": node.preserveUnknownFields = value.boolValue ?? false
            case "x-kubernetes-embedded-resource": node.embeddedResource = value.boolValue ?? false
            case "x-kubernetes-list-type": node.listType = value.stringValue
            case "x-kubernetes-list-map-keys": node.listMapKeys = value.arrayValue?.compactMap { $0.stringValue } ?? []
            case "x-kubernetes-map-type": node.mapType = value.stringValue
            case "x-kubernetes-patch-strategy": node.patchStrategy = value.stringValue
            case "x-kubernetes-patch-merge-key": node.patchMergeKey = value.stringValue
            case "x-kubernetes-group-version-kind":
                node.groupVersionKinds = (value.arrayValue ?? []).compactMap { entry in
                    guard let version = entry["version"].stringValue, let kind = entry["kind"].stringValue else {
                        return nil
                    }
                    return GroupVersionKind(group: entry["group"].stringValue ?? "", version: version, kind: kind)
                }
            default:
                // Validation-only keywords (pattern, minimum, anyOf, x-kubernetes-validations, ...) are not part of
                // the structural facts this node keeps.
                break
            }
        }
    }
}

extension Schema {
    /// Copies every fact of `other` into this node (children are shared, not copied).
    func copyFacts(from other: Schema) {
        types = other.types
        format = other.format
        definitionName = other.definitionName
        properties = other.properties
        additionalProperties = other.additionalProperties
        items = other.items
        required = other.required
        enumValues = other.enumValues
        intOrString = other.intOrString
        quantity = other.quantity
        preserveUnknownFields = other.preserveUnknownFields
        embeddedResource = other.embeddedResource
        listType = other.listType
        listMapKeys = other.listMapKeys
        mapType = other.mapType
        patchStrategy = other.patchStrategy
        patchMergeKey = other.patchMergeKey
        groupVersionKinds = other.groupVersionKinds
        summary = other.summary
        defaultValue = other.defaultValue
    }
}
