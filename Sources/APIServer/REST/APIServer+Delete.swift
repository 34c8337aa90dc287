import API
import APIMachinery
import Foundation
import NIOHTTP1
import Store

extension APIServer {
    /// DeleteOptions from the body and the query.
    struct DeleteOptions {
        var gracePeriodSeconds: Int64?
        var propagationPolicy: String?
        var preconditionUID: String?
        var preconditionRV: String?
    }

    func deleteOptions(_ req: ResourceRequest) throws -> DeleteOptions {
        var o = DeleteOptions()
        if !req.http.body.isEmpty {
            let body = try RequestBody.parse(req.http.body, yaml: false)
            o.gracePeriodSeconds = body["gracePeriodSeconds"].intValue
            o.propagationPolicy = body["propagationPolicy"].stringValue
            if body["orphanDependents"].boolValue == true { o.propagationPolicy = "Orphan" }
            o.preconditionUID = body["preconditions"]["uid"].stringValue
            o.preconditionRV = body["preconditions"]["resourceVersion"].stringValue
        }
        if let g = req.http.query("gracePeriodSeconds"), let v = Int64(g) { o.gracePeriodSeconds = v }
        if let p = req.http.query("propagationPolicy") { o.propagationPolicy = p }
        if let p = o.propagationPolicy, !["Orphan", "Background", "Foreground"].contains(p) {
            throw APIError.invalid(group: "meta.k8s.io", kind: "DeleteOptions", name: "", causes: [
                .notSupported("propagationPolicy", .string(p), ["Foreground", "Background", "Orphan", "nil"])])
        }
        if let g = o.gracePeriodSeconds, g < 0 { o.gracePeriodSeconds = 1 }
        return o
    }

    func delete(_ req: ResourceRequest) async throws -> HTTPResponse {
        let options = try deleteOptions(req)
        let (obj, status) = try await deleteObject(req, options: options)
        if status == .ok && !req.resource.strategy.returnsDeletedObject {
            // A completed delete answers with a success Status naming the object, as upstream.
            var details: JSON = ["name": .string(req.name), "kind": .string(req.plural)]
            if !req.group.isEmpty { details["group"] = .string(req.group) }
            if let uid = obj["metadata"]["uid"].stringValue { details["uid"] = .string(uid) }
            return Self.json(["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "details": details])
        }
        return objectResponse(obj, req, status: status)
    }

    /// Deletes one object: at once, or by setting deletionTimestamp when finalizers or a grace period hold it.
    func deleteObject(_ req: ResourceRequest, options: DeleteOptions) async throws -> (JSON, HTTPResponseStatus) {
        for _ in 0..<20 {
            guard let (current, modRevision) = try await load(req.key) else { throw req.notFound() }
            if let uid = options.preconditionUID, uid != current["metadata"]["uid"].stringValue {
                throw APIError.conflict(group: req.group, resource: req.plural, name: req.name,
                                        detail: "Precondition failed: UID in precondition: \(uid), UID in object meta: \(current["metadata"]["uid"].stringValue ?? "")")
            }
            if let rv = options.preconditionRV, rv != current["metadata"]["resourceVersion"].stringValue {
                throw APIError.conflict(group: req.group, resource: req.plural, name: req.name,
                                        detail: "Precondition failed: ResourceVersion in precondition: \(rv), ResourceVersion in meta: \(current["metadata"]["resourceVersion"].stringValue ?? "")")
            }
            var finalizers = current["metadata"]["finalizers"].arrayValue ?? []
            // A namespace also waits for its spec finalizers (the namespace controller empties it first).
            if req.resource.info.group.isEmpty && req.resource.info.resource == "namespaces" {
                finalizers += current["spec"]["finalizers"].arrayValue ?? []
            }
            let grace = req.resource.strategy.gracefulDeletion?(current, options.gracePeriodSeconds)
            var updated = current
            // Foreground and orphan deletion are carried out by the garbage collector, through these finalizers.
            if let policy = options.propagationPolicy, policy != "Background", current["metadata"]["deletionTimestamp"].isNull {
                let marker: JSON = policy == "Foreground" ? "foregroundDeletion" : "orphan"
                var mf = current["metadata"]["finalizers"].arrayValue ?? []
                if !mf.contains(marker) {
                    mf.append(marker)
                    updated[path: ["metadata", "finalizers"]] = .array(mf)
                    finalizers.append(marker)
                }
            }
            if !finalizers.isEmpty || (grace ?? 0) > 0 {
                // Graceful: mark for deletion; finalizers or the node complete it.
                let already = !current["metadata"]["deletionTimestamp"].isNull
                let existingGrace = current["metadata"]["deletionGracePeriodSeconds"].intValue
                if already && (grace == nil || (existingGrace ?? 0) <= (grace ?? 0)) {
                    return (current, .accepted)
                }
                let g = grace ?? 0
                updated[path: ["metadata", "deletionTimestamp"]] = .string(ObjectMetaRules.timestamp(Date().addingTimeInterval(TimeInterval(g))))
                updated[path: ["metadata", "deletionGracePeriodSeconds"]] = .int(g)
                if req.resource.info.resource == "namespaces" && req.resource.info.group.isEmpty {
                    updated[path: ["status", "phase"]] = "Terminating"
                }
                if req.dryRun { return (updated, .accepted) }
                if finalizers.isEmpty && g == 0 {
                    // fall through to immediate delete
                } else {
                    do {
                        let rev = try await store.update(req.key, value: Self.storedBytes(updated), expectedModRevision: modRevision)
                        updated[path: ["metadata", "resourceVersion"]] = .string(String(rev))
                        return (updated, .accepted)
                    } catch StoreError.conflict { continue } catch StoreError.keyNotFound { throw req.notFound() }
                }
            }
            if req.dryRun { return (current, .ok) }
            do {
                _ = try await store.delete(req.key, expectedModRevision: modRevision)
                return (current, .ok)
            } catch StoreError.conflict { continue } catch StoreError.keyNotFound { throw req.notFound() }
        }
        throw APIError.modifiedConflict(group: req.group, resource: req.plural, name: req.name)
    }

    func deleteCollection(_ req: ResourceRequest) async throws -> HTTPResponse {
        let options = try deleteOptions(req)
        let filter = try self.filter(req)
        try await hub.waitUntilFresh()
        let (objects, revision) = req.resource.cache.list(filter)
        var deleted: [[UInt8]] = []
        for o in objects {
            let one = ResourceRequest(
                info: RequestInfo(group: req.info.group, version: req.info.version, resource: req.info.resource,
                                  namespace: o.namespace.isEmpty ? nil : o.namespace, name: o.name, subresource: nil, verb: "delete"),
                resource: req.resource, http: req.http)
            do {
                let (obj, _) = try await deleteObject(one, options: options)
                deleted.append(obj.serialized())
            } catch let e as APIError where e.code == 404 {
                continue
            }
        }
        return listResponse(req, items: deleted, objects: [], revision: revision, continueToken: nil)
    }

    /// `/scale`: an autoscaling/v1 Scale view of spec.replicas and the status.
    func scale(_ req: ResourceRequest) async throws -> HTTPResponse {
        func scaleOf(_ obj: JSON) -> JSON {
            let meta = obj["metadata"]
            var selector = ""
            if case .object(let ml) = obj["spec"]["selector"]["matchLabels"] {
                selector = ml.keys.sorted().map { "\($0)=\(ml[$0]?.stringValue ?? "")" }.joined(separator: ",")
            } else if case .object(let sel) = obj["spec"]["selector"], obj["spec"]["selector"]["matchExpressions"].isNull {
                selector = sel.keys.sorted().map { "\($0)=\(sel[$0]?.stringValue ?? "")" }.joined(separator: ",")
            }
            var status: JSON = ["replicas": .int(obj["status"]["replicas"].intValue ?? 0)]
            if !selector.isEmpty { status["selector"] = .string(selector) }
            return [
                "kind": "Scale", "apiVersion": "autoscaling/v1",
                "metadata": [
                    "name": meta["name"], "namespace": meta["namespace"], "uid": meta["uid"],
                    "resourceVersion": meta["resourceVersion"], "creationTimestamp": meta["creationTimestamp"],
                ],
                "spec": ["replicas": .int(obj["spec"]["replicas"].intValue ?? 0)],
                "status": status,
            ]
        }
        if req.info.verb == "get" {
            guard let (obj, _) = try await load(req.key) else { throw req.notFound() }
            return Self.json(scaleOf(obj))
        }
        let body: JSON?
        let patchType = RequestBody.mediaType(req.http.headers.first(name: "content-type") ?? "")
        if req.info.verb == "update" {
            body = try RequestBody.decode(req.http)
        } else {
            body = nil
        }
        let patchBody: JSON? = req.info.verb == "patch" ? try RequestBody.parse(req.http.body, yaml: patchType.contains("yaml")) : nil
        let precondition = body?["metadata"]["resourceVersion"].stringValue.flatMap { Int64($0) }
        let statusReq = ResourceRequest(
            info: RequestInfo(group: req.info.group, version: req.info.version, resource: req.info.resource,
                              namespace: req.info.namespace, name: req.info.name, subresource: "scale", verb: req.info.verb),
            resource: req.resource, http: req.http)
        let (result, _) = try await guaranteedUpdate(statusReq, precondition: precondition, allowCreate: false) { current in
            guard let current else { throw req.notFound() }
            var newScale = body ?? scaleOf(current)
            if let patchBody {
                switch patchType {
                case "application/json-patch+json": newScale = try JSONPatch(json: patchBody).apply(to: scaleOf(current))
                default: newScale = scaleOf(current).applyingMergePatch(patchBody)
                }
            }
            guard let replicas = newScale["spec"]["replicas"].intValue else {
                throw APIError.invalid(group: "autoscaling", kind: "Scale", name: req.name, causes: [.required("spec.replicas")])
            }
            if replicas < 0 {
                throw APIError.invalid(group: "autoscaling", kind: "Scale", name: req.name, causes: [
                    .invalid("spec.replicas", .int(replicas), "must be greater than or equal to 0")])
            }
            var updated = current
            updated[path: ["spec", "replicas"]] = .int(replicas)
            return updated
        }
        return Self.json(scaleOf(result))
    }
}
