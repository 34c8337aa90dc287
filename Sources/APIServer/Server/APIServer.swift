import API
import APIMachinery
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Store

/// The API server: authenticates requests and serves discovery, OpenAPI, health and every resource's REST verbs.
public final class APIServer: HTTPResponder {
    public let store: any Store
    public let hub: CacheHub
    public let logger: Logger
    let resources: [String: ServedResource]
    let served: [ServedResource]
    let discovery: Discovery
    let serviceIPs: ServiceIPAllocator
    let openAPI: OpenAPIDocuments
    /// Allow requests without credentials (only for tests that use plain HTTP).
    let allowAnonymous: Bool
    let started = Date()
    /// Credentials for kubelet connections (logs, exec, attach, port-forward); nil: those fail.
    let kubeletClient: KubeletClientConfig?

    public init(
        store: any Store, logger: Logger, allowAnonymous: Bool = false, serviceCIDR: String = "10.43.0.0/16",
        kubeletClient: KubeletClientConfig? = nil
    ) {
        self.store = store
        self.logger = logger
        self.allowAnonymous = allowAnonymous
        self.kubeletClient = kubeletClient
        let registry = SchemaRegistry.builtIn
        var list: [ServedResource] = []
        for info in ResourceCatalog.builtIn {
            let strategy = Strategies.strategy(for: info)
            list.append(ServedResource(info: info, schema: registry.schema(named: info.definitionName), strategy: strategy))
        }
        self.served = list
        var map: [String: ServedResource] = [:]
        for r in list { map["\(r.info.group)/\(r.info.version)/\(r.info.resource)"] = r }
        self.resources = map
        self.hub = CacheHub(store: store, caches: list.map { ($0.cache, $0.info.kind, $0.info.groupVersion) }, logger: logger)
        self.discovery = Discovery(resources: list.map(\.info))
        self.serviceIPs = ServiceIPAllocator(cidr: serviceCIDR)
        self.openAPI = OpenAPIDocuments(registry: registry, resources: list.map(\.info))
    }

    /// Loads the caches and creates the built-in namespaces.
    public func start() async throws {
        try await hub.start()
        try await ensureSystemNamespaces()
    }

    public func stop() { hub.stop() }

    func resource(group: String, version: String, resource: String) -> ServedResource? {
        resources["\(group)/\(version)/\(resource)"]
    }

    func resource(kind: String, group: String) -> ServedResource? {
        served.first { $0.info.kind == kind && $0.info.group == group }
    }

    public func respond(to request: HTTPRequest) async -> HTTPResponse {
        let path = request.path
        let publicPath = path == "/healthz" || path == "/livez" || path == "/readyz" || path == "/version"
            || path.hasPrefix("/healthz/") || path.hasPrefix("/livez/") || path.hasPrefix("/readyz/")
        if request.user == nil && !allowAnonymous && !publicPath {
            return Self.error(.unauthorized())
        }
        if let info = RequestInfo.parse(method: request.method, path: path, query: request.query) {
            do {
                return try await handleResource(info, request)
            } catch let e as APIError {
                return Self.error(e)
            } catch {
                logger.error("request \(request.method) \(request.uri) failed: \(error)")
                return Self.error(.internalError("\(error)"))
            }
        }
        return await handleNonResource(request)
    }

    static func json(_ value: JSON, status: HTTPResponseStatus = .ok, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var h = headers
        h.replaceOrAdd(name: "content-type", value: "application/json")
        h.replaceOrAdd(name: "cache-control", value: "no-cache, private")
        return HTTPResponse(status: status, headers: h, body: .bytes(value.serialized()))
    }

    static func raw(_ bytes: [UInt8], contentType: String = "application/json", status: HTTPResponseStatus = .ok, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var h = headers
        h.replaceOrAdd(name: "content-type", value: contentType)
        if !h.contains(name: "cache-control") { h.add(name: "cache-control", value: "no-cache, private") }
        return HTTPResponse(status: status, headers: h, body: .bytes(bytes))
    }

    static func text(_ s: String, status: HTTPResponseStatus = .ok) -> HTTPResponse {
        HTTPResponse(
            status: status, headers: ["content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff"],
            body: .bytes(Array(s.utf8)))
    }

    static func error(_ e: APIError) -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let r = e.retryAfterSeconds { headers.add(name: "retry-after", value: String(r)) }
        return json(e.status, status: HTTPResponseStatus(statusCode: e.code), headers: headers)
    }
}
