import API
import APIMachinery
import Foundation
import NIOHTTP1
import Store

extension APIServer {
    static func successStatus(code: Int = 201) -> JSON {
        ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "code": .int(Int64(code))]
    }

    /// `pods/binding`: assigns an unscheduled pod to a node (the scheduler's write).
    func bind(_ req: ResourceRequest) async throws -> HTTPResponse {
        let binding = try RequestBody.decode(req.http)
        guard let node = binding["target"]["name"].stringValue, !node.isEmpty else {
            throw APIError.invalid(group: "", kind: "Binding", name: req.name, causes: [.required("target.name")])
        }
        if let kind = binding["target"]["kind"].stringValue, !kind.isEmpty, kind != "Node" {
            throw APIError.invalid(group: "", kind: "Binding", name: req.name, causes: [.notSupported("target.kind", .string(kind), ["Node"])])
        }
        let podReq = ResourceRequest(
            info: RequestInfo(group: "", version: "v1", resource: "pods", namespace: req.info.namespace, name: req.name, subresource: "binding", verb: "update"),
            resource: req.resource, http: req.http)
        _ = try await guaranteedUpdate(podReq, precondition: nil, allowCreate: false, manager: "kube-scheduler") { current in
            guard var pod = current else { throw req.notFound() }
            if !pod["metadata"]["deletionTimestamp"].isNull {
                throw APIError.conflict(group: "", resource: "pods", name: req.name, detail: "pod \(req.name) is being deleted, cannot be assigned to a host")
            }
            if let existing = pod["spec"]["nodeName"].stringValue, !existing.isEmpty {
                throw APIError.conflict(group: "", resource: "pods", name: req.name, detail: "pod \(req.name) is already assigned to node \"\(existing)\"")
            }
            pod[path: ["spec", "nodeName"]] = .string(node)
            var conditions = (pod["status"]["conditions"].arrayValue ?? []).filter { $0["type"] != "PodScheduled" }
            conditions.append(["type": "PodScheduled", "status": "True", "lastProbeTime": .null,
                               "lastTransitionTime": .string(ObjectMetaRules.timestamp())])
            pod[path: ["status", "conditions"]] = .array(conditions)
            return pod
        }
        return Self.json(Self.successStatus(), status: .created)
    }

    /// `pods/eviction`: deletes a pod unless a PodDisruptionBudget forbids it (429).
    func evict(_ req: ResourceRequest) async throws -> HTTPResponse {
        let eviction = try RequestBody.decode(req.http)
        guard let (pod, _) = try await load(req.key) else { throw req.notFound() }
        let phase = pod["status"]["phase"].stringValue ?? ""
        var options = DeleteOptions()
        options.gracePeriodSeconds = eviction["deleteOptions"]["gracePeriodSeconds"].intValue
        options.preconditionUID = eviction["deleteOptions"]["preconditions"]["uid"].stringValue
        let podReq = ResourceRequest(
            info: RequestInfo(group: "", version: "v1", resource: "pods", namespace: req.info.namespace, name: req.name, subresource: nil, verb: "delete"),
            resource: req.resource, http: req.http)
        // Pods that are not running (or already terminating) are not counted by any budget.
        if phase == "Succeeded" || phase == "Failed" || phase == "Pending" || !pod["metadata"]["deletionTimestamp"].isNull {
            _ = try await deleteObject(podReq, options: options)
            return Self.json(Self.successStatus(), status: .created)
        }
        guard let pdbRes = resource(group: "policy", version: "v1", resource: "poddisruptionbudgets") else {
            throw APIError.internalError("poddisruptionbudgets are not served")
        }
        let labels = (pod["metadata"]["labels"].objectValue ?? [:]).compactMapValues(\.stringValue)
        let namespace = req.info.namespace ?? ""
        let pdbs = pdbRes.cache.list(ObjectFilter(namespace: namespace)).objects.map(\.json).filter { pdb in
            guard let sel = try? LabelSelector(labelSelector: pdb["spec"]["selector"]) else { return false }
            return !sel.isEmpty && sel.matches(labels)
        }
        if pdbs.count > 1 {
            throw APIError(code: 500, reason: "InternalError", message: "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.")
        }
        if let pdb = pdbs.first, let pdbName = pdb["metadata"]["name"].stringValue {
            let pdbReq = ResourceRequest(
                info: RequestInfo(group: "policy", version: "v1", resource: "poddisruptionbudgets", namespace: namespace, name: pdbName, subresource: "status", verb: "update"),
                resource: pdbRes, http: req.http)
            _ = try await guaranteedUpdate(pdbReq, precondition: nil, allowCreate: false, manager: "kube-apiserver") { current in
                guard var p = current else { throw APIError.notFound(group: "policy", resource: "poddisruptionbudgets", name: pdbName) }
                let observed = p["status"]["observedGeneration"].intValue ?? 0
                let generation = p["metadata"]["generation"].intValue ?? 0
                let allowed = p["status"]["disruptionsAllowed"].intValue ?? 0
                // As upstream: a budget the controller has not processed yet asks the client to come back in
                // 10 s; a budget that allows no disruption answers 429 without Retry-After, so clients such as
                // `kubectl drain` apply their own retry interval (5 s) and their own timeout.
                if observed < generation {
                    throw APIError(
                        code: 429, reason: "TooManyRequests",
                        message: "Cannot evict pod as it would violate the pod's disruption budget.",
                        name: req.name, kind: "pods",
                        causes: [StatusCause(type: "DisruptionBudget", message: "The disruption budget \(pdbName) is still being processed by the server.", field: "")],
                        retryAfterSeconds: 10)
                }
                if allowed < 0 {
                    throw APIError(
                        code: 403, reason: "Forbidden",
                        message: "poddisruptionbudget.policy \"\(pdbName)\" is forbidden: pdb disruptions allowed is negative",
                        name: pdbName, group: "policy", kind: "poddisruptionbudget")
                }
                if allowed == 0 {
                    let desired = p["status"]["desiredHealthy"].intValue ?? 0
                    let healthy = p["status"]["currentHealthy"].intValue ?? 0
                    throw APIError(
                        code: 429, reason: "TooManyRequests",
                        message: "Cannot evict pod as it would violate the pod's disruption budget.",
                        name: req.name, kind: "pods",
                        causes: [StatusCause(type: "DisruptionBudget", message: "The disruption budget \(pdbName) needs \(desired) healthy pods and has \(healthy) currently", field: "")])
                }
                p[path: ["status", "disruptionsAllowed"]] = .int(allowed - 1)
                p[path: ["status", "disruptedPods", req.name]] = .string(ObjectMetaRules.timestamp())
                return p
            }
        }
        _ = try await deleteObject(podReq, options: options)
        return Self.json(Self.successStatus(), status: .created)
    }
}
