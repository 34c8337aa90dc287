import API
import APIMachinery
import Testing

/// A protobuf field as the test reader sees it.
private enum ProtoValue {
    case varint(UInt64)
    case fixed64(UInt64)
    case bytes([UInt8])
    case fixed32(UInt32)

    var bytes: [UInt8]? {
        if case .bytes(let b) = self { return b }
        return nil
    }

    var string: String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
}

/// Splits an encoded message into its fields, in order; nil when the bytes are not a well-formed message.
private func decodeFields(_ bytes: [UInt8]) -> [(field: Int, value: ProtoValue)]? {
    var fields: [(field: Int, value: ProtoValue)] = []
    var i = 0
    func varint() -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count, shift < 64 {
            let b = bytes[i]
            i += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
        return nil
    }
    while i < bytes.count {
        guard let key = varint() else { return nil }
        let field = Int(key >> 3)
        guard field > 0 else { return nil }
        switch key & 7 {
        case 0:
            guard let v = varint() else { return nil }
            fields.append((field, .varint(v)))
        case 1:
            guard i + 8 <= bytes.count else { return nil }
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[i + k]) << (8 * UInt64(k)) }
            i += 8
            fields.append((field, .fixed64(v)))
        case 2:
            guard let n = varint(), n <= UInt64(bytes.count - i) else { return nil }
            fields.append((field, .bytes(Array(bytes[i..<(i + Int(n))]))))
            i += Int(n)
        case 5:
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for k in 0..<4 { v |= UInt32(bytes[i + k]) << (8 * UInt32(k)) }
            i += 4
            fields.append((field, .fixed32(v)))
        default:
            return nil
        }
    }
    return fields
}

/// The payloads of every occurrence of `field` (a repeated field, or the single one).
private func all(_ bytes: [UInt8], _ field: Int) -> [ProtoValue] {
    (decodeFields(bytes) ?? []).filter { $0.field == field }.map(\.value)
}

private func first(_ bytes: [UInt8], _ field: Int) -> ProtoValue? {
    all(bytes, field).first
}

/// The value of the `Named…` entry called `name` among the repeated `field` of `bytes` (name = 1, value = 2).
private func named(_ bytes: [UInt8], _ field: Int, _ name: String) -> [UInt8]? {
    for entry in all(bytes, field) {
        guard let e = entry.bytes, first(e, 1)?.string == name else { continue }
        return first(e, 2)?.bytes ?? []
    }
    return nil
}

/// The YAML text of the vendor extension `name` in the repeated `NamedAny` `field`.
private func extensionYAML(_ bytes: [UInt8], _ field: Int, _ name: String) -> String? {
    guard let any = named(bytes, field, name) else { return nil }
    return first(any, 2)?.string
}

/// Reads back the simple YAML the encoder writes for string maps (`key: value` lines, possibly after `- `).
private func stringMaps(fromYAML text: String) -> [[String: String]] {
    var maps: [[String: String]] = []
    for line in text.split(separator: "\n") {
        var l = Substring(line)
        if l.hasPrefix("- ") {
            maps.append([:])
            l = l.dropFirst(2)
        } else if maps.isEmpty {
            maps.append([:])
        }
        l = l.drop(while: { $0 == " " })
        guard let colon = l.firstIndex(of: ":") else { continue }
        var value = String(l[l.index(after: colon)...].drop(while: { $0 == " " }))
        if value == "\"\"" { value = "" }
        maps[maps.count - 1][String(l[..<colon])] = value
    }
    return maps
}

private func fullDocument() -> (json: JSON, bytes: [UInt8]) {
    let json = OpenAPIV2().document()
    return (json, OpenAPIV2Protobuf.encode(json))
}

@Suite struct OpenAPIV2ProtobufTests {
    @Test func wholeDocumentIsWellFormed() throws {
        let (_, bytes) = fullDocument()
        #expect(bytes.count > 100_000)
        let fields = try #require(decodeFields(bytes))
        #expect(fields.map(\.field) == [1, 2, 8, 9, 12, 13])
        // Every path item and every definition parses as a message.
        let paths = try #require(first(bytes, 8)?.bytes)
        for entry in all(paths, 2) {
            let item = try #require(entry.bytes.flatMap { first($0, 2)?.bytes })
            #expect(decodeFields(item) != nil)
        }
        let definitions = try #require(first(bytes, 9)?.bytes)
        for entry in all(definitions, 1) {
            let schema = try #require(entry.bytes.flatMap { first($0, 2)?.bytes })
            #expect(decodeFields(schema) != nil)
        }
    }

    @Test func swaggerVersionAndInfo() throws {
        let (json, bytes) = fullDocument()
        #expect(first(bytes, 1)?.string == "2.0")
        let info = try #require(first(bytes, 2)?.bytes)
        #expect(first(info, 1)?.string == "Kubernetes")
        #expect(first(info, 2)?.string == json["info"]["version"].stringValue)
    }

    @Test func definitionsHoldDeploymentWithItsKind() throws {
        let (json, bytes) = fullDocument()
        let definitions = try #require(first(bytes, 9)?.bytes)
        let names = all(definitions, 1).compactMap { $0.bytes.flatMap { first($0, 1)?.string } }
        #expect(names.contains("io.k8s.api.apps.v1.Deployment"))
        #expect(names.count == json["definitions"].objectValue?.count)
        #expect(names == names.sorted())

        let deployment = try #require(named(definitions, 1, "io.k8s.api.apps.v1.Deployment"))
        let type = try #require(first(deployment, 22)?.bytes)
        #expect(first(type, 1)?.string == "object")
        let properties = try #require(first(deployment, 25)?.bytes)
        let spec = try #require(named(properties, 1, "spec"))
        #expect(first(spec, 1)?.string == "#/definitions/io.k8s.api.apps.v1.DeploymentSpec")

        let gvkText = try #require(extensionYAML(deployment, 31, "x-kubernetes-group-version-kind"))
        #expect(gvkText == "- group: apps\n  kind: Deployment\n  version: v1\n")
        #expect(stringMaps(fromYAML: gvkText) == [["group": "apps", "kind": "Deployment", "version": "v1"]])
    }

    @Test func patchMetadataTravelsAsExtensions() throws {
        let (json, bytes) = fullDocument()
        let definitions = try #require(first(bytes, 9)?.bytes)
        let podSpec = try #require(named(definitions, 1, "io.k8s.api.core.v1.PodSpec"))
        let properties = try #require(first(podSpec, 25)?.bytes)
        let containers = try #require(named(properties, 1, "containers"))
        let source = json["definitions"]["io.k8s.api.core.v1.PodSpec"]["properties"]["containers"]
        let strategy = try #require(source["x-kubernetes-patch-strategy"].stringValue)
        let mergeKey = try #require(source["x-kubernetes-patch-merge-key"].stringValue)
        #expect(extensionYAML(containers, 31, "x-kubernetes-patch-strategy") == strategy + "\n")
        #expect(extensionYAML(containers, 31, "x-kubernetes-patch-merge-key") == mergeKey + "\n")
        let items = try #require(first(containers, 23)?.bytes)
        let itemSchema = try #require(first(items, 1)?.bytes)
        #expect(first(itemSchema, 1)?.string == "#/definitions/io.k8s.api.core.v1.Container")
    }

    /// What kubectl reads to decide whether it may send `?fieldValidation=` and `?dryRun=`.
    @Test func patchOperationCarriesKindAndQueryParameters() throws {
        let (json, bytes) = fullDocument()
        let path = "/apis/apps/v1/namespaces/{namespace}/deployments/{name}"
        let paths = try #require(first(bytes, 8)?.bytes)
        let item = try #require(named(paths, 2, path))
        let patch = try #require(first(item, 8)?.bytes)

        let gvkText = try #require(extensionYAML(patch, 13, "x-kubernetes-group-version-kind"))
        let expected = json["paths"][path]["patch"]["x-kubernetes-group-version-kind"]
        #expect(gvkText == "group: apps\nkind: Deployment\nversion: v1\n")
        let decoded = try #require(stringMaps(fromYAML: gvkText).first)
        #expect(decoded["group"] == expected["group"].stringValue)
        #expect(decoded["version"] == expected["version"].stringValue)
        #expect(decoded["kind"] == expected["kind"].stringValue)
        #expect(extensionYAML(patch, 13, "x-kubernetes-action") == "patch\n")

        var queryNames: [String] = []
        var bodyNames: [String] = []
        for p in all(patch, 8) {
            let parameter = try #require(p.bytes.flatMap { first($0, 1)?.bytes })
            if let body = first(parameter, 1)?.bytes {
                bodyNames.append(first(body, 2)?.string ?? "")
                #expect(first(body, 3)?.string == "body")
            } else if let nonBody = first(parameter, 2)?.bytes, let query = first(nonBody, 3)?.bytes {
                queryNames.append(first(query, 4)?.string ?? "")
                #expect(first(query, 2)?.string == "query")
            }
        }
        #expect(bodyNames == ["body"])
        #expect(queryNames.contains("fieldValidation"))
        #expect(queryNames.contains("dryRun"))

        // Path-level parameters are path parameters (`PathParameterSubSchema`, oneof member 4).
        let pathParameters = all(item, 9).compactMap { $0.bytes.flatMap { first($0, 1)?.bytes } }
        let namesOfPathParameters = pathParameters.compactMap { p -> String? in
            guard let nonBody = first(p, 2)?.bytes, let sub = first(nonBody, 4)?.bytes else { return nil }
            return first(sub, 4)?.string
        }
        #expect(namesOfPathParameters.contains("name"))
        #expect(namesOfPathParameters.contains("namespace"))

        let responses = try #require(first(patch, 9)?.bytes)
        let ok = try #require(named(responses, 1, "200"))
        let response = try #require(first(ok, 1)?.bytes)
        let schemaItem = try #require(first(response, 2)?.bytes)
        let schema = try #require(first(schemaItem, 1)?.bytes)
        #expect(first(schema, 1)?.string == "#/definitions/io.k8s.api.apps.v1.Deployment")
    }

    @Test func encodingIsDeterministic() {
        let json = OpenAPIV2().document()
        let a = OpenAPIV2Protobuf.encode(json)
        let b = OpenAPIV2Protobuf.encode(OpenAPIV2().document())
        #expect(a == b)
        #expect(OpenAPIDocuments().serializedV2Protobuf == a)
    }

    @Test func smallDocumentBytes() {
        #expect(OpenAPIV2Protobuf.encode(["swagger": "2.0"]) == [0x0A, 0x03, 0x32, 0x2E, 0x30])
        // `additionalProperties: false` is a oneof member and is written although false; an empty
        // `properties` object is written as an empty message.
        let doc: JSON = [
            "definitions": ["A": ["type": "object", "additionalProperties": false, "properties": [:]]]
        ]
        let schema: [UInt8] = [0xAA, 0x01, 0x02, 0x10, 0x00, 0xB2, 0x01, 0x08, 0x0A, 0x06] + Array("object".utf8)
            + [0xCA, 0x01, 0x00]
        let named: [UInt8] = [0x0A, 0x01, 0x41, 0x12, UInt8(schema.count)] + schema
        let definitions: [UInt8] = [0x0A, UInt8(named.count)] + named
        #expect(OpenAPIV2Protobuf.encode(doc) == [0x4A, UInt8(definitions.count)] + definitions)
    }

    @Test func extensionValuesThatAreNotPlainAreQuoted() throws {
        let doc: JSON = [
            "definitions": [
                "A": [
                    "x-a": "true", "x-b": "", "x-c": "a: b", "x-d": 3, "x-e": ["k", "8080"], "x-f": [:],
                    "x-g": "line\nnext",
                ]
            ]
        ]
        let bytes = OpenAPIV2Protobuf.encode(doc)
        let definitions = try #require(first(bytes, 9)?.bytes)
        let schema = try #require(named(definitions, 1, "A"))
        #expect(extensionYAML(schema, 31, "x-a") == "\"true\"\n")
        #expect(extensionYAML(schema, 31, "x-b") == "\"\"\n")
        #expect(extensionYAML(schema, 31, "x-c") == "\"a: b\"\n")
        #expect(extensionYAML(schema, 31, "x-d") == "3\n")
        #expect(extensionYAML(schema, 31, "x-e") == "- k\n- \"8080\"\n")
        #expect(extensionYAML(schema, 31, "x-f") == "{}\n")
        #expect(extensionYAML(schema, 31, "x-g") == "\"line\\nnext\"\n")
        let names = all(schema, 31).compactMap { $0.bytes.flatMap { first($0, 1)?.string } }
        #expect(names == ["x-a", "x-b", "x-c", "x-d", "x-e", "x-f", "x-g"])
    }
}
