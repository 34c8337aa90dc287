import GRPCCore
import GRPCNIOTransportHTTP2

/// One `grpc.health.v1.Health/Check` call over plaintext HTTP/2, as the kubelet's gRPC probe makes it.
enum GRPCHealthCheck {
    static let method = MethodDescriptor(fullyQualifiedService: "grpc.health.v1.Health", method: "Check")

    /// True when the server answers SERVING within `timeout`.
    static func check(host: String, port: Int, service: String, timeout: Duration) async -> Bool {
        do {
            let transport = try HTTP2ClientTransport.Posix(
                target: .ipv4(address: host, port: port), transportSecurity: .plaintext)
            return try await withGRPCClient(transport: transport) { client in
                var options = CallOptions.defaults
                options.timeout = timeout
                options.waitForReady = false
                let status = try await client.unary(
                    request: ClientRequest(message: HealthCheckCodec.encodeRequest(service: service)),
                    descriptor: method, serializer: RawBytesSerializer(), deserializer: RawBytesDeserializer(), options: options
                ) { response in
                    try HealthCheckCodec.decodeResponse(try response.message)
                }
                return status == HealthCheckCodec.ServingStatus.serving.rawValue
            }
        } catch {
            return false
        }
    }
}
