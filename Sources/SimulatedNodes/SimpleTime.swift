import Client
import Foundation

/// RFC 3339 times as the API writes them.
enum SimpleTime {
    static func seconds() -> Double { Date().timeIntervalSince1970 }

    /// `2006-01-02T15:04:05Z`.
    static func now() -> String {
        var t = time_t(Date().timeIntervalSince1970)
        var tmv = tm()
        gmtime_r(&t, &tmv)
        func p(_ v: Int32, _ n: Int = 2) -> String { String(repeating: "0", count: max(0, n - String(v).count)) + String(v) }
        return "\(p(tmv.tm_year + 1900, 4))-\(p(tmv.tm_mon + 1))-\(p(tmv.tm_mday))T\(p(tmv.tm_hour)):\(p(tmv.tm_min)):\(p(tmv.tm_sec))Z"
    }

    /// `2006-01-02T15:04:05.000000Z`.
    static func nowMicro() -> String { MicroTime.format(Date()) }

    /// Seconds since the epoch of an RFC 3339 UTC time (fractions ignored).
    static func parse(_ s: String) -> Double? {
        let b = Array(s.utf8)
        guard b.count >= 20 else { return nil }
        func num(_ r: Range<Int>) -> Int32? { Int32(String(decoding: b[r], as: UTF8.self)) }
        guard let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13), let mi = num(14..<16),
            let se = num(17..<19)
        else { return nil }
        var tmv = tm()
        tmv.tm_year = y - 1900
        tmv.tm_mon = mo - 1
        tmv.tm_mday = d
        tmv.tm_hour = h
        tmv.tm_min = mi
        tmv.tm_sec = se
        return Double(timegm(&tmv))
    }
}
