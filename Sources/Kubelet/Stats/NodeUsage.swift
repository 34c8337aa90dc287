import Foundation

/// The node's CPU and memory use from /proc (pure parsing, plus a reader).
struct NodeUsage: Sendable, Equatable {
    /// Nanoseconds since the epoch of the sample.
    var timestamp: Int64
    /// CPU time used by everything on the node (all cores, excluding idle and iowait).
    var usageCoreNanoSeconds: UInt64
    var memoryTotalBytes: UInt64
    var memoryAvailableBytes: UInt64

    var memoryWorkingSetBytes: UInt64 { memoryTotalBytes > memoryAvailableBytes ? memoryTotalBytes - memoryAvailableBytes : 0 }

    /// The `cpu` line of /proc/stat in clock ticks (USER_HZ, 100 on Linux) → nanoseconds.
    static func cpuNanoseconds(procStat: String, ticksPerSecond: UInt64 = 100) -> UInt64? {
        guard let line = procStat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") }) else { return nil }
        let fields = line.split(separator: " ").dropFirst().compactMap { UInt64($0) }
        guard fields.count >= 4 else { return nil }
        let idle = fields[3] + (fields.count > 4 ? fields[4] : 0)
        let busy = fields.prefix(8).reduce(0, +) - idle
        return busy * (1_000_000_000 / ticksPerSecond)
    }

    /// MemTotal and MemAvailable of /proc/meminfo, in bytes.
    static func memory(meminfo: String) -> (total: UInt64, available: UInt64)? {
        var values: [String: UInt64] = [:]
        for line in meminfo.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, let kib = UInt64(parts[1]) else { continue }
            values[String(parts[0].dropLast())] = kib * 1024
        }
        guard let total = values["MemTotal"], let available = values["MemAvailable"] else { return nil }
        return (total, available)
    }

    /// Boot time (`btime` of /proc/stat) in nanoseconds since the epoch.
    static func bootTime(procStat: String) -> Int64? {
        guard let line = procStat.split(separator: "\n").first(where: { $0.hasPrefix("btime ") }),
              let seconds = Int64(line.dropFirst("btime ".count).trimmingCharacters(in: .whitespaces))
        else { return nil }
        return seconds * 1_000_000_000
    }

    static func bootTime() -> Int64 {
        (try? String(contentsOfFile: "/proc/stat", encoding: .utf8)).flatMap { bootTime(procStat: $0) } ?? 0
    }

    static func read(now: Date = Date()) -> NodeUsage? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let meminfo = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
              let cpu = cpuNanoseconds(procStat: stat), let memory = memory(meminfo: meminfo)
        else { return nil }
        return NodeUsage(
            timestamp: Int64(now.timeIntervalSince1970 * 1e9), usageCoreNanoSeconds: cpu, memoryTotalBytes: memory.total,
            memoryAvailableBytes: memory.available)
    }

    /// Cores in use (in nanocores) between two samples.
    static func nanoCores(from a: NodeUsage, to b: NodeUsage) -> UInt64? {
        guard b.timestamp > a.timestamp, b.usageCoreNanoSeconds >= a.usageCoreNanoSeconds else { return nil }
        let seconds = Double(b.timestamp - a.timestamp) / 1e9
        return UInt64(Double(b.usageCoreNanoSeconds - a.usageCoreNanoSeconds) / seconds)
    }
}
