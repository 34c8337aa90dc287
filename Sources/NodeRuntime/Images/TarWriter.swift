/// Writes POSIX ustar archives in memory: directories, regular files and symlinks, with fixed
/// owner and mtime so the same input gives the same bytes (and the same image digest).
public struct TarWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Modification time written for every entry (seconds since 1970).
    public var mtime: Int

    public init(mtime: Int = 0) {
        self.mtime = mtime
    }

    public enum TarError: Error, CustomStringConvertible {
        case nameTooLong(String)
        public var description: String {
            switch self {
            case .nameTooLong(let name): "path too long for a ustar header: \(name)"
            }
        }
    }

    public mutating func addDirectory(_ path: String, mode: Int = 0o755) throws {
        let name = path.hasSuffix("/") ? path : path + "/"
        try appendHeader(name: name, mode: mode, size: 0, type: "5", linkName: "")
    }

    public mutating func addFile(_ path: String, contents: [UInt8], mode: Int = 0o644) throws {
        try appendHeader(name: path, mode: mode, size: contents.count, type: "0", linkName: "")
        bytes += contents
        let padding = (512 - contents.count % 512) % 512
        bytes += [UInt8](repeating: 0, count: padding)
    }

    public mutating func addSymlink(_ path: String, target: String) throws {
        try appendHeader(name: path, mode: 0o777, size: 0, type: "2", linkName: target)
    }

    /// Closes the archive with two zero blocks and returns it.
    public mutating func finish() -> [UInt8] {
        bytes += [UInt8](repeating: 0, count: 1024)
        return bytes
    }

    private mutating func appendHeader(name: String, mode: Int, size: Int, type: Character, linkName: String) throws {
        var header = [UInt8](repeating: 0, count: 512)
        let (prefix, shortName) = try split(name)
        put(shortName, into: &header, at: 0, width: 100)
        put(octal(mode, width: 8), into: &header, at: 100, width: 8)
        put(octal(0, width: 8), into: &header, at: 108, width: 8)  // uid
        put(octal(0, width: 8), into: &header, at: 116, width: 8)  // gid
        put(octal(size, width: 12), into: &header, at: 124, width: 12)
        put(octal(mtime, width: 12), into: &header, at: 136, width: 12)
        for i in 148..<156 { header[i] = UInt8(ascii: " ") }  // checksum is computed over spaces
        header[156] = type.asciiValue ?? UInt8(ascii: "0")
        guard linkName.utf8.count <= 100 else { throw TarError.nameTooLong(linkName) }
        put(linkName, into: &header, at: 157, width: 100)
        put("ustar", into: &header, at: 257, width: 6)
        put("00", into: &header, at: 263, width: 2)
        put("root", into: &header, at: 265, width: 32)
        put("root", into: &header, at: 297, width: 32)
        put(prefix, into: &header, at: 345, width: 155)
        let checksum = header.reduce(0) { $0 + Int($1) }
        put(octal(checksum, width: 7) , into: &header, at: 148, width: 7)
        header[155] = UInt8(ascii: " ")
        bytes += header
    }

    /// Splits a long path into ustar's prefix (≤155) and name (≤100) at a slash.
    private func split(_ path: String) throws -> (String, String) {
        let utf8 = Array(path.utf8)
        if utf8.count <= 100 { return ("", path) }
        for index in stride(from: min(utf8.count - 1, 155), through: 1, by: -1) where utf8[index] == UInt8(ascii: "/") {
            let name = utf8[(index + 1)...]
            if name.count <= 100 && !name.isEmpty {
                return (String(decoding: utf8[..<index], as: UTF8.self), String(decoding: name, as: UTF8.self))
            }
        }
        throw TarError.nameTooLong(path)
    }

    /// Zero-padded octal of `width - 1` digits followed by NUL.
    private func octal(_ value: Int, width: Int) -> String {
        String(value, radix: 8).leftPadded(to: width - 1)
    }

    private func put(_ text: String, into header: inout [UInt8], at offset: Int, width: Int) {
        for (i, byte) in text.utf8.prefix(width).enumerated() { header[offset + i] = byte }
    }
}
