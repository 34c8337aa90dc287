/// An error applying or decoding a JSON patch; the message names the operation and the path.
public struct JSONPatchError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// JSON Pointer (RFC 6901) helpers.
public enum JSONPointer {
    /// Decodes one reference token: `~1` becomes `/`, then `~0` becomes `~`.
    public static func unescape(_ token: String) -> String {
        guard token.contains("~") else { return token }
        return token.replacingAll("~1", with: "/").replacingAll("~0", with: "~")
    }

    /// Encodes one reference token: `~` becomes `~0` and `/` becomes `~1`.
    public static func escape(_ token: String) -> String {
        guard token.contains("~") || token.contains("/") else { return token }
        return token.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }

    /// The pointer for a path of tokens (`["a", "b/c"]` is `/a/b~1c`).
    public static func pointer(_ tokens: [String]) -> String {
        tokens.map { "/" + escape($0) }.joined()
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var out = ""
        var rest = self[...]
        while let r = rest.scalarRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    fileprivate func scalarRange(of target: String) -> Range<Substring.Index>? {
        let t = Array(target.unicodeScalars)
        guard !t.isEmpty else { return nil }
        let scalars = self.unicodeScalars
        var i = scalars.startIndex
        while i != scalars.endIndex {
            var j = i
            var k = 0
            while k < t.count, j != scalars.endIndex, scalars[j] == t[k] {
                j = scalars.index(after: j)
                k += 1
            }
            if k == t.count { return i..<j }
            i = scalars.index(after: i)
        }
        return nil
    }
}

/// A JSON Patch (RFC 6902): an ordered list of `add`, `remove`, `replace`, `move`, `copy` and `test`
/// operations, applied the way the Kubernetes API server applies `application/json-patch+json`
/// (including its leniencies: `replace` of a missing object member adds it, negative array indices
/// count from the end, `-` appends).
public struct JSONPatch: Sendable, Hashable {
    /// One operation; the members are kept as given so errors can be reported in order of application.
    public struct Operation: Sendable, Hashable {
        /// `add`, `remove`, `replace`, `move`, `copy` or `test` (anything else fails when applied).
        public var op: String
        /// The target pointer (a string when well-formed).
        public var path: JSON
        /// The source pointer of `move` and `copy`.
        public var from: JSON
        /// The `value` member; nil when absent.
        public var value: JSON?

        /// An operation on `path`.
        public init(op: String, path: String, from: String? = nil, value: JSON? = nil) {
            self.op = op
            self.path = .string(path)
            self.from = from.map(JSON.string) ?? .null
            self.value = value
        }

        init(json: [String: JSON]) {
            op = json["op"]?.stringValue ?? "unknown"
            path = json["path"] ?? .null
            from = json["from"] ?? .null
            value = json["value"]
        }
    }

    /// The operations, applied in order.
    public var operations: [Operation]

    /// A patch of the given operations.
    public init(operations: [Operation]) { self.operations = operations }

    /// Reads a patch document: a JSON array of operation objects.
    public init(json: JSON) throws(JSONPatchError) {
        guard case .array(let items) = json else {
            throw JSONPatchError("json: cannot unmarshal \(json.goTypeWord) into Go value of type jsonpatch.Patch")
        }
        var ops: [Operation] = []
        for item in items {
            switch item {
            case .object(let o): ops.append(Operation(json: o))
            case .null: ops.append(Operation(json: [:]))
            default:
                throw JSONPatchError(
                    "json: cannot unmarshal \(item.goTypeWord) into Go value of type jsonpatch.Operation")
            }
        }
        self.operations = ops
    }

    /// Parses and reads a patch document.
    public init(bytes: some Collection<UInt8>) throws(JSONPatchError) {
        let json: JSON
        do { json = try JSON.parse(bytes) } catch { throw JSONPatchError(error.description) }
        try self.init(json: json)
    }

    /// Applies the operations in order to `document` (an object or an array) and returns the result.
    public func apply(to document: JSON) throws(JSONPatchError) -> JSON {
        switch document {
        case .object, .array: break
        default: throw JSONPatchError("json: cannot unmarshal \(document.goTypeWord) into Go value of type jsonpatch.partialDoc")
        }
        var doc = document
        for op in operations {
            switch op.op {
            case "add": try add(&doc, op)
            case "remove": try remove(&doc, op)
            case "replace": try replace(&doc, op)
            case "move": try move(&doc, op)
            case "test": try test(&doc, op)
            case "copy": try copy(&doc, op)
            default: throw JSONPatchError("Unexpected kind: \(op.op)")
            }
        }
        return doc
    }

    // MARK: - Operations

    private static let missing = "missing value"

    private func path(of op: Operation, _ name: String) throws(JSONPatchError) -> String {
        switch op.path {
        case .string(let s): return s
        case .null: throw JSONPatchError("\(name) operation failed to decode path: \(Self.missing)")
        default:
            throw JSONPatchError(
                "\(name) operation failed to decode path: json: cannot unmarshal \(op.path.goTypeWord) into Go value of type string")
        }
    }

    private func from(of op: Operation, _ name: String) throws(JSONPatchError) -> String {
        switch op.from {
        case .string(let s): return s
        case .null: throw JSONPatchError("\(name) operation failed to decode from: operation, missing from field: \(Self.missing)")
        default:
            throw JSONPatchError(
                "\(name) operation failed to decode from: json: cannot unmarshal \(op.from.goTypeWord) into Go value of type string")
        }
    }

    private func add(_ doc: inout JSON, _ op: Operation) throws(JSONPatchError) {
        let p = try path(of: op, "add")
        try Self.locate(&doc, p, "add operation does not apply: doc is missing path: \"\(p)\": \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            do throws(JSONPatchError) { try c.add(key, op.value ?? .null) } catch { throw JSONPatchError("error in add for path: '\(p)': \(error.message)") }
        }
    }

    private func remove(_ doc: inout JSON, _ op: Operation) throws(JSONPatchError) {
        let p = try path(of: op, "remove")
        try Self.locate(&doc, p, "remove operation does not apply: doc is missing path: \"\(p)\": \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            do throws(JSONPatchError) { try c.remove(key) } catch { throw JSONPatchError("error in remove for path: '\(p)': \(error.message)") }
        }
    }

    private func replace(_ doc: inout JSON, _ op: Operation) throws(JSONPatchError) {
        let p: String
        do { p = try path(of: op, "replace") } catch {
            throw JSONPatchError(
                op.path.isNull ? "replace operation failed to decode path: operation missing path field: \(Self.missing)" : error.message)
        }
        if p.isEmpty {
            switch op.value ?? .null {
            case .object, .array: doc = op.value ?? .null
            default: throw JSONPatchError("replace operation value must be object or array")
            }
            return
        }
        try Self.locate(&doc, p, "replace operation does not apply: doc is missing path: \(p): \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            do throws(JSONPatchError) { _ = try c.get(key) } catch {
                throw JSONPatchError("replace operation does not apply: doc is missing key: \(p): \(Self.missing)")
            }
            do throws(JSONPatchError) { try c.set(key, op.value ?? .null) } catch { throw JSONPatchError("error in remove for path: '\(p)': \(error.message)") }
        }
    }

    private func move(_ doc: inout JSON, _ op: Operation) throws(JSONPatchError) {
        let f = try from(of: op, "move")
        var moved: JSON = .null
        try Self.locate(&doc, f, "move operation does not apply: doc is missing from path: \(f): \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            do throws(JSONPatchError) {
                moved = try c.get(key) ?? .null
                try c.remove(key)
            } catch { throw JSONPatchError("error in move for path: '\(key)': \(error.message)") }
        }
        let p: String
        do { p = try path(of: op, "move") } catch {
            throw JSONPatchError(
                op.path.isNull ? "move operation failed to decode path: operation missing path field: \(Self.missing)" : error.message)
        }
        try Self.locate(&doc, p, "move operation does not apply: doc is missing destination path: \(p): \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            do throws(JSONPatchError) { try c.add(key, moved) } catch { throw JSONPatchError("error in move for path: '\(p)': \(error.message)") }
        }
    }

    private func copy(_ doc: inout JSON, _ op: Operation) throws(JSONPatchError) {
        let f = try from(of: op, "copy")
        var copied: JSON = .null
        try Self.locate(&doc, f, "copy operation does not apply: doc is missing from path: \(f): \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            do throws(JSONPatchError) { copied = try c.get(key) ?? .null } catch { throw JSONPatchError("error in copy for from: '\(f)': \(error.message)") }
        }
        let p: String
        do { p = try path(of: op, "copy") } catch { throw JSONPatchError("copy operation failed to decode path: \(Self.missing)") }
        try Self.locate(&doc, p, "copy operation does not apply: doc is missing destination path: \(p): \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            do throws(JSONPatchError) { try c.add(key, copied) } catch { throw JSONPatchError("error while adding value during copy: \(error.message)") }
        }
    }

    private func test(_ doc: inout JSON, _ op: Operation) throws(JSONPatchError) {
        let p: String
        do { p = try path(of: op, "test") } catch {
            throw JSONPatchError(
                op.path.isNull ? "test operation failed to decode path: operation missing path field: \(Self.missing)" : error.message)
        }
        let failed = JSONPatchError("testing value \(p) failed: test failed")
        if p.isEmpty {
            guard let want = op.value, doc.semanticallyEquals(want) else { throw failed }
            return
        }
        try Self.locate(&doc, p, "test operation does not apply: is missing path: \(p): \(Self.missing)") {
            (c: inout Container, key: String) throws(JSONPatchError) in
            let have: JSON?
            do throws(JSONPatchError) { have = try c.get(key) } catch { throw JSONPatchError("error in test for path: '\(p)': \(error.message)") }
            guard let have, !have.isNull else {
                if op.value == nil || op.value == .null { return }
                throw failed
            }
            guard let want = op.value, have.semanticallyEquals(want) else { throw failed }
        }
    }

    // MARK: - Navigation

    /// The object or array an operation's last path token applies to.
    fileprivate enum Container {
        case object([String: JSON])
        case array([JSON])

        private static func index(_ key: String) throws(JSONPatchError) -> Int {
            guard let i = Int(key) else { throw JSONPatchError("strconv.Atoi: parsing \(GoFormat.quote(key)): invalid syntax") }
            return i
        }

        private static func invalid(_ i: Int) -> JSONPatchError {
            JSONPatchError("Unable to access invalid index: \(i): invalid index referenced")
        }

        /// The member or element at `key`; nil for an absent object member.
        func get(_ key: String) throws(JSONPatchError) -> JSON? {
            switch self {
            case .object(let o): return o[key]
            case .array(let a):
                var i = try Self.index(key)
                if i < 0 {
                    if i < -a.count { throw Self.invalid(i) }
                    i += a.count
                }
                if i >= a.count { throw Self.invalid(i) }
                return a[i]
            }
        }

        mutating func set(_ key: String, _ value: JSON) throws(JSONPatchError) {
            switch self {
            case .object(var o):
                self = .array([])
                o[key] = value
                self = .object(o)
            case .array(var a):
                self = .array([])
                var i = try Self.index(key)
                if i < 0 {
                    if i < -a.count { throw Self.invalid(i) }
                    i += a.count
                }
                guard i < a.count else { throw Self.invalid(i) }
                a[i] = value
                self = .array(a)
            }
        }

        mutating func add(_ key: String, _ value: JSON) throws(JSONPatchError) {
            switch self {
            case .object(var o):
                self = .array([])
                o[key] = value
                self = .object(o)
            case .array(var a):
                if key == "-" {
                    self = .array([])
                    a.append(value)
                    self = .array(a)
                    return
                }
                guard var i = Int(key) else {
                    throw JSONPatchError(
                        "value was not a proper array index: '\(key)': strconv.Atoi: parsing \(GoFormat.quote(key)): invalid syntax")
                }
                let size = a.count + 1
                if i >= size { throw Self.invalid(i) }
                if i < 0 {
                    if i < -size { throw Self.invalid(i) }
                    i += size
                }
                self = .array([])
                a.insert(value, at: i)
                self = .array(a)
            }
        }

        mutating func remove(_ key: String) throws(JSONPatchError) {
            switch self {
            case .object(var o):
                guard o[key] != nil else {
                    throw JSONPatchError("Unable to remove nonexistent key: \(key): missing value")
                }
                self = .array([])
                o.removeValue(forKey: key)
                self = .object(o)
            case .array(var a):
                var i = try Self.index(key)
                if i >= a.count { throw Self.invalid(i) }
                if i < 0 {
                    if i < -a.count { throw Self.invalid(i) }
                    i += a.count
                }
                self = .array([])
                a.remove(at: i)
                self = .array(a)
            }
        }
    }

    /// Walks `path` inside `doc` and runs `body` on the container holding its last token.
    /// Throws `missing` when the path does not lead to an object or array.
    private static func locate(
        _ doc: inout JSON, _ path: String, _ missing: @autoclosure () -> String,
        _ body: (inout Container, String) throws(JSONPatchError) -> Void
    ) throws(JSONPatchError) {
        let tokens = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard tokens.count >= 2 else { throw JSONPatchError(missing()) }
        let parents = tokens[1..<(tokens.count - 1)].map(JSONPointer.unescape)
        let key = JSONPointer.unescape(tokens[tokens.count - 1])
        guard try walk(&doc, parents[...], key, body) else { throw JSONPatchError(missing()) }
    }

    /// Returns false when a parent token is missing or leads to something other than an object or array.
    private static func walk(
        _ node: inout JSON, _ parents: ArraySlice<String>, _ key: String,
        _ body: (inout Container, String) throws(JSONPatchError) -> Void
    ) throws(JSONPatchError) -> Bool {
        var container: Container
        switch node {
        case .object(let o): container = .object(o)
        case .array(let a): container = .array(a)
        default: return false
        }
        node = .null
        defer {
            switch container {
            case .object(let o): node = .object(o)
            case .array(let a): node = .array(a)
            }
        }
        guard let first = parents.first else {
            try body(&container, key)
            return true
        }
        switch container {
        case .object(var o):
            guard var child = o[first], !child.isNull else { return false }
            container = .array([])
            o[first] = .null
            let found = try walk(&child, parents.dropFirst(), key, body)
            o[first] = child
            container = .object(o)
            return found
        case .array(var a):
            guard var i = Int(first) else { return false }
            if i < 0 {
                if i < -a.count { return false }
                i += a.count
            }
            guard i < a.count, !a[i].isNull else { return false }
            var child = a[i]
            container = .array([])
            a[i] = .null
            let found = try walk(&child, parents.dropFirst(), key, body)
            a[i] = child
            container = .array(a)
            return found
        }
    }
}

extension JSON {
    /// The word Go's `encoding/json` uses for this kind of value in unmarshal errors.
    var goTypeWord: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .int, .double: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
