import API
import APIMachinery
import Foundation
import NIOHTTP1

extension APIServer {
    func watch(_ req: ResourceRequest) async throws -> HTTPResponse {
        var filter = try self.filter(req)
        if let name = req.info.name { filter.name = name }
        let q = req.http.query
        let rv = q["resourceVersion"]?.first ?? ""
        let sendInitial = q["sendInitialEvents"]?.first.map { $0 == "true" || $0 == "1" }
        let bookmarks = ["true", "1"].contains(q["allowWatchBookmarks"]?.first ?? "")
        let timeout = q["timeoutSeconds"]?.first.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? 1800
        let match = q["resourceVersionMatch"]?.first ?? ""
        if sendInitial != nil && !bookmarks {
            throw APIError.invalid(group: "meta.k8s.io", kind: "ListOptions", name: "", causes: [
                .forbidden("allowWatchBookmarks", "allowWatchBookmarks required when sendInitialEvents is provided")])
        }
        if sendInitial != nil && match != "NotOlderThan" {
            throw APIError.invalid(group: "meta.k8s.io", kind: "ListOptions", name: "", causes: [
                .forbidden("resourceVersionMatch", "sendInitialEvents requires setting resourceVersionMatch to NotOlderThan")])
        }
        let start: WatchCache.WatchStart
        let initialEnd: Bool
        if let sendInitial {
            if rv.isEmpty { try await hub.waitUntilFresh() } else if let r = Int64(rv), r > 0 { _ = await hub.wait(for: r) }
            start = sendInitial ? .currentState : .after(rv.isEmpty || rv == "0" ? hub.revision : (Int64(rv) ?? hub.revision))
            initialEnd = sendInitial
        } else if rv.isEmpty || rv == "0" {
            if rv.isEmpty { try await hub.waitUntilFresh() }
            start = .currentState
            initialEnd = false
        } else {
            guard let r = Int64(rv) else { throw APIError.badRequest("resourceVersion: Invalid value: \"\(rv)\": must be a valid integer") }
            _ = await hub.wait(for: r)
            start = .after(r)
            initialEnd = false
        }
        let table = TableRequest(req.http)
        let info = req.resource.info
        let cache = req.resource.cache
        let headers: HTTPHeaders = ["content-type": "application/json", "cache-control": "no-cache, private"]

        let started: (initial: [CacheEvent], revision: Int64, stream: AsyncStream<CacheEvent>, cancel: @Sendable () -> Void)
        do {
            started = try cache.watch(from: start, filter: filter)
        } catch WatchCache.WatchError.tooOld(let requested, let oldest) {
            let status = APIError.gone("too old resource version: \(requested) (\(oldest))").status
            let line = Self.eventLine(type: "ERROR", objectBytes: status.serialized())
            return HTTPResponse(status: .ok, headers: headers, body: .stream { w in try await w.write(line) })
        }
        let initial = started.initial
        let startRevision = started.revision
        let stream = started.stream
        let cancel = started.cancel
        return HTTPResponse(status: .ok, headers: headers, body: .stream { writer in
            let timer = Task {
                try? await Task.sleep(for: .seconds(timeout))
                cancel()
            }
            defer {
                timer.cancel()
                cancel()
            }
            func encode(_ e: CacheEvent) -> [UInt8] {
                if e.type == .bookmark {
                    return Self.eventLine(type: "BOOKMARK", objectBytes: e.object.bytes)
                }
                if let table {
                    let t = table.render([e.object.json], resource: info, revision: String(e.revision), continueToken: nil)
                    return Self.eventLine(type: e.type.rawValue, objectBytes: t.serialized())
                }
                return Self.eventLine(type: e.type.rawValue, objectBytes: e.object.bytes)
            }
            var batch: [UInt8] = []
            for e in initial {
                batch.append(contentsOf: encode(e))
                if batch.count > 256 * 1024 {
                    try await writer.write(batch)
                    batch = []
                }
            }
            if initialEnd {
                batch.append(contentsOf: Self.eventLine(
                    type: "BOOKMARK", objectBytes: Self.bookmarkObject(info, revision: startRevision, initialEventsEnd: true)))
            }
            if !batch.isEmpty { try await writer.write(batch) }
            for await e in stream {
                if e.type == .bookmark && !bookmarks { continue }
                try await writer.write(encode(e))
            }
        })
    }

    static func eventLine(type: String, objectBytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = Array("{\"type\":\"\(type)\",\"object\":".utf8)
        out.reserveCapacity(objectBytes.count + 40)
        out.append(contentsOf: objectBytes)
        out.append(contentsOf: [UInt8(ascii: "}"), 0x0A])
        return out
    }

    static func bookmarkObject(_ info: ResourceInfo, revision: Int64, initialEventsEnd: Bool) -> [UInt8] {
        var meta: JSON = ["resourceVersion": .string(String(revision)), "creationTimestamp": .null]
        if initialEventsEnd { meta["annotations"] = ["k8s.io/initial-events-end": "true"] }
        let o: JSON = ["kind": .string(info.kind), "apiVersion": .string(info.groupVersion), "metadata": meta]
        return o.serialized()
    }
}
