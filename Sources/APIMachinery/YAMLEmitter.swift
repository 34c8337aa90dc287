extension JSON {
    /// This value as a block-style YAML document, laid out as `kubectl -o yaml` lays it out
    /// (sigs.k8s.io/yaml over go-yaml v2): two-space indentation, sequences under a key not indented,
    /// keys in go-yaml's order (natural: `a2` before `a10`), and strings quoted whenever they would
    /// otherwise read back as another type or not parse (`"true"`, `"8080"`, `'a: b'`), multi-line
    /// strings as literal blocks. Lines are not wrapped. The result parses back to the same JSON with
    /// ``parseYAML(_:)-(String)``, except that floating point values without a fraction read back as integers.
    public func yamlString() -> String {
        var e = YAMLEmitter()
        e.emitDocument(self)
        return e.out
    }
}

/// Writes JSON values as block YAML following libyaml's emitter rules for scalar styles.
struct YAMLEmitter {
    var out = ""

    mutating func emitDocument(_ v: JSON) {
        switch v {
        case .object(let o) where !o.isEmpty:
            emitMapping(o, indent: 0, inline: false)
        case .array(let a) where !a.isEmpty:
            emitSequence(a, indent: 0, inline: false)
        default:
            emitScalar(v, indent: 2)
            out += "\n"
        }
    }

    private mutating func pad(_ n: Int) {
        out += String(repeating: " ", count: n)
    }

    /// A block mapping whose keys sit at column `indent`; `inline` when the first key follows a `- `.
    private mutating func emitMapping(_ o: [String: JSON], indent: Int, inline: Bool) {
        for (i, key) in o.keys.sorted(by: Self.keyLess).enumerated() {
            if i > 0 || !inline { pad(indent) }
            let value = o[key] ?? .null
            let keyText = Self.keyScalar(key)
            if keyText.complex {
                out += "? " + keyText.text + "\n"
                pad(indent)
                out += ":"
            } else {
                out += keyText.text + ":"
            }
            switch value {
            case .object(let child) where !child.isEmpty:
                out += "\n"
                emitMapping(child, indent: indent + 2, inline: false)
            case .array(let child) where !child.isEmpty:
                out += "\n"
                emitSequence(child, indent: indent, inline: false)
            default:
                out += " "
                emitScalar(value, indent: indent + 2)
                out += "\n"
            }
        }
    }

    /// A block sequence whose dashes sit at column `indent`; `inline` when the first dash follows a `- `.
    private mutating func emitSequence(_ a: [JSON], indent: Int, inline: Bool) {
        for (i, item) in a.enumerated() {
            if i > 0 || !inline { pad(indent) }
            out += "- "
            switch item {
            case .object(let child) where !child.isEmpty:
                emitMapping(child, indent: indent + 2, inline: true)
            case .array(let child) where !child.isEmpty:
                emitSequence(child, indent: indent + 2, inline: true)
            default:
                emitScalar(item, indent: indent + 2)
                out += "\n"
            }
        }
    }

    /// A scalar (or empty collection) in value position; literal block lines are indented to `indent`.
    /// Leaves the cursor at the end of the scalar's last line (no final newline).
    private mutating func emitScalar(_ v: JSON, indent: Int) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isNaN {
                out += ".nan"
            } else if d.isInfinite {
                out += d < 0 ? "-.inf" : ".inf"
            } else {
                out += GoFormat.float(d)
            }
        case .object: out += "{}"
        case .array: out += "[]"
        case .string(let s): emitString(s, indent: indent)
        }
    }

    private mutating func emitString(_ s: String, indent: Int) {
        let analysis = ScalarAnalysis(s)
        if s.contains("\n") {
            if analysis.blockAllowed {
                writeLiteral(s, indent: indent)
            } else {
                out += Self.doubleQuoted(s)
            }
            return
        }
        if Self.needsQuotes(s) || analysis.multiline {
            out += Self.doubleQuoted(s)
        } else if analysis.blockPlainAllowed {
            out += s
        } else if analysis.singleQuotedAllowed {
            out += Self.singleQuoted(s)
        } else {
            out += Self.doubleQuoted(s)
        }
    }

    /// A key's text, and whether it must be written as an explicit (`? `) key.
    private static func keyScalar(_ s: String) -> (text: String, complex: Bool) {
        let analysis = ScalarAnalysis(s)
        let text: String
        // `<<` is quoted so that it does not read back as a merge key.
        if s.isEmpty || s == "<<" || needsQuotes(s) || analysis.multiline || s.contains("\n") {
            text = doubleQuoted(s)
        } else if analysis.blockPlainAllowed {
            text = s
        } else if analysis.singleQuotedAllowed {
            text = singleQuoted(s)
        } else {
            text = doubleQuoted(s)
        }
        // libyaml writes keys longer than 128 characters as explicit keys.
        return (text, s.utf8.count > 128 || analysis.multiline)
    }

    /// Whether a plain scalar with this text would read back as something other than this string.
    static func needsQuotes(_ s: String) -> Bool {
        let (tag, _) = YAMLToJSON.resolvePlain("", s)
        return tag != YAMLToJSON.strTag || isBase60Float(Array(s.utf8))
    }

    /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`
    static func isBase60Float(_ b: [UInt8]) -> Bool {
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
        guard i < b.count, isDigit(b[i]) else { return false }
        i += 1
        while i < b.count, isDigit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < b.count, b[i] == UInt8(ascii: ":") {
            i += 1
            if i + 1 < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "5"), isDigit(b[i + 1]) {
                i += 2
            } else if i < b.count, isDigit(b[i]) {
                i += 1
            } else {
                return false
            }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            while i < b.count, isDigit(b[i]) || b[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == b.count
    }

    private mutating func writeLiteral(_ s: String, indent: Int) {
        let scalars = Array(s.unicodeScalars)
        out += "|"
        if let first = scalars.first, first == " " || ScalarAnalysis.isBreak(first) { out += "2" }
        if let last = scalars.last, ScalarAnalysis.isBreak(last) {
            if scalars.count == 1 || ScalarAnalysis.isBreak(scalars[scalars.count - 2]) { out += "+" }
        } else {
            out += "-"
        }
        out += "\n"
        var atLineStart = true
        for c in scalars {
            if ScalarAnalysis.isBreak(c) {
                out.unicodeScalars.append(c)
                atLineStart = true
            } else {
                if atLineStart {
                    pad(indent)
                    atLineStart = false
                }
                out.unicodeScalars.append(c)
            }
        }
        // The caller ends the line; drop the break the content already wrote.
        if out.hasSuffix("\n") { out.removeLast() }
    }

    static func singleQuoted(_ s: String) -> String {
        var r = "'"
        for c in s.unicodeScalars {
            if c == "'" { r += "''" } else { r.unicodeScalars.append(c) }
        }
        return r + "'"
    }

    static func doubleQuoted(_ s: String) -> String {
        var r = "\""
        for c in s.unicodeScalars {
            let v = c.value
            if ScalarAnalysis.isPrintable(c) && !ScalarAnalysis.isBreak(c) && c != "\"" && c != "\\" && v != 0xFEFF {
                r.unicodeScalars.append(c)
                continue
            }
            switch v {
            case 0x00: r += "\\0"
            case 0x07: r += "\\a"
            case 0x08: r += "\\b"
            case 0x09: r += "\\t"
            case 0x0A: r += "\\n"
            case 0x0B: r += "\\v"
            case 0x0C: r += "\\f"
            case 0x0D: r += "\\r"
            case 0x1B: r += "\\e"
            case 0x22: r += "\\\""
            case 0x5C: r += "\\\\"
            case 0x85: r += "\\N"
            case 0xA0: r += "\\_"
            case 0x2028: r += "\\L"
            case 0x2029: r += "\\P"
            default:
                let hex = String(v, radix: 16, uppercase: true)
                if v <= 0xFF {
                    r += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else if v <= 0xFFFF {
                    r += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    r += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                }
            }
        }
        return r + "\""
    }

    /// go-yaml's key order: numbers inside keys compare by value, letters after other characters.
    static func keyLess(_ a: String, _ b: String) -> Bool {
        let ar = Array(a.unicodeScalars)
        let br = Array(b.unicodeScalars)
        func isLetter(_ c: Unicode.Scalar) -> Bool {
            switch c.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
            default: return false
            }
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .decimalNumber }
        func digitValue(_ c: Unicode.Scalar) -> Int64 { Int64(c.value) - 48 }
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] {
                i += 1
                continue
            }
            let al = isLetter(ar[i])
            let bl = isLetter(br[i])
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return bl }
            var an: Int64 = 0
            var bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(ar[j]) {
                    if ar[j] != "0" {
                        an = 1
                        bn = 1
                        break
                    }
                    j -= 1
                }
            }
            var ai = i
            while ai < ar.count && isDigit(ar[ai]) {
                an = an &* 10 &+ digitValue(ar[ai])
                ai += 1
            }
            var bi = i
            while bi < br.count && isDigit(br[bi]) {
                bn = bn &* 10 &+ digitValue(br[bi])
                bi += 1
            }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }
}

/// libyaml's analysis of a scalar: which styles can represent it.
struct ScalarAnalysis {
    var multiline = false
    var blockPlainAllowed = true
    var singleQuotedAllowed = true
    var blockAllowed = true

    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\r" || c == "\n" || c.value == 0x85 || c.value == 0x2028 || c.value == 0x2029
    }

    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0x0A || (v >= 0x20 && v <= 0x7E) || (v >= 0xA0 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD && v != 0xFEFF)
    }

    private static func isBlank(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return true }
        return c == " " || c == "\t" || isBreak(c) || c.value == 0
    }

    init(_ s: String) {
        let c = Array(s.unicodeScalars)
        if c.isEmpty {
            blockAllowed = false
            return
        }
        var blockIndicators = false
        var lineBreaks = false
        var special = false
        var leadingSpace = false
        var leadingBreak = false
        var trailingSpace = false
        var trailingBreak = false
        var breakSpace = false
        var spaceBreak = false
        var previousSpace = false
        var previousBreak = false
        if s.hasPrefix("---") || s.hasPrefix("...") { blockIndicators = true }
        var precededByWhitespace = true
        for i in c.indices {
            let ch = c[i]
            let followedByWhitespace = Self.isBlank(i + 1 < c.count ? c[i + 1] : nil)
            if i == 0 {
                switch ch {
                case "#", ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`":
                    blockIndicators = true
                case "?", ":":
                    if followedByWhitespace { blockIndicators = true }
                case "-":
                    if followedByWhitespace { blockIndicators = true }
                default: break
                }
            } else {
                if ch == ":" && followedByWhitespace { blockIndicators = true }
                if ch == "#" && precededByWhitespace { blockIndicators = true }
            }
            if !Self.isPrintable(ch) { special = true }
            if Self.isBreak(ch) { lineBreaks = true }
            if ch == " " {
                if i == 0 { leadingSpace = true }
                if i == c.count - 1 { trailingSpace = true }
                if previousBreak { breakSpace = true }
                previousSpace = true
                previousBreak = false
            } else if Self.isBreak(ch) {
                if i == 0 { leadingBreak = true }
                if i == c.count - 1 { trailingBreak = true }
                if previousSpace { spaceBreak = true }
                previousSpace = false
                previousBreak = true
            } else {
                previousSpace = false
                previousBreak = false
            }
            precededByWhitespace = Self.isBlank(ch)
        }
        multiline = lineBreaks
        if leadingSpace || leadingBreak || trailingSpace || trailingBreak { blockPlainAllowed = false }
        if trailingSpace { blockAllowed = false }
        if breakSpace {
            blockPlainAllowed = false
            singleQuotedAllowed = false
        }
        if spaceBreak || special {
            blockPlainAllowed = false
            singleQuotedAllowed = false
            blockAllowed = false
        }
        if lineBreaks { blockPlainAllowed = false }
        if blockIndicators { blockPlainAllowed = false }
    }
}
