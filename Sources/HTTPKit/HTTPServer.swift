import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix
import NIOSSL
import NIOTLS

/// HTTPS server speaking HTTP/1.1 and HTTP/2 (negotiated by ALPN) on one port, with optional
/// client-certificate authentication; or plain HTTP/1.1 when no TLS configuration is given.
public final class HTTPServer: Sendable {
    public struct TLS: Sendable {
        public var certificatePEM: String
        public var keyPEM: String
        /// CA that client certificates must chain to; nil disables client-certificate authentication.
        public var clientCAPEM: String?
        public init(certificatePEM: String, keyPEM: String, clientCAPEM: String?) {
            self.certificatePEM = certificatePEM
            self.keyPEM = keyPEM
            self.clientCAPEM = clientCAPEM
        }
    }

    let group: MultiThreadedEventLoopGroup
    let channel: any Channel

    /// The bound port (useful when binding port 0).
    public var port: Int { channel.localAddress?.port ?? 0 }

    public init(host: String, port: Int, tls: TLS?, responder: any HTTPResponder, threads: Int = System.coreCount) async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, threads))
        self.group = group
        let sslContext: NIOSSLContext?
        if let tls {
            let chain = try NIOSSLCertificate.fromPEMBytes(Array(tls.certificatePEM.utf8)).map { NIOSSLCertificateSource.certificate($0) }
            let key = try NIOSSLPrivateKey(bytes: Array(tls.keyPEM.utf8), format: .pem)
            var config = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
            config.applicationProtocols = ["h2", "http/1.1"]
            config.minimumTLSVersion = .tlsv12
            if let ca = tls.clientCAPEM {
                config.certificateVerification = .optionalVerification
                config.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(Array(ca.utf8)))
                config.sendCANameList = true
            }
            sslContext = try NIOSSLContext(configuration: config)
        } else {
            sslContext = nil
        }
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelInitializer { channel in
                let identity = ConnectionIdentity()
                guard let sslContext else {
                    return channel.eventLoop.makeCompletedFuture {
                        try Self.configureHTTP1(channel: channel, responder: responder, identity: identity)
                    }
                }
                return channel.eventLoop.makeCompletedFuture {
                    let ssl = NIOSSLServerHandler(context: sslContext)
                    try channel.pipeline.syncOperations.addHandler(ssl)
                    let alpn = ApplicationProtocolNegotiationHandler { result, channel in
                        if let cert = ssl.peerCertificate, let der = try? cert.toDERBytes() {
                            identity.user = Certificates.identity(fromDER: der)
                        }
                        switch result {
                        case .negotiated("h2"):
                            return channel.configureHTTP2Pipeline(mode: .server, inboundStreamInitializer: { stream in
                                stream.eventLoop.makeCompletedFuture {
                                    try stream.pipeline.syncOperations.addHandler(HTTP2FramePayloadToHTTP1ServerCodec())
                                    try stream.pipeline.syncOperations.addHandler(
                                        HTTPRequestHandler(responder: responder, identity: identity))
                                }
                            }).map { _ in }
                        default:
                            return channel.eventLoop.makeCompletedFuture {
                                try Self.configureHTTP1(channel: channel, responder: responder, identity: identity)
                            }
                        }
                    }
                    try channel.pipeline.syncOperations.addHandler(alpn)
                }
            }
        do {
            self.channel = try await bootstrap.bind(host: host, port: port).get()
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    static func configureHTTP1(channel: any Channel, responder: any HTTPResponder, identity: ConnectionIdentity) throws {
        // The same handlers as NIO's configureHTTPServerPipeline, kept by reference so that an
        // upgraded connection (exec, attach, port-forward) can take them out again.
        let http = HTTP1Handlers(
            encoder: HTTPResponseEncoder(),
            decoder: ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .forwardBytes)),
            pipelining: HTTPServerPipelineHandler(),
            errors: HTTPServerProtocolErrorHandler())
        try channel.pipeline.syncOperations.addHandlers([http.encoder, http.decoder, http.pipelining, http.errors])
        try channel.pipeline.syncOperations.addHandler(HTTPRequestHandler(responder: responder, identity: identity, http1: http))
    }

    public func shutdown() async {
        try? await channel.close()
        try? await group.shutdownGracefully()
    }
}
