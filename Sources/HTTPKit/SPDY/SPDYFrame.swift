/// SPDY/3.1 frames, as far as a client of the Kubernetes streaming protocols needs them: it
/// opens streams, sends data and answers pings; header blocks it receives are skipped.
public enum SPDYFrame: Sendable, Equatable {
    case data(streamID: UInt32, fin: Bool, payload: [UInt8])
    case control(type: UInt16, flags: UInt8, payload: [UInt8])

    public static let synStream: UInt16 = 1
    public static let synReply: UInt16 = 2
    public static let rstStream: UInt16 = 3
    public static let settings: UInt16 = 4
    public static let ping: UInt16 = 6
    public static let goAway: UInt16 = 7
    public static let headers: UInt16 = 8
    public static let windowUpdate: UInt16 = 9

    static let version: UInt16 = 3
    static let flagFin: UInt8 = 0x01

    /// The frame's bytes on the wire.
    public func encoded() -> [UInt8] {
        switch self {
        case .data(let id, let fin, let payload):
            return Self.be32(id & 0x7FFF_FFFF) + [fin ? Self.flagFin : 0] + Self.be24(payload.count) + payload
        case .control(let type, let flags, let payload):
            return [0x80 | UInt8(Self.version >> 8), UInt8(Self.version & 0xFF), UInt8(type >> 8), UInt8(type & 0xFF), flags]
                + Self.be24(payload.count) + payload
        }
    }

    /// The stream a control frame names (SYN_STREAM, SYN_REPLY, RST_STREAM, HEADERS, WINDOW_UPDATE).
    public var controlStreamID: UInt32? {
        guard case .control(let type, _, let payload) = self, payload.count >= 4,
              [Self.synStream, Self.synReply, Self.rstStream, Self.headers, Self.windowUpdate].contains(type)
        else { return nil }
        return (UInt32(payload[0]) << 24 | UInt32(payload[1]) << 16 | UInt32(payload[2]) << 8 | UInt32(payload[3])) & 0x7FFF_FFFF
    }

    static func be32(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    static func be24(_ v: Int) -> [UInt8] { [UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
}

/// Splits a byte stream into SPDY frames.
public struct SPDYFrameParser: Sendable {
    private var buffer: [UInt8] = []
    /// Largest frame accepted (SPDY lengths are 24-bit).
    static let maxLength = 1 << 24

    public init() {}

    /// Adds bytes and returns the frames completed by them.
    public mutating func feed(_ bytes: [UInt8]) throws -> [SPDYFrame] {
        buffer += bytes
        var frames: [SPDYFrame] = []
        var offset = 0
        while buffer.count - offset >= 8 {
            let length = Int(buffer[offset + 5]) << 16 | Int(buffer[offset + 6]) << 8 | Int(buffer[offset + 7])
            guard buffer.count - offset >= 8 + length else { break }
            let payload = Array(buffer[(offset + 8)..<(offset + 8 + length)])
            if buffer[offset] & 0x80 != 0 {
                let version = UInt16(buffer[offset] & 0x7F) << 8 | UInt16(buffer[offset + 1])
                guard version == SPDYFrame.version else { throw SPDYError("unsupported SPDY version \(version)") }
                let type = UInt16(buffer[offset + 2]) << 8 | UInt16(buffer[offset + 3])
                frames.append(.control(type: type, flags: buffer[offset + 4], payload: payload))
            } else {
                let id = (UInt32(buffer[offset]) << 24 | UInt32(buffer[offset + 1]) << 16 | UInt32(buffer[offset + 2]) << 8
                    | UInt32(buffer[offset + 3])) & 0x7FFF_FFFF
                frames.append(.data(streamID: id, fin: buffer[offset + 4] & SPDYFrame.flagFin != 0, payload: payload))
            }
            offset += 8 + length
        }
        if offset > 0 { buffer.removeFirst(offset) }
        return frames
    }
}

public struct SPDYError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Encodes SPDY/3 header blocks. The blocks of one connection form a single zlib stream; this
/// writer uses stored (uncompressed) deflate blocks, each followed by a sync flush, and no
/// preset dictionary, which any zlib reader accepts, so no compression library is needed.
public struct SPDYHeaderWriter: Sendable {
    private var started = false

    public init() {}

    /// The compressed name/value block for `headers` (names must be lowercase).
    public mutating func block(_ headers: [(String, String)]) -> [UInt8] {
        var raw = SPDYFrame.be32(UInt32(headers.count))
        for (name, value) in headers {
            let n = Array(name.lowercased().utf8)
            let v = Array(value.utf8)
            raw += SPDYFrame.be32(UInt32(n.count)) + n + SPDYFrame.be32(UInt32(v.count)) + v
        }
        var out: [UInt8] = []
        if !started {
            // zlib header: deflate, 32 KiB window, no dictionary; (0x78 << 8 | 0x01) % 31 == 0.
            out += [0x78, 0x01]
            started = true
        }
        var rest = raw[...]
        repeat {
            let piece = rest.prefix(65535)
            rest = rest.dropFirst(piece.count)
            let len = UInt16(piece.count)
            // BFINAL = 0, BTYPE = 00 (stored), then LEN and its complement, little-endian.
            out += [0x00, UInt8(len & 0xFF), UInt8(len >> 8), UInt8(~len & 0xFF), UInt8(~len >> 8)]
            out += piece
        } while !rest.isEmpty
        // An empty stored block (a zlib sync flush): readers hand out a block's bytes only once
        // they see the next block start.
        out += [0x00, 0x00, 0x00, 0xFF, 0xFF]
        return out
    }

    /// A SYN_STREAM frame opening `streamID` with `headers`.
    public mutating func synStream(streamID: UInt32, headers: [(String, String)], fin: Bool = false) -> SPDYFrame {
        var payload = SPDYFrame.be32(streamID & 0x7FFF_FFFF) + SPDYFrame.be32(0) + [0x00, 0x00]
        payload += block(headers)
        return .control(type: SPDYFrame.synStream, flags: fin ? SPDYFrame.flagFin : 0, payload: payload)
    }
}
