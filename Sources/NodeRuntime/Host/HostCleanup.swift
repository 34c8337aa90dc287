import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Removes what containerd, runc and CNI leave on the host under a node's directories: mounts
/// (overlay rootfs, sandbox /dev/shm, netns bind mounts), network namespaces and pod cgroups.
/// Used on shutdown and by tests, also after a failure.
public enum HostCleanup {
    /// Mount points (from /proc/self/mountinfo) at or below `prefix`, deepest first.
    public static func mountPoints(under prefix: String, mountinfo: String) -> [String] {
        let root = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        var points: [String] = []
        for line in mountinfo.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count > 4 else { continue }
            let point = unescapeMountPath(String(fields[4]))
            if point == root || point.hasPrefix(root + "/") { points.append(point) }
        }
        // Deepest first, so nested mounts go before their parents.
        return points.sorted { ($0.split(separator: "/").count, $0) > ($1.split(separator: "/").count, $1) }
    }

    /// mountinfo escapes space, tab, newline and backslash as octal.
    static func unescapeMountPath(_ raw: String) -> String {
        guard raw.contains("\\") else { return raw }
        var bytes: [UInt8] = []
        let chars = Array(raw.utf8)
        var i = 0
        while i < chars.count {
            if chars[i] == UInt8(ascii: "\\"), i + 3 < chars.count,
               let value = UInt8(String(decoding: chars[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                bytes.append(value)
                i += 4
            } else {
                bytes.append(chars[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lazily unmounts everything mounted at or below `path`; returns what was unmounted.
    @discardableResult
    public static func unmountAll(under path: String) -> [String] {
        // FileManager.contents(atPath:) stops after the first page of a /proc file: read to the end.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/mountinfo"), let data = try? handle.readToEnd() else { return [] }
        try? handle.close()
        var done: [String] = []
        for point in mountPoints(under: path, mountinfo: String(decoding: data, as: UTF8.self)) {
            if umount2(point, Int32(MNT_DETACH)) == 0 { done.append(point) }
        }
        return done
    }

    /// Deletes network namespaces in /var/run/netns whose names are in `names` (unmounting their
    /// bind mounts first).
    public static func removeNetworkNamespaces(_ names: [String], netnsDir: String = "/var/run/netns") {
        for name in names where !name.isEmpty && !name.contains("/") {
            let path = netnsDir + "/" + name
            _ = umount2(path, Int32(MNT_DETACH))
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Removes empty cgroup directories named `name` (and their empty children) in every cgroup
    /// hierarchy (v1 controllers and the v2 unified tree).
    /// Deletes the Linux bridge the CNI bridge plugin created for the node's pods (nothing when
    /// it does not exist).
    public static func removeBridge(_ name: String) async {
        guard !name.isEmpty, FileManager.default.fileExists(atPath: "/sys/class/net/\(name)/bridge") else { return }
        let ip = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "ip"
        _ = try? await Command.run(ip, ["link", "delete", name, "type", "bridge"], check: false)
    }

    public static func removeCgroups(named relativePath: String, cgroupRoot: String = "/sys/fs/cgroup") {
        let relative = relativePath.hasPrefix("/") ? String(relativePath.dropFirst()) : relativePath
        guard !relative.isEmpty, !relative.contains("..") else { return }
        let fm = FileManager.default
        var hierarchies = [cgroupRoot]
        for entry in (try? fm.contentsOfDirectory(atPath: cgroupRoot)) ?? [] {
            hierarchies.append(cgroupRoot + "/" + entry)
        }
        for hierarchy in hierarchies {
            removeCgroupTree(hierarchy + "/" + relative)
        }
    }

    /// rmdir children first; a cgroup with live processes stays (rmdir fails with EBUSY).
    private static func removeCgroupTree(_ path: String) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return }
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            let child = path + "/" + entry
            var childIsDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: child, isDirectory: &childIsDir), childIsDir.boolValue {
                removeCgroupTree(child)
            }
        }
        _ = rmdir(path)
    }
}
