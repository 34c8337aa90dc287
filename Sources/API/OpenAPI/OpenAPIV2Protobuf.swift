import APIMachinery

/// Encodes a Swagger 2.0 document (as served at `/openapi/v2` in JSON) as the protobuf message `openapi.v2.Document`
/// of gnostic, the form `kubectl` and client-go ask for with
/// `Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf` (``legacyMediaType``).
///
/// Maps of the document (paths, definitions, properties, responses) become repeated name/value pairs in sorted key
/// order, so the same document always encodes to the same bytes. Vendor extensions (`x-…` keys) and other free-form
/// values (`default`, `enum`, `example`) are carried as YAML text in the `yaml` field of gnostic's `Any`, which is
/// where clients read `x-kubernetes-group-version-kind`, `x-kubernetes-patch-strategy` and
/// `x-kubernetes-patch-merge-key` back from. Keys the Swagger 2.0 grammar does not know are left out.
///
/// The field numbers are those of the `openapi.v2` protobuf package.
public enum OpenAPIV2Protobuf {
    /// The media type of this encoding: the `Content-Type` of a protobuf answer, whichever of the two spellings the
    /// client asked for. (Go's media type parser rejects the `@` of ``legacyMediaType``, so clients that ask with
    /// it fail on a response labelled with it.)
    public static let mediaType = "application/com.github.proto-openapi.spec.v2.v1.0+protobuf"
    /// The older spelling of ``mediaType``, which `kubectl` and client-go send in `Accept`; accept it, never send it.
    public static let legacyMediaType = "application/com.github.proto-openapi.spec.v2@v1.0+protobuf"

    /// The `openapi.v2.Document` encoding of a Swagger 2.0 JSON document.
    public static func encode(_ document: JSON) -> [UInt8] {
        var w = ProtobufWriter(capacity: 1 << 20)
        if let o = document.objectValue { Self.document(o, &w) }
        return w.bytes
    }

    // MARK: Document and its parts

    private static func document(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, string(o["swagger"]))
        if let info = o["info"]?.objectValue { w.message(2) { Self.info(info, &$0) } }
        w.string(3, string(o["host"]))
        w.string(4, string(o["basePath"]))
        w.strings(5, strings(o["schemes"]))
        w.strings(6, strings(o["consumes"]))
        w.strings(7, strings(o["produces"]))
        if let paths = o["paths"]?.objectValue { w.message(8) { Self.paths(paths, &$0) } }
        if let definitions = o["definitions"]?.objectValue {
            w.message(9) { d in
                for name in definitions.keys.sorted() {
                    guard let schema = definitions[name]?.objectValue else { continue }
                    d.message(1) { Self.namedSchema(name, schema, &$0) }
                }
            }
        }
        if let parameters = o["parameters"]?.objectValue {
            w.message(10) { d in
                for name in parameters.keys.sorted() {
                    guard let p = parameters[name]?.objectValue else { continue }
                    d.message(1) { n in
                        n.string(1, name)
                        n.message(2) { Self.parameter(p, &$0) }
                    }
                }
            }
        }
        if let responses = o["responses"]?.objectValue {
            w.message(11) { d in
                for name in responses.keys.sorted() {
                    guard let r = responses[name]?.objectValue else { continue }
                    d.message(1) { n in
                        n.string(1, name)
                        n.message(2) { Self.response(r, &$0) }
                    }
                }
            }
        }
        securityRequirements(12, o["security"], &w)
        if let definitions = o["securityDefinitions"]?.objectValue {
            w.message(13) { d in
                for name in definitions.keys.sorted() {
                    guard let item = definitions[name]?.objectValue else { continue }
                    d.message(1) { n in
                        n.string(1, name)
                        n.message(2) { Self.securityDefinition(item, &$0) }
                    }
                }
            }
        }
        for tag in objects(o["tags"]) {
            w.message(14) { t in
                t.string(1, string(tag["name"]))
                t.string(2, string(tag["description"]))
                externalDocs(3, tag["externalDocs"], &t)
                vendorExtensions(4, tag, &t)
            }
        }
        externalDocs(15, o["externalDocs"], &w)
        vendorExtensions(16, o, &w)
    }

    private static func info(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, string(o["title"]))
        w.string(2, string(o["version"]))
        w.string(3, string(o["description"]))
        w.string(4, string(o["termsOfService"]))
        if let contact = o["contact"]?.objectValue {
            w.message(5) { c in
                c.string(1, string(contact["name"]))
                c.string(2, string(contact["url"]))
                c.string(3, string(contact["email"]))
                vendorExtensions(4, contact, &c)
            }
        }
        if let license = o["license"]?.objectValue {
            w.message(6) { l in
                l.string(1, string(license["name"]))
                l.string(2, string(license["url"]))
                vendorExtensions(3, license, &l)
            }
        }
        vendorExtensions(7, o, &w)
    }

    private static func externalDocs(_ field: Int, _ value: JSON?, _ w: inout ProtobufWriter) {
        guard let o = value?.objectValue else { return }
        w.message(field) { e in
            e.string(1, string(o["description"]))
            e.string(2, string(o["url"]))
            vendorExtensions(3, o, &e)
        }
    }

    /// `security` lists: each requirement maps a scheme name to its scopes.
    private static func securityRequirements(_ field: Int, _ value: JSON?, _ w: inout ProtobufWriter) {
        for requirement in objects(value) {
            w.message(field) { r in
                for name in requirement.keys.sorted() {
                    r.message(1) { n in
                        n.string(1, name)
                        n.message(2) { $0.strings(1, strings(requirement[name])) }
                    }
                }
            }
        }
    }

    private static func securityDefinition(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        let type = string(o["type"])
        let flow = string(o["flow"])
        func scopes(_ s: inout ProtobufWriter) {
            let scopes = o["scopes"]?.objectValue ?? [:]
            s.message(3) { m in
                for name in scopes.keys.sorted() {
                    m.message(1) { n in
                        n.string(1, name)
                        n.string(2, string(scopes[name]))
                    }
                }
            }
        }
        switch (type, flow) {
        case ("basic", _):
            w.message(1) { s in
                s.string(1, type)
                s.string(2, string(o["description"]))
                vendorExtensions(3, o, &s)
            }
        case ("apiKey", _):
            w.message(2) { s in
                s.string(1, type)
                s.string(2, string(o["name"]))
                s.string(3, string(o["in"]))
                s.string(4, string(o["description"]))
                vendorExtensions(5, o, &s)
            }
        case ("oauth2", "implicit"):
            w.message(3) { s in
                s.string(1, type)
                s.string(2, flow)
                scopes(&s)
                s.string(4, string(o["authorizationUrl"]))
                s.string(5, string(o["description"]))
                vendorExtensions(6, o, &s)
            }
        case ("oauth2", "password"), ("oauth2", "application"):
            w.message(flow == "password" ? 4 : 5) { s in
                s.string(1, type)
                s.string(2, flow)
                scopes(&s)
                s.string(4, string(o["tokenUrl"]))
                s.string(5, string(o["description"]))
                vendorExtensions(6, o, &s)
            }
        case ("oauth2", "accessCode"):
            w.message(6) { s in
                s.string(1, type)
                s.string(2, flow)
                scopes(&s)
                s.string(4, string(o["authorizationUrl"]))
                s.string(5, string(o["tokenUrl"]))
                s.string(6, string(o["description"]))
                vendorExtensions(7, o, &s)
            }
        default:
            break
        }
    }

    // MARK: Paths and operations

    private static func paths(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        vendorExtensions(1, o, &w)
        for path in o.keys.sorted() where path.hasPrefix("/") {
            guard let item = o[path]?.objectValue else { continue }
            w.message(2) { n in
                n.string(1, path)
                n.message(2) { Self.pathItem(item, &$0) }
            }
        }
    }

    private static let operationFields: [(method: String, field: Int)] = [
        ("get", 2), ("put", 3), ("post", 4), ("delete", 5), ("options", 6), ("head", 7), ("patch", 8),
    ]

    private static func pathItem(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, string(o["$ref"]))
        for (method, field) in operationFields {
            guard let op = o[method]?.objectValue else { continue }
            w.message(field) { Self.operation(op, &$0) }
        }
        for p in objects(o["parameters"]) {
            w.message(9) { Self.parametersItem(p, &$0) }
        }
        vendorExtensions(10, o, &w)
    }

    private static func operation(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.strings(1, strings(o["tags"]))
        w.string(2, string(o["summary"]))
        w.string(3, string(o["description"]))
        externalDocs(4, o["externalDocs"], &w)
        w.string(5, string(o["operationId"]))
        w.strings(6, strings(o["produces"]))
        w.strings(7, strings(o["consumes"]))
        for p in objects(o["parameters"]) {
            w.message(8) { Self.parametersItem(p, &$0) }
        }
        if let responses = o["responses"]?.objectValue { w.message(9) { Self.responses(responses, &$0) } }
        w.strings(10, strings(o["schemes"]))
        w.bool(11, bool(o["deprecated"]))
        securityRequirements(12, o["security"], &w)
        vendorExtensions(13, o, &w)
    }

    // MARK: Parameters

    private static func parametersItem(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        if o["$ref"]?.stringValue != nil {
            w.message(2) { jsonReference(o, &$0) }
        } else {
            w.message(1) { parameter(o, &$0) }
        }
    }

    private static func jsonReference(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, string(o["$ref"]))
        w.string(2, string(o["description"]))
    }

    private static func parameter(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        let location = string(o["in"])
        if location == "body" {
            w.message(1) { b in
                b.string(1, string(o["description"]))
                b.string(2, string(o["name"]))
                b.string(3, location)
                b.bool(4, bool(o["required"]))
                if let schema = o["schema"]?.objectValue { b.message(5) { Self.schema(schema, &$0) } }
                vendorExtensions(6, o, &b)
            }
            return
        }
        w.message(2) { n in
            switch location {
            case "header": n.message(1) { Self.pathOrHeaderParameter(o, &$0) }
            case "formData": n.message(2) { Self.queryOrFormParameter(o, &$0) }
            case "path": n.message(4) { Self.pathOrHeaderParameter(o, &$0) }
            default: n.message(3) { Self.queryOrFormParameter(o, &$0) }
            }
        }
    }

    /// `QueryParameterSubSchema` and `FormDataParameterSubSchema` share one layout.
    private static func queryOrFormParameter(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.bool(1, bool(o["required"]))
        w.string(2, string(o["in"]))
        w.string(3, string(o["description"]))
        w.string(4, string(o["name"]))
        w.bool(5, bool(o["allowEmptyValue"]))
        primitiveFacets(o, startingAt: 6, vendorExtensions: true, &w)
    }

    /// `PathParameterSubSchema` and `HeaderParameterSubSchema` share one layout.
    private static func pathOrHeaderParameter(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.bool(1, bool(o["required"]))
        w.string(2, string(o["in"]))
        w.string(3, string(o["description"]))
        w.string(4, string(o["name"]))
        primitiveFacets(o, startingAt: 5, vendorExtensions: true, &w)
    }

    /// The run of fields from `type` to `vendor_extension` that non-body parameters, `PrimitivesItems` and
    /// `Header` have in the same order, numbered consecutively from `first`.
    private static func primitiveFacets(
        _ o: [String: JSON], startingAt first: Int, vendorExtensions withExtensions: Bool, _ w: inout ProtobufWriter
    ) {
        w.string(first, string(o["type"]))
        w.string(first + 1, string(o["format"]))
        if let items = o["items"]?.objectValue {
            w.message(first + 2) { primitiveFacets(items, startingAt: 1, vendorExtensions: true, &$0) }
        }
        w.string(first + 3, string(o["collectionFormat"]))
        if let value = o["default"] { any(first + 4, value, &w) }
        w.double(first + 5, double(o["maximum"]))
        w.bool(first + 6, bool(o["exclusiveMaximum"]))
        w.double(first + 7, double(o["minimum"]))
        w.bool(first + 8, bool(o["exclusiveMinimum"]))
        w.int64(first + 9, int(o["maxLength"]))
        w.int64(first + 10, int(o["minLength"]))
        w.string(first + 11, string(o["pattern"]))
        w.int64(first + 12, int(o["maxItems"]))
        w.int64(first + 13, int(o["minItems"]))
        w.bool(first + 14, bool(o["uniqueItems"]))
        for value in o["enum"]?.arrayValue ?? [] { any(first + 15, value, &w) }
        w.double(first + 16, double(o["multipleOf"]))
        if withExtensions { vendorExtensions(first + 17, o, &w) }
    }

    // MARK: Responses

    private static func responses(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        for code in o.keys.sorted() where !code.hasPrefix("x-") {
            guard let r = o[code]?.objectValue else { continue }
            w.message(1) { n in
                n.string(1, code)
                n.message(2) { v in
                    if r["$ref"]?.stringValue != nil {
                        v.message(2) { jsonReference(r, &$0) }
                    } else {
                        v.message(1) { response(r, &$0) }
                    }
                }
            }
        }
        vendorExtensions(2, o, &w)
    }

    private static func response(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, string(o["description"]))
        if let schema = o["schema"]?.objectValue {
            w.message(2) { item in
                if schema["type"]?.stringValue == "file" {
                    item.message(2) { fileSchema(schema, &$0) }
                } else {
                    item.message(1) { Self.schema(schema, &$0) }
                }
            }
        }
        if let headers = o["headers"]?.objectValue {
            w.message(3) { h in
                for name in headers.keys.sorted() {
                    guard let header = headers[name]?.objectValue else { continue }
                    h.message(1) { n in
                        n.string(1, name)
                        n.message(2) { v in
                            primitiveFacets(header, startingAt: 1, vendorExtensions: false, &v)
                            v.string(18, string(header["description"]))
                            vendorExtensions(19, header, &v)
                        }
                    }
                }
            }
        }
        if let examples = o["examples"]?.objectValue {
            w.message(4) { e in
                for name in examples.keys.sorted() {
                    guard let value = examples[name] else { continue }
                    e.message(1) { n in
                        n.string(1, name)
                        n.message(2) { $0.string(2, yaml(value)) }
                    }
                }
            }
        }
        vendorExtensions(5, o, &w)
    }

    private static func fileSchema(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, string(o["format"]))
        w.string(2, string(o["title"]))
        w.string(3, string(o["description"]))
        if let value = o["default"] { any(4, value, &w) }
        w.strings(5, strings(o["required"]))
        w.string(6, string(o["type"]))
        w.bool(7, bool(o["readOnly"]))
        externalDocs(8, o["externalDocs"], &w)
        if let value = o["example"] { any(9, value, &w) }
        vendorExtensions(10, o, &w)
    }

    // MARK: Schemas

    private static func namedSchema(_ name: String, _ schema: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, name)
        w.message(2) { Self.schema(schema, &$0) }
    }

    private static func schema(_ o: [String: JSON], _ w: inout ProtobufWriter) {
        w.string(1, string(o["$ref"]))
        w.string(2, string(o["format"]))
        w.string(3, string(o["title"]))
        w.string(4, string(o["description"]))
        if let value = o["default"] { any(5, value, &w) }
        w.double(6, double(o["multipleOf"]))
        w.double(7, double(o["maximum"]))
        w.bool(8, bool(o["exclusiveMaximum"]))
        w.double(9, double(o["minimum"]))
        w.bool(10, bool(o["exclusiveMinimum"]))
        w.int64(11, int(o["maxLength"]))
        w.int64(12, int(o["minLength"]))
        w.string(13, string(o["pattern"]))
        w.int64(14, int(o["maxItems"]))
        w.int64(15, int(o["minItems"]))
        w.bool(16, bool(o["uniqueItems"]))
        w.int64(17, int(o["maxProperties"]))
        w.int64(18, int(o["minProperties"]))
        w.strings(19, strings(o["required"]))
        for value in o["enum"]?.arrayValue ?? [] { any(20, value, &w) }
        switch o["additionalProperties"] {
        case .object(let schema)?:
            w.message(21) { a in a.message(1) { Self.schema(schema, &$0) } }
        case .bool(let allowed)?:
            w.message(21) { $0.alwaysBool(2, allowed) }
        default:
            break
        }
        switch o["type"] {
        case .string(let type)?:
            w.message(22) { $0.alwaysString(1, type) }
        case .array(let types)?:
            w.message(22) { t in
                for case .string(let type) in types { t.alwaysString(1, type) }
            }
        default:
            break
        }
        switch o["items"] {
        case .object(let schema)?:
            w.message(23) { i in i.message(1) { Self.schema(schema, &$0) } }
        case .array(let schemas)?:
            w.message(23) { i in
                for case .object(let schema) in schemas { i.message(1) { Self.schema(schema, &$0) } }
            }
        default:
            break
        }
        for schema in objects(o["allOf"]) {
            w.message(24) { Self.schema(schema, &$0) }
        }
        if let properties = o["properties"]?.objectValue {
            w.message(25) { p in
                for name in properties.keys.sorted() {
                    guard let schema = properties[name]?.objectValue else { continue }
                    p.message(1) { namedSchema(name, schema, &$0) }
                }
            }
        }
        w.string(26, string(o["discriminator"]))
        w.bool(27, bool(o["readOnly"]))
        if let xml = o["xml"]?.objectValue {
            w.message(28) { x in
                x.string(1, string(xml["name"]))
                x.string(2, string(xml["namespace"]))
                x.string(3, string(xml["prefix"]))
                x.bool(4, bool(xml["attribute"]))
                x.bool(5, bool(xml["wrapped"]))
                vendorExtensions(6, xml, &x)
            }
        }
        externalDocs(29, o["externalDocs"], &w)
        if let value = o["example"] { any(30, value, &w) }
        vendorExtensions(31, o, &w)
    }

    // MARK: Free-form values

    /// Every `x-…` key of `o`, in sorted order, as `NamedAny` entries of a repeated field.
    private static func vendorExtensions(_ field: Int, _ o: [String: JSON], _ w: inout ProtobufWriter) {
        for key in o.keys.sorted() where key.hasPrefix("x-") {
            guard let value = o[key] else { continue }
            w.message(field) { n in
                n.string(1, key)
                n.message(2) { $0.string(2, yaml(value)) }
            }
        }
    }

    /// A gnostic `Any` holding `value` as YAML text.
    private static func any(_ field: Int, _ value: JSON, _ w: inout ProtobufWriter) {
        w.message(field) { $0.string(2, yaml(value)) }
    }

    /// The YAML text gnostic keeps for a free-form value.
    private static func yaml(_ value: JSON) -> String {
        var emitter = OpenAPIYAMLText()
        emitter.document(value)
        return emitter.out
    }

    // MARK: Reading JSON

    private static func string(_ value: JSON?) -> String { value?.stringValue ?? "" }
    private static func bool(_ value: JSON?) -> Bool { value?.boolValue ?? false }
    private static func int(_ value: JSON?) -> Int64 { value?.intValue ?? 0 }
    private static func double(_ value: JSON?) -> Double { value?.doubleValue ?? 0 }

    private static func strings(_ value: JSON?) -> [String] {
        (value?.arrayValue ?? []).compactMap(\.stringValue)
    }

    private static func objects(_ value: JSON?) -> [[String: JSON]] {
        (value?.arrayValue ?? []).compactMap(\.objectValue)
    }
}

/// Block-style YAML for the small free-form values of an OpenAPI document (extension values, defaults, enum
/// members): two-space indentation, sorted keys, strings left plain only when they cannot read back as anything but
/// the same string, double-quoted otherwise.
struct OpenAPIYAMLText {
    var out = ""

    mutating func document(_ value: JSON) {
        switch value {
        case .object(let o) where !o.isEmpty: mapping(o, indent: 0, continuingLine: false)
        case .array(let a) where !a.isEmpty: sequence(a, indent: 0)
        default:
            scalar(value)
            out += "\n"
        }
    }

    private mutating func pad(_ n: Int) {
        out += String(repeating: " ", count: n)
    }

    /// A block mapping with keys at column `indent`; `continuingLine` when the first key follows a written `- `.
    private mutating func mapping(_ o: [String: JSON], indent: Int, continuingLine: Bool) {
        for (i, key) in o.keys.sorted().enumerated() {
            if i > 0 || !continuingLine { pad(indent) }
            string(key)
            out += ":"
            value(o[key] ?? .null, indent: indent + 2)
        }
    }

    private mutating func sequence(_ a: [JSON], indent: Int) {
        for element in a {
            pad(indent)
            out += "-"
            switch element {
            case .object(let o) where !o.isEmpty:
                out += " "
                mapping(o, indent: indent + 2, continuingLine: true)
            default:
                value(element, indent: indent + 2)
            }
        }
    }

    /// The value after a `key:` or a `-`, with nested blocks at `indent`.
    private mutating func value(_ v: JSON, indent: Int) {
        switch v {
        case .object(let o) where !o.isEmpty:
            out += "\n"
            mapping(o, indent: indent, continuingLine: false)
        case .array(let a) where !a.isEmpty:
            out += "\n"
            sequence(a, indent: indent)
        default:
            out += " "
            scalar(v)
            out += "\n"
        }
    }

    private mutating func scalar(_ v: JSON) {
        switch v {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int, .double: out += String(decoding: v.serialized(), as: UTF8.self)
        case .string(let s): string(s)
        case .array: out += "[]"
        case .object: out += "{}"
        }
    }

    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    /// Plain when the text starts with a letter, holds only letters, digits and `_ . / -`, and is not a word YAML
    /// reads as a boolean or null; double-quoted (with escapes) otherwise.
    private mutating func string(_ s: String) {
        var plain = false
        if let first = s.unicodeScalars.first, first.isASCIILetter {
            plain = s.unicodeScalars.allSatisfy { c in
                c.isASCIILetter || ("0"..."9").contains(c) || c == "_" || c == "." || c == "/" || c == "-"
            }
            if plain && Self.reservedWords.contains(s.lowercased()) { plain = false }
        }
        if plain {
            out += s
            return
        }
        out += "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = c.value
                if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFEFF || v == 0xFFFE || v == 0xFFFF {
                    out += "\\u" + Self.hex4(v)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }

    private static func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self)
    }
}
