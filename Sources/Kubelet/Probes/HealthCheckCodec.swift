import GRPCCore

/// The two messages of `grpc.health.v1.Health/Check`, encoded by hand (pure):
/// `HealthCheckRequest { string service = 1; }` and `HealthCheckResponse { ServingStatus status = 1; }`.
enum HealthCheckCodec {
    /// `ServingStatus` values.
    enum ServingStatus: Int, Sendable {
        case unknown = 0, serving = 1, notServing = 2, serviceUnknown = 3
    }

    struct DecodeError: Error, Sendable {}

    static func encodeRequest(service: String) -> [UInt8] {
        guard !service.isEmpty else { return [] }
        let bytes = Array(service.utf8)
        return [0x0a] + varint(UInt64(bytes.count)) + bytes
    }

    /// The `status` field of a response (UNKNOWN when absent); unknown fields are skipped.
    static func decodeResponse(_ bytes: [UInt8]) throws(DecodeError) -> Int {
        var index = 0
        var status = 0
        while index < bytes.count {
            let tag = try readVarint(bytes, &index)
            let field = tag >> 3
            switch tag & 7 {
            case 0:
                let value = try readVarint(bytes, &index)
                if field == 1 { status = Int(truncatingIfNeeded: value) }
            case 1:
                index += 8
            case 2:
                let length = try readVarint(bytes, &index)
                guard length <= UInt64(bytes.count - index) else { throw DecodeError() }
                index += Int(length)
            case 5:
                index += 4
            default:
                throw DecodeError()
            }
            guard index <= bytes.count else { throw DecodeError() }
        }
        return status
    }

    static func varint(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        repeat {
            var byte = UInt8(value & 0x7f)
            value >>= 7
            if value != 0 { byte |= 0x80 }
            out.append(byte)
        } while value != 0
        return out
    }

    private static func readVarint(_ bytes: [UInt8], _ index: inout Int) throws(DecodeError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count, shift < 64 {
            let byte = bytes[index]
            index += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw DecodeError()
    }
}

/// Passes raw message bytes through gRPC unchanged (the health messages are encoded above).
struct RawBytesSerializer: MessageSerializer {
    func serialize<Bytes: GRPCContiguousBytes>(_ message: [UInt8]) throws -> Bytes { Bytes(message) }
}

struct RawBytesDeserializer: MessageDeserializer {
    func deserialize<Bytes: GRPCContiguousBytes>(_ serializedMessageBytes: Bytes) throws -> [UInt8] {
        serializedMessageBytes.withUnsafeBytes { Array($0) }
    }
}
