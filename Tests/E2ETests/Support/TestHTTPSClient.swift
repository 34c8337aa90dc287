import AsyncHTTPClient
import Foundation
import NIOCore
import NIOSSL

/// An HTTPS client authenticated with the admin certificate of a test server's kubeconfig.
final class TestHTTPSClient: Sendable {
    let client: HTTPClient
    let base: String

    init(kubeconfig path: String, port: Int) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func field(_ name: String) throws -> [UInt8] {
            guard let line = text.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(name + ":") }),
                let b64 = line.split(separator: ":", maxSplits: 1).last.map({ $0.trimmingCharacters(in: .whitespaces) }),
                let data = Data(base64Encoded: b64)
            else { throw E2EError("kubeconfig lacks \(name)") }
            return Array(data)
        }
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(try field("certificate-authority-data")))
        tls.certificateChain = try NIOSSLCertificate.fromPEMBytes(try field("client-certificate-data")).map { .certificate($0) }
        tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: try field("client-key-data"), format: .pem))
        var config = HTTPClient.Configuration(tlsConfiguration: tls)
        config.timeout = .init(connect: .seconds(5), read: .seconds(30))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
        base = "https://127.0.0.1:\(port)"
    }

    deinit {
        try? client.syncShutdown()
    }

    /// Sends a request; returns the status and the decoded JSON body (empty when not JSON).
    func request(_ method: String, _ path: String, body: String? = nil, contentType: String = "application/json") async throws -> (Int, [String: Any]) {
        var req = HTTPClientRequest(url: base + path)
        req.method = .init(rawValue: method)
        if let body {
            req.headers.add(name: "content-type", value: contentType)
            req.body = .bytes(ByteBuffer(string: body))
        }
        let resp = try await client.execute(req, timeout: .seconds(30))
        let bytes = try await resp.body.collect(upTo: 256 * 1024 * 1024)
        let json = (try? JSONSerialization.jsonObject(with: Data(bytes.readableBytesView))) as? [String: Any] ?? [:]
        return (Int(resp.status.code), json)
    }
}
