/// A minimal protocol buffers encoder: appends tagged fields to a byte buffer.
///
/// Scalar writers follow proto3 rules and skip zero values (empty strings, `false`, `0`), so a message built
/// with them matches what a proto3 encoder writes. Nested messages are always written, even when empty, because
/// the presence of a message field is itself information.
struct ProtobufWriter: Sendable {
    enum WireType: UInt8, Sendable {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case fixed32 = 5
    }

    private(set) var bytes: [UInt8]

    init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func writeTag(_ field: Int, _ wireType: WireType) {
        writeVarint(UInt64(field) << 3 | UInt64(wireType.rawValue))
    }

    /// A `string` field; skipped when empty.
    mutating func string(_ field: Int, _ value: String) {
        guard !value.isEmpty else { return }
        alwaysString(field, value)
    }

    /// A `string` field written even when empty (an element of a `repeated string`).
    mutating func alwaysString(_ field: Int, _ value: String) {
        writeTag(field, .lengthDelimited)
        var s = value
        s.withUTF8 { utf8 in
            writeVarint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// A `repeated string` field.
    mutating func strings(_ field: Int, _ values: [String]) {
        for v in values { alwaysString(field, v) }
    }

    /// A `bool` field; skipped when false.
    mutating func bool(_ field: Int, _ value: Bool) {
        guard value else { return }
        writeTag(field, .varint)
        bytes.append(1)
    }

    /// A `bool` member of a `oneof`: written even when false, since the choice itself is information.
    mutating func alwaysBool(_ field: Int, _ value: Bool) {
        writeTag(field, .varint)
        bytes.append(value ? 1 : 0)
    }

    /// An `int64` field; skipped when zero. Negative values take ten bytes, as in every protobuf encoder.
    mutating func int64(_ field: Int, _ value: Int64) {
        guard value != 0 else { return }
        writeTag(field, .varint)
        writeVarint(UInt64(bitPattern: value))
    }

    /// A `double` field; skipped when zero.
    mutating func double(_ field: Int, _ value: Double) {
        guard value.bitPattern != 0 else { return }
        writeTag(field, .fixed64)
        var bits = value.bitPattern.littleEndian
        withUnsafeBytes(of: &bits) { bytes.append(contentsOf: $0) }
    }

    /// Raw bytes as a length-delimited field (an encoded message or a `bytes` value), written even when empty.
    mutating func lengthDelimited(_ field: Int, _ payload: [UInt8]) {
        writeTag(field, .lengthDelimited)
        writeVarint(UInt64(payload.count))
        bytes.append(contentsOf: payload)
    }

    /// A nested message, encoded by `body` into its own buffer and written as a length-delimited field.
    mutating func message(_ field: Int, _ body: (inout ProtobufWriter) -> Void) {
        var inner = ProtobufWriter()
        body(&inner)
        lengthDelimited(field, inner.bytes)
    }
}
