import Foundation

/// Byte-wise (UTF-8) prefix ranges, matching SQLite's BINARY collation on TEXT keys.
enum KeyRange {
    /// The smallest byte string greater than every key starting with `prefix`, or nil when there is
    /// no upper bound (empty prefix). The result may not be valid UTF-8, so it is bound as a BLOB and
    /// cast to TEXT in SQL.
    static func upperBound(of prefix: String) -> Data? {
        var bytes = Array(prefix.utf8)
        while let last = bytes.last {
            if last < 0xFF {
                bytes[bytes.count - 1] = last + 1
                return Data(bytes)
            }
            bytes.removeLast()
        }
        return nil
    }

    static func matches(_ key: String, prefix: [UInt8]) -> Bool {
        key.utf8.starts(with: prefix)
    }

    /// True when `a` sorts before `b` byte-wise.
    static func less(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
