/// An error in a field selector, worded as the Kubernetes API server words it.
public struct FieldSelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A field selector: `field=value` and `field!=value` terms that must all hold (`?fieldSelector=`).
///
/// Values may escape `\`, `,` and `=` with a backslash. A field an object does not have compares
/// as the empty string, as upstream does. Terms are kept in the order upstream keeps them
/// (sorted by their text), so `description` is stable.
public struct FieldSelector: Sendable, Hashable, CustomStringConvertible {
    /// How a term compares a field. `==` parses as ``equals``.
    public enum Operator: String, Sendable, Hashable {
        case equals = "="
        case notEquals = "!="
    }

    /// One term: the field's path (e.g. `metadata.name`), the comparison and the unescaped value.
    public struct Requirement: Sendable, Hashable, CustomStringConvertible {
        /// The field path, e.g. `metadata.name`.
        public var field: String
        /// The comparison.
        public var op: Operator
        /// The value, unescaped.
        public var value: String

        /// A term comparing `field` with `value`.
        public init(field: String, op: Operator, value: String) {
            self.field = field
            self.op = op
            self.value = value
        }

        /// Whether `fields` satisfy this term (an absent field is the empty string).
        public func matches(_ fields: [String: String]) -> Bool {
            let have = fields[field] ?? ""
            return op == .equals ? have == value : have != value
        }

        /// The term as text, its value escaped.
        public var description: String { field + op.rawValue + FieldSelector.escapeValue(value) }
    }

    /// The terms, all of which must hold.
    public let requirements: [Requirement]

    /// The selector that matches everything.
    public static let everything = FieldSelector(requirements: [])

    /// A selector with the given terms, all of which must hold.
    public init(requirements: [Requirement]) { self.requirements = requirements }

    /// A selector requiring each field in `fields` to equal the given value.
    public init(matching fields: [String: String]) {
        self.init(
            requirements: fields.keys.sorted(by: GoFormat.less).map {
                Requirement(field: $0, op: .equals, value: fields[$0] ?? "")
            })
    }

    /// Parses `a=b,c!=d,e==f`; the empty string selects everything.
    public init(parsing selector: String) throws(FieldSelectorError) {
        var parts = Self.splitTerms(selector)
        parts.sort(by: GoFormat.less)
        var reqs: [Requirement] = []
        for part in parts where !part.isEmpty {
            guard let (lhs, op, rhs) = Self.splitTerm(part) else {
                throw FieldSelectorError("invalid selector: '\(selector)'; can't understand '\(part)'")
            }
            reqs.append(Requirement(field: lhs, op: op, value: try Self.unescapeValue(rhs)))
        }
        self.init(requirements: reqs)
    }

    /// Whether `fields` satisfy every term.
    public func matches(_ fields: [String: String]) -> Bool {
        requirements.allSatisfy { $0.matches(fields) }
    }

    /// True when there are no terms.
    public var isEmpty: Bool { requirements.isEmpty }

    /// The value `field` must equal, when a term pins it (`field=value`).
    public func requiresExactMatch(_ field: String) -> String? {
        requirements.first { $0.field == field && $0.op == .equals }?.value
    }

    /// A selector whose terms are rewritten by `transform` (field and value in, field and value out);
    /// a term rewritten to an empty field and value is dropped.
    public func transformed(
        _ transform: (String, String) throws(FieldSelectorError) -> (String, String)
    ) throws(FieldSelectorError) -> FieldSelector {
        var out: [Requirement] = []
        for r in requirements {
            let (f, v) = try transform(r.field, r.value)
            if f.isEmpty && v.isEmpty { continue }
            out.append(Requirement(field: f, op: r.op, value: v))
        }
        return FieldSelector(requirements: out)
    }

    /// The string form: the terms joined with commas.
    public var description: String { requirements.map(\.description).joined(separator: ",") }

    /// Escapes `\`, `,` and `=` in a value with a backslash.
    public static func escapeValue(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case "=": out += "\\="
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Reverses ``escapeValue(_:)``; an unknown escape or an unescaped `,` or `=` is an error.
    public static func unescapeValue(_ s: String) throws(FieldSelectorError) -> String {
        var out = ""
        var inSlash = false
        for ch in s.unicodeScalars {
            if inSlash {
                switch ch {
                case "\\", ",", "=": out.unicodeScalars.append(ch)
                default: throw FieldSelectorError("invalid field selector: invalid escape sequence: \\\(ch)")
                }
                inSlash = false
                continue
            }
            switch ch {
            case "\\": inSlash = true
            case ",", "=":
                // Upstream prints the rune with %v, i.e. as its code point number.
                throw FieldSelectorError("invalid field selector: unescaped character in value: \(ch.value)")
            default: out.unicodeScalars.append(ch)
            }
        }
        if inSlash { throw FieldSelectorError("invalid field selector: invalid escape sequence: \\") }
        return out
    }

    /// Splits at commas not preceded by a backslash escape.
    private static func splitTerms(_ s: String) -> [String] {
        if s.isEmpty { return [] }
        var terms: [String] = []
        var current = ""
        var inSlash = false
        for ch in s.unicodeScalars {
            if inSlash {
                inSlash = false
            } else if ch == "\\" {
                inSlash = true
            } else if ch == "," {
                terms.append(current)
                current = ""
                continue
            }
            current.unicodeScalars.append(ch)
        }
        terms.append(current)
        return terms
    }

    /// Splits a term at its first operator (`!=`, `==` or `=`).
    private static func splitTerm(_ term: String) -> (String, Operator, String)? {
        let scalars = Array(term.unicodeScalars)
        for i in scalars.indices {
            let c = scalars[i]
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            var opLength = 0
            var op = Operator.equals
            if c == "!" && next == "=" {
                opLength = 2
                op = .notEquals
            } else if c == "=" && next == "=" {
                opLength = 2
            } else if c == "=" {
                opLength = 1
            }
            if opLength > 0 {
                var lhs = String.UnicodeScalarView()
                lhs.append(contentsOf: scalars[..<i])
                var rhs = String.UnicodeScalarView()
                rhs.append(contentsOf: scalars[(i + opLength)...])
                return (String(lhs), op, String(rhs))
            }
        }
        return nil
    }
}
