import APIMachinery
import Crypto
import Foundation

/// Issues and checks service account tokens: JWTs signed ES256 with a key kept in the PKI dir,
/// as the TokenRequest API (`serviceaccounts/NAME/token`) hands them out and pods mount them.
public struct ServiceAccountTokenIssuer: Sendable {
    public let issuer: String
    /// The private key's raw bytes (the key type itself is not Sendable).
    let keyBytes: Data
    let keyID: String

    var key: P256.Signing.PrivateKey {
        // The bytes came from a valid key, so this cannot fail; a fresh key would only make
        // every token invalid, never forge one.
        (try? P256.Signing.PrivateKey(rawRepresentation: keyBytes)) ?? P256.Signing.PrivateKey()
    }

    public static let defaultIssuer = "https://kubernetes.default.svc.cluster.local"

    public init(key: P256.Signing.PrivateKey, issuer: String = Self.defaultIssuer) {
        self.keyBytes = key.rawRepresentation
        self.issuer = issuer
        let digest = SHA256.hash(data: key.publicKey.derRepresentation)
        keyID = Self.base64URL(Array(digest))
    }

    /// The key in `<dir>/sa.key`, made on first start.
    public static func loadOrCreate(directory: String, issuer: String = Self.defaultIssuer) throws -> ServiceAccountTokenIssuer {
        let path = directory + "/sa.key"
        if let pem = try? String(contentsOfFile: path, encoding: .utf8), let key = try? P256.Signing.PrivateKey(pemRepresentation: pem) {
            return ServiceAccountTokenIssuer(key: key, issuer: issuer)
        }
        let key = P256.Signing.PrivateKey()
        try key.pemRepresentation.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return ServiceAccountTokenIssuer(key: key, issuer: issuer)
    }

    public struct Claims: Sendable, Equatable {
        public var namespace: String
        public var serviceAccount: String
        public var serviceAccountUID: String
        public var audiences: [String]
        public var issuedAt: Int64
        public var expiresAt: Int64
        public var podName: String?
        public var podUID: String?
    }

    /// A signed token for the claims.
    public func token(_ c: Claims) throws -> String {
        var kubernetes: JSON = [
            "namespace": .string(c.namespace),
            "serviceaccount": ["name": .string(c.serviceAccount), "uid": .string(c.serviceAccountUID)],
        ]
        if let name = c.podName, let uid = c.podUID { kubernetes["pod"] = ["name": .string(name), "uid": .string(uid)] }
        let payload: JSON = [
            "iss": .string(issuer), "sub": .string("system:serviceaccount:\(c.namespace):\(c.serviceAccount)"),
            "aud": .array(c.audiences.map { .string($0) }), "iat": .int(c.issuedAt), "nbf": .int(c.issuedAt),
            "exp": .int(c.expiresAt), "jti": .string(UUID().uuidString.lowercased()), "kubernetes.io": kubernetes,
        ]
        let header: JSON = ["alg": "ES256", "kid": .string(keyID)]
        let signingInput = Self.base64URL(header.serialized()) + "." + Self.base64URL(payload.serialized())
        let signature = try key.signature(for: Array(signingInput.utf8))
        return signingInput + "." + Self.base64URL(Array(signature.rawRepresentation))
    }

    /// The user a valid token (right signature, issuer, audience, time) stands for; nil otherwise.
    public func user(token: String, now: Int64 = Int64(Date().timeIntervalSince1970)) -> UserInfo? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerBytes = Self.decodeBase64URL(parts[0]), let payloadBytes = Self.decodeBase64URL(parts[1]),
              let signatureBytes = Self.decodeBase64URL(parts[2]),
              let header = try? JSON.parse(headerBytes), header["alg"] == "ES256",
              let signature = try? P256.Signing.ECDSASignature(rawRepresentation: signatureBytes),
              key.publicKey.isValidSignature(signature, for: Array("\(parts[0]).\(parts[1])".utf8)),
              let payload = try? JSON.parse(payloadBytes), payload["iss"].stringValue == issuer
        else { return nil }
        let audiences = payload["aud"].arrayValue?.compactMap(\.stringValue) ?? payload["aud"].stringValue.map { [$0] } ?? []
        guard audiences.contains(issuer), let exp = payload["exp"].intValue, now < exp,
              (payload["nbf"].intValue ?? 0) <= now + 60,
              let namespace = payload["kubernetes.io"]["namespace"].stringValue,
              let name = payload["kubernetes.io"]["serviceaccount"]["name"].stringValue
        else { return nil }
        return UserInfo(
            name: "system:serviceaccount:\(namespace):\(name)",
            groups: ["system:serviceaccounts", "system:serviceaccounts:\(namespace)", "system:authenticated"])
    }

    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decodeBase64URL(_ s: Substring) -> [UInt8]? {
        var b64 = s.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        return Data(base64Encoded: b64).map(Array.init)
    }
}
