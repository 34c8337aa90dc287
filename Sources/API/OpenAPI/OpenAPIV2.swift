import APIMachinery

/// The Swagger 2.0 document served at `/openapi/v2`: the paths of every served resource and subresource, and the
/// definitions they reach, built from a ``SchemaRegistry`` and the served resources.
///
/// Clients read facts from it: `kubectl` checks that the `patch` operation of a kind lists the `dryRun` and
/// `fieldValidation` query parameters, and client-side apply reads `x-kubernetes-patch-strategy` and
/// `x-kubernetes-patch-merge-key` from the definitions.
public struct OpenAPIV2: Sendable {
    public var registry: SchemaRegistry
    public var resources: [ResourceInfo]
    /// `info.version`, the server's version (`v1.33.0`).
    public var version: String

    public init(
        registry: SchemaRegistry = .builtIn, resources: [ResourceInfo] = ResourceCatalog.builtIn,
        version: String = SchemaRegistry.builtInKubernetesVersion
    ) {
        self.registry = registry
        self.resources = resources
        self.version = version
    }

    public func document() -> JSON {
        let paths = APIPathBuilder(registry: registry, resources: resources).build()
        var writer = OpenAPISchemaWriter(flavor: .v2, registry: registry)
        var pathObjects: [String: JSON] = [:]
        for path in paths {
            pathObjects[path.path] = Self.pathItem(path, writer: &writer)
        }
        let definitions = writer.closure(of: writer.takeReferences())
        return [
            "swagger": "2.0",
            "info": ["title": "Kubernetes", "version": .string(version)],
            "paths": .object(pathObjects),
            "definitions": .object(definitions),
            "security": [["BearerToken": []]],
            "securityDefinitions": [
                "BearerToken": [
                    "description": "A bearer token in the Authorization header.", "in": "header", "name": "authorization",
                    "type": "apiKey",
                ]
            ],
        ]
    }

    static func parameter(_ p: APIParameter) -> JSON {
        var out: JSON = [
            "name": .string(p.name), "in": .string(p.location.rawValue), "type": .string(p.type),
            "uniqueItems": true, "description": .string(p.description),
        ]
        if p.required { out["required"] = true }
        return out
    }

    static func pathItem(_ path: APIPath, writer: inout OpenAPISchemaWriter) -> JSON {
        var item: [String: JSON] = [:]
        if !path.parameters.isEmpty { item["parameters"] = .array(path.parameters.map(parameter)) }
        for op in path.operations {
            var parameters = op.parameters.map(parameter)
            if let body = op.body {
                var p: JSON = ["name": "body", "in": "body", "schema": writer.payload(body)]
                if op.bodyRequired { p["required"] = true }
                parameters.insert(p, at: 0)
            }
            var responses: [String: JSON] = [:]
            for response in op.responses {
                var r: JSON = ["description": .string(response.statusText)]
                if let payload = response.payload { r["schema"] = writer.payload(payload) }
                responses[response.code] = r
            }
            responses["401"] = ["description": "Unauthorized"]
            var operation: JSON = [
                "description": .string(op.summary),
                "operationId": .string(op.operationID),
                "consumes": .array(op.consumes.map { .string($0) }),
                "produces": .array(op.produces.map { .string($0) }),
                "schemes": ["https"],
                "tags": [.string(op.tag)],
                "responses": .object(responses),
                "x-kubernetes-action": .string(op.action),
            ]
            if !parameters.isEmpty { operation["parameters"] = .array(parameters) }
            if let gvk = op.gvk { operation["x-kubernetes-group-version-kind"] = OpenAPIV3.gvkObject(gvk) }
            item[op.method] = operation
        }
        return .object(item)
    }
}
