import GRPCCore
import GRPCNIOTransportHTTP2
@testable import Kubelet
import Testing

/// A health service on loopback: SERVING for every service but "down" (NOT_SERVING).
private struct FakeHealthService: RegistrableRPCService {
    func registerMethods<Transport: ServerTransport>(with router: inout RPCRouter<Transport>) {
        router.registerHandler(forMethod: GRPCHealthCheck.method, deserializer: RawBytesDeserializer(), serializer: RawBytesSerializer()) { request, _ in
            var service = ""
            for try await message in request.messages where message.count > 2 {
                service = String(decoding: message.dropFirst(2), as: UTF8.self)
            }
            let status: UInt8 = service == "down" ? 2 : 1
            return StreamingServerResponse(single: ServerResponse(message: [0x08, status]))
        }
    }
}

@Suite struct GRPCHealthCheckTests {
    @Test func servingPassesAndNotServingFails() async throws {
        let transport = HTTP2ServerTransport.Posix(address: .ipv4(host: "127.0.0.1", port: 0), transportSecurity: .plaintext)
        let port = try await withGRPCServer(transport: transport, services: [FakeHealthService()]) { server in
            defer { server.beginGracefulShutdown() }
            let port = try #require(try await transport.listeningAddress.ipv4?.port)
            #expect(await GRPCHealthCheck.check(host: "127.0.0.1", port: port, service: "", timeout: .seconds(5)))
            #expect(await GRPCHealthCheck.check(host: "127.0.0.1", port: port, service: "web", timeout: .seconds(5)))
            #expect(await !GRPCHealthCheck.check(host: "127.0.0.1", port: port, service: "down", timeout: .seconds(5)))
            return port
        }
        // Nothing listening any more: the probe fails.
        #expect(await !GRPCHealthCheck.check(host: "127.0.0.1", port: port, service: "", timeout: .seconds(2)))
    }
}
