/// Renderings of values the way the Go standard library prints them.
///
/// Upstream error messages and a few orderings (strategic merge patch sorts list items by the
/// printed form of their merge key) depend on how Go's `fmt` and `strconv` print decoded JSON,
/// so the code that reproduces them needs the same text.
enum GoFormat {
    /// `fmt.Sprintf("%v", v)` of the value `encoding/json` would decode `v` into
    /// (`map[string]interface{}`, `[]interface{}`, `string`, `float64`/`int64`, `bool`, `nil`).
    static func value(_ v: JSON) -> String {
        switch v {
        case .null: return "<nil>"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return float(d)
        case .string(let s): return s
        case .array(let a): return "[" + a.map(value).joined(separator: " ") + "]"
        case .object(let o):
            let keys = o.keys.sorted(by: GoFormat.less)
            return "map[" + keys.map { "\($0):\(value(o[$0] ?? .null))" }.joined(separator: " ") + "]"
        }
    }

    /// Byte-wise string ordering, as Go compares strings.
    static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// `strconv.FormatFloat(d, 'g', -1, 64)` (or 32 when `single`).
    static func float(_ d: Double, single: Bool = false) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        let text = single ? Float(d).description : d.description
        let (negative, digits, point) = decimalDigits(text)
        if digits.isEmpty { return negative ? "-0" : "0" }
        var out = negative ? "-" : ""
        let exp = point - 1
        if exp < -4 || exp >= 6 {
            // %e form: d.ddde±XX
            out.append(Character(Unicode.Scalar(digits[0])))
            if digits.count > 1 {
                out.append(".")
                out.append(String(decoding: digits[1...], as: UTF8.self))
            }
            out.append("e")
            out.append(exp < 0 ? "-" : "+")
            let e = abs(exp)
            if e < 10 { out.append("0") }
            out.append(String(e))
            return out
        }
        // %f form with exactly the significant digits.
        if point <= 0 {
            out.append("0.")
            out.append(String(repeating: "0", count: -point))
            out.append(String(decoding: digits, as: UTF8.self))
        } else if point >= digits.count {
            out.append(String(decoding: digits, as: UTF8.self))
            out.append(String(repeating: "0", count: point - digits.count))
        } else {
            out.append(String(decoding: digits[..<point], as: UTF8.self))
            out.append(".")
            out.append(String(decoding: digits[point...], as: UTF8.self))
        }
        return out
    }

    /// Splits Swift's shortest round-trip rendering of a float ("1.5", "1e-05", "1.25e+20") into
    /// sign, significant digits (no leading or trailing zeros) and the position of the decimal point.
    private static func decimalDigits(_ text: String) -> (Bool, [UInt8], Int) {
        var bytes = Array(text.utf8)
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes.removeFirst() }
        var exponent = 0
        if let e = bytes.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            exponent = Int(String(decoding: bytes[(e + 1)...], as: UTF8.self)) ?? 0
            bytes.removeSubrange(e...)
        }
        var digits: [UInt8] = []
        var point = -1
        for b in bytes {
            if b == UInt8(ascii: ".") { point = digits.count } else { digits.append(b) }
        }
        if point < 0 { point = digits.count }
        while let f = digits.first, f == UInt8(ascii: "0") {
            digits.removeFirst()
            point -= 1
        }
        while let l = digits.last, l == UInt8(ascii: "0") { digits.removeLast() }
        return (negative, digits, point + exponent)
    }

    /// `strconv.Quote(s)`: a double-quoted Go string literal.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{0B}": out += "\\v"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0x7F {
                    out += "\\x" + hex(v, width: 2)
                } else if v >= 0x80 && !isPrintable(scalar) {
                    out += v > 0xFFFF ? "\\U" + hex(v, width: 8) : "\\u" + hex(v, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func isPrintable(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return s == " "
        default:
            return true
        }
    }

    private static func hex(_ v: UInt32, width: Int) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
