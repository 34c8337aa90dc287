/// An invalid resource quantity, worded as the Kubernetes API server words it.
public struct QuantityError: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }

    /// The message for text that is not a quantity at all.
    public static let formatWrong = QuantityError(
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
    /// The message for a number part that cannot be read.
    public static let numeric = QuantityError("unable to parse numeric part of quantity")
    /// The message for an unknown suffix.
    public static let suffix = QuantityError("unable to parse quantity's suffix")
}

/// A resource quantity (`resource.Quantity`): an exact decimal number with a preferred notation.
///
/// Parsing follows upstream: values are kept exactly, rounded up (away from zero) to a precision of
/// 10⁻⁹, and binary-suffixed values are capped at 2⁶³−1. ``description`` is the canonical string
/// the API server serializes (`1500m`, `2Gi`, `1k`, `1e3`), or the text as given when upstream keeps
/// it verbatim. Quantities compare and hash by value (`1000m == 1`).
public struct Quantity: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The notation a quantity prints in.
    public enum Format: String, Sendable, Hashable {
        /// `12e6`
        case decimalExponent = "DecimalExponent"
        /// `12Mi` (12 × 2²⁰)
        case binarySI = "BinarySI"
        /// `12M` (12 × 10⁶)
        case decimalSI = "DecimalSI"
    }

    /// The notation the quantity prints in.
    public private(set) var format: Format
    private var number: ExactDecimal
    /// The text to serialize instead of the canonical form (upstream keeps some inputs verbatim).
    private var verbatim: String?

    private init(_ number: ExactDecimal, _ format: Format, verbatim: String? = nil) {
        self.number = number
        self.format = format
        self.verbatim = verbatim
    }

    /// A quantity of `value` units.
    public init(_ value: Int64, format: Format = .decimalSI) {
        self.init(ExactDecimal(value, exponent: 0), format)
    }

    /// A quantity of `value` thousandths (`Quantity(milliValue: 1500)` is `1500m`).
    public init(milliValue: Int64, format: Format = .decimalSI) {
        self.init(ExactDecimal(milliValue, exponent: -3), format)
    }

    /// A quantity of `value` × 10^`scale`.
    public init(_ value: Int64, scale: Int, format: Format = .decimalSI) {
        self.init(ExactDecimal(value, exponent: scale), format)
    }

    /// Reads a quantity from its JSON form: a string, or a number.
    public init(json: JSON) throws(QuantityError) {
        switch json {
        case .string(let s): try self.init(parsing: s.trimmingWhitespace())
        case .int(let i): try self.init(parsing: String(i))
        case .double(let d) where d.isFinite: try self.init(parsing: d.description)
        default: throw QuantityError.formatWrong
        }
    }

    /// The JSON form: the string ``description``.
    public var json: JSON { .string(description) }

    /// Parses a quantity: a signed decimal number and an optional suffix, either SI (`n u m k M G T P E`),
    /// binary (`Ki Mi Gi Ti Pi Ei`) or a decimal exponent (`e3`, `E-2`).
    public init(parsing text: String) throws(QuantityError) {
        let str = Array(text.utf8)
        if str.isEmpty { throw .formatWrong }
        if text == "0" {
            self.init(.zero, .decimalSI, verbatim: "0")
            return
        }
        let parts = try Self.split(str)
        guard let (base, exponent, format) = Self.interpret(parts.suffix) else { throw .suffix }

        // Upstream first tries an int64 representation; only then does it keep the input text verbatim.
        var precision = 0
        var scale = 0
        var mantissa: Int64 = 1
        switch format {
        case .decimalExponent, .decimalSI:
            scale = exponent
            precision = 18 - (parts.num.count + parts.denom.count)
        case .binarySI:
            if exponent >= 0 && parts.denom.isEmpty {
                mantissa = 1 << Int64(exponent)
                precision = 15 - parts.num.count - Int(Float(exponent) * 3 / 10) - 1
            } else {
                precision = -1
            }
        }
        if precision >= 0 {
            scale -= parts.denom.count
            if scale >= -9 {
                let shifted = parts.num + parts.denom
                guard let value = Int64(String(decoding: shifted, as: UTF8.self)) else { throw .numeric }
                let (product, overflow) = value.multipliedReportingOverflow(by: mantissa)
                if !overflow {
                    let result = parts.positive ? product : -product
                    var keep = false
                    switch format {
                    case .binarySI:
                        keep = exponent % 10 == 0 && value & 0x07 != 0
                    default:
                        keep =
                            scale % 3 == 0 && !shifted.reversed().starts(with: Array("000".utf8))
                            && shifted.first != UInt8(ascii: "0")
                    }
                    self.init(ExactDecimal(result, exponent: scale), format, verbatim: keep ? text : nil)
                    return
                }
            }
        }

        // Exact decimal arithmetic.
        guard var amount = ExactDecimal(parsing: parts.value) else { throw .numeric }
        if base == 10 {
            amount.exponent += exponent
        } else {
            amount.multiply(by: UInt64(1) << UInt64(exponent))
        }
        amount.roundUp(toExponent: -9)
        var resultFormat = format
        if format == .binarySI {
            let maxAllowed = ExactDecimal(Int64.max, exponent: 0)
            if ExactDecimal.compareMagnitude(amount, maxAllowed) > 0 {
                amount = ExactDecimal(negative: amount.negative, digits: maxAllowed.digits, exponent: 0)
            }
            if !amount.isZero && ExactDecimal.compareMagnitude(amount, ExactDecimal(1, exponent: 0)) < 0 {
                resultFormat = .decimalSI
            }
        }
        self.init(amount, resultFormat)
    }

    // MARK: - Text

    /// The serialized form: the canonical string, or the input kept verbatim as upstream does.
    public var description: String { verbatim ?? canonical }

    /// The canonical string of the value in its format.
    public var canonical: String {
        if number.isZero { return "0" }
        var format = self.format
        if format == .binarySI {
            let small = ExactDecimal.compareMagnitude(number, ExactDecimal(1024, exponent: 0)) < 0
            // (Absurdly large exponents print in decimal rather than as thousands of digits.)
            if small || number.exponent < 0 || number.exponent > 1000 { format = .decimalSI }
        }
        switch format {
        case .decimalExponent, .decimalSI:
            var digits = number.digits
            var exponent = number.exponent
            while exponent % 3 != 0 {
                digits.append(0)
                exponent -= 1
            }
            let text = (number.negative ? "-" : "") + ExactDecimal.render(digits)
            if format == .decimalExponent { return exponent == 0 ? text : text + "e" + String(exponent) }
            // Upstream prints no suffix for exponents it has no SI suffix for.
            return text + (Self.decimalSuffixes[exponent] ?? "")
        case .binarySI:
            var digits = number.digits + [UInt8](repeating: 0, count: number.exponent)
            var times = 0
            while let (q, r) = ExactDecimal.divide(digits, by: 1024), r == 0, !q.isEmpty, ExactDecimal.compareDigits(digits, [1, 0, 2, 4]) >= 0 {
                digits = q
                times += 1
            }
            let suffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
            return (number.negative ? "-" : "") + ExactDecimal.render(digits) + (times < suffixes.count ? suffixes[times] : "")
        }
    }

    /// This quantity without a verbatim text, so that it prints canonically.
    public var canonicalized: Quantity { Quantity(number, format) }

    private static let decimalSuffixes: [Int: String] = [
        -9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E",
    ]

    // MARK: - Values

    /// True when the quantity is zero.
    public var isZero: Bool { number.isZero }

    /// -1, 0 or 1.
    public var sign: Int { number.isZero ? 0 : (number.negative ? -1 : 1) }

    /// The value in whole units, rounded up (away from zero); saturates at the Int64 range.
    public var value: Int64 { scaledValue(0) }

    /// The value in thousandths, rounded up (away from zero); saturates at the Int64 range.
    public var milliValue: Int64 { scaledValue(-3) }

    /// The value in units of 10^`scale`, rounded up (away from zero); saturates at the Int64 range.
    public func scaledValue(_ scale: Int) -> Int64 {
        var d = number
        d.roundUp(toExponent: scale)
        return d.int64(atExponent: scale)
    }

    /// The value as a Double (approximate).
    public var doubleValue: Double {
        let text = (number.negative ? "-" : "") + ExactDecimal.render(number.digits) + "e" + String(number.exponent)
        return Double(text) ?? (number.negative ? -.infinity : .infinity)
    }

    /// The sum; the format is this quantity's, or `other`'s when this one is zero.
    public func adding(_ other: Quantity) -> Quantity {
        Quantity(ExactDecimal.add(number, other.number), isZero ? other.format : format)
    }

    /// The difference; the format is this quantity's, or `other`'s when this one is zero.
    public func subtracting(_ other: Quantity) -> Quantity {
        var negated = other.number
        if !negated.isZero { negated.negative.toggle() }
        return Quantity(ExactDecimal.add(number, negated), isZero ? other.format : format)
    }

    /// The sum (see ``adding(_:)``).
    public static func + (a: Quantity, b: Quantity) -> Quantity { a.adding(b) }
    /// The difference (see ``subtracting(_:)``).
    public static func - (a: Quantity, b: Quantity) -> Quantity { a.subtracting(b) }

    public static func == (a: Quantity, b: Quantity) -> Bool { ExactDecimal.compare(a.number, b.number) == 0 }
    public static func < (a: Quantity, b: Quantity) -> Bool { ExactDecimal.compare(a.number, b.number) < 0 }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(number.negative && !number.isZero)
        hasher.combine(number.digits)
        hasher.combine(number.isZero ? 0 : number.exponent)
    }

    // MARK: - Parsing helpers

    private struct Parts {
        var positive = true
        var value: [UInt8] = []
        var num: [UInt8] = []
        var denom: [UInt8] = []
        var suffix: [UInt8] = []
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    /// Splits text into sign, integer digits (leading zeros dropped), fraction digits and suffix.
    private static func split(_ s: [UInt8]) throws(QuantityError) -> Parts {
        var p = Parts()
        var pos = 0
        let end = s.count
        if pos < end {
            if s[0] == UInt8(ascii: "-") {
                p.positive = false
                pos += 1
            } else if s[0] == UInt8(ascii: "+") {
                pos += 1
            }
        }
        while pos < end && s[pos] == UInt8(ascii: "0") { pos += 1 }
        if pos >= end {
            p.num = Array("0".utf8)
            p.value = p.num
            return p
        }
        var i = pos
        while i < end && isDigit(s[i]) { i += 1 }
        p.num = Array(s[pos..<i])
        if i >= end {
            p.value = Array(s[0..<end])
            return p
        }
        pos = i
        if p.num.isEmpty { p.num = Array("0".utf8) }
        if pos < end && s[pos] == UInt8(ascii: ".") {
            pos += 1
            var j = pos
            while j < end && isDigit(s[j]) { j += 1 }
            p.denom = Array(s[pos..<j])
            if j >= end {
                p.value = Array(s[0..<end])
                return p
            }
            pos = j
        }
        p.value = Array(s[0..<pos])
        let suffixStart = pos
        let letters = Set("eEinumkKMGTP".utf8)
        var k = pos
        while k < end && letters.contains(s[k]) { k += 1 }
        if k >= end {
            p.suffix = Array(s[suffixStart..<end])
            return p
        }
        pos = k
        if s[pos] == UInt8(ascii: "-") || s[pos] == UInt8(ascii: "+") { pos += 1 }
        while pos < end && isDigit(s[pos]) { pos += 1 }
        if pos >= end {
            p.suffix = Array(s[suffixStart..<end])
            return p
        }
        throw .formatWrong
    }

    /// Base, exponent and format of a suffix.
    private static func interpret(_ suffix: [UInt8]) -> (Int, Int, Format)? {
        switch String(decoding: suffix, as: UTF8.self) {
        case "": return (10, 0, .decimalSI)
        case "n": return (10, -9, .decimalSI)
        case "u": return (10, -6, .decimalSI)
        case "m": return (10, -3, .decimalSI)
        case "k": return (10, 3, .decimalSI)
        case "M": return (10, 6, .decimalSI)
        case "G": return (10, 9, .decimalSI)
        case "T": return (10, 12, .decimalSI)
        case "P": return (10, 15, .decimalSI)
        case "E": return (10, 18, .decimalSI)
        case "Ki": return (2, 10, .binarySI)
        case "Mi": return (2, 20, .binarySI)
        case "Gi": return (2, 30, .binarySI)
        case "Ti": return (2, 40, .binarySI)
        case "Pi": return (2, 50, .binarySI)
        case "Ei": return (2, 60, .binarySI)
        default:
            guard suffix.count > 1, suffix[0] == UInt8(ascii: "e") || suffix[0] == UInt8(ascii: "E"),
                let e = Int64(String(decoding: suffix[1...], as: UTF8.self))
            else { return nil }
            // Upstream keeps the exponent as a 32-bit integer.
            return (10, Int(Int32(truncatingIfNeeded: e)), .decimalExponent)
        }
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        let ws: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        var scalars = Substring(self).unicodeScalars
        while let f = scalars.first, ws.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, ws.contains(l) { scalars.removeLast() }
        return String(scalars)
    }
}

/// An exact decimal: ±digits × 10^exponent, digits most significant first, without leading or
/// trailing zeros (zero has no digits).
struct ExactDecimal: Sendable, Hashable {
    var negative: Bool
    private(set) var digits: [UInt8]
    var exponent: Int

    static let zero = ExactDecimal(negative: false, digits: [], exponent: 0)

    init(negative: Bool, digits: [UInt8], exponent: Int) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
        normalize()
    }

    init(_ value: Int64, exponent: Int) {
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        while magnitude > 0 {
            digits.append(UInt8(magnitude % 10))
            magnitude /= 10
        }
        self.init(negative: value < 0, digits: digits.reversed(), exponent: exponent)
    }

    /// Reads `[+-]digits[.digits]`; nil when there is no digit.
    init?(parsing text: [UInt8]) {
        var negative = false
        var digits: [UInt8] = []
        var fraction = 0
        var seenPoint = false
        for (i, c) in text.enumerated() {
            if i == 0 && (c == UInt8(ascii: "-") || c == UInt8(ascii: "+")) {
                negative = c == UInt8(ascii: "-")
            } else if c == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                digits.append(c - UInt8(ascii: "0"))
                if seenPoint { fraction += 1 }
            } else {
                return nil
            }
        }
        if digits.isEmpty { return nil }
        self.init(negative: negative, digits: digits, exponent: -fraction)
    }

    var isZero: Bool { digits.isEmpty }

    private mutating func normalize() {
        var start = 0
        while start < digits.count && digits[start] == 0 { start += 1 }
        if start > 0 { digits.removeFirst(start) }
        var trailing = 0
        while trailing < digits.count && digits[digits.count - 1 - trailing] == 0 { trailing += 1 }
        if trailing > 0 {
            digits.removeLast(trailing)
            exponent += trailing
        }
        if digits.isEmpty {
            exponent = 0
            negative = false
        }
    }

    /// Multiplies the magnitude by a factor below 2⁶⁰ × 16.
    mutating func multiply(by factor: UInt64) {
        var out: [UInt8] = []
        var carry: UInt64 = 0
        for d in digits.reversed() {
            let v = UInt64(d) * factor + carry
            out.append(UInt8(v % 10))
            carry = v / 10
        }
        while carry > 0 {
            out.append(UInt8(carry % 10))
            carry /= 10
        }
        digits = out.reversed()
        normalize()
    }

    /// Rounds away from zero so that no digit is below 10^`e`.
    mutating func roundUp(toExponent e: Int) {
        guard !isZero, exponent < e else { return }
        let drop = e - exponent
        if drop >= digits.count {
            digits = [1]
            exponent = e
            return
        }
        var kept = Array(digits[0..<(digits.count - drop)])
        // Dropped digits are non-zero: digits has no trailing zeros.
        var i = kept.count - 1
        while i >= 0 {
            if kept[i] == 9 {
                kept[i] = 0
                i -= 1
            } else {
                kept[i] += 1
                break
            }
        }
        if i < 0 { kept.insert(1, at: 0) }
        digits = kept
        exponent = e
        normalize()
    }

    /// The value as a count of 10^`e` units (the value must have no digit below that); saturating.
    func int64(atExponent e: Int) -> Int64 {
        if isZero { return 0 }
        let zeros = exponent - e
        if digits.count + zeros > 19 { return negative ? .min : .max }
        var v: UInt64 = 0
        for d in digits + [UInt8](repeating: 0, count: max(zeros, 0)) {
            v = v * 10 + UInt64(d)
        }
        if negative { return v > UInt64(Int64.max) + 1 ? .min : Int64(truncatingIfNeeded: 0 &- v) }
        return v > UInt64(Int64.max) ? .max : Int64(v)
    }

    static func render(_ digits: [UInt8]) -> String {
        digits.isEmpty ? "0" : String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    }

    /// Quotient and remainder of a digit string by a small divisor; nil for an empty dividend.
    static func divide(_ digits: [UInt8], by divisor: UInt64) -> ([UInt8], UInt64)? {
        if digits.isEmpty { return nil }
        var q: [UInt8] = []
        var r: UInt64 = 0
        for d in digits {
            r = r * 10 + UInt64(d)
            let qd = r / divisor
            r %= divisor
            if !(q.isEmpty && qd == 0) { q.append(UInt8(qd)) }
        }
        return (q, r)
    }

    /// Compares digit strings without leading zeros as integers.
    static func compareDigits(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for (x, y) in zip(a, b) where x != y { return x < y ? -1 : 1 }
        return 0
    }

    /// Compares absolute values.
    static func compareMagnitude(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.isZero || b.isZero { return a.isZero ? (b.isZero ? 0 : -1) : 1 }
        let ma = a.digits.count + a.exponent
        let mb = b.digits.count + b.exponent
        if ma != mb { return ma < mb ? -1 : 1 }
        let n = max(a.digits.count, b.digits.count)
        for i in 0..<n {
            let x = i < a.digits.count ? a.digits[i] : 0
            let y = i < b.digits.count ? b.digits[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        let sa = a.isZero ? 0 : (a.negative ? -1 : 1)
        let sb = b.isZero ? 0 : (b.negative ? -1 : 1)
        if sa != sb { return sa < sb ? -1 : 1 }
        let m = compareMagnitude(a, b)
        return sa < 0 ? -m : m
    }

    /// The exact sum. Operands whose exponents are extremely far apart are summed approximately
    /// (the smaller one is dropped) to bound the work.
    static func add(_ a: ExactDecimal, _ b: ExactDecimal) -> ExactDecimal {
        if a.isZero { return b }
        if b.isZero { return a }
        let e = min(a.exponent, b.exponent)
        let lenA = a.digits.count + a.exponent - e
        let lenB = b.digits.count + b.exponent - e
        if max(lenA, lenB) > 4096 { return compareMagnitude(a, b) >= 0 ? a : b }
        let x = a.digits + [UInt8](repeating: 0, count: a.exponent - e)
        let y = b.digits + [UInt8](repeating: 0, count: b.exponent - e)
        if a.negative == b.negative {
            return ExactDecimal(negative: a.negative, digits: addDigits(x, y), exponent: e)
        }
        let c = compareDigits(x, y)
        if c == 0 { return .zero }
        return c > 0
            ? ExactDecimal(negative: a.negative, digits: subtractDigits(x, y), exponent: e)
            : ExactDecimal(negative: b.negative, digits: subtractDigits(y, x), exponent: e)
    }

    private static func addDigits(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var carry: UInt8 = 0
        var i = x.count - 1
        var j = y.count - 1
        while i >= 0 || j >= 0 || carry > 0 {
            let s = (i >= 0 ? x[i] : 0) + (j >= 0 ? y[j] : 0) + carry
            out.append(s % 10)
            carry = s / 10
            i -= 1
            j -= 1
        }
        return out.reversed()
    }

    /// x − y for x ≥ y.
    private static func subtractDigits(_ x: [UInt8], _ y: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var borrow: Int = 0
        var i = x.count - 1
        var j = y.count - 1
        while i >= 0 {
            var d = Int(x[i]) - borrow - (j >= 0 ? Int(y[j]) : 0)
            if d < 0 {
                d += 10
                borrow = 1
            } else {
                borrow = 0
            }
            out.append(UInt8(d))
            i -= 1
            j -= 1
        }
        return out.reversed()
    }
}
