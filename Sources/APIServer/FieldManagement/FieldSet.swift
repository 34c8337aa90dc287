import APIMachinery

/// One step of a field path as managed fields name it: a field, a list item by keys, a set item by value, an index.
enum PathElement: Hashable, Sendable {
    case field(String)
    case key(String)
    case value(String)
    case index(Int)

    /// The `fieldsV1` key: `f:name`, `k:{"name":"x"}`, `v:"a"`, `i:0`.
    var encoded: String {
        switch self {
        case .field(let f): return "f:" + f
        case .key(let k): return "k:" + k
        case .value(let v): return "v:" + v
        case .index(let i): return "i:\(i)"
        }
    }

    init?(encoded s: String) {
        guard s.count >= 2 else { return nil }
        let body = String(s.dropFirst(2))
        switch s.prefix(2) {
        case "f:": self = .field(body)
        case "k:": self = .key(body)
        case "v:": self = .value(body)
        case "i:":
            guard let i = Int(body) else { return nil }
            self = .index(i)
        default: return nil
        }
    }

    /// The `.` path of an upstream field error (`.spec.replicas`, `.spec.containers[name="x"].image`).
    static func render(_ path: [PathElement]) -> String {
        var out = ""
        for e in path {
            switch e {
            case .field(let f): out += "." + f
            case .key(let k):
                if case .object(let o) = (try? JSON.parse(k)) ?? .null {
                    out += "[" + o.keys.sorted().map { "\($0)=\(o[$0].map { $0.serializedString() } ?? "")" }.joined(separator: ",") + "]"
                }
            case .value(let v): out += "[=\(v)]"
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }
}

typealias FieldPath = [PathElement]

/// The set of fields an object sets, computed along its schema (structs by field, map lists by key, sets by value).
enum FieldSet {
    /// Top-level and metadata fields that no manager owns.
    static let ignoredMetadata: Set<String> = [
        "name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink",
        "deletionTimestamp", "deletionGracePeriodSeconds",
    ]

    static func of(_ obj: JSON, schema: Schema?, includeStatus: Bool = false) -> Set<FieldPath> {
        Set(values(obj, schema: schema, includeStatus: includeStatus).keys)
    }

    /// The fields an object sets, each with its value (what ``value(at:in:)`` returns for it), in one walk.
    static func values(_ obj: JSON, schema: Schema?, includeStatus: Bool = false) -> [FieldPath: JSON] {
        var found: [FieldPath: JSON] = [:]
        guard case .object(let o) = obj else { return found }
        for (k, v) in o {
            if k == "apiVersion" || k == "kind" { continue }
            if k == "status" && !includeStatus { continue }
            if k == "metadata", case .object(let m) = v {
                let metadataSchema = schema?.child("metadata")
                for (mk, mv) in m where !ignoredMetadata.contains(mk) {
                    collect(mv, schema: metadataSchema?.child(mk), path: [.field("metadata"), .field(mk)], into: &found)
                }
                continue
            }
            collect(v, schema: schema?.child(k), path: [.field(k)], into: &found)
        }
        return found
    }

    static func listKeys(_ schema: Schema?) -> [String]? {
        guard let schema else { return nil }
        if schema.listType == "map", !schema.listMapKeys.isEmpty { return schema.listMapKeys }
        if let mk = schema.patchMergeKey, schema.patchStrategies.contains("merge") { return [mk] }
        return nil
    }

    static func isSet(_ schema: Schema?) -> Bool {
        guard let schema else { return false }
        return schema.listType == "set" || (schema.patchStrategies.contains("merge") && schema.patchMergeKey == nil)
    }

    static func keyElement(_ item: JSON, keys: [String]) -> PathElement {
        var k: [String: JSON] = [:]
        for key in keys where !item[key].isNull { k[key] = item[key] }
        return .key(JSON.object(k).serializedString())
    }

    static func collect(_ v: JSON, schema: Schema?, path: FieldPath, into found: inout [FieldPath: JSON], depth: Int = 0) {
        guard depth < 64 else { return }
        // The first of items with equal keys is the one a path names (as in value(at:in:)).
        func record(_ p: FieldPath, _ value: JSON) {
            if found[p] == nil { found[p] = value }
        }
        switch v {
        case .object(let o):
            let isMap = schema == nil || schema?.preserveUnknownFields == true
                || ((schema?.properties.isEmpty ?? true) && schema?.additionalProperties != nil)
            if schema?.mapType == "atomic" || o.isEmpty {
                record(path, v)
                return
            }
            if isMap { record(path, v) }
            for (k, child) in o {
                collect(child, schema: schema?.child(k), path: path + [.field(k)], into: &found, depth: depth + 1)
            }
        case .array(let a):
            if let keys = listKeys(schema) {
                record(path, v)
                let itemSchema = schema?.items
                for item in a {
                    let p = path + [keyElement(item, keys: keys)]
                    record(p, item)
                    if case .object(let io) = item {
                        for (k, child) in io {
                            collect(child, schema: itemSchema?.child(k), path: p + [.field(k)], into: &found, depth: depth + 1)
                        }
                    }
                }
            } else if isSet(schema) {
                record(path, v)
                for item in a { record(path + [.value(item.serializedString())], item) }
            } else {
                record(path, v)
            }
        default:
            record(path, v)
        }
    }

    /// The value at `path` in `obj`, nil when absent.
    static func value(at path: FieldPath, in obj: JSON) -> JSON? {
        var cur = obj
        for e in path {
            switch e {
            case .field(let f):
                guard case .object(let o) = cur, let n = o[f] else { return nil }
                cur = n
            case .key(let k):
                guard case .array(let a) = cur, case .object(let keys) = (try? JSON.parse(k)) ?? .null else { return nil }
                guard let item = a.first(where: { item in keys.allSatisfy { item[$0.key] == $0.value } }) else { return nil }
                cur = item
            case .value(let v):
                guard case .array(let a) = cur, let parsed = try? JSON.parse(v), a.contains(parsed) else { return nil }
                cur = parsed
            case .index(let i):
                guard case .array(let a) = cur, i >= 0, i < a.count else { return nil }
                cur = a[i]
            }
        }
        return cur
    }

    /// Removes the field or item at `path` from `obj`.
    static func remove(_ path: FieldPath, from obj: inout JSON) {
        guard let first = path.first else { return }
        let rest = Array(path.dropFirst())
        switch (first, obj) {
        case (.field(let f), .object(var o)):
            if rest.isEmpty {
                o.removeValue(forKey: f)
            } else if var child = o[f] {
                remove(rest, from: &child)
                o[f] = child
            }
            obj = .object(o)
        case (.key(let k), .array(var a)):
            guard case .object(let keys) = (try? JSON.parse(k)) ?? .null,
                let i = a.firstIndex(where: { item in keys.allSatisfy { item[$0.key] == $0.value } })
            else { return }
            if rest.isEmpty { a.remove(at: i) } else { remove(rest, from: &a[i]) }
            obj = .array(a)
        case (.value(let v), .array(var a)):
            guard let parsed = try? JSON.parse(v) else { return }
            if rest.isEmpty { a.removeAll { $0 == parsed } }
            obj = .array(a)
        default:
            return
        }
    }

    /// `fieldsV1` JSON of a set.
    static func encode(_ set: Set<FieldPath>) -> JSON {
        final class Node {
            var children: [String: Node] = [:]
            var member = false
        }
        let root = Node()
        for p in set {
            var n = root
            for e in p {
                let key = e.encoded
                if let c = n.children[key] { n = c } else {
                    let c = Node()
                    n.children[key] = c
                    n = c
                }
            }
            n.member = true
        }
        func render(_ n: Node) -> JSON {
            var o: [String: JSON] = [:]
            for (k, c) in n.children { o[k] = render(c) }
            if n.member && !n.children.isEmpty { o["."] = .object([:]) }
            return .object(o)
        }
        return render(root)
    }

    static func decode(_ fields: JSON) -> Set<FieldPath> {
        var set = Set<FieldPath>()
        func walk(_ j: JSON, _ path: FieldPath) {
            guard case .object(let o) = j else { return }
            if o.isEmpty && !path.isEmpty { set.insert(path); return }
            for (k, v) in o {
                if k == "." { set.insert(path); continue }
                guard let e = PathElement(encoded: k) else { continue }
                walk(v, path + [e])
            }
        }
        walk(fields, [])
        return set
    }
}
