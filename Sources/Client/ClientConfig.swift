import Foundation

/// Everything an ``APIClient`` needs to reach and authenticate to an API server.
///
/// Built from a kubeconfig (``Kubeconfig/clientConfig(context:)``), from the in-cluster service
/// account (``ClientConfig/inCluster()``) or by hand.
public struct ClientConfig: Sendable {
    /// Which HTTP versions the client may use.
    public enum HTTPVersion: Sendable, Hashable {
        /// HTTP/1.1 only: every request (and every open watch) holds its own connection.
        case http1Only
        /// HTTP/2 when the server offers it through ALPN, HTTP/1.1 otherwise. Requests and watches
        /// share few connections; past the server's concurrent-stream limit requests wait.
        case automatic
    }

    /// Base URL of the API server, `https://host:port` (a path prefix is kept).
    public var server: String
    /// PEM bundle of the certificate authorities trusted for the server certificate; the system roots when nil.
    public var certificateAuthorityPEM: [UInt8]?
    /// PEM of the client certificate (chain) for x509 authentication.
    public var clientCertificatePEM: [UInt8]?
    /// PEM of the private key of ``clientCertificatePEM``.
    public var clientKeyPEM: [UInt8]?
    /// Bearer token sent in `Authorization`.
    public var bearerToken: String?
    /// File holding a bearer token; re-read every minute so rotated service account tokens are picked up.
    public var bearerTokenFile: String?
    /// Basic authentication, when the kubeconfig carries it.
    public var username: String?
    public var password: String?
    /// Skip verification of the server certificate (tests only).
    public var insecureSkipTLSVerify: Bool
    /// Name expected in the server certificate when it differs from the host in ``server``
    /// (read from the kubeconfig; not applied yet: the certificate is checked against the URL's host).
    public var tlsServerName: String?
    /// `User-Agent` header.
    public var userAgent: String
    /// Client-side limit of requests per second (token bucket); nil for no limit.
    public var qps: Double?
    /// Burst of the client-side token bucket.
    public var burst: Int
    /// Deadline of one non-watch request.
    public var timeout: Duration
    /// Timeout for establishing a connection.
    public var connectTimeout: Duration
    /// Soft limit of concurrent HTTP/1.1 connections to the server (each open watch holds one).
    public var maxConnectionsPerHost: Int
    public var httpVersion: HTTPVersion
    /// Namespace of the kubeconfig context (or of the service account), if any.
    public var namespace: String?
    /// An API server in this process to send requests to directly instead of over HTTP (``server`` is then
    /// only a name); nil: HTTP.
    public var inProcessServer: (any InProcessServer)?

    public init(
        server: String,
        certificateAuthorityPEM: [UInt8]? = nil,
        clientCertificatePEM: [UInt8]? = nil,
        clientKeyPEM: [UInt8]? = nil,
        bearerToken: String? = nil,
        bearerTokenFile: String? = nil,
        insecureSkipTLSVerify: Bool = false,
        tlsServerName: String? = nil,
        userAgent: String = ClientConfig.defaultUserAgent,
        qps: Double? = nil,
        burst: Int = 10,
        timeout: Duration = .seconds(60),
        connectTimeout: Duration = .seconds(10),
        maxConnectionsPerHost: Int = 256,
        httpVersion: HTTPVersion = .http1Only,
        namespace: String? = nil
    ) {
        self.server = server
        self.certificateAuthorityPEM = certificateAuthorityPEM
        self.clientCertificatePEM = clientCertificatePEM
        self.clientKeyPEM = clientKeyPEM
        self.bearerToken = bearerToken
        self.bearerTokenFile = bearerTokenFile
        self.insecureSkipTLSVerify = insecureSkipTLSVerify
        self.tlsServerName = tlsServerName
        self.userAgent = userAgent
        self.qps = qps
        self.burst = burst
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxConnectionsPerHost = maxConnectionsPerHost
        self.httpVersion = httpVersion
        self.namespace = namespace
    }

    public static let defaultUserAgent = "apus/v0.0.0 (linux/amd64)"

    /// The config of a process running in a pod: `KUBERNETES_SERVICE_HOST`/`_PORT` and the mounted
    /// service account token and CA bundle.
    public static func inCluster(
        directory: String = "/var/run/secrets/kubernetes.io/serviceaccount"
    ) throws -> ClientConfig {
        let env = ProcessInfo.processInfo.environment
        guard let host = env["KUBERNETES_SERVICE_HOST"], !host.isEmpty,
            let port = env["KUBERNETES_SERVICE_PORT"], !port.isEmpty
        else {
            throw ClientError("unable to load in-cluster configuration: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined")
        }
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let tokenFile = directory + "/token"
        guard FileManager.default.isReadableFile(atPath: tokenFile) else {
            throw ClientError("unable to load in-cluster configuration: cannot read \(tokenFile)")
        }
        var config = ClientConfig(server: "https://\(hostPart):\(port)", bearerTokenFile: tokenFile)
        if let ca = FileManager.default.contents(atPath: directory + "/ca.crt") { config.certificateAuthorityPEM = Array(ca) }
        if let ns = FileManager.default.contents(atPath: directory + "/namespace") {
            let s = String(decoding: ns, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !s.isEmpty { config.namespace = s }
        }
        return config
    }

    /// Loads a kubeconfig file and returns the config of `context` (the current context when nil).
    public static func load(kubeconfig path: String, context: String? = nil) throws -> ClientConfig {
        try Kubeconfig.load(path: path).clientConfig(context: context)
    }
}

/// An error of the client itself (bad configuration, malformed response), as opposed to an
/// ``APIMachinery/APIError`` returned by the server.
public struct ClientError: Error, Sendable, CustomStringConvertible, Hashable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
