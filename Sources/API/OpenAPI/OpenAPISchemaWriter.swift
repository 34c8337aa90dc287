import APIMachinery

/// Writes ``Schema`` nodes as OpenAPI schema objects, in the v2 (`#/definitions/`) or v3
/// (`#/components/schemas/`) flavour, and collects the definitions they refer to.
struct OpenAPISchemaWriter {
    enum Flavor { case v2, v3 }

    let flavor: Flavor
    let definitions: [String: Schema]
    let unions: (String) -> JSON?
    /// Definitions referred to since the last call to ``takeReferences()``.
    private var references: Set<String> = []

    init(flavor: Flavor, registry: SchemaRegistry) {
        self.flavor = flavor
        self.definitions = registry.definitions
        self.unions = { registry.unions(ofDefinition: $0) }
    }

    var refPrefix: String { flavor == .v2 ? "#/definitions/" : "#/components/schemas/" }

    mutating func takeReferences() -> Set<String> {
        defer { references = [] }
        return references
    }

    /// A `$ref` to the definition `name`.
    mutating func reference(_ name: String) -> JSON {
        references.insert(name)
        return .object(["$ref": .string(refPrefix + name)])
    }

    /// The schema of the response or body payload.
    mutating func payload(_ payload: APIPayload) -> JSON {
        switch payload {
        case .definition(let name): return reference(name)
        case .string: return ["type": "string"]
        }
    }

    /// The definition `name` and every definition reachable from `roots`, written out.
    mutating func closure(of roots: Set<String>) -> [String: JSON] {
        var out: [String: JSON] = [:]
        var pending = roots
        while let name = pending.popFirst() {
            guard out[name] == nil, let schema = definitions[name] else { continue }
            out[name] = body(schema, depth: 0)
            for next in takeReferences() where out[next] == nil { pending.insert(next) }
        }
        return out
    }

    /// A node in a property, item or map-value position: a reference when it is a shared definition.
    mutating func node(_ schema: Schema, depth: Int) -> JSON {
        if let name = schema.definitionName, let target = definitions[name] {
            if target === schema { return reference(name) }
            let extras = ownFacts(of: schema, comparedTo: target)
            if extras.isEmpty { return reference(name) }
            var object = extras
            switch flavor {
            case .v2: object["$ref"] = .string(refPrefix + name)
            case .v3: object["allOf"] = .array([.object(["$ref": .string(refPrefix + name)])])
            }
            references.insert(name)
            return .object(object)
        }
        return body(schema, depth: depth + 1)
    }

    /// The facts a `$ref` node carries besides its target's (a patch strategy, its own description).
    private func ownFacts(of schema: Schema, comparedTo target: Schema) -> [String: JSON] {
        var out: [String: JSON] = [:]
        if schema.summary != target.summary, let s = schema.summary { out["description"] = .string(s) }
        if schema.patchStrategy != target.patchStrategy, let s = schema.patchStrategy {
            out["x-kubernetes-patch-strategy"] = .string(s)
        }
        if schema.patchMergeKey != target.patchMergeKey, let s = schema.patchMergeKey {
            out["x-kubernetes-patch-merge-key"] = .string(s)
        }
        if schema.listType != target.listType, let s = schema.listType { out["x-kubernetes-list-type"] = .string(s) }
        if schema.listMapKeys != target.listMapKeys, !schema.listMapKeys.isEmpty {
            out["x-kubernetes-list-map-keys"] = .array(schema.listMapKeys.map { .string($0) })
        }
        if schema.mapType != target.mapType, let s = schema.mapType { out["x-kubernetes-map-type"] = .string(s) }
        return out
    }

    /// The node written out in full.
    mutating func body(_ schema: Schema, depth: Int) -> JSON {
        // Schemas are trees apart from their shared definitions; a cycle through unnamed nodes would be a bug of
        // whoever built them, and is cut here rather than recursing forever.
        guard depth < 64 else { return .object([:]) }
        var out: [String: JSON] = [:]
        if let summary = schema.summary { out["description"] = .string(summary) }
        if schema.intOrString {
            out["format"] = "int-or-string"
            switch flavor {
            case .v2: out["type"] = "string"
            case .v3: out["oneOf"] = [["type": "integer"], ["type": "string"]]
            }
            if schema.definitionName == nil { out["x-kubernetes-int-or-string"] = true }
        } else if schema.quantity {
            switch flavor {
            case .v2: out["type"] = "string"
            case .v3: out["oneOf"] = [["type": "string"], ["type": "number"]]
            }
        } else if let type = schema.types.sorted().first {
            out["type"] = .string(type)
            if let format = schema.format { out["format"] = .string(format) }
        } else if let format = schema.format {
            out["format"] = .string(format)
        }
        if !schema.properties.isEmpty {
            var properties: [String: JSON] = [:]
            properties.reserveCapacity(schema.properties.count)
            for (name, child) in schema.properties { properties[name] = node(child, depth: depth) }
            out["properties"] = .object(properties)
        }
        if let extra = schema.additionalProperties { out["additionalProperties"] = node(extra, depth: depth) }
        if let items = schema.items { out["items"] = node(items, depth: depth) }
        if !schema.required.isEmpty { out["required"] = .array(schema.required.map { .string($0) }) }
        if let values = schema.enumValues { out["enum"] = .array(values) }
        if let value = schema.defaultValue { out["default"] = value }
        if schema.preserveUnknownFields { out["x-kubernetes-preserve-unknown-fields"] = true }
        if schema.embeddedResource { out["x-kubernetes-embedded-resource"] = true }
        if let s = schema.listType { out["x-kubernetes-list-type"] = .string(s) }
        if !schema.listMapKeys.isEmpty { out["x-kubernetes-list-map-keys"] = .array(schema.listMapKeys.map { .string($0) }) }
        if let s = schema.mapType { out["x-kubernetes-map-type"] = .string(s) }
        if let s = schema.patchStrategy { out["x-kubernetes-patch-strategy"] = .string(s) }
        if let s = schema.patchMergeKey { out["x-kubernetes-patch-merge-key"] = .string(s) }
        if !schema.groupVersionKinds.isEmpty {
            out["x-kubernetes-group-version-kind"] = .array(
                schema.groupVersionKinds.map {
                    .object(["group": .string($0.group), "version": .string($0.version), "kind": .string($0.kind)])
                })
        }
        if let name = schema.definitionName, definitions[name] === schema, let unions = unions(name) {
            out["x-kubernetes-unions"] = unions
        }
        return .object(out)
    }
}
