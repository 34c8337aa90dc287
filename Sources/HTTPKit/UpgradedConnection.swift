import NIOCore
import NIOHTTP1

/// A connection that left HTTP after a 101 response: its bytes both ways.
public struct UpgradedConnection: Sendable {
    public let inbound: NIOAsyncChannelInboundStream<ByteBuffer>
    public let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    public init(inbound: NIOAsyncChannelInboundStream<ByteBuffer>, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.inbound = inbound
        self.outbound = outbound
    }
}

/// The HTTP/1.1 handlers of one server connection.
struct HTTP1Handlers: @unchecked Sendable {
    // Only touched on the connection's event loop.
    let encoder: HTTPResponseEncoder
    let decoder: ByteToMessageHandler<HTTPRequestDecoder>
    let pipelining: HTTPServerPipelineHandler
    let errors: HTTPServerProtocolErrorHandler

    /// Sends the 101 response, takes HTTP off the connection and runs `body` on the raw bytes;
    /// closes the connection when `body` returns.
    static func upgrade(
        channel: any Channel, http: HTTP1Handlers, handler: UnsafeHandlerBox, head: HTTPResponseHead,
        body: @escaping @Sendable (UpgradedConnection) async throws -> Void
    ) async {
        do {
            try await channel.writeAndFlush(HTTPServerResponsePart.head(head)).get()
            let wrapped = try await channel.eventLoop.flatSubmit { () -> EventLoopFuture<NIOAsyncChannel<ByteBuffer, ByteBuffer>> in
                // Inbound handlers after the decoder go first, so that bytes the decoder still
                // holds (forwarded when it is removed) reach the raw handler and nothing else.
                // Every callback runs on the connection's event loop.
                let sync: @Sendable () -> ChannelPipeline.SynchronousOperations = { channel.pipeline.syncOperations }
                return sync().removeHandler(http.pipelining)
                    .flatMap { sync().removeHandler(http.errors) }
                    .flatMap { sync().removeHandler(handler.handler) }
                    .flatMapThrowing { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
                    .flatMap { async in sync().removeHandler(http.decoder).map { async } }
                    .flatMap { async in sync().removeHandler(http.encoder).map { async } }
            }.get()
            channel.read()
            try await wrapped.executeThenClose { inbound, outbound in
                try await body(UpgradedConnection(inbound: inbound, outbound: outbound))
            }
        } catch {
            try? await channel.close()
        }
    }
}
