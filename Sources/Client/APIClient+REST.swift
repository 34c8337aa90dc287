import APIMachinery
import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// The patch formats the API server accepts.
public enum PatchType: Sendable, Hashable {
    /// JSON merge patch (RFC 7386).
    case merge
    /// Strategic merge patch (lists merged by their patch merge keys).
    case strategic
    /// JSON patch (RFC 6902): the body is an array of operations.
    case json
    /// Server-side apply: the body is the applied configuration, owned by `fieldManager`.
    case apply(fieldManager: String, force: Bool = false)

    public var contentType: String {
        switch self {
        case .merge: return "application/merge-patch+json"
        case .strategic: return "application/strategic-merge-patch+json"
        case .json: return "application/json-patch+json"
        case .apply: return "application/apply-patch+yaml"
        }
    }
}

/// What happens to dependents when an owner is deleted.
public enum PropagationPolicy: String, Sendable, Hashable {
    case orphan = "Orphan"
    case background = "Background"
    case foreground = "Foreground"
}

/// Conditions the object must still meet for a delete to go ahead.
public struct Preconditions: Sendable, Hashable {
    public var uid: String?
    public var resourceVersion: String?
    public init(uid: String? = nil, resourceVersion: String? = nil) {
        self.uid = uid
        self.resourceVersion = resourceVersion
    }
}

// MARK: - Generic REST over JSON

extension APIClient {
    /// `GET` one object.
    public func get(_ path: ResourcePath, resourceVersion: String? = nil) async throws -> JSON {
        var q: [(String, String)] = []
        if let resourceVersion { q.append(("resourceVersion", resourceVersion)) }
        return try await send(.GET, path: try Self.requireName(path).path, query: q)
    }

    /// `GET` a collection (one page of it when `limit` is set); returns the `...List` object.
    public func list(
        _ path: ResourcePath, labelSelector: String? = nil, fieldSelector: String? = nil, limit: Int? = nil,
        continue continueToken: String? = nil, resourceVersion: String? = nil, resourceVersionMatch: String? = nil,
        timeout: Duration? = nil
    ) async throws -> JSON {
        var q: [(String, String)] = []
        if let labelSelector, !labelSelector.isEmpty { q.append(("labelSelector", labelSelector)) }
        if let fieldSelector, !fieldSelector.isEmpty { q.append(("fieldSelector", fieldSelector)) }
        if let limit, limit > 0 { q.append(("limit", String(limit))) }
        if let continueToken, !continueToken.isEmpty { q.append(("continue", continueToken)) }
        if let resourceVersion { q.append(("resourceVersion", resourceVersion)) }
        if let resourceVersionMatch { q.append(("resourceVersionMatch", resourceVersionMatch)) }
        var p = path
        p.name = nil
        p.subresource = nil
        return try await send(.GET, path: p.path, query: q, timeout: timeout)
    }

    /// `POST` a new object to the collection at `path`.
    public func create(_ path: ResourcePath, _ object: JSON, fieldManager: String? = nil, dryRun: Bool = false)
        async throws -> JSON
    {
        var p = path
        p.name = nil
        p.subresource = nil
        return try await send(.POST, path: p.path, query: Self.writeQuery(fieldManager, dryRun), body: object)
    }

    /// `PUT` an object (the name comes from `path` or from `metadata.name`); `metadata.resourceVersion`
    /// makes it a compare-and-swap that fails with a conflict when the object changed meanwhile.
    public func update(_ path: ResourcePath, _ object: JSON, fieldManager: String? = nil, dryRun: Bool = false)
        async throws -> JSON
    {
        var p = path
        if p.name == nil { p.name = object["metadata"]["name"].stringValue }
        return try await send(.PUT, path: try Self.requireName(p).path, query: Self.writeQuery(fieldManager, dryRun), body: object)
    }

    /// `PUT` the `status` subresource.
    public func updateStatus(_ path: ResourcePath, _ object: JSON, fieldManager: String? = nil, dryRun: Bool = false)
        async throws -> JSON
    {
        var p = path
        if p.name == nil { p.name = object["metadata"]["name"].stringValue }
        p.subresource = "status"
        return try await update(p, object, fieldManager: fieldManager, dryRun: dryRun)
    }

    /// `PATCH` an object (or its subresource named in `path`).
    public func patch(
        _ path: ResourcePath, type patchType: PatchType, _ patch: JSON, fieldManager: String? = nil,
        dryRun: Bool = false
    ) async throws -> JSON {
        var q = Self.writeQuery(nil, dryRun)
        switch patchType {
        case .apply(let manager, let force):
            q.append(("fieldManager", manager))
            if force { q.append(("force", "true")) }
        default:
            if let fieldManager { q.append(("fieldManager", fieldManager)) }
        }
        return try await send(
            .PATCH, path: try Self.requireName(path).path, query: q, body: patch, contentType: patchType.contentType)
    }

    /// `DELETE` an object. Returns the object when it still exists (finalizers, graceful deletion),
    /// otherwise the success `Status`.
    @discardableResult
    public func delete(
        _ path: ResourcePath, propagationPolicy: PropagationPolicy? = nil, gracePeriodSeconds: Int? = nil,
        preconditions: Preconditions? = nil, dryRun: Bool = false
    ) async throws -> JSON {
        var options: JSON = ["kind": "DeleteOptions", "apiVersion": "v1"]
        if let propagationPolicy { options["propagationPolicy"] = .string(propagationPolicy.rawValue) }
        if let gracePeriodSeconds { options["gracePeriodSeconds"] = .int(Int64(gracePeriodSeconds)) }
        if let preconditions {
            var pre: JSON = .object([:])
            if let uid = preconditions.uid { pre["uid"] = .string(uid) }
            if let rv = preconditions.resourceVersion { pre["resourceVersion"] = .string(rv) }
            options["preconditions"] = pre
        }
        if dryRun { options["dryRun"] = ["All"] }
        return try await send(.DELETE, path: try Self.requireName(path).path, body: options)
    }

    /// `POST` to a subresource of an object, e.g. `pods/binding` or `pods/eviction`.
    @discardableResult
    public func createSubresource(_ path: ResourcePath, _ body: JSON, fieldManager: String? = nil, dryRun: Bool = false)
        async throws -> JSON
    {
        guard path.name != nil, let sub = path.subresource, !sub.isEmpty else {
            throw ClientError("createSubresource needs a name and a subresource in \(path)")
        }
        return try await send(.POST, path: path.path, query: Self.writeQuery(fieldManager, dryRun), body: body)
    }

    /// Opens a watch on the collection at `path` (or on one object when `path` names it).
    ///
    /// The stream yields events as they arrive, parsed incrementally from the newline-delimited JSON
    /// body. It finishes when the server closes the watch (after `timeoutSeconds`), and throws the
    /// ``APIMachinery/APIError`` of a failed request (e.g. `410 Gone`). `ERROR` events are yielded
    /// as events (see ``WatchEvent/error``). Stopping the iteration closes the connection.
    public func watch(
        _ path: ResourcePath, labelSelector: String? = nil, fieldSelector: String? = nil,
        resourceVersion: String? = nil, timeoutSeconds: Int? = nil, allowWatchBookmarks: Bool = true,
        sendInitialEvents: Bool? = nil
    ) -> AsyncThrowingStream<WatchEvent<JSON>, Error> {
        var q: [(String, String)] = [("watch", "true")]
        var p = path
        if let name = path.name {
            // A single object is watched as the collection filtered by name, as upstream clients do.
            p.name = nil
            p.subresource = nil
            let byName = "metadata.name=" + FieldSelector.escapeValue(name)
            q.append(("fieldSelector", fieldSelector.map { $0.isEmpty ? byName : $0 + "," + byName } ?? byName))
        } else if let fieldSelector, !fieldSelector.isEmpty {
            q.append(("fieldSelector", fieldSelector))
        }
        if let labelSelector, !labelSelector.isEmpty { q.append(("labelSelector", labelSelector)) }
        if let resourceVersion { q.append(("resourceVersion", resourceVersion)) }
        if let timeoutSeconds { q.append(("timeoutSeconds", String(timeoutSeconds))) }
        if allowWatchBookmarks { q.append(("allowWatchBookmarks", "true")) }
        if let sendInitialEvents {
            q.append(("sendInitialEvents", sendInitialEvents ? "true" : "false"))
            q.append(("resourceVersionMatch", "NotOlderThan"))
        }
        let query = q
        let urlPath = p.path
        // The server ends the watch after timeoutSeconds (30 min by default); allow a margin.
        let deadline = Duration.seconds((timeoutSeconds ?? 1800) + 60)

        let (stream, continuation) = AsyncThrowingStream<WatchEvent<JSON>, Error>.makeStream()
        let task = Task {
            var splitter = LineSplitter()
            // The body arrives in chunks of any size; each complete line is one event.
            func feed(_ bytes: some Collection<UInt8>) throws {
                splitter.append(bytes)
                while let line = splitter.nextLine() {
                    if let event = try Self.parseWatchEvent(line) { continuation.yield(event) }
                }
            }
            do {
                if let server = self.config.inProcessServer {
                    let resp = try await self.serveInProcess(
                        server, .GET, path: urlPath, query: query, body: nil, contentType: "application/json", accept: "application/json")
                    guard resp.status == 200 else {
                        throw APIError(httpCode: resp.status, body: try await resp.collect())
                    }
                    switch resp.body {
                    case .bytes(let all): try feed(all)
                    case .stream(let chunks): for try await chunk in chunks { try feed(chunk) }
                    }
                } else {
                    let req = try await self.makeRequest(
                        .GET, path: urlPath, query: query, body: nil, contentType: "application/json",
                        accept: "application/json")
                    let resp = try await self.http.execute(req, timeout: Self.timeAmount(deadline))
                    guard resp.status == .ok else {
                        let body = try await resp.body.collect(upTo: 1 << 20)
                        throw APIError(httpCode: Int(resp.status.code), body: Array(body.readableBytesView))
                    }
                    for try await chunk in resp.body { try feed(chunk.readableBytesView) }
                }
                if let rest = splitter.remainder(), let event = try Self.parseWatchEvent(rest) {
                    continuation.yield(event)
                }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Parses one line of a watch stream; nil for a blank line.
    static func parseWatchEvent(_ line: ArraySlice<UInt8>) throws -> WatchEvent<JSON>? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return nil }
        let json: JSON
        do { json = try JSON.parse(line) } catch { throw ClientError("invalid watch event: \(error)") }
        guard let typeName = json["type"].stringValue, let type = WatchEvent<JSON>.EventType(rawValue: typeName) else {
            throw ClientError("invalid watch event type: \(json["type"].serializedString())")
        }
        return WatchEvent(type: type, object: json["object"])
    }

    static func requireName(_ path: ResourcePath) throws -> ResourcePath {
        guard let name = path.name, !name.isEmpty else {
            throw ClientError("resource name may not be empty (\(path.path))")
        }
        return path
    }

    static func writeQuery(_ fieldManager: String?, _ dryRun: Bool) -> [(String, String)] {
        var q: [(String, String)] = []
        if let fieldManager { q.append(("fieldManager", fieldManager)) }
        if dryRun { q.append(("dryRun", "All")) }
        return q
    }
}

/// Splits a byte stream into lines without rescanning bytes already searched.
struct LineSplitter {
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0

    mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
            scanned = 0
        } else if start > 65536 && start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete line (without its newline), if one has arrived.
    mutating func nextLine() -> ArraySlice<UInt8>? {
        var i = max(scanned, start)
        while i < buffer.count {
            if buffer[i] == 0x0A {
                let line = buffer[start..<i]
                start = i + 1
                scanned = start
                return line
            }
            i += 1
        }
        scanned = i
        return nil
    }

    /// What is left after the last newline, when the stream ends.
    func remainder() -> ArraySlice<UInt8>? {
        start < buffer.count ? buffer[start...] : nil
    }
}
