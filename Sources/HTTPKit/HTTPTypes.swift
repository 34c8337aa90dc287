import NIOCore
import NIOHTTP1

/// A fully received HTTP request.
public struct HTTPRequest: Sendable {
    public var method: HTTPMethod
    public var uri: String
    public var path: String
    public var query: [String: [String]]
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The authenticated user, when the client presented a valid certificate or token.
    public var user: UserInfo?
    /// True when the body exceeded the size limit (and was dropped).
    public var bodyTooLarge: Bool

    public init(
        method: HTTPMethod, uri: String, headers: HTTPHeaders = [:], body: [UInt8] = [], user: UserInfo? = nil,
        bodyTooLarge: Bool = false
    ) {
        self.method = method
        self.uri = uri
        self.headers = headers
        self.body = body
        self.user = user
        self.bodyTooLarge = bodyTooLarge
        let (p, q) = Self.split(uri)
        self.path = p
        self.query = q
    }

    /// First value of a query parameter.
    public func query(_ name: String) -> String? { query[name]?.first }

    static func split(_ uri: String) -> (String, [String: [String]]) {
        guard let qm = uri.firstIndex(of: "?") else { return (percentDecode(uri), [:]) }
        let path = percentDecode(String(uri[..<qm]))
        var q: [String: [String]] = [:]
        for pair in uri[uri.index(after: qm)...].split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let k = percentDecode(String(parts[0]), plusAsSpace: true)
            let v = parts.count > 1 ? percentDecode(String(parts[1]), plusAsSpace: true) : ""
            q[k, default: []].append(v)
        }
        return (path, q)
    }

    static func percentDecode(_ s: String, plusAsSpace: Bool = false) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "%") || (plusAsSpace && $0 == UInt8(ascii: "+")) }) else {
            return s
        }
        var out: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let c = it.popFirst() {
            if c == UInt8(ascii: "+") && plusAsSpace {
                out.append(0x20)
            } else if c == UInt8(ascii: "%"), it.count >= 2, let h = hexValue(it[it.startIndex]),
                let l = hexValue(it[it.startIndex + 1])
            {
                out.append(h << 4 | l)
                it = it.dropFirst(2)
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Writes the chunks of a streamed response; each write waits until the bytes are handed to the socket.
public protocol ResponseStreamWriter: Sendable {
    func write(_ bytes: [UInt8]) async throws
}

public struct HTTPResponse: Sendable {
    public enum Body: Sendable {
        case bytes([UInt8])
        /// A body produced over time (watch streams). The closure returns when the stream ends.
        case stream(@Sendable (any ResponseStreamWriter) async throws -> Void)
        /// The connection leaves HTTP after this response (status 101 Switching Protocols): the
        /// closure gets its raw bytes both ways and the connection closes when it returns. Only
        /// HTTP/1.1 connections can be upgraded; elsewhere the client gets 400.
        case upgrade(@Sendable (UpgradedConnection) async throws -> Void)
        /// Accepts a WebSocket handshake (RFC 6455) with the given subprotocol: the closure gets
        /// the connection's frames. The response status and handshake headers are filled in.
        case webSocket(subprotocol: String?, @Sendable (WebSocketConnection) async throws -> Void)
    }

    public var status: HTTPResponseStatus
    public var headers: HTTPHeaders
    public var body: Body

    public init(status: HTTPResponseStatus, headers: HTTPHeaders = [:], body: Body = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Answers requests.
public protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) async -> HTTPResponse
}
