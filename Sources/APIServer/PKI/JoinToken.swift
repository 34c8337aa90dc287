import Crypto
import Foundation

/// The token nodes join with, in k3s's form `K10<sha256 of the CA certificate PEM, hex>::node:<secret>`:
/// the hash lets a joining agent check the CA it is given, the secret authenticates it.
public struct JoinToken: Sendable, Equatable {
    public var caHash: String?
    public var secret: String

    public init(caHash: String?, secret: String) {
        self.caHash = caHash
        self.secret = secret
    }

    /// Parses a full token, or a bare secret (no CA check possible then).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !t.isEmpty else { return nil }
        if t.hasPrefix("K10"), let sep = t.range(of: "::") {
            let hash = String(t[t.index(t.startIndex, offsetBy: 3)..<sep.lowerBound])
            var credentials = String(t[sep.upperBound...])
            if let colon = credentials.firstIndex(of: ":") { credentials = String(credentials[credentials.index(after: colon)...]) }
            guard hash.count == 64, hash.allSatisfy(\.isHexDigit), !credentials.isEmpty else { return nil }
            caHash = hash.lowercased()
            secret = credentials
        } else {
            caHash = nil
            secret = t
        }
    }

    public var text: String { (caHash.map { "K10\($0)::node:" } ?? "") + secret }

    public static func hash(caPEM: String) -> String {
        SHA256.hash(data: Array(caPEM.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Reads `<dir>/token`, creating it (with a fresh random secret) on first start.
    public static func loadOrCreate(directory: String, caPEM: String) throws -> JoinToken {
        let path = directory + "/token"
        if let text = try? String(contentsOfFile: path, encoding: .utf8), let token = JoinToken(text), token.caHash == hash(caPEM: caPEM) {
            return token
        }
        var bytes = [UInt8](repeating: 0, count: 24)
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255) }
        let token = JoinToken(caHash: hash(caPEM: caPEM), secret: bytes.map { String(format: "%02x", $0) }.joined())
        try (token.text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        return token
    }

    /// The identity a node joining with this token gets.
    public static let nodeUser = UserInfo(name: "system:node:apus-agent", groups: ["system:nodes", "system:authenticated"])
}
