import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// HTTPS client for the benchmark, authenticated with the admin certificate of a kubeconfig.
final class BenchClient: Sendable {
    let http: HTTPClient
    let server: String

    init(kubeconfig path: String, connections: Int) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func field(_ name: String) throws -> String {
            guard let line = text.split(separator: "\n").first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(name + ":") }),
                let value = line.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
            else { throw ValidationError("kubeconfig lacks \(name)") }
            return value
        }
        func data(_ name: String) throws -> [UInt8] {
            guard let d = Data(base64Encoded: try field(name)) else { throw ValidationError("bad base64 in \(name)") }
            return Array(d)
        }
        server = try field("server")
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(try data("certificate-authority-data")))
        tls.certificateChain = try NIOSSLCertificate.fromPEMBytes(try data("client-certificate-data")).map { .certificate($0) }
        tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: try data("client-key-data"), format: .pem))
        var config = HTTPClient.Configuration(tlsConfiguration: tls)
        config.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        config.httpVersion = .http1Only
        config.timeout = .init(connect: .seconds(10), read: .seconds(600))
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
    }

    func shutdown() async { try? await http.shutdown() }

    /// Sends a request and returns status and body.
    func send(
        _ method: HTTPMethod, _ path: String, body: [UInt8]? = nil, contentType: String = "application/json", maxBody: Int = 1 << 30
    ) async throws -> (Int, ByteBuffer) {
        var req = HTTPClientRequest(url: server + path)
        req.method = method
        if let body {
            req.headers.add(name: "content-type", value: contentType)
            req.body = .bytes(ByteBuffer(bytes: body))
        }
        let resp = try await http.execute(req, timeout: .seconds(600))
        let bytes = try await resp.body.collect(upTo: maxBody)
        return (Int(resp.status.code), bytes)
    }

    /// Opens a watch and calls `onLine` for each event line until the stream ends.
    func watch(_ path: String, onLine: @Sendable ([UInt8]) -> Void) async throws {
        var req = HTTPClientRequest(url: server + path)
        req.method = .GET
        let resp = try await http.execute(req, timeout: .seconds(3600))
        var pending: [UInt8] = []
        for try await var chunk in resp.body {
            pending.append(contentsOf: chunk.readBytes(length: chunk.readableBytes) ?? [])
            while let nl = pending.firstIndex(of: 0x0A) {
                onLine(Array(pending[..<nl]))
                pending.removeSubrange(...nl)
            }
        }
    }
}
