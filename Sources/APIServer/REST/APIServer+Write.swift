import API
import APIMachinery
import Foundation
import NIOHTTP1
import Store

extension APIServer {
    /// Applies `fieldValidation`: unknown fields are pruned; Strict rejects them, Warn reports them as warnings.
    func validateFields(_ obj: inout JSON, _ req: ResourceRequest) throws -> [String] {
        let mode = req.http.query("fieldValidation") ?? "Warn"
        guard ["Strict", "Warn", "Ignore"].contains(mode) else {
            throw APIError.badRequest("fieldValidation parameter unsupported: \"\(mode)\" (must be one of Ignore, Warn, Strict)")
        }
        let result = SchemaWalker.prune(&obj, schema: req.resource.schema)
        if !result.typeErrors.isEmpty {
            throw APIError.badRequest("\(req.resource.info.kind) in version \"\(req.resource.info.version)\" cannot be handled as a \(req.resource.info.kind): " + result.typeErrors.joined(separator: ", "))
        }
        let unknown = result.unknownFields.map { "unknown field \"\($0)\"" }
        if unknown.isEmpty || mode == "Ignore" { return [] }
        if mode == "Strict" { throw APIError.badRequest("strict decoding error: " + unknown.joined(separator: ", ")) }
        return unknown
    }

    /// Checks that the body's apiVersion/kind (when given) fit the resource, and fills them in.
    func checkKind(_ obj: inout JSON, _ req: ResourceRequest, expected: GroupVersionKind? = nil) throws {
        guard case .object = obj else { throw APIError.badRequest("the body of the request must be a JSON object") }
        let gvk = expected ?? req.resource.info.gvk
        if let kind = obj["kind"].stringValue, !kind.isEmpty, kind != gvk.kind {
            throw APIError.badRequest("the kind in the data (\(kind)) does not match the expected kind (\(gvk.kind))")
        }
        if let av = obj["apiVersion"].stringValue, !av.isEmpty, av != gvk.apiVersion {
            throw APIError.badRequest("the API version in the data (\(av)) does not match the expected API version (\(gvk.apiVersion))")
        }
        obj["kind"] = .string(gvk.kind)
        obj["apiVersion"] = .string(gvk.apiVersion)
    }

    /// Refuses writes into a namespace that does not exist or is being deleted.
    func checkNamespace(_ req: ResourceRequest, creating: Bool) async throws {
        guard let ns = req.namespace, req.resource.info.resource != "namespaces" else { return }
        guard let nsRes = resource(group: "", version: "v1", resource: "namespaces") else { return }
        // Read from the store, not the cache: a namespace deleted a moment ago must already refuse content.
        guard let (obj, _) = try await load(nsRes.key(namespace: nil, name: ns)) else {
            throw APIError.notFound(group: "", resource: "namespaces", name: ns)
        }
        if creating && (!obj["metadata"]["deletionTimestamp"].isNull || obj["status"]["phase"].stringValue == "Terminating") {
            throw APIError(
                code: 403, reason: "Forbidden",
                message: "\(req.resource.info.resource) \"\(req.name)\" is forbidden: unable to create new content in namespace \(ns) because it is being terminated",
                name: req.name, kind: req.resource.info.resource,
                causes: [StatusCause(type: "NamespaceTerminating", message: "namespace \(ns) is being terminated", field: "metadata.namespace")])
        }
    }

    /// Defaulting and validation shared by create and update.
    func admit(_ obj: inout JSON, _ req: ResourceRequest, old: JSON?) throws {
        let strategy = req.resource.strategy
        strategy.defaults(&obj)
        var causes = ObjectMetaRules.validate(obj, rule: strategy.nameRule, namespaced: req.resource.info.namespaced)
        causes += SchemaWalker.missingRequired(obj, schema: req.resource.schema).filter { !$0.field.hasPrefix("metadata") }
        causes += strategy.validate(obj)
        if let old { causes += strategy.validateUpdate(obj, old) }
        if !causes.isEmpty {
            var seen = Set<String>()
            causes = causes.filter { seen.insert("\($0.field)|\($0.message)").inserted }
            let name = obj["metadata"]["name"].stringValue ?? obj["metadata"]["generateName"].stringValue ?? ""
            throw APIError.invalid(group: req.resource.info.group, kind: req.resource.info.kind, name: name, causes: causes)
        }
    }

    func create(_ req: ResourceRequest) async throws -> HTTPResponse {
        var obj = try RequestBody.decode(req.http)
        try checkKind(&obj, req)
        let warnings = try validateFields(&obj, req)
        let (created, _) = try await createObject(obj, req)
        return objectResponse(created, req, status: .created, warnings: warnings)
    }

    /// Creates `obj` (already decoded) in the resource of `req`; used by create, apply and update-as-create.
    func createObject(_ input: JSON, _ req: ResourceRequest, manager: String? = nil, operation: String = "Update") async throws -> (JSON, Int64) {
        var obj = input
        if req.resource.info.namespaced {
            let bodyNS = obj["metadata"]["namespace"].stringValue ?? ""
            if let ns = req.info.namespace, !bodyNS.isEmpty, bodyNS != ns {
                throw APIError.badRequest("the namespace of the provided object does not match the namespace sent on the request")
            }
            if let ns = req.info.namespace { obj[path: ["metadata", "namespace"]] = .string(ns) }
        } else {
            obj[path: ["metadata", "namespace"]] = .null
        }
        let strategy = req.resource.strategy
        ObjectMetaRules.prepareForCreate(&obj, tracksGeneration: strategy.tracksGeneration)
        strategy.prepareForCreate(&obj)
        let generate = (obj["metadata"]["name"].stringValue ?? "").isEmpty
        if generate, let base = obj["metadata"]["generateName"].stringValue, !base.isEmpty {
            obj[path: ["metadata", "name"]] = .string(ObjectMetaRules.generatedName(base))
        }
        try admitPodPriority(&obj, req)
        try admit(&obj, req, old: nil)
        let name = obj["metadata"]["name"].stringValue ?? ""
        var named = req
        named = ResourceRequest(info: RequestInfo(group: req.info.group, version: req.info.version, resource: req.info.resource,
                                                  namespace: req.info.namespace, name: name, subresource: nil, verb: req.info.verb),
                                resource: req.resource, http: req.http)
        try await checkNamespace(named, creating: true)
        try await allocate(&obj, named, old: nil)
        FieldManager.recordUpdate(&obj, old: nil, manager: manager ?? FieldManager.managerName(req.http), operation: operation,
                                  apiVersion: req.resource.info.groupVersion, schema: req.resource.schema)
        if req.dryRun { return (obj, 0) }
        for attempt in 0..<5 {
            do {
                let rev = try await store.create(named.key, value: Self.storedBytes(obj))
                obj[path: ["metadata", "resourceVersion"]] = .string(String(rev))
                return (obj, rev)
            } catch StoreError.keyExists {
                if generate && attempt < 4, let base = obj["metadata"]["generateName"].stringValue {
                    let n = ObjectMetaRules.generatedName(base)
                    obj[path: ["metadata", "name"]] = .string(n)
                    named = ResourceRequest(info: RequestInfo(group: req.info.group, version: req.info.version, resource: req.info.resource,
                                                              namespace: req.info.namespace, name: n, subresource: nil, verb: req.info.verb),
                                            resource: req.resource, http: req.http)
                    continue
                }
                throw APIError.alreadyExists(group: req.group, resource: req.plural, name: name)
            }
        }
        throw APIError.alreadyExists(group: req.group, resource: req.plural, name: name)
    }

    /// Server-side allocations (Service cluster IPs and node ports).
    func allocate(_ obj: inout JSON, _ req: ResourceRequest, old: JSON?) async throws {
        if req.resource.info.group == "" && req.resource.info.resource == "services" {
            let existing = req.resource.cache.list(ObjectFilter()).objects.map(\.json)
            try serviceIPs.allocate(&obj, old: old, existing: existing)
        }
    }

    func update(_ req: ResourceRequest) async throws -> HTTPResponse {
        var obj = try RequestBody.decode(req.http)
        let expected = req.info.subresource == "scale" ? GroupVersionKind(group: "autoscaling", version: "v1", kind: "Scale") : nil
        try checkKind(&obj, req, expected: expected)
        let warnings = try validateFields(&obj, req)
        if let bodyName = obj["metadata"]["name"].stringValue, !bodyName.isEmpty, bodyName != req.name {
            throw APIError.badRequest("the name of the object (\(bodyName)) does not match the name on the URL (\(req.name))")
        }
        if req.resource.info.namespaced, let ns = obj["metadata"]["namespace"].stringValue, !ns.isEmpty, ns != req.namespace {
            throw APIError.badRequest("the namespace of the provided object does not match the namespace sent on the request")
        }
        let precondition = obj["metadata"]["resourceVersion"].stringValue.flatMap { $0.isEmpty ? nil : Int64($0) }
        if obj["metadata"]["resourceVersion"].stringValue.map({ !$0.isEmpty && Int64($0) == nil }) ?? false {
            throw APIError.badRequest("resourceVersion: Invalid value: \"\(obj["metadata"]["resourceVersion"].stringValue ?? "")\": must be a valid integer")
        }
        if precondition == nil && !req.resource.strategy.allowUnconditionalUpdate {
            throw APIError.invalid(group: req.group, kind: req.resource.info.kind, name: req.name, causes: [
                StatusCause(type: "FieldValueInvalid", message: "Invalid value: 0x0: must be specified for an update", field: "metadata.resourceVersion")])
        }
        let body = obj
        let (result, status) = try await guaranteedUpdate(req, precondition: precondition, allowCreate: false) { _ in body }
        return objectResponse(result, req, status: status, warnings: warnings)
    }

    /// Reads, transforms and writes an object with compare-and-swap, retrying on conflicts the client did not cause.
    func guaranteedUpdate(
        _ req: ResourceRequest, precondition: Int64?, allowCreate: Bool, manager: String? = nil, operation: String = "Update",
        transform: (JSON?) throws -> JSON
    ) async throws -> (JSON, HTTPResponseStatus) {
        for _ in 0..<20 {
            guard let (current, modRevision) = try await load(req.key) else {
                if allowCreate {
                    var created = try transform(nil)
                    try checkKind(&created, req)
                    let (o, _) = try await createObject(created, req, manager: manager, operation: operation)
                    return (o, .created)
                }
                throw req.notFound()
            }
            if let precondition, precondition != modRevision {
                throw APIError.modifiedConflict(group: req.group, resource: req.plural, name: req.name)
            }
            var new = try transform(current)
            if let rv = new["metadata"]["resourceVersion"].stringValue, !rv.isEmpty, Int64(rv) != modRevision {
                throw APIError.modifiedConflict(group: req.group, resource: req.plural, name: req.name)
            }
            if new["metadata"]["uid"].stringValue.map({ !$0.isEmpty && $0 != current["metadata"]["uid"].stringValue }) ?? false {
                throw APIError.conflict(group: req.group, resource: req.plural, name: req.name,
                                        detail: "Precondition failed: UID in precondition: \(new["metadata"]["uid"].stringValue ?? ""), UID in object meta: \(current["metadata"]["uid"].stringValue ?? "")")
            }
            let strategy = req.resource.strategy
            ObjectMetaRules.prepareForUpdate(&new, old: current)
            switch req.info.subresource {
            case "status": strategy.prepareForStatusUpdate(&new, current)
            case "binding": break  // the server's own binding write sets spec.nodeName and a condition
            case "finalize":
                var spec = current["spec"]
                spec["finalizers"] = new["spec"]["finalizers"]
                let finalizers = spec
                new = current
                new["spec"] = finalizers
            default: strategy.prepareForUpdate(&new, current)
            }
            try admit(&new, req, old: current)
            try await allocate(&new, req, old: current)
            if strategy.tracksGeneration && ObjectMetaRules.specChanged(new, current) {
                let g = current["metadata"]["generation"].intValue ?? 1
                new[path: ["metadata", "generation"]] = .int(g + 1)
            }
            FieldManager.recordUpdate(&new, old: current, manager: manager ?? FieldManager.managerName(req.http), operation: operation,
                                      apiVersion: req.resource.info.groupVersion, schema: req.resource.schema, subresource: req.info.subresource)
            var unchangedCheck = new
            unchangedCheck[path: ["metadata", "resourceVersion"]] = current["metadata"]["resourceVersion"]
            unchangedCheck[path: ["metadata", "managedFields"]] = current["metadata"]["managedFields"]
            var currentCheck = current
            currentCheck[path: ["metadata", "managedFields"]] = current["metadata"]["managedFields"]
            if unchangedCheck.semanticallyEquals(currentCheck) {
                return (current, .ok)
            }
            if req.dryRun {
                new[path: ["metadata", "resourceVersion"]] = current["metadata"]["resourceVersion"]
                return (new, .ok)
            }
            // Removing the last finalizer of an object being deleted completes its deletion.
            let isNamespace = req.resource.info.group.isEmpty && req.resource.info.resource == "namespaces"
            if !new["metadata"]["deletionTimestamp"].isNull, (new["metadata"]["finalizers"].arrayValue ?? []).isEmpty,
                !isNamespace || (new["spec"]["finalizers"].arrayValue ?? []).isEmpty,
                (req.resource.strategy.gracefulDeletion == nil || (new["metadata"]["deletionGracePeriodSeconds"].intValue ?? 0) == 0)
            {
                do {
                    _ = try await store.delete(req.key, expectedModRevision: modRevision)
                    return (new, .ok)
                } catch StoreError.conflict { continue } catch StoreError.keyNotFound { throw req.notFound() }
            }
            do {
                let rev = try await store.update(req.key, value: Self.storedBytes(new), expectedModRevision: modRevision)
                new[path: ["metadata", "resourceVersion"]] = .string(String(rev))
                return (new, .ok)
            } catch StoreError.conflict {
                if precondition != nil { throw APIError.modifiedConflict(group: req.group, resource: req.plural, name: req.name) }
                continue
            } catch StoreError.keyNotFound {
                continue
            }
        }
        throw APIError.modifiedConflict(group: req.group, resource: req.plural, name: req.name)
    }
}
