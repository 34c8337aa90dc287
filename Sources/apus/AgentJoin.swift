import APIServer
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOSSL

/// `apus agent --server URL --token TOKEN`: fetches the cluster CA from the server, checks it
/// against the hash in the token, and writes a kubeconfig that authenticates with the token.
enum AgentJoin {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Returns the path of the kubeconfig written under `dataDir`.
    static func kubeconfig(server: String, tokenText: String, dataDir: String) async throws -> String {
        guard let token = JoinToken(tokenText) else { throw Failure(description: "the join token is empty or malformed") }
        guard let url = URL(string: server), url.scheme == "https", url.host != nil else {
            throw Failure(description: "--server must be an https URL, e.g. https://10.0.0.1:6443")
        }
        let base = server.hasSuffix("/") ? String(server.dropLast()) : server
        let caPEM = try await fetchCA(base + "/cacerts")
        if let expected = token.caHash {
            let got = JoinToken.hash(caPEM: caPEM)
            guard got == expected else {
                throw Failure(description: "the server's CA (sha256 \(got)) does not match the join token's (\(expected)): wrong server or token")
            }
        } else {
            print("Apus agent: warning: the token has no CA hash; the server's CA is trusted as it comes")
        }
        let kubeconfig = """
            apiVersion: v1
            kind: Config
            clusters:
            - cluster:
                certificate-authority-data: \(Data(caPEM.utf8).base64EncodedString())
                server: \(base)
              name: apus
            contexts:
            - context:
                cluster: apus
                user: node
              name: apus
            current-context: apus
            users:
            - name: node
              user:
                token: \(token.secret)

            """
        let path = dataDir + "/kubelet.kubeconfig"
        try Kubeconfig.write(kubeconfig, to: path)
        return path
    }

    /// The CA the server offers at `/cacerts`, fetched without verification (the token's hash checks it).
    static func fetchCA(_ url: String) async throws -> String {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: HTTPClient.Configuration(tlsConfiguration: tls))
        do {
            let response = try await client.execute(HTTPClientRequest(url: url), timeout: .seconds(15))
            let body = try await response.body.collect(upTo: 1 << 20)
            try await client.shutdown()
            guard response.status == .ok else { throw Failure(description: "\(url) answered \(response.status.code)") }
            let pem = String(buffer: body)
            guard pem.contains("BEGIN CERTIFICATE") else { throw Failure(description: "\(url) did not answer with a certificate") }
            return pem
        } catch {
            try? await client.shutdown()
            throw error
        }
    }
}
