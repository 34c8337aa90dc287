import API
import APIMachinery
import Foundation
import NIOHTTP1
import Store

/// One resource request after routing: the resource, the request and its common options.
struct ResourceRequest {
    let info: RequestInfo
    let resource: ServedResource
    let http: HTTPRequest
    var dryRun: Bool { http.query["dryRun"]?.contains("All") ?? false }
    var namespace: String? { resource.info.namespaced ? info.namespace : nil }
    var name: String { info.name ?? "" }
    var key: String { resource.key(namespace: namespace, name: name) }
    var group: String { resource.info.group }
    var plural: String { resource.info.resource }

    func notFound() -> APIError { .notFound(group: group, resource: plural, name: name) }
}

extension APIServer {
    func handleResource(_ info: RequestInfo, _ request: HTTPRequest) async throws -> HTTPResponse {
        guard let res = resource(group: info.group, version: info.version, resource: info.resource) else {
            return Self.error(APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
        }
        if res.info.namespaced == false && info.namespace != nil {
            return Self.error(APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
        }
        if res.info.namespaced && info.namespace == nil && info.name != nil {
            return Self.error(APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
        }
        if let sub = info.subresource, res.info.subresource(sub) == nil {
            return Self.error(APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
        }
        if let name = info.name, name.isEmpty || name == "." || name == ".." || name.contains("/") || name.contains("%") {
            throw APIError.badRequest("invalid resource name \"\(name)\"")
        }
        let req = ResourceRequest(info: info, resource: res, http: request)
        switch (info.verb, info.subresource) {
        case ("get", nil): return try await get(req)
        case ("list", nil): return try await list(req)
        case ("watch", nil): return try await watch(req)
        case ("create", nil): return try await create(req)
        case ("update", nil), ("update", "status"), ("update", "finalize"): return try await update(req)
        case ("patch", nil), ("patch", "status"): return try await patch(req)
        case ("delete", nil): return try await delete(req)
        case ("deletecollection", nil): return try await deleteCollection(req)
        case ("get", "status"): return try await get(req)
        case ("get", "scale"), ("update", "scale"), ("patch", "scale"): return try await scale(req)
        case ("create", "binding") where res.info.resource == "pods": return try await bind(req)
        case ("create", "eviction") where res.info.resource == "pods": return try await evict(req)
        case ("get", "log") where res.info.resource == "pods" && res.info.group == "": return try await podLog(req)
        case ("get", "proxy") where res.info.resource == "nodes" && res.info.group == "": return try await nodeProxy(req)
        case ("create", "token") where res.info.resource == "serviceaccounts" && res.info.group == "": return try await tokenRequest(req)
        case ("create", "exec"), ("get", "exec"), ("create", "attach"), ("get", "attach"), ("create", "portforward"), ("get", "portforward"):
            guard res.info.resource == "pods" && res.info.group == "", let kind = info.subresource else { break }
            return try await podStream(req, kind: kind)
        default:
            break
        }
        throw APIError.methodNotSupported(group: res.info.group, resource: res.info.resource, verb: info.verb)
    }

    /// Reads one object from the store with its resourceVersion set.
    func load(_ key: String) async throws -> (object: JSON, modRevision: Int64)? {
        guard let kv = try await store.get(key, revision: nil) else { return nil }
        guard var obj = try? JSON.parse(kv.value) else {
            throw APIError.internalError("stored object \(key) is not valid JSON")
        }
        obj[path: ["metadata", "resourceVersion"]] = .string(String(kv.modRevision))
        return (obj, kv.modRevision)
    }

    /// The bytes an object is stored as (without resourceVersion: the store revision is its version).
    static func storedBytes(_ obj: JSON) -> [UInt8] {
        var o = obj
        o[path: ["metadata", "resourceVersion"]] = .null
        return o.serialized()
    }

    func get(_ req: ResourceRequest) async throws -> HTTPResponse {
        guard let (obj, _) = try await load(req.key) else { throw req.notFound() }
        return objectResponse(obj, req)
    }

    /// Renders a single object as JSON, or as a Table when the client asks for one.
    func objectResponse(_ obj: JSON, _ req: ResourceRequest, status: HTTPResponseStatus = .ok, warnings: [String] = []) -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        for w in warnings { headers.add(name: "warning", value: "299 - \"\(w.replacingOccurrences(of: "\"", with: "\\\""))\"") }
        if let table = TableRequest(req.http), req.info.subresource == nil {
            let t = table.render([obj], resource: req.resource.info, revision: obj["metadata"]["resourceVersion"].stringValue ?? "", continueToken: nil)
            return Self.json(t, status: status, headers: headers)
        }
        return Self.json(obj, status: status, headers: headers)
    }
}
