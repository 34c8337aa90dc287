import APIMachinery
import Synchronization

/// The serialized OpenAPI documents a server hands out, computed on first use and kept until the registry or the
/// set of served resources changes (a custom resource is added, for instance).
///
/// The documents are large; the bytes are built once and shared by every request.
public final class OpenAPIDocuments: Sendable {
    private struct Cache: Sendable {
        var resources: [ResourceInfo]
        var generation: Int = -1
        var v2: [UInt8]?
        var v2Protobuf: [UInt8]?
        /// Every v3 document by path, with its hash; all are built together, since the index needs every hash.
        var v3: [String: (bytes: [UInt8], hash: String)]?
        var v3Index: [UInt8]?
    }

    public let registry: SchemaRegistry
    public let version: String
    private let cache: Mutex<Cache>

    public init(
        registry: SchemaRegistry = .builtIn, resources: [ResourceInfo] = ResourceCatalog.builtIn,
        version: String = SchemaRegistry.builtInKubernetesVersion
    ) {
        self.registry = registry
        self.version = version
        self.cache = Mutex(Cache(resources: resources))
    }

    /// Replaces the served resources (after custom resources change); the documents are rebuilt on next use.
    public func setResources(_ resources: [ResourceInfo]) {
        cache.withLock { cache in
            cache = Cache(resources: resources)
        }
    }

    public var resources: [ResourceInfo] { cache.withLock { $0.resources } }

    /// `/openapi/v2` as compact JSON.
    public var serializedV2: [UInt8] {
        cache.withLock { cache in
            refresh(&cache)
            if let bytes = cache.v2 { return bytes }
            let bytes = OpenAPIV2(registry: registry, resources: cache.resources, version: version).document().serialized()
            cache.v2 = bytes
            return bytes
        }
    }

    /// `/openapi/v2` as the protobuf message `openapi.v2.Document` (see ``OpenAPIV2Protobuf``), built from the same
    /// document as ``serializedV2``.
    public var serializedV2Protobuf: [UInt8] {
        cache.withLock { cache in
            refresh(&cache)
            if let bytes = cache.v2Protobuf { return bytes }
            let bytes = OpenAPIV2Protobuf.encode(
                OpenAPIV2(registry: registry, resources: cache.resources, version: version).document())
            cache.v2Protobuf = bytes
            return bytes
        }
    }

    /// `/openapi/v3` (the index of the documents, with their hashes) as compact JSON.
    public var serializedV3Index: [UInt8] {
        cache.withLock { cache in
            let documents = v3Documents(&cache)
            if let bytes = cache.v3Index { return bytes }
            let bytes = OpenAPIV3.index(hashes: documents.mapValues(\.hash)).serialized()
            cache.v3Index = bytes
            return bytes
        }
    }

    /// `/openapi/v3/<path>` (`api/v1`, `apis/apps/v1`, `apis/apps`, `api`, `apis`) as compact JSON, or nil.
    public func serializedV3(path: String) -> [UInt8]? {
        cache.withLock { v3Documents(&$0)[path]?.bytes }
    }

    /// The document of a group-version (`v1`, `apps/v1`) as compact JSON, or nil.
    public func serializedV3(groupVersion: String) -> [UInt8]? {
        serializedV3(path: APIPathBuilder.documentPath(groupVersion: groupVersion))
    }

    /// The hash that versions the URL of the v3 document at `path` (the `?hash=` of the index).
    public func v3Hash(path: String) -> String? {
        cache.withLock { v3Documents(&$0)[path]?.hash }
    }

    private func refresh(_ cache: inout Cache) {
        let generation = registry.generation
        if cache.generation != generation {
            cache = Cache(resources: cache.resources, generation: generation)
        }
    }

    private func v3Documents(_ cache: inout Cache) -> [String: (bytes: [UInt8], hash: String)] {
        refresh(&cache)
        if let documents = cache.v3 { return documents }
        let built = OpenAPIV3(registry: registry, resources: cache.resources, version: version).documents()
        let documents = built.mapValues { document -> (bytes: [UInt8], hash: String) in
            let bytes = document.serialized()
            return (bytes, OpenAPIV3.hash(bytes))
        }
        cache.v3 = documents
        return documents
    }
}
