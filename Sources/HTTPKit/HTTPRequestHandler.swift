import NIOCore
import NIOHTTP1

/// The authenticated identity of one TLS connection, shared by its HTTP/2 streams.
final class ConnectionIdentity: @unchecked Sendable {
    // Written once on the event loop after the TLS handshake, before any request is read.
    var user: UserInfo?
}

/// Collects one request (head, body, end), hands it to the responder and writes the response back.
///
/// Used for HTTP/1.1 connections and for each HTTP/2 stream (behind the HTTP/2-to-HTTP/1 codec).
final class HTTPRequestHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    static let maxBodySize = 3 * 1024 * 1024

    let responder: any HTTPResponder
    let identity: ConnectionIdentity
    /// Set on HTTP/1.1 connections (which can be upgraded), nil on HTTP/2 streams.
    let http1: HTTP1Handlers?
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var tooLarge = false
    private var task: Task<Void, Never>?

    init(responder: any HTTPResponder, identity: ConnectionIdentity, http1: HTTP1Handlers? = nil) {
        self.responder = responder
        self.identity = identity
        self.http1 = http1
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            body = []
            tooLarge = false
        case .body(var buf):
            if tooLarge { return }
            if body.count + buf.readableBytes > Self.maxBodySize {
                tooLarge = true
                body = []
                return
            }
            if let bytes = buf.readBytes(length: buf.readableBytes) { body.append(contentsOf: bytes) }
        case .end:
            guard let head else { return }
            self.head = nil
            let request = HTTPRequest(
                method: head.method, uri: head.uri, headers: head.headers, body: body, user: identity.user,
                bodyTooLarge: tooLarge)
            body = []
            // The decoder stops at a request asking for an upgrade: if it is not upgraded, the
            // connection closes after the answer.
            let keepAlive = head.isKeepAlive && !head.headers.contains(name: "upgrade")
            let version = head.version
            let upgrade = http1.map { UpgradeContext(http: $0, handler: UnsafeHandlerBox(self)) }
            task = Self.serve(request, responder: responder, channel: context.channel, version: version, keepAlive: keepAlive, upgrade: upgrade)
        }
    }

    private static func serve(
        _ request: HTTPRequest, responder: any HTTPResponder, channel: any Channel, version: HTTPVersion, keepAlive: Bool,
        upgrade: UpgradeContext?
    ) -> Task<Void, Never> {
        let isHead = request.method == .HEAD
        return Task {
            let response = await responder.respond(to: request)
            let taking: HTTP1Handlers.Takeover?
            var head = HTTPResponseHead(version: version, status: response.status, headers: response.headers)
            switch response.body {
            case .upgrade(let body):
                taking = .raw(body)
            case .webSocket(let subprotocol, let body):
                guard let key = request.headers.first(name: "sec-websocket-key") else {
                    let refused = HTTPResponse(
                        status: .badRequest, headers: ["content-type": "text/plain"],
                        body: .bytes(Array("missing Sec-WebSocket-Key".utf8)))
                    await write(refused, to: channel, version: version, keepAlive: keepAlive, isHead: isHead)
                    return
                }
                head.status = .switchingProtocols
                head.headers.replaceOrAdd(name: "upgrade", value: "websocket")
                head.headers.replaceOrAdd(name: "connection", value: "Upgrade")
                head.headers.replaceOrAdd(name: "sec-websocket-accept", value: WebSocketConnection.accept(key: key))
                if let subprotocol { head.headers.replaceOrAdd(name: "sec-websocket-protocol", value: subprotocol) }
                taking = .webSocket(body)
            default:
                taking = nil
            }
            if let taking {
                guard let upgrade, version.major == 1, version.minor >= 1 else {
                    let refused = HTTPResponse(
                        status: .badRequest, headers: ["content-type": "text/plain"],
                        body: .bytes(Array("connection upgrade needs HTTP/1.1".utf8)))
                    await write(refused, to: channel, version: version, keepAlive: keepAlive, isHead: isHead)
                    return
                }
                head.headers.remove(name: "content-length")
                await HTTP1Handlers.upgrade(channel: channel, http: upgrade.http, handler: upgrade.handler, head: head, takeover: taking)
                return
            }
            await write(response, to: channel, version: version, keepAlive: keepAlive, isHead: isHead)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        task?.cancel()
        task = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private static func write(
        _ response: HTTPResponse, to channel: any Channel, version: HTTPVersion, keepAlive: Bool, isHead: Bool
    ) async {
        var headers = response.headers
        if !keepAlive && version.major == 1 { headers.replaceOrAdd(name: "connection", value: "close") }
        switch response.body {
        case .bytes(let bytes):
            headers.replaceOrAdd(name: "content-length", value: String(bytes.count))
            channel.write(HTTPServerResponsePart.head(HTTPResponseHead(version: version, status: response.status, headers: headers)), promise: nil)
            if !bytes.isEmpty && !isHead {
                channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: bytes))), promise: nil)
            }
            let done = channel.eventLoop.makePromise(of: Void.self)
            channel.writeAndFlush(HTTPServerResponsePart.end(nil), promise: done)
            if !keepAlive && version.major == 1 {
                done.futureResult.whenComplete { _ in channel.close(promise: nil) }
            }
        case .upgrade, .webSocket:
            // Handled by serve(); never reaches here.
            channel.close(promise: nil)
        case .stream(let produce):
            headers.remove(name: "content-length")
            if version.major == 1 { headers.replaceOrAdd(name: "transfer-encoding", value: "chunked") }
            do {
                try await channel.writeAndFlush(
                    HTTPServerResponsePart.head(HTTPResponseHead(version: version, status: response.status, headers: headers))
                ).get()
                try await produce(ChannelStreamWriter(channel: channel))
                try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
                if !keepAlive && version.major == 1 { channel.close(promise: nil) }
            } catch {
                // The peer went away or the stream failed half way: the connection cannot be reused.
                channel.close(promise: nil)
            }
        }
    }
}

/// What an HTTP/1.1 request needs to upgrade its connection.
struct UpgradeContext: Sendable {
    let http: HTTP1Handlers
    let handler: UnsafeHandlerBox
}

/// The request handler, carried to the response task; only used on its event loop.
struct UnsafeHandlerBox: @unchecked Sendable {
    let handler: HTTPRequestHandler
    init(_ handler: HTTPRequestHandler) { self.handler = handler }
}

struct ChannelStreamWriter: ResponseStreamWriter {
    let channel: any Channel

    func write(_ bytes: [UInt8]) async throws {
        try Task.checkCancellation()
        try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: bytes)))).get()
    }
}
