import API
import APIMachinery
import Foundation
import NIOHTTP1

extension APIServer {
    func patch(_ req: ResourceRequest) async throws -> HTTPResponse {
        if req.http.bodyTooLarge { throw APIError.tooLarge() }
        let type = RequestBody.mediaType(req.http.headers.first(name: "content-type") ?? "")
        let schema = req.resource.schema
        if req.http.body.isEmpty { throw APIError.badRequest("the body of the request was empty") }
        switch type {
        case "application/json-patch+json":
            let ops = try RequestBody.parse(req.http.body, yaml: false)
            return try await patchWith(req) { current in
                do { return try JSONPatch(json: ops).apply(to: current) } catch let e as APIError { throw e } catch {
                    throw APIError(code: 422, reason: "Invalid", message: "the server rejected our request due to an error in our request: \(error)")
                }
            }
        case "application/merge-patch+json":
            let p = try RequestBody.parse(req.http.body, yaml: false)
            guard case .object = p else { throw APIError.badRequest("merge patch must be a JSON object") }
            return try await patchWith(req) { current in current.applyingMergePatch(p) }
        case "application/strategic-merge-patch+json":
            let p = try RequestBody.parse(req.http.body, yaml: false)
            guard case .object = p else { throw APIError.badRequest("strategic merge patch must be a JSON object") }
            return try await patchWith(req) { current in
                do { return try current.applyingStrategicMergePatch(p, schema: schema) } catch let e as APIError { throw e } catch {
                    throw APIError(code: 422, reason: "Invalid", message: "\(error)")
                }
            }
        case "application/apply-patch+yaml", "application/apply-patch+json":
            return try await apply(req)
        default:
            throw APIError(code: 415, reason: "UnsupportedMediaType", message: "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json")
        }
    }

    private func patchWith(_ req: ResourceRequest, _ apply: @escaping (JSON) throws -> JSON) async throws -> HTTPResponse {
        var warnings: [String] = []
        let (result, status) = try await guaranteedUpdate(req, precondition: nil, allowCreate: false) { current in
            guard let current else { throw req.notFound() }
            var patched = try apply(current)
            if req.info.subresource == "scale" { return patched }
            warnings = try self.validateFields(&patched, req)
            try self.checkKind(&patched, req)
            return patched
        }
        return objectResponse(result, req, status: status, warnings: warnings)
    }

    /// Server-side apply: merges the applied configuration and tracks what this manager owns.
    func apply(_ req: ResourceRequest) async throws -> HTTPResponse {
        guard let manager = req.http.query("fieldManager"), !manager.isEmpty else {
            throw APIError.invalid(group: "meta.k8s.io", kind: "PatchOptions", name: "", causes: [
                StatusCause(type: "FieldValueRequired", message: "Required value: is required for apply patch", field: "fieldManager")])
        }
        let force = ["true", "1"].contains(req.http.query("force") ?? "")
        var applied = try RequestBody.parse(req.http.body, yaml: true)
        try checkKind(&applied, req)
        let warnings = try validateFields(&applied, req)
        if let n = applied["metadata"]["name"].stringValue, !n.isEmpty, n != req.name {
            throw APIError.badRequest("the name of the object (\(n)) does not match the name on the URL (\(req.name))")
        }
        let schema = req.resource.schema
        let apiVersion = req.resource.info.groupVersion
        let isStatus = req.info.subresource == "status"
        let appliedSet = FieldSet.of(applied, schema: schema, includeStatus: isStatus)
        let (result, status) = try await guaranteedUpdate(req, precondition: nil, allowCreate: true, manager: manager, operation: "Apply") { current in
            let now = ObjectMetaRules.timestamp()
            guard let current else {
                var created = applied
                created[path: ["metadata", "name"]] = .string(req.name)
                let entry = FieldManager.Entry(manager: manager, operation: "Apply", apiVersion: apiVersion, time: now, subresource: nil, fields: appliedSet)
                FieldManager.store([entry], in: &created)
                return created
            }
            var entries = FieldManager.entries(current)
            // Conflicts: fields another manager owns whose value this apply would change.
            var conflicts: [(String, String, FieldPath)] = []
            for (i, e) in entries.enumerated() where !(e.manager == manager && e.operation == "Apply") {
                for p in e.fields.intersection(appliedSet) {
                    let cur = FieldSet.value(at: p, in: current)
                    let new = FieldSet.value(at: p, in: applied)
                    if let cur, let new, case .object = new { _ = cur; continue }
                    if let cur, let new, case .array = new, FieldSet.listKeys(self.schemaAt(p, schema)) != nil || FieldSet.isSet(self.schemaAt(p, schema)) { _ = cur; continue }
                    if let cur, let new, !cur.semanticallyEquals(new) {
                        conflicts.append((e.manager, e.apiVersion, p))
                        if force { entries[i].fields.remove(p) }
                    }
                }
            }
            if !conflicts.isEmpty && !force {
                let sorted = conflicts.sorted { PathElement.render($0.2) < PathElement.render($1.2) }
                let causes = sorted.map { c in
                    StatusCause(type: "FieldManagerConflict", message: "conflict with \"\(c.0)\" using \(c.1)", field: PathElement.render(c.2))
                }
                let msg: String
                if causes.count == 1 {
                    msg = "Apply failed with 1 conflict: conflict with \"\(sorted[0].0)\" using \(sorted[0].1): \(causes[0].field)"
                } else {
                    msg = "Apply failed with \(causes.count) conflicts: " + sorted.map { "conflict with \"\($0.0)\" using \($0.1): \(PathElement.render($0.2))" }.joined(separator: "\n")
                }
                throw APIError(code: 409, reason: "Conflict", message: msg, name: req.name, group: req.group, kind: req.plural, causes: causes)
            }
            var merged = try current.applyingStrategicMergePatch(Self.withoutDirectives(applied), schema: schema)
            // Fields this manager applied before but not now, and that no one else owns, are removed.
            let previous = entries.first { $0.manager == manager && $0.operation == "Apply" }?.fields ?? []
            let othersOwn = entries.filter { !($0.manager == manager && $0.operation == "Apply") }.reduce(into: Set<FieldPath>()) { $0.formUnion($1.fields) }
            for p in previous.subtracting(appliedSet).subtracting(othersOwn).sorted(by: { $0.count > $1.count }) {
                FieldSet.remove(p, from: &merged)
            }
            if let i = entries.firstIndex(where: { $0.manager == manager && $0.operation == "Apply" }) {
                entries[i].fields = appliedSet
                entries[i].time = now
                entries[i].apiVersion = apiVersion
            } else {
                entries.append(FieldManager.Entry(manager: manager, operation: "Apply", apiVersion: apiVersion, time: now, subresource: isStatus ? "status" : nil, fields: appliedSet))
            }
            FieldManager.store(entries, in: &merged)
            merged[path: ["metadata", "resourceVersion"]] = current["metadata"]["resourceVersion"]
            return merged
        }
        return objectResponse(result, req, status: status, warnings: warnings)
    }

    func schemaAt(_ path: FieldPath, _ root: Schema?) -> Schema? {
        var s = root
        for e in path {
            switch e {
            case .field(let f): s = s?.child(f)
            case .key, .value, .index: s = s?.items
            }
        }
        return s
    }

    /// An applied configuration used as a merge: `$patch`-style keys have no meaning in apply.
    static func withoutDirectives(_ j: JSON) -> JSON {
        switch j {
        case .object(let o):
            var r: [String: JSON] = [:]
            for (k, v) in o where !k.hasPrefix("$") { r[k] = withoutDirectives(v) }
            return .object(r)
        case .array(let a): return .array(a.map(withoutDirectives))
        default: return j
        }
    }
}
