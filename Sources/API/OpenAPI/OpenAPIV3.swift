import APIMachinery

/// The OpenAPI 3.0 documents served under `/openapi/v3`: one per group-version (`api/v1`, `apis/apps/v1`), one
/// per group (`apis/apps`) and the roots `api` and `apis`, plus the index that lists them.
///
/// `kubectl explain` (1.27 and later) and client-side `kubectl apply` read kinds from these: a kind's schema is the
/// component whose `x-kubernetes-group-version-kind` names it, and `kubectl` checks the `patch` operations of a
/// kind for the `dryRun` and `fieldValidation` parameters.
public struct OpenAPIV3: Sendable {
    public var registry: SchemaRegistry
    public var resources: [ResourceInfo]
    public var version: String

    public init(
        registry: SchemaRegistry = .builtIn, resources: [ResourceInfo] = ResourceCatalog.builtIn,
        version: String = SchemaRegistry.builtInKubernetesVersion
    ) {
        self.registry = registry
        self.resources = resources
        self.version = version
    }

    /// The index served at `/openapi/v3`, given each document's hash (see ``OpenAPIDocuments``).
    public static func index(hashes: [String: String]) -> JSON {
        var paths: [String: JSON] = [:]
        for (path, hash) in hashes {
            paths[path] = ["serverRelativeURL": .string("/openapi/v3/\(path)?hash=\(hash)")]
        }
        return ["paths": .object(paths)]
    }

    /// The index served at `/openapi/v3`, computing every document to hash it.
    public func index() -> JSON {
        var hashes: [String: String] = [:]
        for (path, document) in documents() { hashes[path] = Self.hash(document.serialized()) }
        return Self.index(hashes: hashes)
    }

    /// The paths of the documents there are (`api`, `api/v1`, `apis`, `apis/apps`, `apis/apps/v1`, ...).
    public var documentPaths: [String] {
        Array(Set(APIPathBuilder(registry: registry, resources: resources).build().map(\.document))).sorted()
    }

    /// The document of a group-version (`v1`, `apps/v1`), or nil when no resource is served in it.
    public func document(groupVersion: String) -> JSON? {
        document(path: APIPathBuilder.documentPath(groupVersion: groupVersion))
    }

    /// The document at `/openapi/v3/<path>` (`api/v1`, `apis/apps/v1`, `apis/apps`, `api`, `apis`), or nil.
    public func document(path: String) -> JSON? {
        let paths = APIPathBuilder(registry: registry, resources: resources).build().filter { $0.document == path }
        guard !paths.isEmpty else { return nil }
        return render(paths)
    }

    /// Every document, by path.
    public func documents() -> [String: JSON] {
        var grouped: [String: [APIPath]] = [:]
        for path in APIPathBuilder(registry: registry, resources: resources).build() {
            grouped[path.document, default: []].append(path)
        }
        return grouped.mapValues(render)
    }

    private func render(_ paths: [APIPath]) -> JSON {
        var writer = OpenAPISchemaWriter(flavor: .v3, registry: registry)
        var pathObjects: [String: JSON] = [:]
        for path in paths { pathObjects[path.path] = Self.pathItem(path, writer: &writer) }
        let schemas = writer.closure(of: writer.takeReferences())
        return [
            "openapi": "3.0.0",
            "info": ["title": "Kubernetes", "version": .string(version)],
            "paths": .object(pathObjects),
            "components": [
                "schemas": .object(schemas),
                "securitySchemes": [
                    "BearerToken": [
                        "description": "A bearer token in the Authorization header.", "in": "header", "name": "authorization",
                        "type": "apiKey",
                    ]
                ],
            ],
            "security": [["BearerToken": []]],
        ]
    }

    static func gvkObject(_ gvk: GroupVersionKind) -> JSON {
        ["group": .string(gvk.group), "version": .string(gvk.version), "kind": .string(gvk.kind)]
    }

    static func parameter(_ p: APIParameter) -> JSON {
        var out: JSON = [
            "name": .string(p.name), "in": .string(p.location.rawValue), "description": .string(p.description),
            "schema": ["type": .string(p.type), "uniqueItems": true],
        ]
        if p.required { out["required"] = true }
        return out
    }

    static func pathItem(_ path: APIPath, writer: inout OpenAPISchemaWriter) -> JSON {
        var item: [String: JSON] = [:]
        if !path.parameters.isEmpty { item["parameters"] = .array(path.parameters.map(parameter)) }
        for op in path.operations {
            var responses: [String: JSON] = [:]
            for response in op.responses {
                var r: JSON = ["description": .string(response.statusText)]
                if let payload = response.payload {
                    let schema = writer.payload(payload)
                    var content: [String: JSON] = [:]
                    for media in op.produces { content[media] = ["schema": schema] }
                    r["content"] = .object(content)
                }
                responses[response.code] = r
            }
            var operation: JSON = [
                "description": .string(op.summary),
                "operationId": .string(op.operationID),
                "tags": [.string(op.tag)],
                "responses": .object(responses),
                "x-kubernetes-action": .string(op.action),
            ]
            if !op.parameters.isEmpty { operation["parameters"] = .array(op.parameters.map(parameter)) }
            if let body = op.body {
                let schema = writer.payload(body)
                var content: [String: JSON] = [:]
                for media in op.consumes { content[media] = ["schema": schema] }
                var requestBody: JSON = ["content": .object(content)]
                if op.bodyRequired { requestBody["required"] = true }
                operation["requestBody"] = requestBody
            }
            if let gvk = op.gvk { operation["x-kubernetes-group-version-kind"] = gvkObject(gvk) }
            item[op.method] = operation
        }
        return .object(item)
    }

    /// A stable hex digest of a serialized document (two 64-bit FNV-1a hashes), used to version its URL.
    public static func hash(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        b ^= UInt64(bytes.count)
        b = (b ^ (b >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return hex(a) + hex(b)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
