import Yams

/// A YAML document that cannot be converted to JSON. `line` and `column` (1-based) locate the
/// problem when it is known.
public struct YAMLConversionError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public let line: Int?
    public let column: Int?

    public init(_ message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { message }
}

extension JSON {
    /// Converts the first YAML document in `yaml` to JSON, as `kubectl` and the API server do
    /// (sigs.k8s.io/yaml over go-yaml v2): plain scalars resolve with YAML 1.1 rules (`yes`/`on` are
    /// booleans, `0x1F` and `0777` integers, `1e3` a float, `~` null), quoted scalars are strings,
    /// anchors, aliases and `<<` merge keys are expanded, and non-string keys become strings.
    /// An empty document is `null`.
    public static func parseYAML(_ yaml: String) throws(YAMLConversionError) -> JSON {
        let parser = try YAMLToJSON.parser(yaml)
        let root: Node?
        do { root = try parser.nextRoot() } catch { throw YAMLToJSON.convert(error) }
        guard let root else { return .null }
        var converter = YAMLToJSON(budget: YAMLToJSON.budget(for: yaml))
        return try converter.value(root)
    }

    /// Converts the first YAML document in UTF-8 `bytes` to JSON (see ``parseYAML(_:)-(String)``).
    public static func parseYAML(_ bytes: some Collection<UInt8>) throws(YAMLConversionError) -> JSON {
        try parseYAML(try YAMLToJSON.decodeUTF8(bytes))
    }

    /// Converts every document of a multi-document YAML stream (`---` separated) to JSON; empty
    /// documents are `null`.
    public static func parseYAMLDocuments(_ yaml: String) throws(YAMLConversionError) -> [JSON] {
        let parser = try YAMLToJSON.parser(yaml)
        var out: [JSON] = []
        var converter = YAMLToJSON(budget: YAMLToJSON.budget(for: yaml))
        while true {
            let root: Node?
            do { root = try parser.nextRoot() } catch { throw YAMLToJSON.convert(error) }
            guard let root else { return out }
            out.append(try converter.value(root))
        }
    }

    /// Converts every document of a UTF-8 multi-document YAML stream to JSON.
    public static func parseYAMLDocuments(_ bytes: some Collection<UInt8>) throws(YAMLConversionError) -> [JSON] {
        try parseYAMLDocuments(try YAMLToJSON.decodeUTF8(bytes))
    }
}

/// The YAML-to-JSON conversion, node by node.
struct YAMLToJSON {
    static let strTag = "tag:yaml.org,2002:str"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let nullTag = "tag:yaml.org,2002:null"
    static let timestampTag = "tag:yaml.org,2002:timestamp"
    static let binaryTag = "tag:yaml.org,2002:binary"
    static let mergeTag = "tag:yaml.org,2002:merge"
    /// Scalars are resolved here, as go-yaml v2 does, not by Yams: its resolver rules are regular
    /// expressions, which load ICU. A plain scalar's tag stays empty, except for mapping keys: Yams
    /// gives those `!!str` while checking them for duplicates, so a plain-style key tagged `!!str`
    /// is taken as untagged.
    static let resolver: Resolver = .basic

    /// How many nodes a document may expand to (aliases can make a small document huge).
    static func budget(for yaml: String) -> Int { 10_000 + 100 * yaml.utf8.count }

    var budget: Int

    static func decodeUTF8(_ bytes: some Collection<UInt8>) throws(YAMLConversionError) -> String {
        guard let s = String(validating: bytes, as: UTF8.self) else {
            throw YAMLConversionError("error converting YAML to JSON: yaml: invalid UTF-8")
        }
        return s
    }

    static func parser(_ yaml: String) throws(YAMLConversionError) -> Parser {
        do {
            return try Parser(yaml: yaml, resolver: resolver, constructor: .default, encoding: .utf8)
        } catch {
            throw convert(error)
        }
    }

    /// Words a Yams error as go-yaml would ("yaml: line N: problem").
    static func convert(_ error: any Error) -> YAMLConversionError {
        let prefix = "error converting YAML to JSON: yaml: "
        guard let e = error as? YamlError else { return YAMLConversionError(prefix + "\(error)") }
        func located(_ problem: String, _ line: Int?, _ column: Int?) -> YAMLConversionError {
            if let line, line > 0 {
                return YAMLConversionError(prefix + "line \(line): " + problem, line: line, column: column)
            }
            return YAMLConversionError(prefix + problem, line: nil, column: nil)
        }
        switch e {
        case .scanner(_, let problem, let mark, _):
            return located(problem, mark.line, mark.column)
        case .parser(let context, let problem, let mark, _):
            // go-yaml reports parser errors one line earlier than the problem mark (0-based line).
            let line = mark.line > 1 ? mark.line - 1 : (context.map { $0.mark.line - 1 } ?? 0)
            return located(problem, line, mark.column)
        case .composer(_, let problem, let mark, _):
            let text = problem == "found undefined alias" ? "unknown anchor referenced" : problem
            return located(text, mark.line, mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            return YAMLConversionError(
                prefix + "mapping key \(GoFormat.quote(key)) already defined at line \(context.mark.line)",
                line: context.mark.line, column: context.mark.column)
        case .reader(let problem, _, _, _):
            return YAMLConversionError(prefix + problem)
        case .dataCouldNotBeDecoded:
            return YAMLConversionError(prefix + "invalid UTF-8")
        default:
            return YAMLConversionError(prefix + "\(e)")
        }
    }

    private mutating func spend(_ node: Node) throws(YAMLConversionError) {
        budget -= 1
        if budget < 0 {
            throw YAMLConversionError(
                "error converting YAML to JSON: yaml: document contains excessive aliasing", line: node.mark?.line,
                column: node.mark?.column)
        }
    }

    private static func error(_ message: String, _ node: Node) -> YAMLConversionError {
        let line = node.mark?.line
        let where_ = line.map { "line \($0): " } ?? ""
        return YAMLConversionError("error converting YAML to JSON: yaml: " + where_ + message, line: line, column: node.mark?.column)
    }

    mutating func value(_ node: Node) throws(YAMLConversionError) -> JSON {
        try spend(node)
        switch node {
        case .scalar(let s):
            switch try Self.resolve(s, node) {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .uint(let u): return .double(Double(u))
            case .float(let d):
                guard d.isFinite else {
                    throw YAMLConversionError("error converting YAML to JSON: json: unsupported value: \(GoFormat.float(d))")
                }
                return .double(d)
            case .string(let str): return .string(str)
            }
        case .sequence(let seq):
            var out: [JSON] = []
            out.reserveCapacity(seq.count)
            for item in seq { out.append(try value(item)) }
            return .array(out)
        case .mapping(let map):
            var out: [String: JSON] = [:]
            try fill(&out, map)
            return .object(out)
        case .alias:
            throw Self.error("unknown anchor referenced", node)
        }
    }

    /// Adds a mapping's members to `out`, later members (and merged maps) replacing earlier ones as in go-yaml.
    private mutating func fill(_ out: inout [String: JSON], _ map: Node.Mapping) throws(YAMLConversionError) {
        for (k, v) in map {
            if Self.isMerge(k) {
                try merge(&out, v)
                continue
            }
            out[try key(k)] = try value(v)
        }
    }

    private mutating func merge(_ out: inout [String: JSON], _ node: Node) throws(YAMLConversionError) {
        let wantMap = Self.error("map merge requires map or sequence of maps as the value", node)
        switch node {
        case .mapping(let m):
            try spend(node)
            try fill(&out, m)
        case .sequence(let seq):
            // Earlier maps take precedence, so merge them last.
            for item in seq.reversed() {
                guard case .mapping(let m) = item else { throw wantMap }
                try spend(item)
                try fill(&out, m)
            }
        default:
            throw wantMap
        }
    }

    private static func isMerge(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.string == "<<" else { return false }
        let tag = keyTag(s)
        return tag == "" || tag == mergeTag
    }

    /// A mapping key as sigs.k8s.io/yaml turns it into a JSON member name.
    private mutating func key(_ node: Node) throws(YAMLConversionError) -> String {
        try spend(node)
        guard case .scalar(let s) = node else { throw Self.error("invalid map key: only scalar keys are supported", node) }
        switch try Self.resolve(s, node, tag: Self.keyTag(s)) {
        case .string(let str): return str
        case .int(let i): return String(i)
        case .bool(let b): return b ? "true" : "false"
        case .float(let d):
            if d.isNaN { return ".nan" }
            if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
            return GoFormat.float(d, single: true)
        case .uint(let u):
            throw Self.error("unsupported map key of type: uint64, key: \(u)", node)
        case .null:
            throw Self.error("unsupported map key of type: <nil>, key: <nil>", node)
        }
    }

    // MARK: - Scalar resolution (go-yaml v2)

    enum Scalar {
        case null
        case bool(Bool)
        case int(Int64)
        case uint(UInt64)
        case float(Double)
        case string(String)
    }

    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
    }

    /// The explicit tag of a mapping key ("" when it has none).
    private static func keyTag(_ s: Node.Scalar) -> String {
        let tag = s.tag.description
        return tag == strTag && s.style == .plain ? "" : tag
    }

    private static func resolve(_ s: Node.Scalar, _ node: Node, tag explicit: String? = nil) throws(YAMLConversionError) -> Scalar {
        var tag = explicit ?? s.tag.description
        if tag == "!" { tag = strTag }
        let text = s.string
        switch tag {
        case "", strTag, boolTag, intTag, floatTag, timestampTag:
            break
        case binaryTag:
            guard let decoded = base64Decode(text) else {
                throw error("!!binary value contains invalid base64 data", node)
            }
            return .string(decoded)
        default:
            // Tags go-yaml cannot resolve (custom ones, `!!null`, ...) leave the text as a string.
            return .string(text)
        }
        let (rtag, value) = resolvePlain(tag, text)
        if tag == "" || tag == rtag || tag == strTag { return value }
        if tag == floatTag, rtag == intTag {
            switch value {
            case .int(let i): return .float(Double(i))
            case .uint(let u): return .float(Double(u))
            default: break
            }
        }
        throw error("cannot decode \(shortTag(rtag)) `\(text)` as a \(shortTag(tag))", node)
    }

    /// go-yaml v2's `resolve`: the tag and value a scalar has, given its explicit tag ("" when plain).
    static func resolvePlain(_ tag: String, _ s: String) -> (String, Scalar) {
        let bytes = Array(s.utf8)
        let hint: UInt8
        if let first = bytes.first {
            switch first {
            case UInt8(ascii: "+"), UInt8(ascii: "-"): hint = UInt8(ascii: "S")
            case UInt8(ascii: "0")...UInt8(ascii: "9"): hint = UInt8(ascii: "D")
            case UInt8(ascii: "."): hint = UInt8(ascii: ".")
            default:
                hint = "yYnNtTfFoO~".utf8.contains(first) ? UInt8(ascii: "M") : 0
            }
        } else {
            hint = UInt8(ascii: "N")
        }
        guard hint != 0, tag != strTag, tag != binaryTag else { return (strTag, .string(s)) }
        switch s {
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return (boolTag, .bool(true))
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return (boolTag, .bool(false))
        case "", "~", "null", "Null", "NULL": return (nullTag, .null)
        case ".nan", ".NaN", ".NAN": return (floatTag, .float(.nan))
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return (floatTag, .float(.infinity))
        case "-.inf", "-.Inf", "-.INF": return (floatTag, .float(-.infinity))
        default: break
        }
        switch hint {
        case UInt8(ascii: "."):
            if let d = parseGoFloat(s) { return (floatTag, .float(d)) }
        case UInt8(ascii: "D"), UInt8(ascii: "S"):
            if (tag == "" || tag == timestampTag) && isTimestamp(bytes) { return (timestampTag, .string(s)) }
            let plain = String(s.unicodeScalars.filter { $0 != "_" })
            if let i = parseGoInt(plain) { return (intTag, .int(i)) }
            if let u = parseGoUint(plain) { return (intTag, .uint(u)) }
            if isYAMLStyleFloat(Array(plain.utf8)), let d = parseGoFloat(plain) { return (floatTag, .float(d)) }
            if plain.hasPrefix("0b") {
                let digits = String(plain.dropFirst(2))
                if let i = Int64(digits, radix: 2), !digits.hasPrefix("+"), !digits.hasPrefix("-") { return (intTag, .int(i)) }
                if let u = UInt64(digits, radix: 2), !digits.hasPrefix("+") { return (intTag, .uint(u)) }
            } else if plain.hasPrefix("-0b") {
                let digits = String(plain.dropFirst(3))
                if !digits.hasPrefix("+"), !digits.hasPrefix("-"), let i = Int64("-" + digits, radix: 2) {
                    return (intTag, .int(i))
                }
            }
        default:
            break
        }
        return (strTag, .string(s))
    }

    /// `strconv.ParseInt(s, 0, 64)`: optional sign, then `0x`, `0o`, `0b` or `0` (octal) prefixes.
    static func parseGoInt(_ s: String) -> Int64? {
        var rest = Substring(s)
        var negative = false
        if let f = rest.first, f == "+" || f == "-" {
            negative = f == "-"
            rest = rest.dropFirst()
        }
        guard let magnitude = parseGoUnsigned(rest) else { return nil }
        if negative {
            if magnitude > UInt64(Int64.max) + 1 { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude)
        }
        return magnitude > UInt64(Int64.max) ? nil : Int64(magnitude)
    }

    /// `strconv.ParseUint(s, 0, 64)`.
    static func parseGoUint(_ s: String) -> UInt64? {
        parseGoUnsigned(Substring(s))
    }

    private static func parseGoUnsigned(_ s: Substring) -> UInt64? {
        guard !s.isEmpty else { return nil }
        var radix = 10
        var digits = s
        if s.count >= 2, s.first == "0" {
            let second = s[s.index(after: s.startIndex)]
            switch second {
            case "x", "X": radix = 16; digits = s.dropFirst(2)
            case "o", "O": radix = 8; digits = s.dropFirst(2)
            case "b", "B": radix = 2; digits = s.dropFirst(2)
            default: radix = 8; digits = s.dropFirst(1)
            }
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { return nil }
        return UInt64(digits, radix: radix)
    }

    /// `strconv.ParseFloat(s, 64)` for decimal text; nil on overflow, as Go reports a range error.
    static func parseGoFloat(_ s: String) -> Double? {
        let bytes = Array(s.utf8)
        // Only plain decimal notation reaches here; refuse hex floats and words Swift would accept.
        guard !bytes.isEmpty,
            bytes.allSatisfy({
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e")
                    || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
            })
        else { return nil }
        guard let d = Double(s), d.isFinite else { return nil }
        return d
    }

    /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
    static func isYAMLStyleFloat(_ b: [UInt8]) -> Bool {
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            if i == start { return false }
        } else {
            let start = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            if i == start { return false }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                while i < b.count, isDigit(b[i]) { i += 1 }
            }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            let start = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            if i == start { return false }
        }
        return i == b.count
    }

    /// Whether go-yaml would read the text as a timestamp (`2006-1-2`, optionally with a time of day).
    static func isTimestamp(_ b: [UInt8]) -> Bool {
        var i = 0
        func number(_ minDigits: Int, _ maxDigits: Int) -> Int? {
            var v = 0
            var n = 0
            while i < b.count, n < maxDigits, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") {
                v = v * 10 + Int(b[i] - UInt8(ascii: "0"))
                i += 1
                n += 1
            }
            return n >= minDigits ? v : nil
        }
        func expect(_ c: Character) -> Bool {
            guard i < b.count, b[i] == UInt8(ascii: c.unicodeScalars.first ?? " ") else { return false }
            i += 1
            return true
        }
        guard let year = number(4, 4), year >= 0, expect("-"), let month = number(1, 2), expect("-"), let day = number(1, 2) else {
            return false
        }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return false }
        if i == b.count { return true }
        let separator = b[i]
        let withZone = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
        guard withZone || separator == UInt8(ascii: " ") else { return false }
        i += 1
        guard let hour = number(1, 2), hour < 24, expect(":"), let minute = number(1, 2), minute < 60, expect(":"),
            let second = number(1, 2), second < 60
        else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard number(1, 9) != nil else { return false }
        }
        if !withZone { return i == b.count }
        if expect("Z") { return i == b.count }
        guard i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") else { return false }
        i += 1
        guard let zh = number(2, 2), zh < 24, expect(":"), let zm = number(2, 2), zm < 60 else { return false }
        return i == b.count
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Standard base64 (line breaks ignored) decoded as UTF-8 text.
    static func base64Decode(_ s: String) -> String? {
        var bits: UInt32 = 0
        var count = 0
        var out: [UInt8] = []
        var padding = 0
        for c in s.utf8 {
            let v: UInt32
            switch c {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): v = UInt32(c - UInt8(ascii: "A"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): v = UInt32(c - UInt8(ascii: "a") + 26)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = UInt32(c - UInt8(ascii: "0") + 52)
            case UInt8(ascii: "+"): v = 62
            case UInt8(ascii: "/"): v = 63
            case UInt8(ascii: "="):
                padding += 1
                continue
            case 0x0A, 0x0D: continue
            default: return nil
            }
            if padding > 0 { return nil }
            bits = bits << 6 | v
            count += 6
            if count >= 8 {
                count -= 8
                out.append(UInt8(truncatingIfNeeded: bits >> UInt32(count)))
            }
        }
        return String(validating: out, as: UTF8.self)
    }
}
