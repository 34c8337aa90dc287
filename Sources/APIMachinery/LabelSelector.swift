/// An error in a label selector, worded as the Kubernetes API server words it.
public struct LabelSelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A label selector: requirements on an object's labels that must all hold.
///
/// Built from the string form used in `?labelSelector=` and `kubectl -l` (`app=web,tier!=db`,
/// `env in (prod,qa)`, `!legacy`, `release`), or from a `metav1.LabelSelector` object
/// (`matchLabels` / `matchExpressions`). Requirements are kept sorted by key, as upstream does,
/// so `description` is a stable rendering.
public struct LabelSelector: Sendable, Hashable, CustomStringConvertible {
    /// How a requirement compares a label (the raw values are upstream's `selection.Operator`).
    public enum Operator: String, Sendable, Hashable {
        case equals = "="
        case doubleEquals = "=="
        case notEquals = "!="
        case `in` = "in"
        case notIn = "notin"
        case exists = "exists"
        case doesNotExist = "!"
        case greaterThan = "gt"
        case lessThan = "lt"
    }

    /// One condition on one label key.
    public struct Requirement: Sendable, Hashable, CustomStringConvertible {
        /// The label key.
        public let key: String
        /// The comparison.
        public let op: Operator
        /// The values, in the order given (the string parser gives them sorted and without duplicates).
        public let values: [String]

        /// Builds a requirement, checking the key, the values and their number for the operator.
        public init(key: String, op: Operator, values: [String]) throws(LabelSelectorError) {
            var errors: [String] = []
            let keyProblems = LabelValidation.qualifiedNameErrors(key)
            if !keyProblems.isEmpty {
                errors.append(FieldErrorText.invalid("key", .string(key), keyProblems.joined(separator: "; ")))
            }
            switch op {
            case .in, .notIn:
                if values.isEmpty {
                    errors.append(
                        FieldErrorText.invalid("values", FieldErrorText.stringList(values), "for 'in', 'notin' operators, values set can't be empty"))
                }
            case .equals, .doubleEquals, .notEquals:
                if values.count != 1 {
                    errors.append(
                        FieldErrorText.invalid("values", FieldErrorText.stringList(values), "exact-match compatibility requires one single value"))
                }
            case .exists, .doesNotExist:
                if !values.isEmpty {
                    errors.append(
                        FieldErrorText.invalid("values", FieldErrorText.stringList(values), "values set must be empty for exists and does not exist"))
                }
            case .greaterThan, .lessThan:
                if values.count != 1 {
                    errors.append(
                        FieldErrorText.invalid("values", FieldErrorText.stringList(values), "for 'Gt', 'Lt' operators, exactly one value is required"))
                }
                for (i, v) in values.enumerated() where Int64(v) == nil {
                    errors.append(
                        FieldErrorText.invalid("values[\(i)]", .string(v), "for 'Gt', 'Lt' operators, the value must be an integer"))
                }
            }
            for (i, v) in values.enumerated() {
                let problems = LabelValidation.labelValueErrors(v)
                if !problems.isEmpty {
                    errors.append(FieldErrorText.invalid("values[\(i)][\(key)]", .string(v), problems.joined(separator: "; ")))
                }
            }
            if let message = FieldErrorText.aggregate(errors) { throw LabelSelectorError(message) }
            self.init(unchecked: key, op, values)
        }

        init(unchecked key: String, _ op: Operator, _ values: [String]) {
            self.key = key
            self.op = op
            self.values = values
        }

        /// Whether `labels` satisfy this requirement.
        public func matches(_ labels: [String: String]) -> Bool {
            switch op {
            case .in, .equals, .doubleEquals:
                guard let v = labels[key] else { return false }
                return values.contains(v)
            case .notIn, .notEquals:
                guard let v = labels[key] else { return true }
                return !values.contains(v)
            case .exists:
                return labels[key] != nil
            case .doesNotExist:
                return labels[key] == nil
            case .greaterThan, .lessThan:
                guard let v = labels[key], let have = Int64(v), values.count == 1, let want = Int64(values[0]) else {
                    return false
                }
                return op == .greaterThan ? have > want : have < want
            }
        }

        /// The string form of the requirement (`key=value`, `key in (a,b)`, `!key`, ...).
        public var description: String {
            var s = op == .doesNotExist ? "!" + key : key
            switch op {
            case .equals: s += "="
            case .doubleEquals: s += "=="
            case .notEquals: s += "!="
            case .in: s += " in "
            case .notIn: s += " notin "
            case .greaterThan: s += ">"
            case .lessThan: s += "<"
            case .exists, .doesNotExist: return s
            }
            let list = values.count == 1 ? values[0] : values.sorted(by: GoFormat.less).joined(separator: ",")
            return (op == .in || op == .notIn) ? s + "(" + list + ")" : s + list
        }
    }

    /// The requirements, sorted by key.
    public let requirements: [Requirement]
    /// True only for ``nothing``: the selector of an absent `metav1.LabelSelector`, which matches no object.
    public let matchesNothing: Bool

    /// The selector that matches every object.
    public static let everything = LabelSelector(sorted: [], nothing: false)
    /// The selector that matches no object.
    public static let nothing = LabelSelector(sorted: [], nothing: true)

    private init(sorted: [Requirement], nothing: Bool) {
        self.requirements = sorted
        self.matchesNothing = nothing
    }

    /// A selector with the given requirements (sorted by key, keeping the given order among equal keys).
    public init(requirements: [Requirement]) {
        self.init(sorted: Self.sortedByKey(requirements), nothing: false)
    }

    /// A selector requiring each label in `matchLabels` to have exactly the given value.
    public init(matchLabels: [String: String]) {
        self.init(requirements: matchLabels.map { Requirement(unchecked: $0.key, .equals, [$0.value]) })
    }

    /// Parses the string form of a selector; the empty string selects everything.
    public init(parsing selector: String) throws(LabelSelectorError) {
        var parser = LabelSelectorParser(selector)
        self.init(requirements: try parser.parse())
    }

    /// Builds the selector a `metav1.LabelSelector` object describes. `null` selects nothing; an object
    /// with neither `matchLabels` nor `matchExpressions` selects everything.
    public init(labelSelector json: JSON) throws(LabelSelectorError) {
        guard case .object(let o) = json else {
            if json.isNull { self = .nothing; return }
            throw LabelSelectorError("label selector must be an object, not \(json.typeName)")
        }
        var matchLabels: [String: JSON] = [:]
        switch o["matchLabels"] ?? .null {
        case .object(let m): matchLabels = m
        case .null: break
        case let other: throw LabelSelectorError("matchLabels must be an object, not \(other.typeName)")
        }
        var expressions: [JSON] = []
        switch o["matchExpressions"] ?? .null {
        case .array(let a): expressions = a
        case .null: break
        case let other: throw LabelSelectorError("matchExpressions must be an array, not \(other.typeName)")
        }
        if matchLabels.isEmpty && expressions.isEmpty { self = .everything; return }
        var reqs: [Requirement] = []
        for k in matchLabels.keys.sorted(by: GoFormat.less) {
            guard case .string(let v) = matchLabels[k] ?? .null else {
                throw LabelSelectorError("matchLabels[\(k)] must be a string")
            }
            reqs.append(try Requirement(key: k, op: .equals, values: [v]))
        }
        for e in expressions {
            guard case .object(let expr) = e else { throw LabelSelectorError("matchExpressions items must be objects") }
            let key = expr["key"]?.stringValue ?? ""
            let opName = expr["operator"]?.stringValue ?? ""
            let op: Operator
            switch opName {
            case "In": op = .in
            case "NotIn": op = .notIn
            case "Exists": op = .exists
            case "DoesNotExist": op = .doesNotExist
            default: throw LabelSelectorError("\(GoFormat.quote(opName)) is not a valid label selector operator")
            }
            var values: [String] = []
            switch expr["values"] ?? .null {
            case .null: break
            case .array(let a):
                for v in a {
                    guard case .string(let s) = v else { throw LabelSelectorError("matchExpressions values must be strings") }
                    values.append(s)
                }
            case let other: throw LabelSelectorError("matchExpressions values must be an array, not \(other.typeName)")
            }
            reqs.append(try Requirement(key: key, op: op, values: values))
        }
        self.init(requirements: reqs)
    }

    /// Whether `labels` satisfy every requirement.
    public func matches(_ labels: [String: String]) -> Bool {
        if matchesNothing { return false }
        return requirements.allSatisfy { $0.matches(labels) }
    }

    /// True when the selector has no requirements and so selects everything.
    public var isEmpty: Bool { requirements.isEmpty && !matchesNothing }

    /// The value `key` must have, when a requirement pins it to a single value (`key=v`, `key in (v)`).
    public func requiresExactMatch(_ key: String) -> String? {
        guard let r = requirements.first(where: { $0.key == key }) else { return nil }
        switch r.op {
        case .equals, .doubleEquals, .in: return r.values.count == 1 ? r.values[0] : nil
        default: return nil
        }
    }

    /// The string form: the requirements joined with commas.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }

    private static func sortedByKey(_ reqs: [Requirement]) -> [Requirement] {
        reqs.enumerated().sorted { a, b in
            if a.element.key != b.element.key { return GoFormat.less(a.element.key, b.element.key) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Field-error text as upstream's `field.Error` prints it.
enum FieldErrorText {
    /// `<path>: Invalid value: <value>: <detail>`
    static func invalid(_ path: String, _ value: JSON, _ detail: String) -> String {
        let rendered: String
        switch value {
        case .string(let s): rendered = GoFormat.quote(s)
        case .int, .double, .bool: rendered = GoFormat.value(value)
        default: rendered = value.serializedString()
        }
        return "\(path): Invalid value: \(rendered): \(detail)"
    }

    /// A `[]string` as `encoding/json` marshals it (an empty list was `nil` upstream, hence `null`).
    static func stringList(_ values: [String]) -> JSON {
        values.isEmpty ? .null : .array(values.map(JSON.string))
    }

    /// Upstream's error aggregate: one message alone, several de-duplicated inside brackets.
    static func aggregate(_ messages: [String]) -> String? {
        var seen: [String] = []
        for m in messages where !seen.contains(m) { seen.append(m) }
        switch seen.count {
        case 0: return nil
        case 1: return seen[0]
        default: return "[" + seen.joined(separator: ", ") + "]"
        }
    }
}

/// The lexer and recursive-descent parser for the string form of label selectors.
struct LabelSelectorParser {
    enum Token: Equatable {
        case error, endOfString, closedPar, comma, doesNotExist, doubleEquals, equals, greaterThan
        case identifier, `in`, lessThan, notEquals, notIn, openPar
    }

    enum Context { case keyAndOperator, values }

    private let bytes: [UInt8]
    private var items: [(Token, String)] = []
    private var position = 0

    init(_ selector: String) { bytes = Array(selector.utf8) }

    private static func keyword(_ s: [UInt8]) -> Token? {
        switch String(decoding: s, as: UTF8.self) {
        case ")": return .closedPar
        case ",": return .comma
        case "!": return .doesNotExist
        case "==": return .doubleEquals
        case "=": return .equals
        case ">": return .greaterThan
        case "in": return .in
        case "<": return .lessThan
        case "!=": return .notEquals
        case "notin": return .notIn
        case "(": return .openPar
        default: return nil
        }
    }

    private static func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }

    private static func isSpecial(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
            UInt8(ascii: ">"), UInt8(ascii: "<"):
            return true
        default: return false
        }
    }

    /// Splits the input into tokens, as upstream's lexer does (a NUL byte ends the input).
    private mutating func scan() {
        var pos = 0
        func read() -> UInt8 {
            guard pos < bytes.count else { pos += 1; return 0 }
            let b = bytes[pos]
            pos += 1
            return b
        }
        while true {
            var ch = read()
            while Self.isWhitespace(ch) { ch = read() }
            if ch == 0 {
                items.append((.endOfString, ""))
                return
            }
            pos -= 1
            if Self.isSpecial(ch) {
                var buffer: [UInt8] = []
                var last: (Token, String)?
                while true {
                    let c = read()
                    if c == 0 { break }
                    if Self.isSpecial(c) {
                        buffer.append(c)
                        if let t = Self.keyword(buffer) {
                            last = (t, String(decoding: buffer, as: UTF8.self))
                        } else if last != nil {
                            pos -= 1
                            break
                        }
                    } else {
                        pos -= 1
                        break
                    }
                }
                if let last {
                    items.append(last)
                } else {
                    items.append((.error, "error expected: keyword found '\(String(decoding: buffer, as: UTF8.self))'"))
                }
            } else {
                var buffer: [UInt8] = []
                while true {
                    let c = read()
                    if c == 0 { break }
                    if Self.isSpecial(c) || Self.isWhitespace(c) {
                        pos -= 1
                        break
                    }
                    buffer.append(c)
                }
                let literal = String(decoding: buffer, as: UTF8.self)
                items.append((Self.keyword(buffer) ?? .identifier, literal))
            }
        }
    }

    private func lookahead(_ context: Context) -> (Token, String) {
        var (t, l) = items[position]
        if context == .values && (t == .in || t == .notIn) { t = .identifier }
        return (t, l)
    }

    private mutating func consume(_ context: Context) -> (Token, String) {
        let r = lookahead(context)
        position += 1
        return r
    }

    mutating func parse() throws(LabelSelectorError) -> [LabelSelector.Requirement] {
        scan()
        var requirements: [LabelSelector.Requirement] = []
        while true {
            let (tok, lit) = lookahead(.values)
            switch tok {
            case .identifier, .doesNotExist:
                do {
                    requirements.append(try parseRequirement())
                } catch {
                    throw LabelSelectorError("unable to parse requirement: \(error.message)")
                }
                let (t, l) = consume(.values)
                switch t {
                case .endOfString:
                    return requirements
                case .comma:
                    let (t2, l2) = lookahead(.values)
                    if t2 != .identifier && t2 != .doesNotExist {
                        throw LabelSelectorError("found '\(l2)', expected: identifier after ','")
                    }
                default:
                    throw LabelSelectorError("found '\(l)', expected: ',' or 'end of string'")
                }
            case .endOfString:
                return requirements
            default:
                throw LabelSelectorError("found '\(lit)', expected: !, identifier, or 'end of string'")
            }
        }
    }

    private mutating func parseRequirement() throws(LabelSelectorError) -> LabelSelector.Requirement {
        var (tok, literal) = consume(.values)
        var op: LabelSelector.Operator?
        if tok == .doesNotExist {
            op = .doesNotExist
            (tok, literal) = consume(.values)
        }
        guard tok == .identifier else { throw LabelSelectorError("found '\(literal)', expected: identifier") }
        let key = literal
        let problems = LabelValidation.qualifiedNameErrors(key)
        if !problems.isEmpty {
            throw LabelSelectorError(FieldErrorText.invalid("<nil>", .string(key), problems.joined(separator: "; ")))
        }
        let (next, _) = lookahead(.values)
        if (next == .endOfString || next == .comma) && op == nil { op = .exists }
        if let op, op == .exists || op == .doesNotExist {
            return try LabelSelector.Requirement(key: key, op: op, values: [])
        }
        let (opTok, opLit) = consume(.keyAndOperator)
        let binary: LabelSelector.Operator
        switch opTok {
        case .in: binary = .in
        case .equals: binary = .equals
        case .doubleEquals: binary = .doubleEquals
        case .greaterThan: binary = .greaterThan
        case .lessThan: binary = .lessThan
        case .notIn: binary = .notIn
        case .notEquals: binary = .notEquals
        default: throw LabelSelectorError("found '\(opLit)', expected: in, notin, =, ==, !=, gt, lt")
        }
        let values: Set<String>
        switch binary {
        case .in, .notIn: values = try parseValues()
        default: values = try parseExactValue()
        }
        return try LabelSelector.Requirement(key: key, op: binary, values: values.sorted(by: GoFormat.less))
    }

    private mutating func parseValues() throws(LabelSelectorError) -> Set<String> {
        let (tok, lit) = consume(.values)
        guard tok == .openPar else { throw LabelSelectorError("found '\(lit)' expected: '('") }
        let (t, l) = lookahead(.values)
        switch t {
        case .identifier, .comma:
            let s = try parseIdentifiersList()
            if consume(.values).0 != .closedPar { throw LabelSelectorError("found '\(l)', expected: ')'") }
            return s
        case .closedPar:
            _ = consume(.values)
            return [""]
        default:
            throw LabelSelectorError("found '\(l)', expected: ',', ')' or identifier")
        }
    }

    private mutating func parseIdentifiersList() throws(LabelSelectorError) -> Set<String> {
        var s: Set<String> = []
        while true {
            let (tok, lit) = consume(.values)
            switch tok {
            case .identifier:
                s.insert(lit)
                let (t2, l2) = lookahead(.values)
                switch t2 {
                case .comma: continue
                case .closedPar: return s
                default: throw LabelSelectorError("found '\(l2)', expected: ',' or ')'")
                }
            case .comma:
                if s.isEmpty { s.insert("") }
                let (t2, _) = lookahead(.values)
                if t2 == .closedPar {
                    s.insert("")
                    return s
                }
                if t2 == .comma { s.insert("") }
            default:
                throw LabelSelectorError("found '\(lit)', expected: ',', or identifier")
            }
        }
    }

    private mutating func parseExactValue() throws(LabelSelectorError) -> Set<String> {
        let (t, _) = lookahead(.values)
        if t == .endOfString || t == .comma { return [""] }
        let (tok, lit) = consume(.values)
        if tok == .identifier { return [lit] }
        throw LabelSelectorError("found '\(lit)', expected: identifier")
    }
}
