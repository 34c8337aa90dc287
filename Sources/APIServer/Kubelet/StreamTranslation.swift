import HTTPKit
import NIOCore
import NIOWebSocket

/// WebSocket clients (kubectl ≥ 1.30) against a kubelet and runtime that speak SPDY: the API
/// server translates, as upstream's does.
///
/// - exec/attach with `v5.channel.k8s.io`: each WebSocket message is a channel byte (0 stdin,
///   1 stdout, 2 stderr, 3 error, 4 resize, 255 close) and data; the kubelet side gets one SPDY
///   stream per channel (`v4.channel.k8s.io`).
/// - port-forward with `SPDY/3.1+portforward.k8s.io`: the messages carry the SPDY bytes of a
///   `portforward.k8s.io` connection; they are unwrapped and relayed as they are.
enum StreamTranslation {
    static let remoteCommandV5 = "v5.channel.k8s.io"
    static let remoteCommandV4 = "v4.channel.k8s.io"
    static let portForwardTunnel = "SPDY/3.1+portforward.k8s.io"
    static let portForward = "portforward.k8s.io"

    enum Channel: UInt8 {
        case stdin = 0, stdout = 1, stderr = 2, error = 3, resize = 4, close = 255
    }

    /// The SPDY streams a remote command opens, in order, with their channels.
    static func streams(stdin: Bool, stdout: Bool, stderr: Bool, tty: Bool) -> [(id: UInt32, type: String, channel: Channel)] {
        var out: [(id: UInt32, type: String, channel: Channel)] = [(1, "error", .error)]
        var next: UInt32 = 3
        func add(_ type: String, _ channel: Channel) {
            out.append((next, type, channel))
            next += 2
        }
        if stdin { add("stdin", .stdin) }
        if stdout { add("stdout", .stdout) }
        if stderr && !tty { add("stderr", .stderr) }
        if tty { add("resize", .resize) }
        return out
    }

    /// Runs a v5 remote command session: `client` (WebSocket) ↔ `backend` (SPDY, already upgraded).
    static func remoteCommand(
        client: WebSocketConnection, backend: inout BackendStream, stdin: Bool, stdout: Bool, stderr: Bool, tty: Bool
    ) async throws {
        let streams = streams(stdin: stdin, stdout: stdout, stderr: stderr, tty: tty)
        var headerWriter = SPDYHeaderWriter()
        var opening: [UInt8] = []
        for stream in streams {
            opening += headerWriter.synStream(streamID: stream.id, headers: [("streamtype", stream.type)]).encoded()
        }
        let outbound = backend.outbound
        try await outbound.write(ByteBuffer(bytes: opening))
        let byChannel = Dictionary(streams.map { ($0.channel.rawValue, $0.id) }) { a, _ in a }
        let byStream = Dictionary(streams.map { ($0.id, $0.channel.rawValue) }) { a, _ in a }
        var parser = SPDYFrameParser()
        try await pump(client: client, backend: &backend) { bytes in
            if bytes.first == Channel.close.rawValue {
                // The client closed one of its streams: only stdin can be closed from its side.
                if let closed = bytes.dropFirst().first, let id = byChannel[closed], closed == Channel.stdin.rawValue {
                    try await outbound.write(ByteBuffer(bytes: SPDYFrame.data(streamID: id, fin: true, payload: []).encoded()))
                }
                return
            }
            guard let channel = bytes.first, let id = byChannel[channel],
                  channel == Channel.stdin.rawValue || channel == Channel.resize.rawValue
            else { return }
            try await outbound.write(ByteBuffer(bytes: SPDYFrame.data(streamID: id, fin: false, payload: Array(bytes.dropFirst())).encoded()))
        } fromBackend: { bytes in
            for frame in try parser.feed(bytes) {
                switch frame {
                case .data(let id, _, let payload):
                    guard let channel = byStream[id], !payload.isEmpty else { continue }
                    try await client.sendBinary([channel] + payload)
                case .control(let type, _, let payload) where type == SPDYFrame.ping:
                    try await outbound.write(ByteBuffer(bytes: SPDYFrame.control(type: SPDYFrame.ping, flags: 0, payload: payload).encoded()))
                case .control:
                    continue
                }
            }
        }
    }

    /// Relays a tunnelled SPDY connection: WebSocket message payloads ↔ raw backend bytes.
    static func tunnel(client: WebSocketConnection, backend: inout BackendStream) async throws {
        let outbound = backend.outbound
        try await pump(client: client, backend: &backend) { bytes in
            try await outbound.write(ByteBuffer(bytes: bytes))
        } fromBackend: { bytes in
            try await client.sendBinary(bytes)
        }
    }

    /// Runs both directions until either side ends: binary WebSocket messages go to `fromClient`
    /// (pings are answered, text is ignored), backend bytes to `fromBackend`. When the backend
    /// ends, the client gets a normal close; when the client ends, the backend connection closes.
    static func pump(
        client: WebSocketConnection, backend: inout BackendStream,
        fromClient: @escaping @Sendable ([UInt8]) async throws -> Void,
        fromBackend: ([UInt8]) async throws -> Void
    ) async throws {
        let backendChannel = backend.channel
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { backendChannel.close(promise: nil) }
                var reader = WebSocketMessageReader(client)
                while let message = try await reader.next() {
                    switch message {
                    case .binary(let bytes): try await fromClient(bytes)
                    case .text: continue
                    case .close: return
                    }
                }
            }
            while let bytes = try? await backend.next() {
                try await fromBackend(bytes)
            }
            try? await client.sendClose()
            group.cancelAll()
        }
    }
}
