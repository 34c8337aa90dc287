import APIServer
import Client
import NIOHTTP1

/// The API server as its own scheduler, controller manager and simulated nodes reach it inside `apus server`:
/// each request is handed to the server's request handling as it would arrive over HTTPS from the admin
/// certificate, without the socket, TLS and HTTP framing in between.
struct InProcessAPI: InProcessServer {
    let api: APIServer
    /// Who in-process requests act as: the user of the admin certificate (ClusterPKI), which these components
    /// are over HTTPS.
    static let user = UserInfo(name: "kubernetes-admin", groups: ["system:masters", "system:authenticated"])

    func serve(_ request: InProcessRequest) async -> InProcessResponse {
        let http = HTTPRequest(method: request.method, uri: request.uri, headers: request.headers, body: request.body, user: Self.user)
        let response = await api.respond(to: http)
        let status = Int(response.status.code)
        switch response.body {
        case .bytes(let bytes):
            return InProcessResponse(status: status, headers: response.headers, body: .bytes(bytes))
        case .stream(let produce):
            let (chunks, continuation) = AsyncThrowingStream<[UInt8], Error>.makeStream()
            let producer = Task {
                do {
                    try await produce(ChunkWriter(continuation: continuation))
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in producer.cancel() }
            return InProcessResponse(status: status, headers: response.headers, body: .stream(chunks))
        case .upgrade, .webSocket:
            return InProcessResponse(
                status: 400, headers: ["content-type": "text/plain"],
                body: .bytes(Array("connection upgrades need an HTTP connection".utf8)))
        }
    }

    /// Hands the server's chunks to the client; fails once the client stopped reading, which ends the producer.
    struct ChunkWriter: ResponseStreamWriter {
        let continuation: AsyncThrowingStream<[UInt8], Error>.Continuation

        func write(_ bytes: [UInt8]) async throws {
            try Task.checkCancellation()
            if case .terminated = continuation.yield(bytes) { throw CancellationError() }
        }
    }
}
