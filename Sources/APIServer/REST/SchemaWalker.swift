import APIMachinery

/// Checks an object against its schema: finds (and prunes) unknown fields and values of the wrong type.
enum SchemaWalker {
    struct Result {
        var unknownFields: [String] = []
        var typeErrors: [String] = []
    }

    /// Removes fields the schema does not declare and reports them with their paths (`spec.foo`, `spec.containers[0].bar`).
    static func prune(_ value: inout JSON, schema: Schema?) -> Result {
        var result = Result()
        guard let schema else { return result }
        walk(&value, schema, path: "", result: &result, depth: 0)
        return result
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private static func walk(_ value: inout JSON, _ schema: Schema, path: String, result: inout Result, depth: Int) {
        if schema.preserveUnknownFields || depth > 64 { return }
        switch value {
        case .null:
            return
        case .object(var o):
            if !schema.types.isEmpty && !schema.isObject {
                if schema.quantity || schema.intOrString || !schema.types.isDisjoint(with: ["string", "integer", "number", "boolean", "array"]) {
                    result.typeErrors.append("\(path): expected \(expected(schema)), got object")
                }
                return
            }
            if schema.properties.isEmpty && schema.additionalProperties == nil { return }
            var changed = false
            for (k, v) in o {
                if let p = schema.properties[k] {
                    var child = v
                    let before = result.unknownFields.count
                    walk(&child, p, path: join(path, k), result: &result, depth: depth + 1)
                    if result.unknownFields.count != before { o[k] = child; changed = true }
                } else if let ap = schema.additionalProperties {
                    var child = v
                    let before = result.unknownFields.count
                    walk(&child, ap, path: join(path, k), result: &result, depth: depth + 1)
                    if result.unknownFields.count != before { o[k] = child; changed = true }
                } else if depth == 0 && (k == "apiVersion" || k == "kind") {
                    continue
                } else {
                    result.unknownFields.append(join(path, k))
                    o.removeValue(forKey: k)
                    changed = true
                }
            }
            if changed { value = .object(o) }
        case .array(var a):
            guard let items = schema.items else {
                if !schema.types.isEmpty && !schema.isArray { result.typeErrors.append("\(path): expected \(expected(schema)), got array") }
                return
            }
            var changed = false
            for i in a.indices {
                let before = result.unknownFields.count
                walk(&a[i], items, path: "\(path)[\(i)]", result: &result, depth: depth + 1)
                if result.unknownFields.count != before { changed = true }
            }
            if changed { value = .array(a) }
        case .string:
            if schema.intOrString || schema.quantity || schema.types.isEmpty || schema.types.contains("string") { return }
            result.typeErrors.append("\(path): expected \(expected(schema)), got string")
        case .int, .double:
            if schema.intOrString || schema.quantity || schema.types.isEmpty || schema.types.contains("integer") || schema.types.contains("number") {
                if case .double(let d) = value, schema.types == ["integer"], d.rounded() != d {
                    result.typeErrors.append("\(path): expected integer, got number")
                }
                return
            }
            result.typeErrors.append("\(path): expected \(expected(schema)), got number")
        case .bool:
            if schema.types.isEmpty || schema.types.contains("boolean") { return }
            result.typeErrors.append("\(path): expected \(expected(schema)), got boolean")
        }
    }

    private static func expected(_ s: Schema) -> String {
        if s.intOrString { return "integer or string" }
        if s.quantity { return "quantity (string or number)" }
        return s.types.sorted().joined(separator: " or ")
    }

    /// Fields listed as required by the schema that are missing, as field causes.
    static func missingRequired(_ value: JSON, schema: Schema?, path: String = "", depth: Int = 0) -> [StatusCause] {
        guard let schema, depth < 32, case .object(let o) = value else { return [] }
        var causes: [StatusCause] = []
        for r in schema.required where o[r] == nil || o[r] == .null {
            causes.append(.required(join(path, r)))
        }
        for (k, v) in o {
            guard let p = schema.properties[k] else { continue }
            switch v {
            case .object:
                causes += missingRequired(v, schema: p, path: join(path, k), depth: depth + 1)
            case .array(let a):
                if let items = p.items {
                    for (i, e) in a.enumerated() {
                        causes += missingRequired(e, schema: items, path: "\(join(path, k))[\(i)]", depth: depth + 1)
                    }
                }
            default: break
            }
        }
        return causes
    }
}
