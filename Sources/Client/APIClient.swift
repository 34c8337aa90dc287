import APIMachinery
import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOSSL
import Synchronization

/// A response of the API server as received: status, headers and the whole body.
public struct APIResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: Int, headers: HTTPHeaders, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body parsed as JSON.
    public func json() throws -> JSON {
        do { return try JSON.parse(body) } catch {
            throw ClientError("invalid JSON in response (status \(status)): \(error)")
        }
    }

    /// The ``APIMachinery/APIError`` this response stands for, nil when it is a success (2xx).
    public var error: APIError? {
        (200..<300).contains(status) ? nil : APIError(httpCode: status, body: body)
    }
}

/// The HTTP client of the Kubernetes API: generic REST verbs over JSON addressed by
/// ``ResourcePath``, watch streams, and a typed layer over ``APIMachinery/KubernetesObject``.
///
/// One client is meant to be shared by a whole component: it pools connections (each open watch
/// holds one under HTTP/1.1) and applies the optional client-side QPS limit. Call ``shutdown()``
/// when done with it.
///
/// Failed requests throw an ``APIMachinery/APIError`` decoded from the `Status` the server returns;
/// use ``APIMachinery/APIError/isNotFound``, ``APIMachinery/APIError/isConflict`` and friends.
public final class APIClient: Sendable {
    public let config: ClientConfig
    public let logger: Logger
    let http: HTTPClient
    let baseURL: String
    let limiter: TokenBucket?
    private let tokenCache: Mutex<(token: String?, readAt: ContinuousClock.Instant?)>
    private let shutDown = Mutex(false)

    /// Requests that are retried when the server says `429 Too Many Requests`.
    static let maxRetriesOn429 = 5
    /// Largest response body accepted (big lists are big).
    static let maxBodySize = 1 << 31

    public init(config: ClientConfig, logger: Logger = Logger(label: "apus.client")) throws {
        self.config = config
        self.logger = logger
        var server = config.server
        while server.hasSuffix("/") { server.removeLast() }
        guard server.hasPrefix("https://") || server.hasPrefix("http://") else {
            throw ClientError("invalid server URL \"\(config.server)\": must start with https:// or http://")
        }
        baseURL = server

        var tls = TLSConfiguration.makeClientConfiguration()
        do {
            if let ca = config.certificateAuthorityPEM {
                tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(ca))
            }
            if let cert = config.clientCertificatePEM, let key = config.clientKeyPEM {
                tls.certificateChain = try NIOSSLCertificate.fromPEMBytes(cert).map { .certificate($0) }
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: key, format: .pem))
            }
        } catch {
            throw ClientError("invalid TLS material: \(error)")
        }
        if config.insecureSkipTLSVerify { tls.certificateVerification = .none }
        // Closing a connection waits this long for the server's close_notify; a server busy
        // streaming a watch may never send it, and a cancelled watch should not linger.
        tls.shutdownTimeout = .milliseconds(500)
        switch config.httpVersion {
        case .http1Only: tls.applicationProtocols = ["http/1.1"]
        case .automatic: tls.applicationProtocols = ["h2", "http/1.1"]
        }

        var hc = HTTPClient.Configuration(tlsConfiguration: tls)
        hc.connectionPool = .init(
            idleTimeout: .seconds(90), concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, config.maxConnectionsPerHost))
        hc.httpVersion = config.httpVersion == .http1Only ? .http1Only : .automatic
        hc.timeout = .init(connect: Self.timeAmount(config.connectTimeout), read: nil)
        hc.redirectConfiguration = .disallow
        hc.decompression = .disabled
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: hc)

        if let qps = config.qps, qps > 0 {
            limiter = TokenBucket(rate: qps, burst: max(1, config.burst))
        } else {
            limiter = nil
        }
        tokenCache = Mutex((config.bearerToken, nil))
    }

    /// A client for `context` (the current one when nil) of the kubeconfig at `path`.
    public convenience init(kubeconfig path: String, context: String? = nil, logger: Logger = Logger(label: "apus.client"))
        throws
    {
        try self.init(config: ClientConfig.load(kubeconfig: path, context: context), logger: logger)
    }

    /// Closes all connections; the client cannot be used afterwards.
    public func shutdown() async throws {
        let first = shutDown.withLock { done -> Bool in
            defer { done = true }
            return !done
        }
        guard first else { return }
        try await http.shutdown()
    }

    deinit {
        let needed = shutDown.withLock { done -> Bool in
            defer { done = true }
            return !done
        }
        // Non-blocking: the HTTP client keeps itself alive until its connections are closed.
        if needed { http.shutdown(queue: .global()) { _ in } }
    }

    /// Namespace requests default to when a namespaced call names none (the kubeconfig context's, or `default`).
    public var defaultNamespace: String { config.namespace ?? "default" }

    // MARK: Raw requests

    /// Sends one request and returns the response whatever its status (non-2xx responses are not thrown).
    ///
    /// - Parameters:
    ///   - method: HTTP method.
    ///   - path: absolute path (`/api/v1/pods`), without query.
    ///   - query: query parameters, escaped here.
    ///   - body: request body.
    ///   - contentType: `Content-Type` of `body`.
    ///   - accept: `Accept` header.
    ///   - timeout: deadline of the request (``ClientConfig/timeout`` when nil).
    public func request(
        _ method: HTTPMethod, path: String, query: [(String, String)] = [], body: [UInt8]? = nil,
        contentType: String = "application/json", accept: String = "application/json", timeout: Duration? = nil
    ) async throws -> APIResponse {
        var attempt = 0
        while true {
            if let server = config.inProcessServer {
                let resp = try await serveInProcess(server, method, path: path, query: query, body: body, contentType: contentType, accept: accept)
                return APIResponse(status: resp.status, headers: resp.headers, body: try await resp.collect())
            }
            let req = try await makeRequest(method, path: path, query: query, body: body, contentType: contentType, accept: accept)
            let resp = try await http.execute(req, timeout: Self.timeAmount(timeout ?? config.timeout))
            let buffer = try await resp.body.collect(upTo: Self.maxBodySize)
            let response = APIResponse(status: Int(resp.status.code), headers: resp.headers, body: Array(buffer.readableBytesView))
            if response.status == 429, attempt < Self.maxRetriesOn429 {
                attempt += 1
                let after = resp.headers.first(name: "retry-after").flatMap { Int($0) } ?? 1
                logger.debug("server throttled request, retrying", metadata: ["path": "\(path)", "after": "\(after)"])
                try await Task.sleep(for: .seconds(min(max(after, 1), 30)))
                continue
            }
            return response
        }
    }

    /// Sends a request and returns the parsed JSON body; throws the decoded ``APIMachinery/APIError`` on failure.
    public func send(
        _ method: HTTPMethod, path: String, query: [(String, String)] = [], body: JSON? = nil,
        contentType: String = "application/json", timeout: Duration? = nil
    ) async throws -> JSON {
        let response = try await request(
            method, path: path, query: query, body: body?.serialized(), contentType: contentType, timeout: timeout)
        if let error = response.error { throw error }
        if response.body.isEmpty { return .null }
        return try response.json()
    }

    func makeRequest(
        _ method: HTTPMethod, path: String, query: [(String, String)], body: [UInt8]?, contentType: String,
        accept: String
    ) async throws -> HTTPClientRequest {
        let (uri, headers) = try await prepare(path: path, query: query, hasBody: body != nil, contentType: contentType, accept: accept)
        var req = HTTPClientRequest(url: baseURL + uri)
        req.method = method
        req.headers = headers
        if let body { req.body = .bytes(ByteBuffer(bytes: body)) }
        return req
    }

    /// The request line's path and query, and the headers, of a request; waits for the client-side rate limit.
    func prepare(
        path: String, query: [(String, String)], hasBody: Bool, contentType: String, accept: String
    ) async throws -> (uri: String, headers: HTTPHeaders) {
        if shutDown.withLock({ $0 }) { throw ClientError("the API client has been shut down") }
        if let limiter { try await limiter.acquire() }
        var uri = path
        if !query.isEmpty {
            uri += "?" + query.map { ResourcePath.escapeQuery($0.0) + "=" + ResourcePath.escapeQuery($0.1) }.joined(separator: "&")
        }
        var headers = HTTPHeaders()
        headers.add(name: "accept", value: accept)
        headers.add(name: "user-agent", value: config.userAgent)
        if config.inProcessServer != nil {
            // The server in this process stands behind its own requests.
        } else if let token = bearerToken() {
            headers.add(name: "authorization", value: "Bearer " + token)
        } else if let user = config.username, let password = config.password {
            let basic = Data("\(user):\(password)".utf8).base64EncodedString()
            headers.add(name: "authorization", value: "Basic " + basic)
        }
        if hasBody { headers.add(name: "content-type", value: contentType) }
        return (uri, headers)
    }

    /// Sends a request to the API server of this process (``ClientConfig/inProcessServer``).
    func serveInProcess(
        _ server: any InProcessServer, _ method: HTTPMethod, path: String, query: [(String, String)], body: [UInt8]?,
        contentType: String, accept: String
    ) async throws -> InProcessResponse {
        let (uri, headers) = try await prepare(path: path, query: query, hasBody: body != nil, contentType: contentType, accept: accept)
        return await server.serve(InProcessRequest(method: method, uri: uri, headers: headers, body: body ?? []))
    }

    /// The bearer token, re-reading ``ClientConfig/bearerTokenFile`` at most once a minute.
    func bearerToken() -> String? {
        if let token = config.bearerToken { return token }
        guard let file = config.bearerTokenFile else { return nil }
        let now = ContinuousClock.now
        return tokenCache.withLock { cache -> String? in
            if let readAt = cache.readAt, now - readAt < .seconds(60), let t = cache.token { return t }
            if let data = FileManager.default.contents(atPath: file) {
                let t = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                cache = (t.isEmpty ? nil : t, now)
            }
            return cache.token
        }
    }

    static func timeAmount(_ d: Duration) -> TimeAmount {
        let (s, atto) = d.components
        return .nanoseconds(s * 1_000_000_000 + atto / 1_000_000_000)
    }
}
