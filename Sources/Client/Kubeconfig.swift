import APIMachinery
import Foundation

/// A kubeconfig file (`apiVersion: v1, kind: Config`): named clusters, users and contexts, and the
/// current context.
///
/// Relative file paths in the file (`certificate-authority`, `client-certificate`, `client-key`,
/// `tokenFile`) are resolved against the directory of the file, as kubectl does.
public struct Kubeconfig: Sendable, Hashable {
    public struct Cluster: Sendable, Hashable {
        public var server: String
        public var certificateAuthority: String?
        public var certificateAuthorityData: [UInt8]?
        public var insecureSkipTLSVerify: Bool
        public var tlsServerName: String?

        public init(
            server: String, certificateAuthority: String? = nil, certificateAuthorityData: [UInt8]? = nil,
            insecureSkipTLSVerify: Bool = false, tlsServerName: String? = nil
        ) {
            self.server = server
            self.certificateAuthority = certificateAuthority
            self.certificateAuthorityData = certificateAuthorityData
            self.insecureSkipTLSVerify = insecureSkipTLSVerify
            self.tlsServerName = tlsServerName
        }
    }

    /// Credentials of one user (`users[].user`).
    public struct AuthInfo: Sendable, Hashable {
        public var clientCertificate: String?
        public var clientCertificateData: [UInt8]?
        public var clientKey: String?
        public var clientKeyData: [UInt8]?
        public var token: String?
        public var tokenFile: String?
        public var username: String?
        public var password: String?

        public init(
            clientCertificate: String? = nil, clientCertificateData: [UInt8]? = nil, clientKey: String? = nil,
            clientKeyData: [UInt8]? = nil, token: String? = nil, tokenFile: String? = nil, username: String? = nil,
            password: String? = nil
        ) {
            self.clientCertificate = clientCertificate
            self.clientCertificateData = clientCertificateData
            self.clientKey = clientKey
            self.clientKeyData = clientKeyData
            self.token = token
            self.tokenFile = tokenFile
            self.username = username
            self.password = password
        }
    }

    public struct Context: Sendable, Hashable {
        public var cluster: String
        public var user: String
        public var namespace: String?

        public init(cluster: String, user: String, namespace: String? = nil) {
            self.cluster = cluster
            self.user = user
            self.namespace = namespace
        }
    }

    public var clusters: [String: Cluster]
    public var users: [String: AuthInfo]
    public var contexts: [String: Context]
    public var currentContext: String?
    /// Directory relative paths are resolved against (the file's directory).
    public var directory: String?

    public init(
        clusters: [String: Cluster] = [:], users: [String: AuthInfo] = [:], contexts: [String: Context] = [:],
        currentContext: String? = nil, directory: String? = nil
    ) {
        self.clusters = clusters
        self.users = users
        self.contexts = contexts
        self.currentContext = currentContext
        self.directory = directory
    }

    /// `$KUBECONFIG` (its first entry) or `~/.kube/config`.
    public static var defaultPath: String {
        let env = ProcessInfo.processInfo.environment
        if let k = env["KUBECONFIG"], let first = k.split(separator: ":").first, !first.isEmpty { return String(first) }
        let home = env["HOME"] ?? NSHomeDirectory()
        return home + "/.kube/config"
    }

    /// Reads and parses the kubeconfig at `path`.
    public static func load(path: String) throws -> Kubeconfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClientError("cannot read kubeconfig \(path)")
        }
        let dir = (path as NSString).deletingLastPathComponent
        return try Kubeconfig(yaml: String(decoding: data, as: UTF8.self), directory: dir.isEmpty ? "." : dir)
    }

    /// Parses kubeconfig YAML (or JSON) text.
    public init(yaml: String, directory: String? = nil) throws {
        let doc: JSON
        do { doc = try JSON.parseYAML(yaml) } catch { throw ClientError("invalid kubeconfig: \(error)") }
        guard case .object = doc else { throw ClientError("invalid kubeconfig: not a YAML mapping") }
        self.init(directory: directory)
        if let cc = doc["current-context"].stringValue, !cc.isEmpty { currentContext = cc }

        for entry in doc["clusters"].arrayValue ?? [] {
            guard let name = entry["name"].stringValue else { throw ClientError("invalid kubeconfig: cluster without a name") }
            let c = entry["cluster"]
            clusters[name] = Cluster(
                server: c["server"].stringValue ?? "",
                certificateAuthority: Self.nonEmpty(c["certificate-authority"].stringValue),
                certificateAuthorityData: try Self.base64(c["certificate-authority-data"], "clusters[\(name)].certificate-authority-data"),
                insecureSkipTLSVerify: Self.bool(c["insecure-skip-tls-verify"]),
                tlsServerName: Self.nonEmpty(c["tls-server-name"].stringValue))
        }
        for entry in doc["users"].arrayValue ?? [] {
            guard let name = entry["name"].stringValue else { throw ClientError("invalid kubeconfig: user without a name") }
            let u = entry["user"]
            users[name] = AuthInfo(
                clientCertificate: Self.nonEmpty(u["client-certificate"].stringValue),
                clientCertificateData: try Self.base64(u["client-certificate-data"], "users[\(name)].client-certificate-data"),
                clientKey: Self.nonEmpty(u["client-key"].stringValue),
                clientKeyData: try Self.base64(u["client-key-data"], "users[\(name)].client-key-data"),
                token: Self.nonEmpty(u["token"].stringValue),
                tokenFile: Self.nonEmpty(u["tokenFile"].stringValue),
                username: Self.nonEmpty(u["username"].stringValue),
                password: Self.nonEmpty(u["password"].stringValue))
        }
        for entry in doc["contexts"].arrayValue ?? [] {
            guard let name = entry["name"].stringValue else { throw ClientError("invalid kubeconfig: context without a name") }
            let c = entry["context"]
            contexts[name] = Context(
                cluster: c["cluster"].stringValue ?? "", user: c["user"].stringValue ?? "",
                namespace: Self.nonEmpty(c["namespace"].stringValue))
        }
    }

    /// The ``ClientConfig`` of `context`, or of the current context when nil. Referenced files
    /// (certificates, keys) are read now; a token file is read by the client on use.
    public func clientConfig(context name: String? = nil) throws -> ClientConfig {
        guard let contextName = name ?? currentContext else {
            throw ClientError("invalid kubeconfig: no current context is set")
        }
        guard let context = contexts[contextName] else {
            throw ClientError("invalid kubeconfig: context \"\(contextName)\" does not exist")
        }
        guard let cluster = clusters[context.cluster] else {
            throw ClientError("invalid kubeconfig: cluster \"\(context.cluster)\" of context \"\(contextName)\" does not exist")
        }
        guard !cluster.server.isEmpty else {
            throw ClientError("invalid kubeconfig: cluster \"\(context.cluster)\" has no server")
        }
        let user: AuthInfo
        if context.user.isEmpty {
            user = AuthInfo()
        } else if let u = users[context.user] {
            user = u
        } else {
            throw ClientError("invalid kubeconfig: user \"\(context.user)\" of context \"\(contextName)\" does not exist")
        }

        var config = ClientConfig(server: cluster.server)
        config.insecureSkipTLSVerify = cluster.insecureSkipTLSVerify
        config.tlsServerName = cluster.tlsServerName
        config.namespace = context.namespace
        if let data = cluster.certificateAuthorityData {
            config.certificateAuthorityPEM = data
        } else if let file = cluster.certificateAuthority {
            config.certificateAuthorityPEM = try readFile(file, what: "certificate-authority")
        }
        if let data = user.clientCertificateData {
            config.clientCertificatePEM = data
        } else if let file = user.clientCertificate {
            config.clientCertificatePEM = try readFile(file, what: "client-certificate")
        }
        if let data = user.clientKeyData {
            config.clientKeyPEM = data
        } else if let file = user.clientKey {
            config.clientKeyPEM = try readFile(file, what: "client-key")
        }
        if (config.clientCertificatePEM == nil) != (config.clientKeyPEM == nil) {
            throw ClientError("invalid kubeconfig: user \"\(context.user)\" needs both a client certificate and a client key")
        }
        config.bearerToken = user.token
        if user.token == nil, let file = user.tokenFile { config.bearerTokenFile = resolve(file) }
        config.username = user.username
        config.password = user.password
        return config
    }

    /// `path` made absolute against ``directory`` when it is relative.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            return home + path.dropFirst(1)
        }
        guard let directory, !directory.isEmpty else { return path }
        return directory + "/" + path
    }

    private func readFile(_ path: String, what: String) throws -> [UInt8] {
        let full = resolve(path)
        guard let data = FileManager.default.contents(atPath: full) else {
            throw ClientError("invalid kubeconfig: cannot read \(what) file \(full)")
        }
        return Array(data)
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    private static func bool(_ v: JSON) -> Bool {
        if let b = v.boolValue { return b }
        if let s = v.stringValue { return s == "true" }
        return false
    }

    private static func base64(_ v: JSON, _ field: String) throws -> [UInt8]? {
        guard let s = v.stringValue, !s.isEmpty else { return nil }
        let cleaned = s.filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: cleaned) else {
            throw ClientError("invalid kubeconfig: \(field) is not valid base64")
        }
        return Array(data)
    }
}
