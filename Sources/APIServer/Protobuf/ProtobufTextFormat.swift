/// The JSON text forms of the values whose protobuf encoding differs from their JSON encoding: bytes (base64),
/// times (RFC 3339 in UTC) and durations (Go's `time.Duration` text).
enum ProtobufTextFormat {
    /// Unix seconds of Go's zero time (January 1 of year 1, UTC), which Kubernetes writes as JSON null.
    static let zeroTimeSeconds: Int64 = -62_135_596_800
    /// Unix seconds of 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range RFC 3339 can express.
    static let minimumSeconds: Int64 = -62_167_219_200
    static let maximumSeconds: Int64 = 253_402_300_799

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Standard base64 with padding, as Go's encoding/json writes `[]byte`.
    static func base64(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var iterator = bytes.makeIterator()
        while let b0 = iterator.next() {
            let b1 = iterator.next()
            let b2 = iterator.next()
            let n = UInt32(b0) << 16 | UInt32(b1 ?? 0) << 8 | UInt32(b2 ?? 0)
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(b1 == nil ? UInt8(ascii: "=") : alphabet[Int(n >> 6 & 63)])
            out.append(b2 == nil ? UInt8(ascii: "=") : alphabet[Int(n & 63)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `2006-01-02T15:04:05Z`, or with `fractionDigits` digits of the second (truncated), for a Unix time.
    /// Nil when the year is outside 0...9999.
    static func rfc3339(seconds: Int64, nanos: Int64, fractionDigits: Int) -> String? {
        // Bring the nanoseconds into 0..<1e9 first, as Go's time.Unix does.
        var seconds = seconds
        var nanos = nanos
        if nanos < 0 || nanos >= 1_000_000_000 {
            let carry = nanos / 1_000_000_000
            nanos -= carry * 1_000_000_000
            if nanos < 0 {
                nanos += 1_000_000_000
                guard seconds > Int64.min + 1 else { return nil }
                seconds -= 1
            }
            let (sum, overflow) = seconds.addingReportingOverflow(carry)
            guard !overflow else { return nil }
            seconds = sum
        }
        guard seconds >= minimumSeconds, seconds <= maximumSeconds else { return nil }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
        text += pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if fractionDigits > 0 {
            var divisor: Int64 = 1_000_000_000
            for _ in 0..<min(fractionDigits, 9) { divisor /= 10 }
            text += "." + pad(nanos / divisor, min(fractionDigits, 9))
        }
        return text + "Z"
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian calendar).
    static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468  // days since 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Go's `time.Duration.String()`: `1h0m0s`, `1m30s`, `1.5s`, `250ms`, `1.5µs`, `10ns`, `0s`.
    static func duration(nanoseconds: Int64) -> String {
        let negative = nanoseconds < 0
        var u = nanoseconds.magnitude
        var text: String
        if u < 1_000_000_000 {
            if u == 0 { return "0s" }
            let (precision, unit): (Int, String)
            if u < 1_000 {
                (precision, unit) = (0, "ns")
            } else if u < 1_000_000 {
                (precision, unit) = (3, "\u{00B5}s")
            } else {
                (precision, unit) = (6, "ms")
            }
            let fraction: String
            (fraction, u) = fractionText(u, precision: precision)
            text = String(u) + fraction + unit
        } else {
            let fraction: String
            (fraction, u) = fractionText(u, precision: 9)
            text = String(u % 60) + fraction + "s"
            u /= 60
            if u > 0 {
                text = String(u % 60) + "m" + text
                u /= 60
                if u > 0 { text = String(u) + "h" + text }
            }
        }
        return negative ? "-" + text : text
    }

    /// The fraction of `value / 10^precision` as `.ddd` without trailing zeros (empty when it is zero), and the
    /// integer part.
    private static func fractionText(_ value: UInt64, precision: Int) -> (String, UInt64) {
        var value = value
        var digits: [Character] = []
        var significant = false
        for _ in 0..<precision {
            let digit = value % 10
            significant = significant || digit != 0
            if significant { digits.append(Character(String(digit))) }
            value /= 10
        }
        guard significant else { return ("", value) }
        return ("." + String(digits.reversed()), value)
    }
}
