import HTTPKit
import Testing

@Suite("SPDY, chunked and WebSocket wire formats")
struct WireFormatTests {
    @Test func dataAndControlFramesRoundTripThroughTheParser() throws {
        let frames: [SPDYFrame] = [
            .data(streamID: 3, fin: false, payload: Array("hello".utf8)),
            .data(streamID: 5, fin: true, payload: []),
            .control(type: SPDYFrame.ping, flags: 0, payload: [0, 0, 0, 2]),
        ]
        let bytes = frames.flatMap { $0.encoded() }
        // Data frame: stream id, flags, 24-bit length.
        #expect(Array(bytes.prefix(8)) == [0, 0, 0, 3, 0, 0, 0, 5])
        var parser = SPDYFrameParser()
        // Fed in awkward pieces, the frames still come out whole and in order.
        var out: [SPDYFrame] = []
        for piece in stride(from: 0, to: bytes.count, by: 3) {
            out += try parser.feed(Array(bytes[piece..<min(piece + 3, bytes.count)]))
        }
        #expect(out == frames)
    }

    @Test func controlFrameHeaderCarriesVersionThreeAndType() {
        let ping = SPDYFrame.control(type: SPDYFrame.ping, flags: 0, payload: [0, 0, 0, 1]).encoded()
        #expect(Array(ping.prefix(8)) == [0x80, 0x03, 0x00, 0x06, 0x00, 0x00, 0x00, 0x04])
    }

    @Test func headerBlocksAreOneZlibStreamOfStoredBlocks() throws {
        var writer = SPDYHeaderWriter()
        let first = writer.synStream(streamID: 1, headers: [("streamtype", "error")])
        let second = writer.synStream(streamID: 3, headers: [("streamType", "stdout")])
        guard case .control(let type, _, let payload) = first, case .control(_, _, let payload2) = second else {
            Issue.record("SYN_STREAM must be a control frame")
            return
        }
        #expect(type == SPDYFrame.synStream)
        #expect(first.controlStreamID == 1 && second.controlStreamID == 3)
        // stream id, associated stream id, priority and slot, then the compressed block.
        let block = Array(payload.dropFirst(10))
        let raw: [UInt8] = [0, 0, 0, 1, 0, 0, 0, 10] + Array("streamtype".utf8) + [0, 0, 0, 5] + Array("error".utf8)
        let len = UInt16(raw.count)
        #expect(block == [0x78, 0x01, 0x00, UInt8(len & 0xFF), UInt8(len >> 8), UInt8(~len & 0xFF), UInt8(~len >> 8)] + raw + [0, 0, 0, 0xFF, 0xFF])
        // Only the first block of the connection has the zlib header; names are lowercased.
        let block2 = Array(payload2.dropFirst(10))
        #expect(block2.first == 0x00)
        #expect(String(decoding: block2, as: UTF8.self).contains("streamtype"))
    }

    @Test func chunkedBodiesDecodeAcrossArbitrarySplits() throws {
        let wire = Array("5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n".utf8)
        for split in 1..<wire.count {
            var decoder = ChunkedDecoder()
            let body = try decoder.feed(wire[..<split]) + decoder.feed(wire[split...])
            #expect(String(decoding: body, as: UTF8.self) == "hello, world")
            #expect(decoder.isDone)
        }
        var bad = ChunkedDecoder()
        #expect(throws: RawHTTPError.self) { try bad.feed(Array("zz\r\n".utf8)) }
    }

    @Test func responseHeadsParseOnceComplete() throws {
        let text = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: SPDY/3.1\r\nX-Stream-Protocol-Version: v4.channel.k8s.io\r\n\r\nrest"
        #expect(try RawResponseHead.parse(Array(text.utf8.prefix(30))) == nil)
        let parsed = try RawResponseHead.parse(Array(text.utf8))
        #expect(parsed?.0.status == 101)
        #expect(parsed?.0.header("x-stream-protocol-version") == "v4.channel.k8s.io")
        #expect(parsed.map { text.utf8.count - $0.1 } == 4)
        #expect(throws: RawHTTPError.self) { try RawResponseHead.parse(Array("SSH-2.0\r\n\r\n".utf8)) }
    }

    @Test func webSocketHandshakeAcceptValue() {
        // RFC 6455 §1.3's example.
        #expect(WebSocketConnection.accept(key: "dGhlIHNhbXBsZSBub25jZQ==") == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
        #expect(WebSocketConnection.offeredProtocols(["v5.channel.k8s.io, v4.channel.k8s.io", "x"]) == ["v5.channel.k8s.io", "v4.channel.k8s.io", "x"])
    }
}
