import API
import APIMachinery
import Foundation
import NIOHTTP1
import Store

/// The opaque `continue` token of a paginated list: the revision of the first page and the last key returned.
struct ContinueToken {
    var revision: Int64
    var startAfter: String

    func encode() -> String {
        let j: JSON = ["v": "meta.k8s.io/v1", "rv": .int(revision), "start": .string(startAfter)]
        return Data(j.serialized()).base64EncodedString()
    }

    static func decode(_ s: String) throws -> ContinueToken {
        guard let data = Data(base64Encoded: s) ?? Data(base64Encoded: s + "=") ?? Data(base64Encoded: s + "=="),
            let j = try? JSON.parse(Array(data)), let rv = j["rv"].intValue, let start = j["start"].stringValue
        else {
            throw APIError.badRequest("continue key is not valid: illegal base64 data")
        }
        return ContinueToken(revision: rv, startAfter: start)
    }
}

extension APIServer {
    /// Builds the object filter of a list or watch from the path and the selectors.
    func filter(_ req: ResourceRequest) throws -> ObjectFilter {
        var f = ObjectFilter(namespace: req.namespace)
        if let name = req.info.name { f.name = name }
        if let ls = req.http.query("labelSelector"), !ls.isEmpty {
            do { f.labels = try LabelSelector(parsing: ls) } catch { throw APIError.badRequest("\(error)") }
        }
        if let fs = req.http.query("fieldSelector"), !fs.isEmpty {
            let sel: FieldSelector
            do { sel = try FieldSelector(parsing: fs) } catch { throw APIError.badRequest("\(error)") }
            let supported = req.resource.strategy.supportedFields.union(["metadata.name", "metadata.namespace"])
            for r in sel.requirements where !supported.contains(r.field) {
                throw APIError.badRequest("field label not supported: \(r.field)")
            }
            f.fields = sel
        }
        return f
    }

    func list(_ req: ResourceRequest) async throws -> HTTPResponse {
        let filter = try self.filter(req)
        let q = req.http.query
        let limit = q["limit"]?.first.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        let cont = q["continue"]?.first.flatMap { $0.isEmpty ? nil : $0 }
        let rv = q["resourceVersion"]?.first ?? ""
        let match = q["resourceVersionMatch"]?.first ?? ""
        if !match.isEmpty && rv.isEmpty {
            throw APIError.invalid(group: "meta.k8s.io", kind: "ListOptions", name: "", causes: [
                .forbidden("resourceVersionMatch", "resourceVersionMatch is forbidden unless resourceVersion is provided")])
        }
        if !match.isEmpty && !["Exact", "NotOlderThan"].contains(match) {
            throw APIError.invalid(group: "meta.k8s.io", kind: "ListOptions", name: "", causes: [
                .notSupported("resourceVersionMatch", .string(match), ["Exact", "NotOlderThan"])])
        }
        if cont != nil && !rv.isEmpty && rv != "0" {
            throw APIError.badRequest("specifying resource version is not allowed when using continue")
        }
        let requestedRV: Int64? = rv.isEmpty ? nil : Int64(rv)
        if !rv.isEmpty && requestedRV == nil {
            throw APIError.badRequest("resourceVersion: Invalid value: \"\(rv)\": must be a valid integer")
        }

        // Served from the watch cache: unpaginated lists, and any list at resourceVersion=0.
        if cont == nil && match != "Exact" && (limit == nil || rv == "0") {
            if let requestedRV, requestedRV > 0 {
                if !(await hub.wait(for: requestedRV)) {
                    throw APIError(code: 504, reason: "Timeout", message: "Too large resource version: \(requestedRV), current: \(hub.revision)", retryAfterSeconds: 1)
                }
            } else if rv.isEmpty {
                try await hub.waitUntilFresh()
            }
            let (objects, revision) = req.resource.cache.list(filter)
            // Decoded objects are only needed to render a Table.
            let decoded = TableRequest(req.http) != nil ? objects.map(\.json) : []
            return listResponse(req, items: objects.map(\.bytes), objects: decoded, revision: revision, continueToken: nil)
        }

        // Paginated (or exact) lists are read from the store at one revision; objects unchanged since the cache
        // saw them reuse the cache's encoded bytes.
        var revision: Int64
        var startAfter: String?
        if let cont {
            let token = try ContinueToken.decode(cont)
            revision = token.revision
            startAfter = token.startAfter
        } else if match == "Exact", let requestedRV {
            revision = requestedRV
        } else {
            revision = try await store.currentRevision()
        }
        let prefix = req.resource.listPrefix(namespace: req.namespace)
        var items: [[UInt8]] = []
        var objects: [JSON] = []
        var more = false
        var lastKey: String? = startAfter
        let wantTable = TableRequest(req.http) != nil
        let pageLimit = limit ?? Int.max
        do {
            while items.count < pageLimit {
                let want = min(max(pageLimit - items.count, 100), 5000)
                let page = try await store.range(prefix: prefix, startAfter: lastKey, limit: want, revision: revision)
                for kv in page.kvs {
                    lastKey = kv.key
                    let cached: CachedObject
                    if let c = req.resource.cache.get(kv.key), c.resourceVersion == kv.modRevision {
                        cached = c
                    } else {
                        guard let json = try? JSON.parse(kv.value) else { continue }
                        cached = CachedObject(key: kv.key, json: json, resourceVersion: kv.modRevision, fieldsOf: req.resource.strategy.fields)
                    }
                    guard filter.matches(cached) else { continue }
                    items.append(cached.bytes)
                    if wantTable { objects.append(cached.json) }
                    if items.count >= pageLimit { break }
                }
                if items.count >= pageLimit {
                    // More exists if this page was cut or had keys after the last one we used.
                    if let lk = lastKey, lk != page.kvs.last?.key || page.more { more = true }
                    break
                }
                if !page.more { break }
            }
        } catch StoreError.compacted {
            if cont != nil {
                throw APIError.gone("The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter.")
            }
            throw APIError.gone("too old resource version: \(revision)")
        } catch StoreError.futureRevision(let r, let c) {
            throw APIError(code: 504, reason: "Timeout", message: "Too large resource version: \(r), current: \(c)", retryAfterSeconds: 1)
        }
        let token = more ? lastKey.map { ContinueToken(revision: revision, startAfter: $0).encode() } : nil
        return listResponse(req, items: items, objects: objects, revision: revision, continueToken: token)
    }

    func listResponse(_ req: ResourceRequest, items: [[UInt8]], objects: [JSON], revision: Int64, continueToken: String?) -> HTTPResponse {
        if let table = TableRequest(req.http) {
            return Self.json(table.render(objects, resource: req.resource.info, revision: String(revision), continueToken: continueToken))
        }
        var out: [UInt8] = []
        out.reserveCapacity(items.reduce(128) { $0 + $1.count + 1 })
        out.append(contentsOf: Array("{\"apiVersion\":".utf8))
        JSON.writeString(req.resource.info.groupVersion, into: &out)
        out.append(contentsOf: Array(",\"items\":[".utf8))
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: item)
        }
        out.append(contentsOf: Array("],\"kind\":".utf8))
        JSON.writeString(req.resource.info.listKind, into: &out)
        var meta: JSON = ["resourceVersion": .string(String(revision))]
        if let continueToken { meta["continue"] = .string(continueToken) }
        out.append(contentsOf: Array(",\"metadata\":".utf8))
        meta.write(into: &out)
        out.append(UInt8(ascii: "}"))
        return Self.raw(out)
    }
}
