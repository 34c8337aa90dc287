import Client
import Foundation

/// Writes a volume's files so a container never sees a half-updated set, in upstream's layout:
///
///     <dir>/..2026_11_22_10_49_58.123456   the files of one version
///     <dir>/..data -> ..2026_11_22_10_49_58.123456   swapped atomically (rename of a symlink)
///     <dir>/<key> -> ..data/<key>          one link per top-level name
///
/// Old versions and links of names that went away are removed after the swap.
struct AtomicWriter {
    let directory: String
    /// Group owning the files and directories (the pod's `fsGroup`), nil to leave it.
    var group: UInt32?

    static let dataLink = "..data"

    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    /// A relative path without `..` components, empty components or a leading `..`; nil otherwise.
    static func validated(_ path: String) -> [String]? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("..") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." }) else { return nil }
        return parts
    }

    /// The names that get a link in the volume's top directory.
    static func topLevelNames(_ payload: VolumePayload) -> Set<String> {
        Set(payload.keys.compactMap { validated($0)?.first })
    }

    /// The name of a version directory written at `date` (`..` + UTC time + a unique suffix).
    static func versionName(at date: Date, suffix: String) -> String {
        let c = MicroTime.utc(date)
        let p = MicroTime.pad
        return "..\(p(c.year, 4))_\(p(c.month, 2))_\(p(c.day, 2))_\(p(c.hour, 2))_\(p(c.minute, 2))_\(p(c.second, 2)).\(suffix)"
    }

    /// Writes `payload`; returns false when the volume already had exactly this content.
    @discardableResult
    func write(_ payload: VolumePayload, now: Date = Date()) throws -> Bool {
        let fm = FileManager.default
        let payload = payload.filter { Self.validated($0.key) != nil }
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let current = try? fm.destinationOfSymbolicLink(atPath: directory + "/" + Self.dataLink)
        if let current, matches(payload, versionDir: directory + "/" + current) {
            try link(Self.topLevelNames(payload))
            return false
        }

        let version = Self.versionName(at: now, suffix: String(UInt32.random(in: 0...UInt32.max)))
        let versionDir = directory + "/" + version
        try fm.createDirectory(atPath: versionDir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        for (path, file) in payload {
            let full = versionDir + "/" + path
            let parent = (full as NSString).deletingLastPathComponent
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            guard fm.createFile(atPath: full, contents: file.data) else { throw WriteError(description: "cannot write \(full)") }
            guard chmod(full, mode_t(file.mode)) == 0 else { throw WriteError(description: "cannot chmod \(full): errno \(errno)") }
        }
        if let group {
            // The version dir and everything in it belong to the group; directories keep it (setgid).
            let entries = [""] + ((try? fm.subpathsOfDirectory(atPath: versionDir)) ?? [])
            for entry in entries {
                let full = entry.isEmpty ? versionDir : versionDir + "/" + entry
                _ = lchown(full, uid_t.max, gid_t(group))
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                    chmod(full, 0o2755)
                }
            }
        }

        let temporary = directory + "/" + Self.dataLink + "_tmp"
        try? fm.removeItem(atPath: temporary)
        try fm.createSymbolicLink(atPath: temporary, withDestinationPath: version)
        guard rename(temporary, directory + "/" + Self.dataLink) == 0 else {
            throw WriteError(description: "cannot swap \(Self.dataLink) in \(directory): errno \(errno)")
        }
        let names = Self.topLevelNames(payload)
        try link(names)

        // Links of names no longer present, and every older version.
        for entry in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] {
            let path = directory + "/" + entry
            if entry.hasPrefix("..") {
                if entry != version && entry != Self.dataLink { try? fm.removeItem(atPath: path) }
            } else if !names.contains(entry) {
                try? fm.removeItem(atPath: path)
            }
        }
        return true
    }

    /// Makes `<name> -> ..data/<name>` links.
    private func link(_ names: Set<String>) throws {
        let fm = FileManager.default
        for name in names {
            let path = directory + "/" + name
            let target = Self.dataLink + "/" + name
            if (try? fm.destinationOfSymbolicLink(atPath: path)) == target { continue }
            try? fm.removeItem(atPath: path)
            try fm.createSymbolicLink(atPath: path, withDestinationPath: target)
        }
    }

    /// True when `versionDir` holds exactly the payload's files with their modes.
    private func matches(_ payload: VolumePayload, versionDir: String) -> Bool {
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: versionDir) else { return false }
        var files = Set<String>()
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: versionDir + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.insert(relative)
            }
        }
        guard files == Set(payload.keys) else { return false }
        for (path, file) in payload {
            let full = versionDir + "/" + path
            guard fm.contents(atPath: full) == file.data else { return false }
            var info = stat()
            guard stat(full, &info) == 0, UInt16(info.st_mode & 0o7777) == file.mode else { return false }
        }
        return true
    }
}
