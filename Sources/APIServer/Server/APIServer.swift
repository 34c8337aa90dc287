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
    /// Bearer tokens the server accepts (the join token's secret), with the user each stands for.
    let bearerTokens: [String: UserInfo]
    /// The cluster CA served at `/cacerts` for joining agents, nil when not served.
    let caPEM: String?
    /// Signs and checks service account tokens (TokenRequest); nil: none are issued or accepted.
    let serviceAccountTokens: ServiceAccountTokenIssuer?

    public init(
        store: any Store, logger: Logger, allowAnonymous: Bool = false, serviceCIDR: String = "10.43.0.0/16",
        kubeletClient: KubeletClientConfig? = nil, bearerTokens: [String: UserInfo] = [:], caPEM: String? = nil,
        serviceAccountTokens: ServiceAccountTokenIssuer? = nil
    ) {
        self.serviceAccountTokens = serviceAccountTokens
        self.store = store
        self.logger = logger
        self.allowAnonymous = allowAnonymous
        self.kubeletClient = kubeletClient
        self.bearerTokens = bearerTokens
        self.caPEM = caPEM
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
        var request = request
        let path = request.path
        if request.user == nil, let authorization = request.headers.first(name: "authorization") {
            // A bearer token that is not known is refused, as upstream, even on public paths.
            guard let user = Self.bearerUser(authorization, tokens: bearerTokens, serviceAccounts: serviceAccountTokens) else {
                return Self.error(.unauthorized())
            }
            request.user = user
        }
        if path == "/cacerts", let caPEM {
            return HTTPResponse(status: .ok, headers: ["content-type": "text/plain"], body: .bytes(Array(caPEM.utf8)))
        }
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

    /// The user of an `Authorization: Bearer` header, nil for other schemes or unknown tokens.
    static func bearerUser(_ authorization: String, tokens: [String: UserInfo], serviceAccounts: ServiceAccountTokenIssuer? = nil) -> UserInfo? {
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let presented = String(parts[1]).trimmingCharacters(in: .whitespaces)
        if presented.split(separator: ".", omittingEmptySubsequences: false).count == 3 {
            return serviceAccounts?.user(token: presented)
        }
        // Both the secret and the whole join token are accepted.
        let secret = JoinToken(presented)?.secret ?? presented
        return tokens[secret]
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
