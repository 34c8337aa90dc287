import API
import APIMachinery

/// Reads request bodies in the Kubernetes protobuf encoding (`application/vnd.kubernetes.protobuf`), which
/// clients such as kubectl 1.32 and later use for built-in kinds.
///
/// A body is the four bytes `k8s\0` followed by a `runtime.Unknown` envelope: the object's `apiVersion` and
/// `kind`, and the object itself as the protobuf message of that kind. The decoder finds the kind's definition in
/// the schema registry and reads the message with the generated field table (`ProtobufFields`), producing the
/// same JSON value a client would have sent as `application/json`. Responses stay JSON, which every client
/// accepts.
public enum KubernetesProtobuf {
    /// The media type of the encoding.
    public static let mediaType = "application/vnd.kubernetes.protobuf"

    /// The prefix of every body: `k8s` and a zero byte.
    public static let magic: [UInt8] = [0x6b, 0x38, 0x73, 0x00]

    /// How deeply messages may nest (embedded objects included) before a body is rejected.
    static let maxDepth = 100

    /// Whether `bytes` start with the protobuf envelope's prefix.
    public static func hasMagic(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.starts(with: magic)
    }

    /// Decodes a protobuf body into the object's JSON form, with `apiVersion` and `kind` set from the envelope.
    ///
    /// Throws ``ProtobufDecodingError`` when the bytes are malformed or truncated, when the envelope declares a
    /// content encoding, or when `registry` knows no built-in definition for the kind.
    public static func decode(_ bytes: [UInt8], registry: SchemaRegistry = .builtIn) throws(ProtobufDecodingError)
        -> JSON
    {
        let table = try ProtobufMessageTable.builtIn.get()
        var decoder = ProtobufObjectDecoder(table: table, registry: registry)
        return try decoder.decodeEnvelope(bytes, depth: 0)
    }
}

/// The state of one decoding: the table and registry it reads, and the bytes of the current buffer.
struct ProtobufObjectDecoder {
    let table: ProtobufMessageTable
    let registry: SchemaRegistry

    private static let timeName = "io.k8s.apimachinery.pkg.apis.meta.v1.Time"
    private static let microTimeName = "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime"
    private static let durationName = "io.k8s.apimachinery.pkg.apis.meta.v1.Duration"
    private static let fieldsV1Name = "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1"
    private static let intOrStringName = "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
    private static let quantityName = "io.k8s.apimachinery.pkg.api.resource.Quantity"
    private static let rawExtensionName = "io.k8s.apimachinery.pkg.runtime.RawExtension"

    // MARK: Envelope

    /// Decodes `k8s\0` + `runtime.Unknown`.
    func decodeEnvelope(_ bytes: [UInt8], depth: Int) throws(ProtobufDecodingError) -> JSON {
        guard KubernetesProtobuf.hasMagic(bytes) else {
            throw ProtobufDecodingError("the body does not start with the Kubernetes protobuf prefix")
        }
        guard depth < KubernetesProtobuf.maxDepth else { throw ProtobufDecodingError("objects nest too deeply") }
        var reader = ProtobufReader(bytes, range: KubernetesProtobuf.magic.count..<bytes.count)
        var apiVersion = ""
        var kind = ""
        var raw: Range<Int>?
        var contentEncoding = ""
        var contentType = ""
        while let field = try reader.next() {
            switch field.number {
            case 1:
                var typeMeta = ProtobufReader(bytes, range: try Self.payload(of: field, in: "runtime.Unknown.typeMeta"))
                while let inner = try typeMeta.next() {
                    switch inner.number {
                    case 1: apiVersion = try string(of: inner, in: bytes, "TypeMeta.apiVersion")
                    case 2: kind = try string(of: inner, in: bytes, "TypeMeta.kind")
                    default: continue
                    }
                }
            case 2: raw = try Self.payload(of: field, in: "runtime.Unknown.raw")
            case 3: contentEncoding = try string(of: field, in: bytes, "runtime.Unknown.contentEncoding")
            case 4: contentType = try string(of: field, in: bytes, "runtime.Unknown.contentType")
            default: continue
            }
        }
        guard contentEncoding.isEmpty else {
            throw ProtobufDecodingError("unsupported content encoding \(contentEncoding)")
        }
        guard !apiVersion.isEmpty, !kind.isEmpty else {
            throw ProtobufDecodingError("the protobuf envelope does not name the object's apiVersion and kind")
        }
        let rawRange = raw ?? bytes.endIndex..<bytes.endIndex
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingSpaces.lowercased() } ?? ""
        var object: JSON
        switch mediaType {
        case "", KubernetesProtobuf.mediaType:
            let gvk = Self.groupVersionKind(apiVersion: apiVersion, kind: kind)
            guard let definition = registry.schema(for: gvk)?.definitionName else {
                throw ProtobufDecodingError("no kind \(kind) is registered in \(apiVersion)")
            }
            guard let message = table[definition] else {
                throw ProtobufDecodingError("\(kind) in \(apiVersion) cannot be sent as protobuf; send JSON")
            }
            object = .object(try decodeObject(bytes, range: rawRange, message: message, depth: depth + 1))
        case "application/json":
            do {
                object = try JSON.parse(bytes[rawRange])
            } catch {
                throw ProtobufDecodingError("the embedded JSON object does not parse: \(error)")
            }
            guard case .object = object else { throw ProtobufDecodingError("the embedded object is not a JSON object") }
        default:
            throw ProtobufDecodingError("unsupported embedded content type \(contentType)")
        }
        object["apiVersion"] = .string(apiVersion)
        object["kind"] = .string(kind)
        return object
    }

    static func groupVersionKind(apiVersion: String, kind: String) -> GroupVersionKind {
        if let slash = apiVersion.firstIndex(of: "/") {
            return GroupVersionKind(
                group: String(apiVersion[..<slash]), version: String(apiVersion[apiVersion.index(after: slash)...]),
                kind: kind)
        }
        return GroupVersionKind(group: "", version: apiVersion, kind: kind)
    }

    // MARK: Messages

    /// Decodes a message described by the table into the members of its JSON object.
    func decodeObject(
        _ bytes: [UInt8], range: Range<Int>, message: ProtobufMessageTable.Message, depth: Int
    ) throws(ProtobufDecodingError) -> [String: JSON] {
        guard depth < KubernetesProtobuf.maxDepth else { throw ProtobufDecodingError("messages nest too deeply") }
        var reader = ProtobufReader(bytes, range: range)
        var scalars: [Int: JSON] = [:]
        var lists: [Int: [JSON]] = [:]
        var maps: [Int: [String: JSON]] = [:]
        // Payloads of singular message fields; a field seen twice is merged, as protobuf merges repeated occurrences.
        var singular: [Int: [Range<Int>]] = [:]

        while let raw = try reader.next() {
            guard let field = message.fields[raw.number] else { continue }
            let place = "\(message.name) field \(field.number)"
            switch field.type {
            case .scalar(let scalar):
                if field.repeated {
                    if case .bytes(let payload) = raw.value, scalar.isPackable {
                        var packed = ProtobufReader(bytes, range: payload)
                        while !packed.isAtEnd {
                            lists[field.number, default: []].append(
                                try Self.scalar(scalar, from: &packed, place: place))
                        }
                    } else {
                        lists[field.number, default: []].append(try scalarValue(scalar, of: raw, in: bytes, place))
                    }
                } else {
                    scalars[field.number] = try scalarValue(scalar, of: raw, in: bytes, place)
                }
            case .message(let name):
                let payload = try Self.payload(of: raw, in: place)
                if field.repeated {
                    lists[field.number, default: []].append(
                        try decodeValue(ofMessage: name, bytes, ranges: [payload], depth: depth + 1))
                } else {
                    singular[field.number, default: []].append(payload)
                }
            case .map(let keyType, let valueType):
                let payload = try Self.payload(of: raw, in: place)
                let (key, value) = try decodeMapEntry(
                    bytes, range: payload, key: keyType, value: valueType, place: place, depth: depth + 1)
                maps[field.number, default: [:]][key] = value
            }
        }

        var object: [String: JSON] = [:]
        // Inline parts first, so that the parent's own members win should a name appear in both.
        for (number, ranges) in singular.sorted(by: { $0.key < $1.key }) {
            guard let field = message.fields[number], field.isInline, case .message(let name) = field.type else {
                continue
            }
            let value = try decodeValue(ofMessage: name, bytes, ranges: ranges, depth: depth + 1)
            guard case .object(let members) = value else {
                throw ProtobufDecodingError("\(message.name): inline field \(number) is not an object")
            }
            object.merge(members) { old, _ in old }
        }
        for (number, ranges) in singular {
            guard let field = message.fields[number], !field.isInline, case .message(let name) = field.type else {
                continue
            }
            object[field.jsonName] = try decodeValue(ofMessage: name, bytes, ranges: ranges, depth: depth + 1)
        }
        for (number, value) in scalars {
            guard let field = message.fields[number] else { continue }
            if field.omitsZero && Self.isZero(value) { continue }
            object[field.jsonName] = value
        }
        for (number, values) in lists {
            guard let field = message.fields[number] else { continue }
            object[field.jsonName] = .array(values)
        }
        for (number, entries) in maps {
            guard let field = message.fields[number] else { continue }
            object[field.jsonName] = .object(entries)
        }
        return object
    }

    /// Decodes the value of a message field: a special wire shape, a named list, or an object from the table.
    /// `ranges` are the payloads of every occurrence of the field, merged in order.
    func decodeValue(
        ofMessage name: String, _ bytes: [UInt8], ranges: [Range<Int>], depth: Int
    ) throws(ProtobufDecodingError) -> JSON {
        guard depth < KubernetesProtobuf.maxDepth else { throw ProtobufDecodingError("messages nest too deeply") }
        // Several occurrences of one message field are merged: decode their concatenation.
        let (buffer, range): ([UInt8], Range<Int>)
        if ranges.count == 1, let only = ranges.first {
            (buffer, range) = (bytes, only)
        } else {
            var joined: [UInt8] = []
            for part in ranges { joined.append(contentsOf: bytes[part]) }
            (buffer, range) = (joined, joined.indices)
        }
        switch name {
        case Self.timeName: return try decodeTime(buffer, range: range, microseconds: false)
        case Self.microTimeName: return try decodeTime(buffer, range: range, microseconds: true)
        case Self.durationName: return try decodeDuration(buffer, range: range)
        case Self.intOrStringName: return try decodeIntOrString(buffer, range: range)
        case Self.quantityName: return try decodeQuantity(buffer, range: range)
        case Self.rawExtensionName: return try decodeEmbedded(buffer, range: range, what: "RawExtension", depth: depth)
        case Self.fieldsV1Name: return try decodeEmbedded(buffer, range: range, what: "FieldsV1", depth: depth)
        default: break
        }
        guard let message = table[name] else {
            throw ProtobufDecodingError("no protobuf description of \(name)")
        }
        let object = try decodeObject(buffer, range: range, message: message, depth: depth)
        if message.isList {
            let fieldName = message.fields[1]?.jsonName ?? "items"
            return object[fieldName] ?? .array([])
        }
        return .object(object)
    }

    func decodeMapEntry(
        _ bytes: [UInt8], range: Range<Int>, key keyType: ProtobufMessageTable.FieldType,
        value valueType: ProtobufMessageTable.FieldType, place: String, depth: Int
    ) throws(ProtobufDecodingError) -> (String, JSON) {
        var reader = ProtobufReader(bytes, range: range)
        var key: JSON?
        var scalarValue: JSON?
        var messageRanges: [Range<Int>] = []
        while let raw = try reader.next() {
            switch raw.number {
            case 1:
                guard case .scalar(let scalar) = keyType else { continue }
                key = try self.scalarValue(scalar, of: raw, in: bytes, place + " key")
            case 2:
                switch valueType {
                case .scalar(let scalar):
                    scalarValue = try self.scalarValue(scalar, of: raw, in: bytes, place + " value")
                case .message: messageRanges.append(try Self.payload(of: raw, in: place + " value"))
                case .map: throw ProtobufDecodingError("\(place): a map of maps")
                }
            default: continue
            }
        }
        let keyText: String
        switch key {
        case .string(let s): keyText = s
        case .int(let i): keyText = String(i)
        case .double(let d): keyText = String(d)
        case .bool(let b): keyText = b ? "true" : "false"
        default:
            if case .scalar(let scalar) = keyType, scalar == .string || scalar == .bytes {
                keyText = ""
            } else if case .scalar(let scalar) = keyType, scalar == .bool {
                keyText = "false"
            } else {
                keyText = "0"
            }
        }
        let value: JSON
        switch valueType {
        case .scalar(let scalar): value = scalarValue ?? Self.zeroValue(scalar)
        case .message(let name): value = try decodeValue(ofMessage: name, bytes, ranges: messageRanges, depth: depth)
        case .map: value = .null
        }
        return (keyText, value)
    }

    // MARK: Scalars

    /// The payload range of a length-delimited field; any other wire type is an error.
    static func payload(of field: ProtobufRawField, in place: String) throws(ProtobufDecodingError) -> Range<Int> {
        guard case .bytes(let range) = field.value else {
            throw ProtobufDecodingError(
                "\(place): expected a length-delimited field, found wire type \(field.wireType)")
        }
        return range
    }

    func string(of field: ProtobufRawField, in bytes: [UInt8], _ place: String) throws(ProtobufDecodingError)
        -> String
    {
        let range = try Self.payload(of: field, in: place)
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// Converts one field's wire value to the JSON value of a scalar kind.
    func scalarValue(
        _ scalar: ProtobufMessageTable.Scalar, of field: ProtobufRawField, in bytes: [UInt8], _ place: String
    ) throws(ProtobufDecodingError) -> JSON {
        switch (scalar, field.value) {
        case (.string, .bytes(let range)):
            return .string(String(decoding: bytes[range], as: UTF8.self))
        case (.bytes, .bytes(let range)):
            return .string(ProtobufTextFormat.base64(bytes[range]))
        case (_, .varint(let v)):
            guard let value = Self.fromVarint(scalar, v) else { break }
            return value
        case (_, .fixed32(let v)):
            guard let value = Self.fromFixed32(scalar, v) else { break }
            return value
        case (_, .fixed64(let v)):
            guard let value = Self.fromFixed64(scalar, v) else { break }
            return value
        default:
            break
        }
        throw ProtobufDecodingError("\(place): wire type \(field.wireType) does not carry a \(scalar.rawValue)")
    }

    /// Reads one element of a packed repeated field.
    static func scalar(
        _ scalar: ProtobufMessageTable.Scalar, from reader: inout ProtobufReader, place: String
    ) throws(ProtobufDecodingError) -> JSON {
        let value: JSON?
        switch scalar {
        case .fixed32, .sfixed32, .float: value = fromFixed32(scalar, try reader.readFixed32())
        case .fixed64, .sfixed64, .double: value = fromFixed64(scalar, try reader.readFixed64())
        default: value = fromVarint(scalar, try reader.readVarint())
        }
        guard let value else { throw ProtobufDecodingError("\(place): \(scalar.rawValue) cannot be packed") }
        return value
    }

    static func fromVarint(_ scalar: ProtobufMessageTable.Scalar, _ v: UInt64) -> JSON? {
        switch scalar {
        case .bool: return .bool(v != 0)
        case .int32: return .int(Int64(Int32(truncatingIfNeeded: v)))
        case .int64: return .int(Int64(bitPattern: v))
        case .uint32: return .int(Int64(UInt32(truncatingIfNeeded: v)))
        case .uint64: return v <= UInt64(Int64.max) ? .int(Int64(v)) : .double(Double(v))
        case .sint32:
            let u = UInt32(truncatingIfNeeded: v)
            return .int(Int64(Int32(bitPattern: (u >> 1) ^ (0 &- (u & 1)))))
        case .sint64: return .int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
        default: return nil
        }
    }

    static func fromFixed32(_ scalar: ProtobufMessageTable.Scalar, _ v: UInt32) -> JSON? {
        switch scalar {
        case .fixed32: return .int(Int64(v))
        case .sfixed32: return .int(Int64(Int32(bitPattern: v)))
        case .float: return .double(Double(Float(bitPattern: v)))
        default: return nil
        }
    }

    static func fromFixed64(_ scalar: ProtobufMessageTable.Scalar, _ v: UInt64) -> JSON? {
        switch scalar {
        case .fixed64: return v <= UInt64(Int64.max) ? .int(Int64(v)) : .double(Double(v))
        case .sfixed64: return .int(Int64(bitPattern: v))
        case .double: return .double(Double(bitPattern: v))
        default: return nil
        }
    }

    static func zeroValue(_ scalar: ProtobufMessageTable.Scalar) -> JSON {
        switch scalar {
        case .string, .bytes: return .string("")
        case .bool: return .bool(false)
        case .float, .double: return .double(0)
        default: return .int(0)
        }
    }

    static func isZero(_ value: JSON) -> Bool {
        switch value {
        case .string(let s): return s.isEmpty
        case .int(let i): return i == 0
        case .double(let d): return d == 0
        case .bool(let b): return !b
        default: return false
        }
    }

    // MARK: Messages with wire shapes of their own

    /// Reads the varint, fixed or length-delimited fields of a small message into a table by number.
    private func fields(_ bytes: [UInt8], range: Range<Int>) throws(ProtobufDecodingError) -> [Int: ProtobufRawField] {
        var reader = ProtobufReader(bytes, range: range)
        var fields: [Int: ProtobufRawField] = [:]
        while let field = try reader.next() { fields[field.number] = field }
        return fields
    }

    private func varint(_ field: ProtobufRawField?, _ place: String) throws(ProtobufDecodingError) -> UInt64 {
        guard let field else { return 0 }
        guard case .varint(let v) = field.value else {
            throw ProtobufDecodingError("\(place): expected a varint, found wire type \(field.wireType)")
        }
        return v
    }

    /// `meta.v1.Time` and `MicroTime`: {1: seconds, 2: nanos} → RFC 3339 in UTC; the zero time is null.
    func decodeTime(_ bytes: [UInt8], range: Range<Int>, microseconds: Bool) throws(ProtobufDecodingError) -> JSON {
        if range.isEmpty { return .null }
        let fields = try fields(bytes, range: range)
        let seconds = Int64(bitPattern: try varint(fields[1], "Time.seconds"))
        let nanos = Int64(Int32(truncatingIfNeeded: try varint(fields[2], "Time.nanos")))
        if seconds == ProtobufTextFormat.zeroTimeSeconds && nanos == 0 { return .null }
        let digits = microseconds ? 6 : 0
        guard let text = ProtobufTextFormat.rfc3339(seconds: seconds, nanos: nanos, fractionDigits: digits) else {
            throw ProtobufDecodingError("time \(seconds)s is outside the years 0 to 9999")
        }
        return .string(text)
    }

    /// `meta.v1.Duration`: {1: nanoseconds} → Go's duration text (`1h0m0s`).
    func decodeDuration(_ bytes: [UInt8], range: Range<Int>) throws(ProtobufDecodingError) -> JSON {
        let fields = try fields(bytes, range: range)
        return .string(ProtobufTextFormat.duration(nanoseconds: Int64(bitPattern: try varint(fields[1], "Duration"))))
    }

    /// `intstr.IntOrString`: {1: type (0 int, 1 string), 2: intVal, 3: strVal}.
    func decodeIntOrString(_ bytes: [UInt8], range: Range<Int>) throws(ProtobufDecodingError) -> JSON {
        let fields = try fields(bytes, range: range)
        let type = Int64(bitPattern: try varint(fields[1], "IntOrString.type"))
        switch type {
        case 0:
            return .int(Int64(Int32(truncatingIfNeeded: try varint(fields[2], "IntOrString.intVal"))))
        case 1:
            guard let field = fields[3] else { return .string("") }
            return .string(try string(of: field, in: bytes, "IntOrString.strVal"))
        default:
            throw ProtobufDecodingError("IntOrString has the unknown type \(type)")
        }
    }

    /// `resource.Quantity`: {1: string}; the zero quantity is "0".
    func decodeQuantity(_ bytes: [UInt8], range: Range<Int>) throws(ProtobufDecodingError) -> JSON {
        let fields = try fields(bytes, range: range)
        guard let field = fields[1] else { return .string("0") }
        let text = try string(of: field, in: bytes, "Quantity")
        return .string(text.isEmpty ? "0" : text)
    }

    /// `runtime.RawExtension` and `meta.v1.FieldsV1`: {1: raw bytes} holding JSON (or, for an embedded object, a
    /// protobuf body of its own).
    func decodeEmbedded(_ bytes: [UInt8], range: Range<Int>, what: String, depth: Int) throws(ProtobufDecodingError)
        -> JSON
    {
        let fields = try fields(bytes, range: range)
        guard let field = fields[1] else { return .null }
        let raw = try Self.payload(of: field, in: what)
        if raw.isEmpty { return .null }
        let slice = bytes[raw]
        if KubernetesProtobuf.hasMagic(slice) {
            return try decodeEnvelope(Array(slice), depth: depth + 1)
        }
        do {
            return try JSON.parse(slice)
        } catch {
            throw ProtobufDecodingError("the \(what) does not hold JSON: \(error)")
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
