import APIMachinery
import Foundation
import Logging
import NIOHTTP1
import Store
import Testing
@testable import APIServer

/// An API server on a temporary SQLite store, driven in-process through `respond(to:)` (no sockets).
final class InProcessServer: @unchecked Sendable {
    let dir: String
    let store: SQLiteStore
    let api: APIServer
    static let admin = UserInfo(name: "admin", groups: ["system:masters", "system:authenticated"])

    init(options: SQLiteStore.Options = .init(), serviceAccountTokens: ServiceAccountTokenIssuer? = nil) async throws {
        dir = NSTemporaryDirectory() + "apus-test-" + UUID().uuidString.prefix(8)
        store = try SQLiteStore(path: dir + "/state.db", options: options)
        api = APIServer(store: store, logger: Logger(label: "test"), serviceAccountTokens: serviceAccountTokens)
        try await api.start()
    }

    /// A second API server on the store of `other` (as after a restart).
    init(reusing other: InProcessServer) async throws {
        dir = other.dir
        store = other.store
        api = APIServer(store: store, logger: Logger(label: "test"))
        try await api.start()
    }

    /// Waits until the watch caches reflect every write so far.
    func hubFresh() async -> Bool {
        (try? await api.hub.waitUntilFresh()) != nil
    }

    func shutdown() async {
        api.stop()
        await store.close()
        try? FileManager.default.removeItem(atPath: dir)
    }

    struct Reply {
        let status: Int
        let headers: HTTPHeaders
        let body: [UInt8]
        var json: JSON { (try? JSON.parse(body)) ?? .null }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    func call(
        _ method: HTTPMethod, _ uri: String, body: String? = nil, contentType: String = "application/json",
        accept: String? = nil, user: UserInfo? = InProcessServer.admin, rawBody: [UInt8]? = nil, tooLarge: Bool = false
    ) async -> Reply {
        var headers: HTTPHeaders = [:]
        if body != nil || rawBody != nil { headers.add(name: "content-type", value: contentType) }
        if let accept { headers.add(name: "accept", value: accept) }
        let req = HTTPRequest(method: method, uri: uri, headers: headers, body: rawBody ?? Array((body ?? "").utf8), user: user, bodyTooLarge: tooLarge)
        let resp = await api.respond(to: req)
        switch resp.body {
        case .bytes(let b): return Reply(status: Int(resp.status.code), headers: resp.headers, body: b)
        case .stream: return Reply(status: Int(resp.status.code), headers: resp.headers, body: [])
        case .upgrade, .webSocket: return Reply(status: Int(resp.status.code), headers: resp.headers, body: [])
        }
    }

    /// Opens a watch and collects its event lines until `until` says stop or `timeout` passes.
    func watch(_ uri: String, timeout: Duration = .seconds(5), until: @escaping @Sendable ([JSON]) -> Bool) async -> [JSON] {
        let req = HTTPRequest(method: .GET, uri: uri, user: Self.admin)
        let resp = await api.respond(to: req)
        guard case .stream(let produce) = resp.body else {
            if case .bytes(let b) = resp.body { return [(try? JSON.parse(b)) ?? .null] }
            return []
        }
        let writer = CollectingWriter(until: until)
        let task = Task { try? await produce(writer) }
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline && !writer.done { try? await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        return writer.events
    }
}

final class CollectingWriter: ResponseStreamWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var collected: [JSON] = []
    private var finished = false
    let until: @Sendable ([JSON]) -> Bool

    init(until: @escaping @Sendable ([JSON]) -> Bool) { self.until = until }

    func write(_ bytes: [UInt8]) async throws {
        if absorb(bytes) { throw CancellationError() }
    }

    /// Adds bytes, splits complete lines into events; true when the watch should stop.
    private func absorb(_ bytes: [UInt8]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        buffer.append(contentsOf: bytes)
        while let nl = buffer.firstIndex(of: 0x0A) {
            if let j = try? JSON.parse(buffer[..<nl]) { collected.append(j) }
            buffer.removeSubrange(...nl)
        }
        if until(collected) { finished = true }
        return finished
    }

    var events: [JSON] { lock.lock(); defer { lock.unlock() }; return collected }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
}

func configMap(_ name: String, labels: [String: String] = [:], data: [String: String] = [:]) -> String {
    let l = JSON.object(labels.mapValues { .string($0) })
    let d = JSON.object(data.mapValues { .string($0) })
    let o: JSON = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name), "labels": l], "data": d]
    return o.serializedString()
}
