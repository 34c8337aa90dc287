import APIMachinery
import Foundation

/// Short, human readable durations as `kubectl get` shows them in its AGE and DURATION columns
/// ("10s", "5m", "3h", "2d", "5m30s", "2y100d", ...).
///
/// The output matches apimachinery's `duration.HumanDuration` exactly: about two or three
/// significant figures, switching units at 2 minutes, 10 minutes, 3 hours, 8 hours, 2 days,
/// 8 days, 2 years and 8 years. A duration slightly below zero (clock skew under 2 seconds)
/// reads "0s"; anything further in the future reads "<invalid>".
public enum HumanDuration {
    /// Formats a duration given in seconds.
    public static func string(seconds: Double) -> String {
        guard seconds.isFinite else { return "<invalid>" }
        // Whole seconds, truncated toward zero as Go's int(d.Seconds()) does.
        let clamped = max(min(seconds, 9.2e18 / 1e9), -9.2e18 / 1e9)
        let total = Int64(clamped.rounded(.towardZero))
        if total < -1 { return "<invalid>" }
        if total < 0 { return "0s" }
        if total < 120 { return "\(total)s" }

        let minutes = total / 60
        if minutes < 10 {
            let s = total % 60
            return s == 0 ? "\(minutes)m" : "\(minutes)m\(s)s"
        }
        if minutes < 180 { return "\(minutes)m" }

        let hours = total / 3600
        if hours < 8 {
            let m = minutes % 60
            return m == 0 ? "\(hours)h" : "\(hours)h\(m)m"
        }
        if hours < 48 { return "\(hours)h" }
        if hours < 24 * 8 {
            let h = hours % 24
            return h == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(h)h"
        }
        if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
        if hours < 24 * 365 * 8 {
            let days = (hours / 24) % 365
            return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
        }
        return "\(hours / 24 / 365)y"
    }

    /// The age of a moment as seen from `now`: a human duration, or "<unknown>" without a moment.
    public static func since(_ moment: Date?, now: Date) -> String {
        guard let moment else { return "<unknown>" }
        return string(seconds: now.timeIntervalSince(moment))
    }
}

/// A small allocation-free parser and formatter for the RFC 3339 timestamps the API uses
/// (`2024-01-02T03:04:05Z`, `2024-01-02T03:04:05.123456Z`, `2024-01-02T05:04:05+02:00`).
public enum PrinterTime {
    /// Parses an RFC 3339 timestamp; nil when the text is not one.
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Parses the timestamp held by a JSON value: nil when absent, empty or malformed (Go's zero time).
    static func parse(_ value: JSON) -> Date? {
        guard case .string(let s) = value, !s.isEmpty else { return nil }
        return parse(s)
    }

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Date? {
        // Shortest form: YYYY-MM-DDTHH:MM:SSZ (20 bytes).
        guard b.count >= 20 else { return nil }
        func digits(_ start: Int, _ count: Int) -> Int? {
            var v = 0
            for i in start..<(start + count) {
                let c = b[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard let year = digits(0, 4), b[4] == 45, let month = digits(5, 2), b[7] == 45, let day = digits(8, 2),
            b[10] == 84 || b[10] == 116 || b[10] == 32,
            let hour = digits(11, 2), b[13] == 58, let minute = digits(14, 2), b[16] == 58, let second = digits(17, 2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60,
            second < 61
        else { return nil }

        var i = 19
        var fraction = 0.0
        if b[i] == 46 {  // '.'
            i += 1
            var scale = 0.1
            let start = i
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                fraction += Double(b[i] - 48) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        var offset = 0
        switch b[i] {
        case 90, 122:  // 'Z', 'z'
            i += 1
        case 43, 45:  // '+', '-'
            guard b.count - i >= 6, let oh = digits(i + 1, 2), b[i + 3] == 58, let om = digits(i + 4, 2), oh < 24,
                om < 60
            else { return nil }
            offset = (oh * 3600 + om * 60) * (b[i] == 45 ? -1 : 1)
            i += 6
        default:
            return nil
        }
        guard i == b.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    /// Formats a moment as RFC 3339 in UTC with whole seconds (`2024-01-02T03:04:05Z`).
    public static func format(_ date: Date) -> String {
        let t = date.timeIntervalSince1970
        guard t.isFinite else { return "0001-01-01T00:00:00Z" }
        let total = Int(t.rounded(.down))
        var days = total / 86400
        var rest = total % 86400
        if rest < 0 {
            rest += 86400
            days -= 1
        }
        let (y, m, d) = civilFromDays(days)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(rest / 3600, 2) + ":"
            + pad(rest % 3600 / 60, 2) + ":" + pad(rest % 60, 2) + "Z"
    }

    /// The text Go prints for its zero time in RFC 3339.
    static let zero = "0001-01-01T00:00:00Z"

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    private static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
