import NIOHTTP1

/// An API server in the same process that an ``APIClient`` hands its requests to directly: the request goes
/// through the server's whole request handling (routing, validation, admission, storage, watch) but not through
/// a socket, TLS and HTTP framing on both ends. `apus server` connects its own scheduler, controller manager
/// and simulated nodes this way (``ClientConfig/inProcessServer``); separate processes use HTTPS.
public protocol InProcessServer: Sendable {
    /// Serves one request. The server authenticates it as its own trusted loopback user.
    func serve(_ request: InProcessRequest) async -> InProcessResponse
}

/// A request as an ``APIClient`` would send it over HTTP.
public struct InProcessRequest: Sendable {
    public var method: HTTPMethod
    /// Path and escaped query, as on the request line.
    public var uri: String
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(method: HTTPMethod, uri: String, headers: HTTPHeaders, body: [UInt8]) {
        self.method = method
        self.uri = uri
        self.headers = headers
        self.body = body
    }
}

/// The answer of an ``InProcessServer``: a whole body, or chunks over time (a watch).
public struct InProcessResponse: Sendable {
    public enum Body: Sendable {
        case bytes([UInt8])
        /// Chunks as the server writes them; ending the iteration cancels the server's side.
        case stream(AsyncThrowingStream<[UInt8], Error>)
    }

    public var status: Int
    public var headers: HTTPHeaders
    public var body: Body

    public init(status: Int, headers: HTTPHeaders, body: Body) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The whole body (a stream is read to its end).
    public func collect() async throws -> [UInt8] {
        switch body {
        case .bytes(let b): return b
        case .stream(let chunks):
            var all: [UInt8] = []
            for try await chunk in chunks { all += chunk }
            return all
        }
    }
}
