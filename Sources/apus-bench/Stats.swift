import Foundation

/// Latency samples in seconds, summarised as percentiles.
struct Samples {
    var values: [Double] = []
    mutating func add(_ v: Double) { values.append(v) }
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s[min(s.count - 1, Int((Double(s.count) * p).rounded(.up)) - 1 < 0 ? 0 : Int((Double(s.count) * p).rounded(.up)) - 1)]
    }
    var summary: String {
        String(format: "n=%d p50=%.2fms p99=%.2fms max=%.2fms", values.count, percentile(0.5) * 1000, percentile(0.99) * 1000, (values.max() ?? 0) * 1000)
    }
}

enum Clock {
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Resident set size of a process, in MiB, from /proc.
func rssMiB(pid: Int32) -> Double? {
    guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kb = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Double($0) } ?? 0
        return kb / 1024
    }
    return nil
}

final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ v: T) { value = v }
    func with<R>(_ f: (inout T) -> R) -> R { lock.lock(); defer { lock.unlock() }; return f(&value) }
}
