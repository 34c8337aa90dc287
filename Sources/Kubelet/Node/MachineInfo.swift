import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What the node reports about the machine: capacity, identity, addresses.
public struct MachineInfo: Sendable, Equatable {
    public var cpuCount: Int
    public var memoryBytes: Int64
    public var hostname: String
    public var kernelVersion: String
    public var osImage: String
    public var architecture: String
    public var machineID: String
    public var bootID: String
    /// The first non-loopback IPv4 address, if any.
    public var internalIP: String?

    /// Reads the running machine.
    public static func current() -> MachineInfo {
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let osRelease = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? ""
        var uts = utsname()
        uname(&uts)
        func field<T>(_ value: inout T) -> String {
            withUnsafeBytes(of: &value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        func firstLine(_ path: String) -> String {
            ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return MachineInfo(
            cpuCount: max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))),
            memoryBytes: parseMemTotal(meminfo) ?? 0,
            hostname: ProcessInfo.processInfo.hostName.lowercased(),
            kernelVersion: field(&uts.release),
            osImage: parsePrettyName(osRelease) ?? "Linux",
            architecture: goArchitecture(field(&uts.machine)),
            machineID: firstLine("/etc/machine-id"),
            bootID: firstLine("/proc/sys/kernel/random/boot_id"),
            internalIP: firstIPv4Address()
        )
    }

    /// `MemTotal:  24576000 kB` → bytes.
    public static func parseMemTotal(_ meminfo: String) -> Int64? {
        for line in meminfo.split(separator: "\n") where line.hasPrefix("MemTotal:") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 2, let value = Int64(parts[1]) else { return nil }
            let unit = parts.count >= 3 ? parts[2].lowercased() : ""
            return unit == "kb" ? value * 1024 : value
        }
        return nil
    }

    /// `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"` → the name.
    public static func parsePrettyName(_ osRelease: String) -> String? {
        for line in osRelease.split(separator: "\n") where line.hasPrefix("PRETTY_NAME=") {
            var value = String(line.dropFirst("PRETTY_NAME=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    static func goArchitecture(_ machine: String) -> String {
        switch machine {
        case "x86_64": "amd64"
        case "aarch64": "arm64"
        default: machine
        }
    }

    static func firstIPv4Address() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else { continue }
            let flags = Int32(entry.pointee.ifa_flags)
            guard flags & Int32(IFF_LOOPBACK) == 0, flags & Int32(IFF_UP) != 0 else { continue }
            let name = String(cString: entry.pointee.ifa_name)
            // Bridges and veths of pods are not the node's address.
            if name.hasPrefix("apus") || name.hasPrefix("cni") || name.hasPrefix("veth") || name.hasPrefix("docker") { continue }
            var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                return String(cString: host)
            }
        }
        return nil
    }
}
