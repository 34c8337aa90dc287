extension JSON {
    /// Compact JSON with object keys sorted, the form objects are stored and served in.
    public func serialized() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return out
    }

    public func serializedString() -> String { String(decoding: serialized(), as: UTF8.self) }

    /// Indented JSON with sorted keys (two spaces, as `kubectl -o json` prints).
    public func prettySerialized(indent: Int = 0) -> String {
        var out: [UInt8] = []
        writePretty(into: &out, level: indent)
        return String(decoding: out, as: UTF8.self)
    }

    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d): Self.writeDouble(d, into: &out)
        case .string(let s): Self.writeString(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (i, e) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                e.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let o):
            out.append(UInt8(ascii: "{"))
            var first = true
            for k in o.keys.sorted() {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                Self.writeString(k, into: &out)
                out.append(UInt8(ascii: ":"))
                o[k]!.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    func writePretty(into out: inout [UInt8], level: Int) {
        func newline(_ l: Int) {
            out.append(0x0A)
            for _ in 0..<(l * 4) { out.append(0x20) }
        }
        switch self {
        case .array(let a) where !a.isEmpty:
            out.append(UInt8(ascii: "["))
            for (i, e) in a.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(level + 1)
                e.writePretty(into: &out, level: level + 1)
            }
            newline(level)
            out.append(UInt8(ascii: "]"))
        case .object(let o) where !o.isEmpty:
            out.append(UInt8(ascii: "{"))
            var first = true
            for k in o.keys.sorted() {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                newline(level + 1)
                Self.writeString(k, into: &out)
                out.append(contentsOf: [UInt8(ascii: ":"), 0x20])
                o[k]!.writePretty(into: &out, level: level + 1)
            }
            newline(level)
            out.append(UInt8(ascii: "}"))
        default:
            write(into: &out)
        }
    }

    static func writeDouble(_ d: Double, into out: inout [UInt8]) {
        if !d.isFinite {
            out.append(contentsOf: Array("null".utf8))
        } else if d.rounded() == d && abs(d) < 1e21 {
            if abs(d) < 9.2e18 {
                out.append(contentsOf: String(Int64(d)).utf8)
            } else {
                out.append(contentsOf: String(format: d).utf8)
            }
        } else {
            out.append(contentsOf: "\(d)".utf8)
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for c in s.utf8 {
            switch c {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0x3C, 0x3E, 0x26:
                // Go's encoding/json escapes <, > and & for HTML safety; match it.
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            case 0..<0x20:
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
            default: out.append(c)
            }
        }
        out.append(0x22)
    }
}

extension String {
    fileprivate init(format d: Double) {
        // Large integral doubles: print without a fraction, as Go's strconv 'f' format would for JSON.
        var digits = ""
        var v = d < 0 ? -d : d
        var parts: [Int] = []
        while v >= 1 {
            let r = v.truncatingRemainder(dividingBy: 10)
            parts.append(Int(r))
            v = (v - r) / 10
        }
        digits = parts.reversed().map(String.init).joined()
        self = (d < 0 ? "-" : "") + (digits.isEmpty ? "0" : digits)
    }
}
