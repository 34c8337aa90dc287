import HTTPKit
import NIOCore
import NIOHTTP1
import Synchronization
import Testing

/// A server whose `/echo` upgrades the connection and echoes bytes, and whose `/chunks`
/// streams a chunked body.
struct EchoResponder: HTTPResponder {
    func respond(to request: HTTPRequest) async -> HTTPResponse {
        switch request.path {
        case "/echo":
            guard request.headers.first(name: "upgrade") == "test-protocol" else {
                return HTTPResponse(status: .badRequest, body: .bytes(Array("no upgrade".utf8)))
            }
            return HTTPResponse(status: .switchingProtocols, headers: ["connection": "Upgrade", "upgrade": "test-protocol"], body: .upgrade { conn in
                for try await buffer in conn.inbound {
                    try await conn.outbound.write(buffer)
                }
            })
        case "/chunks":
            return HTTPResponse(status: .ok, body: .stream { writer in
                for i in 0..<3 { try await writer.write(Array("part \(i)\n".utf8)) }
            })
        default:
            return HTTPResponse(status: .notFound, body: .bytes(Array("nothing here".utf8)))
        }
    }
}

@Suite("HTTP connection upgrades and the backend client")
struct UpgradeTests {
    @Test func upgradedConnectionCarriesRawBytesBothWays() async throws {
        let server = try await HTTPServer(host: "127.0.0.1", port: 0, tls: nil, responder: EchoResponder(), threads: 1)
        let request = RawRequest(method: "POST", target: "/echo", headers: [("Connection", "Upgrade"), ("Upgrade", "test-protocol")])
        let exchange = try await BackendExchange.start(host: "127.0.0.1", port: server.port, tls: nil, request: request)
        #expect(exchange.head.status == 101)
        #expect(exchange.head.header("Upgrade") == "test-protocol")
        let echoed = EchoCollector()
        try await exchange.run { stream in
            for word in ["alpha", "beta"] {
                try await stream.outbound.write(ByteBuffer(string: word))
                var got: [UInt8] = []
                while got.count < word.utf8.count, let bytes = try await stream.next() { got += bytes }
                echoed.add(String(decoding: got, as: UTF8.self))
            }
        }
        #expect(echoed.items == ["alpha", "beta"])
        await server.shutdown()
    }

    @Test func refusedUpgradeAndChunkedBodiesReachTheClient() async throws {
        let server = try await HTTPServer(host: "127.0.0.1", port: 0, tls: nil, responder: EchoResponder(), threads: 1)
        let refused = try await BackendExchange.start(
            host: "127.0.0.1", port: server.port, tls: nil,
            request: RawRequest(method: "POST", target: "/echo", headers: [("Connection", "Upgrade"), ("Upgrade", "other")]))
        #expect(refused.head.status == 400)
        // The request parser stopped at the upgrade request: the connection does not stay open.
        #expect(refused.head.header("connection") == "close")
        #expect(String(decoding: try await refused.body(), as: UTF8.self) == "no upgrade")
        let chunked = try await BackendExchange.start(
            host: "127.0.0.1", port: server.port, tls: nil, request: RawRequest(method: "GET", target: "/chunks", headers: []))
        #expect(chunked.head.status == 200)
        #expect(chunked.head.header("transfer-encoding") == "chunked")
        #expect(String(decoding: try await chunked.body(), as: UTF8.self) == "part 0\npart 1\npart 2\n")
        await server.shutdown()
    }
}

final class EchoCollector: Sendable {
    private let values = Mutex<[String]>([])
    func add(_ s: String) { values.withLock { $0.append(s) } }
    var items: [String] { values.withLock { $0 } }
}
