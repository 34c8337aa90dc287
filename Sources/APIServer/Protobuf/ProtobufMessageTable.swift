import API

/// The protobuf descriptions of the built-in messages, read from the generated table
/// (`ProtobufFields.table`, written by `scripts/generate-protobuf-fields.py`).
struct ProtobufMessageTable: Sendable {
    /// The scalar kinds of protobuf.
    enum Scalar: String, Sendable {
        case string, bytes, bool
        case int32, int64, uint32, uint64, sint32, sint64
        case fixed32, fixed64, sfixed32, sfixed64
        case float, double

        /// Whether a repeated field of this kind may be packed into one length-delimited field.
        var isPackable: Bool { self != .string && self != .bytes }
    }

    indirect enum FieldType: Sendable, Equatable {
        case scalar(Scalar)
        /// A message, by its definition name (`io.k8s.api.core.v1.PodSpec`).
        case message(String)
        /// A map: repeated entry messages with the key in field 1 and the value in field 2.
        case map(key: FieldType, value: FieldType)
    }

    struct Field: Sendable {
        var number: Int
        /// The JSON property; empty when the field's message is inlined into the parent's JSON object.
        var jsonName: String
        var type: FieldType
        var repeated: Bool
        /// A zero value on the wire means the field is not set (the JSON form leaves it out).
        var omitsZero: Bool

        var isInline: Bool { jsonName.isEmpty }
    }

    struct Message: Sendable {
        var name: String
        /// A named list type: the JSON value is the array held in field 1.
        var isList: Bool
        var fields: [Int: Field]
    }

    var messages: [String: Message]

    subscript(name: String) -> Message? { messages[name] }

    /// The table compiled into the server; an error when the generated text does not parse (a build defect the
    /// tests catch).
    static let builtIn: Result<ProtobufMessageTable, ProtobufDecodingError> = Result {
        () throws(ProtobufDecodingError) -> ProtobufMessageTable in
        try ProtobufMessageTable(parsing: ProtobufFields.table)
    }

    init(messages: [String: Message]) {
        self.messages = messages
    }

    /// Parses the generated form: one message a line, `DEFINITION [[]] NUMBER=JSONNAME:TYPE[*][?] ...`.
    init(parsing text: String) throws(ProtobufDecodingError) {
        var messages: [String: Message] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let tokens = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = tokens.first else { continue }
            let name = String(first)
            let package = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? ""
            var message = Message(name: name, isList: false, fields: [:])
            for token in tokens.dropFirst() {
                if token == "[]" {
                    message.isList = true
                    continue
                }
                let field = try Self.parseField(token, package: package, in: name)
                guard message.fields.updateValue(field, forKey: field.number) == nil else {
                    throw ProtobufDecodingError("protobuf table: \(name) has field \(field.number) twice")
                }
            }
            guard messages.updateValue(message, forKey: name) == nil else {
                throw ProtobufDecodingError("protobuf table: \(name) is described twice")
            }
        }
        self.messages = messages
    }

    private static func parseField(
        _ token: Substring, package: String, in message: String
    ) throws(ProtobufDecodingError) -> Field {
        guard let equals = token.firstIndex(of: "="),
            let number = Int(token[..<equals]), number > 0,
            let colon = token[equals...].firstIndex(of: ":")
        else {
            throw ProtobufDecodingError("protobuf table: \(message): bad field \(token)")
        }
        let jsonName = String(token[token.index(after: equals)..<colon])
        var typeText = token[token.index(after: colon)...]
        var repeated = false
        var omitsZero = false
        while let last = typeText.last, last == "*" || last == "?" {
            if last == "*" { repeated = true } else { omitsZero = true }
            typeText = typeText.dropLast()
        }
        let type = try parseType(typeText, package: package, in: message)
        if case .map = type { repeated = true }
        return Field(number: number, jsonName: jsonName, type: type, repeated: repeated, omitsZero: omitsZero)
    }

    private static func parseType(
        _ text: Substring, package: String, in message: String
    ) throws(ProtobufDecodingError) -> FieldType {
        if text.hasPrefix("map<") && text.hasSuffix(">") {
            let inner = text.dropFirst(4).dropLast()
            guard let comma = inner.firstIndex(of: ",") else {
                throw ProtobufDecodingError("protobuf table: \(message): bad map type \(text)")
            }
            let key = try parseType(inner[..<comma], package: package, in: message)
            let value = try parseType(inner[inner.index(after: comma)...], package: package, in: message)
            guard case .scalar = key else {
                throw ProtobufDecodingError("protobuf table: \(message): map key must be a scalar")
            }
            return .map(key: key, value: value)
        }
        guard !text.isEmpty else { throw ProtobufDecodingError("protobuf table: \(message): empty type") }
        if let scalar = Scalar(rawValue: String(text)) { return .scalar(scalar) }
        if text.contains(".") { return .message(String(text)) }
        return .message(package.isEmpty ? String(text) : package + "." + text)
    }
}
