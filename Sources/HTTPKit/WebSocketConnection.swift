import Crypto
import Foundation
import NIOCore
import NIOWebSocket

/// A server-side WebSocket connection: whole messages in, frames out.
public struct WebSocketConnection: Sendable {
    public let inbound: NIOAsyncChannelInboundStream<WebSocketFrame>
    public let outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>

    public init(inbound: NIOAsyncChannelInboundStream<WebSocketFrame>, outbound: NIOAsyncChannelOutboundWriter<WebSocketFrame>) {
        self.inbound = inbound
        self.outbound = outbound
    }

    /// `Sec-WebSocket-Accept` for a client's key (RFC 6455 §4.2.2).
    public static func accept(key: String) -> String {
        let digest = Insecure.SHA1.hash(data: Array((key.trimmingCharacters(in: .whitespaces) + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").utf8))
        return Data(digest).base64EncodedString()
    }

    /// The subprotocols a client offered, in its order.
    public static func offeredProtocols(_ headerValues: [String]) -> [String] {
        headerValues.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }

    public func sendBinary(_ bytes: [UInt8]) async throws {
        try await outbound.write(WebSocketFrame(fin: true, opcode: .binary, data: ByteBuffer(bytes: bytes)))
    }

    /// A close frame with `code` (1000: normal closure).
    public func sendClose(code: UInt16 = 1000) async throws {
        var data = ByteBuffer()
        data.writeInteger(code)
        try await outbound.write(WebSocketFrame(fin: true, opcode: .connectionClose, data: data))
    }
}

/// Reassembles messages from frames and answers pings.
public struct WebSocketMessageReader {
    public enum Message: Sendable, Equatable {
        case binary([UInt8])
        case text([UInt8])
        case close
    }

    var iterator: NIOAsyncChannelInboundStream<WebSocketFrame>.AsyncIterator
    let connection: WebSocketConnection
    var partial: [UInt8] = []
    var partialOpcode: WebSocketOpcode = .binary

    public init(_ connection: WebSocketConnection) {
        self.connection = connection
        self.iterator = connection.inbound.makeAsyncIterator()
    }

    /// The next complete message; nil when the connection ended.
    public mutating func next() async throws -> Message? {
        while let frame = try await iterator.next() {
            let payload = Array(frame.unmaskedData.readableBytesView)
            switch frame.opcode {
            case .ping:
                try await connection.outbound.write(WebSocketFrame(fin: true, opcode: .pong, data: ByteBuffer(bytes: payload)))
            case .pong:
                continue
            case .connectionClose:
                return .close
            case .binary, .text:
                partialOpcode = frame.opcode
                if frame.fin && partial.isEmpty { return frame.opcode == .text ? .text(payload) : .binary(payload) }
                partial += payload
                if frame.fin { return finish() }
            case .continuation:
                partial += payload
                if frame.fin { return finish() }
            default:
                continue
            }
        }
        return nil
    }

    mutating func finish() -> Message {
        let bytes = partial
        partial = []
        return partialOpcode == .text ? .text(bytes) : .binary(bytes)
    }
}
