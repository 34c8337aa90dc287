import NIOCore
import NIOHTTP1
import NIOWebSocket

/// A connection that left HTTP after a 101 response: its bytes both ways.
public struct UpgradedConnection: Sendable {
    public let inbound: NIOAsyncChannelInboundStream<ByteBuffer>
    public let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    public init(inbound: NIOAsyncChannelInboundStream<ByteBuffer>, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.inbound = inbound
        self.outbound = outbound
    }
}

/// Request headers a proxy passes on when relaying a connection upgrade (SPDY or WebSocket).
public enum UpgradeHeaders {
    public static let forwarded: Set<String> = [
        "connection", "upgrade", "x-stream-protocol-version", "sec-websocket-key", "sec-websocket-version",
        "sec-websocket-protocol", "sec-websocket-extensions",
    ]
}

/// The HTTP/1.1 handlers of one server connection.
struct HTTP1Handlers: @unchecked Sendable {
    // Only touched on the connection's event loop.
    let encoder: HTTPResponseEncoder
    let decoder: ByteToMessageHandler<HTTPRequestDecoder>
    let pipelining: HTTPServerPipelineHandler
    let errors: HTTPServerProtocolErrorHandler

    /// What runs on the connection after the 101 response.
    enum Takeover: Sendable {
        case raw(@Sendable (UpgradedConnection) async throws -> Void)
        case webSocket(@Sendable (WebSocketConnection) async throws -> Void)
    }

    /// Sends the 101 response, takes HTTP off the connection and runs the takeover on the raw
    /// bytes or on WebSocket frames; closes the connection when it returns.
    static func upgrade(
        channel: any Channel, http: HTTP1Handlers, handler: UnsafeHandlerBox, head: HTTPResponseHead, takeover: Takeover
    ) async {
        do {
            try await channel.writeAndFlush(HTTPServerResponsePart.head(head)).get()
            switch takeover {
            case .raw(let body):
                let wrapped: NIOAsyncChannel<ByteBuffer, ByteBuffer> = try await takeOver(channel: channel, http: http, handler: handler) {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
                channel.read()
                try await wrapped.executeThenClose { inbound, outbound in
                    try await body(UpgradedConnection(inbound: inbound, outbound: outbound))
                }
            case .webSocket(let body):
                let wrapped: NIOAsyncChannel<WebSocketFrame, WebSocketFrame> = try await takeOver(channel: channel, http: http, handler: handler) {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(WebSocketFrameDecoder(maxFrameSize: 1 << 20)))
                    try channel.pipeline.syncOperations.addHandler(WebSocketFrameEncoder())
                    return try NIOAsyncChannel<WebSocketFrame, WebSocketFrame>(wrappingChannelSynchronously: channel)
                }
                channel.read()
                try await wrapped.executeThenClose { inbound, outbound in
                    try await body(WebSocketConnection(inbound: inbound, outbound: outbound))
                }
            }
        } catch {
            try? await channel.close()
        }
    }

    /// Removes the HTTP handlers and installs what `install` adds (on the event loop).
    static func takeOver<T: Sendable>(
        channel: any Channel, http: HTTP1Handlers, handler: UnsafeHandlerBox, install: @escaping @Sendable () throws -> T
    ) async throws -> T {
            try await channel.eventLoop.flatSubmit { () -> EventLoopFuture<T> in
                // Inbound handlers after the decoder go first, so that bytes the decoder still
                // holds (forwarded when it is removed) reach the raw handler and nothing else.
                // Every callback runs on the connection's event loop.
                let sync: @Sendable () -> ChannelPipeline.SynchronousOperations = { channel.pipeline.syncOperations }
                return sync().removeHandler(http.pipelining)
                    .flatMap { sync().removeHandler(http.errors) }
                    .flatMap { sync().removeHandler(handler.handler) }
                    .flatMapThrowing { try install() }
                    .flatMap { installed in sync().removeHandler(http.decoder).map { installed } }
                    .flatMap { installed in sync().removeHandler(http.encoder).map { installed } }
            }.get()
    }
}
