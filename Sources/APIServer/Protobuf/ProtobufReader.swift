/// A protobuf body that cannot be decoded: truncated or malformed bytes, a wire type that does not fit the
/// field, or a kind the server cannot read from protobuf.
public struct ProtobufDecodingError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// The wire types of the protobuf encoding (the low three bits of a field's tag).
enum ProtobufWireType: UInt8, Sendable {
    case varint = 0
    case fixed64 = 1
    case lengthDelimited = 2
    case startGroup = 3
    case endGroup = 4
    case fixed32 = 5
}

/// One field read from a message: its number and its undecoded value.
struct ProtobufRawField {
    enum Value {
        case varint(UInt64)
        case fixed64(UInt64)
        case fixed32(UInt32)
        /// The payload of a length-delimited field, as a range of the reader's buffer.
        case bytes(Range<Int>)
        /// A group (a deprecated encoding); its contents have been skipped.
        case group
    }

    var number: Int
    var value: Value

    var wireType: ProtobufWireType {
        switch value {
        case .varint: return .varint
        case .fixed64: return .fixed64
        case .fixed32: return .fixed32
        case .bytes: return .lengthDelimited
        case .group: return .startGroup
        }
    }
}

/// Reads protobuf wire-format fields from a range of a byte buffer.
///
/// Every read is bounds-checked: truncated input, overlong varints, lengths that run past the end and invalid
/// tags throw ``ProtobufDecodingError``; nothing traps.
struct ProtobufReader {
    /// The largest field number protobuf allows.
    static let maxFieldNumber = (1 << 29) - 1
    /// How deeply groups may nest before the input is rejected.
    static let maxGroupDepth = 64

    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int

    init(_ bytes: [UInt8], range: Range<Int>? = nil) {
        let range = range ?? bytes.indices
        self.bytes = bytes
        // Clamp to the buffer so that a bad range can never index outside it.
        self.position = max(0, min(range.lowerBound, bytes.count))
        self.end = max(position, min(range.upperBound, bytes.count))
    }

    var isAtEnd: Bool { position >= end }

    mutating func readVarint() throws(ProtobufDecodingError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end else { throw ProtobufDecodingError("truncated varint at offset \(position)") }
            let byte = bytes[position]
            position += 1
            if shift == 63 && byte > 1 {
                throw ProtobufDecodingError("varint overflows 64 bits at offset \(position - 1)")
            }
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw ProtobufDecodingError("varint longer than 10 bytes at offset \(position - 1)") }
        }
    }

    mutating func readFixed32() throws(ProtobufDecodingError) -> UInt32 {
        guard end - position >= 4 else { throw ProtobufDecodingError("truncated fixed32 at offset \(position)") }
        var value: UInt32 = 0
        for i in 0..<4 { value |= UInt32(bytes[position + i]) << (8 * UInt32(i)) }
        position += 4
        return value
    }

    mutating func readFixed64() throws(ProtobufDecodingError) -> UInt64 {
        guard end - position >= 8 else { throw ProtobufDecodingError("truncated fixed64 at offset \(position)") }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return value
    }

    /// Reads a length prefix and returns the range of the payload that follows it.
    mutating func readLengthDelimited() throws(ProtobufDecodingError) -> Range<Int> {
        let start = position
        let length = try readVarint()
        guard length <= UInt64(end - position) else {
            throw ProtobufDecodingError("length \(length) at offset \(start) runs past the end of the message")
        }
        let range = position..<(position + Int(length))
        position = range.upperBound
        return range
    }

    mutating func readTag() throws(ProtobufDecodingError) -> (number: Int, wireType: ProtobufWireType) {
        let start = position
        let tag = try readVarint()
        let number = tag >> 3
        guard number >= 1, number <= UInt64(Self.maxFieldNumber) else {
            throw ProtobufDecodingError("invalid field number \(number) at offset \(start)")
        }
        guard let wireType = ProtobufWireType(rawValue: UInt8(tag & 7)) else {
            throw ProtobufDecodingError("invalid wire type \(tag & 7) at offset \(start)")
        }
        return (Int(number), wireType)
    }

    /// Reads the next field, or returns nil at the end of the range.
    mutating func next() throws(ProtobufDecodingError) -> ProtobufRawField? {
        guard !isAtEnd else { return nil }
        let (number, wireType) = try readTag()
        switch wireType {
        case .varint: return ProtobufRawField(number: number, value: .varint(try readVarint()))
        case .fixed64: return ProtobufRawField(number: number, value: .fixed64(try readFixed64()))
        case .fixed32: return ProtobufRawField(number: number, value: .fixed32(try readFixed32()))
        case .lengthDelimited: return ProtobufRawField(number: number, value: .bytes(try readLengthDelimited()))
        case .startGroup:
            try skipGroup(number: number, depth: 1)
            return ProtobufRawField(number: number, value: .group)
        case .endGroup:
            throw ProtobufDecodingError("unexpected end of group \(number) at offset \(position)")
        }
    }

    /// Skips the contents of a group up to and including its end tag.
    private mutating func skipGroup(number: Int, depth: Int) throws(ProtobufDecodingError) {
        guard depth <= Self.maxGroupDepth else { throw ProtobufDecodingError("groups nest too deeply") }
        while true {
            guard !isAtEnd else { throw ProtobufDecodingError("truncated group \(number)") }
            let (inner, wireType) = try readTag()
            switch wireType {
            case .varint: _ = try readVarint()
            case .fixed64: _ = try readFixed64()
            case .fixed32: _ = try readFixed32()
            case .lengthDelimited: _ = try readLengthDelimited()
            case .startGroup: try skipGroup(number: inner, depth: depth + 1)
            case .endGroup:
                guard inner == number else {
                    throw ProtobufDecodingError("end of group \(inner) inside group \(number)")
                }
                return
            }
        }
    }
}
