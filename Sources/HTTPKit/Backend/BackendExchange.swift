import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// A request to a backend (the kubelet, or the runtime's streaming server), sent as raw bytes.
public struct RawRequest: Sendable {
    public var method: String
    /// Path and query, e.g. `/exec/ns/pod/c?command=sh`.
    public var target: String
    public var headers: [(name: String, value: String)]

    public init(method: String, target: String, headers: [(name: String, value: String)]) {
        self.method = method
        self.target = target
        self.headers = headers
    }

    func serialized(host: String) -> [UInt8] {
        var text = "\(method) \(target) HTTP/1.1\r\n"
        if !headers.contains(where: { $0.name.lowercased() == "host" }) { text += "Host: \(host)\r\n" }
        for (name, value) in headers where !value.contains("\r") && !value.contains("\n") {
            text += "\(name): \(value)\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }
}

/// One backend connection after the response head was read: the rest of the response body, or,
/// after a 101, the raw streams both ways.
public struct BackendStream: ~Copyable {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var pending: [UInt8]
    public let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    public let channel: any Channel

    /// Closes the connection: a pending `next()` ends.
    public func close() {
        channel.close(promise: nil)
    }

    /// The next bytes from the backend (what followed the head first); nil at end of stream.
    public mutating func next() async throws -> [UInt8]? {
        if !pending.isEmpty {
            defer { pending = [] }
            return pending
        }
        guard var buffer = try await iterator.next() else { return nil }
        return buffer.readBytes(length: buffer.readableBytes) ?? []
    }
}

/// Talks HTTP/1.1 to a backend over a raw connection, so that an upgraded response (SPDY,
/// WebSocket) can be relayed byte for byte. The connection lives in its own task; callers
/// get the head first, then choose what to do with the rest.
public final class BackendExchange: Sendable {
    public typealias Work = @Sendable (inout BackendStream) async throws -> Void

    public let head: RawResponseHead
    private let work: AsyncStream<(Work, CheckedContinuation<Void, any Error>)>.Continuation

    private init(head: RawResponseHead, work: AsyncStream<(Work, CheckedContinuation<Void, any Error>)>.Continuation) {
        self.head = head
        self.work = work
    }

    /// Connects, sends `request` and returns once the response head has arrived.
    public static func start(
        host: String, port: Int, tls: NIOSSLContext?, request: RawRequest, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> BackendExchange {
        let channel = try await ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connectTimeout(.seconds(10))
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: tls, serverHostname: nil))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let (works, workContinuation) = AsyncStream<(Work, CheckedContinuation<Void, any Error>)>.makeStream()
        let hostHeader = "\(host.contains(":") ? "[\(host)]" : host):\(port)"
        return try await withCheckedThrowingContinuation { (headContinuation: CheckedContinuation<BackendExchange, any Error>) in
            Task {
                var headDelivered = false
                do {
                    let raw = channel.channel
                    try await channel.executeThenClose { inbound, outbound in
                        try await outbound.write(ByteBuffer(bytes: request.serialized(host: hostHeader)))
                        var iterator = inbound.makeAsyncIterator()
                        var bytes: [UInt8] = []
                        var parsed: (RawResponseHead, Int)?
                        while parsed == nil {
                            guard var chunk = try await iterator.next() else { throw RawHTTPError.closed }
                            bytes.append(contentsOf: chunk.readBytes(length: chunk.readableBytes) ?? [])
                            parsed = try RawResponseHead.parse(bytes)
                        }
                        guard let (head, used) = parsed else { throw RawHTTPError.closed }
                        headDelivered = true
                        headContinuation.resume(returning: BackendExchange(head: head, work: workContinuation))
                        var stream = BackendStream(iterator: iterator, pending: Array(bytes[used...]), outbound: outbound, channel: raw)
                        // One piece of work, then the connection closes.
                        for await (work, done) in works {
                            do {
                                try await work(&stream)
                                done.resume()
                            } catch {
                                done.resume(throwing: error)
                            }
                            break
                        }
                    }
                } catch {
                    if !headDelivered { headContinuation.resume(throwing: error) }
                }
            }
        }
    }

    /// Runs `work` on the connection (the only one allowed), then closes it.
    public func run(_ work: @escaping Work) async throws {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<Void, any Error>) in
            if case .terminated = self.work.yield((work, done)) {
                done.resume(throwing: RawHTTPError.closed)
            }
            self.work.finish()
        }
    }

    /// Closes the connection without using it further.
    public func close() {
        work.finish()
    }

    /// The whole response body (up to `limit` bytes), decoded from chunked or length-delimited framing.
    public func body(limit: Int = 1 << 20) async throws -> [UInt8] {
        let head = self.head
        let result = ResultBox()
        try await run { stream in
            var out: [UInt8] = []
            try await Self.forEachBodyChunk(head: head, stream: &stream) { chunk in
                out.append(contentsOf: chunk.prefix(max(0, limit - out.count)))
                return out.count < limit
            }
            result.set(out)
        }
        return result.get()
    }

    /// Streams the response body to `writer` as it arrives.
    public func streamBody(to writer: any ResponseStreamWriter) async throws {
        let head = self.head
        try await run { stream in
            var failure: (any Error)?
            try await Self.forEachBodyChunk(head: head, stream: &stream) { chunk in
                do {
                    try await writer.write(chunk)
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
        }
    }

    /// Relays raw bytes between an upgraded client connection and this backend until either
    /// side closes.
    public func relay(with client: UpgradedConnection) async {
        try? await run { stream in
            let outbound = stream.outbound
            let backend = stream.channel
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    // The client went away: so does the backend connection, which ends the loop below.
                    defer { backend.close(promise: nil) }
                    for try await buffer in client.inbound { try await outbound.write(buffer) }
                }
                while let bytes = try? await stream.next() {
                    try await client.outbound.write(ByteBuffer(bytes: bytes))
                }
                group.cancelAll()
            }
        }
    }

    static func forEachBodyChunk(
        head: RawResponseHead, stream: inout BackendStream, _ consume: ([UInt8]) async -> Bool
    ) async throws {
        if head.status == 204 || head.status == 304 || (100..<200).contains(head.status) { return }
        if head.header("transfer-encoding")?.lowercased().contains("chunked") == true {
            var decoder = ChunkedDecoder()
            while !decoder.isDone, let bytes = try await stream.next() {
                let body = try decoder.feed(bytes)
                if !body.isEmpty, !(await consume(body)) { return }
            }
        } else if let length = head.header("content-length").flatMap({ Int($0) }) {
            var remaining = length
            while remaining > 0, let bytes = try await stream.next() {
                let piece = Array(bytes.prefix(remaining))
                remaining -= piece.count
                if !(await consume(piece)) { return }
            }
        } else {
            while let bytes = try await stream.next() {
                if !(await consume(bytes)) { return }
            }
        }
    }
}

/// Carries a value out of a `run` closure.
final class ResultBox: Sendable {
    private let value = Mutex<[UInt8]>([])
    func set(_ v: [UInt8]) { value.withLock { $0 = v } }
    func get() -> [UInt8] { value.withLock { $0 } }
}
