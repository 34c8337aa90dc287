import APIMachinery
import Foundation
import NIOHTTP1

/// `POST serviceaccounts/NAME/token` (authentication.k8s.io/v1 TokenRequest).
extension APIServer {
    func tokenRequest(_ req: ResourceRequest) async throws -> HTTPResponse {
        guard let issuer = serviceAccountTokens else { throw APIError.internalError("this API server issues no service account tokens") }
        let body = try RequestBody.decode(req.http)
        if let kind = body["kind"].stringValue, kind != "TokenRequest" {
            throw APIError.badRequest("expected a TokenRequest, got \(kind)")
        }
        guard let (account, _) = try await load(req.key) else { throw req.notFound() }
        let namespace = req.info.namespace ?? "default"
        var expiration = body["spec"]["expirationSeconds"].intValue ?? 3600
        if expiration < 600 {
            throw APIError.invalid(group: "authentication.k8s.io", kind: "TokenRequest", name: req.name, causes: [
                StatusCause(type: "FieldValueInvalid", message: "Invalid value: \(expiration): may not specify a duration less than 10 minutes", field: "spec.expirationSeconds"),
            ])
        }
        expiration = min(expiration, 48 * 3600)
        var audiences = (body["spec"]["audiences"].arrayValue ?? []).compactMap(\.stringValue)
        if audiences.isEmpty { audiences = [issuer.issuer] }
        var podName: String?
        var podUID: String?
        let bound = body["spec"]["boundObjectRef"]
        if bound["kind"].stringValue == "Pod", let name = bound["name"].stringValue,
           let pods = resource(group: "", version: "v1", resource: "pods") {
            guard let (pod, _) = try await load(pods.key(namespace: namespace, name: name)) else {
                throw APIError.notFound(group: "", resource: "pods", name: name)
            }
            let uid = pod["metadata"]["uid"].stringValue ?? ""
            if let wanted = bound["uid"].stringValue, !wanted.isEmpty, wanted != uid {
                throw APIError.conflict(group: "", resource: "pods", name: name, detail: "the UID in the bound object reference (\(wanted)) does not match the pod's (\(uid))")
            }
            podName = name
            podUID = uid
        }
        let now = Int64(Date().timeIntervalSince1970)
        let token = try issuer.token(.init(
            namespace: namespace, serviceAccount: req.name, serviceAccountUID: account["metadata"]["uid"].stringValue ?? "",
            audiences: audiences, issuedAt: now, expiresAt: now + expiration, podName: podName, podUID: podUID))
        var spec = body["spec"]
        spec["audiences"] = .array(audiences.map { .string($0) })
        spec["expirationSeconds"] = .int(expiration)
        if spec["boundObjectRef"].isNull { spec["boundObjectRef"] = .null }
        let response: JSON = [
            "apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest",
            "metadata": ["name": .string(req.name), "namespace": .string(namespace), "creationTimestamp": .string(ObjectMetaRules.timestamp())],
            "spec": spec,
            "status": ["token": .string(token), "expirationTimestamp": .string(Self.rfc3339(now + expiration))],
        ]
        return Self.json(response, status: .created)
    }

    static func rfc3339(_ seconds: Int64) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date(timeIntervalSince1970: Double(seconds)))
    }
}
