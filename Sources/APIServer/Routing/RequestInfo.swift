import NIOHTTP1

/// What a resource request addresses: `/api/v1/namespaces/default/pods/x/status` and friends.
public struct RequestInfo: Sendable, Equatable {
    public var group: String
    public var version: String
    public var resource: String
    public var namespace: String?
    public var name: String?
    public var subresource: String?
    /// Kubernetes verb: get, list, watch, create, update, patch, delete, deletecollection.
    public var verb: String
    /// For `nodes/NAME/proxy/...`: the path after `proxy` (with its leading slash).
    public var proxyPath: String? = nil

    /// Parses a resource path; nil for paths that are not resource requests (discovery, health, ...).
    public static func parse(method: HTTPMethod, path: String, query: [String: [String]]) -> RequestInfo? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let prefix = parts.first else { return nil }
        var group = ""
        let version: String
        switch prefix {
        case "api":
            guard parts.count >= 3 else { return nil }
            version = parts[1]
            parts.removeFirst(2)
        case "apis":
            guard parts.count >= 4 else { return nil }
            group = parts[1]
            version = parts[2]
            parts.removeFirst(3)
        default:
            return nil
        }
        var namespace: String?
        // namespaces/{ns}/{resource}... addresses a namespaced resource; namespaces/{name}[/sub] the namespace itself.
        if parts.count >= 3, parts[0] == "namespaces", !(parts.count == 3 && ["status", "finalize"].contains(parts[2])) {
            namespace = parts[1]
            parts.removeFirst(2)
        }
        var proxyPath: String?
        if parts.count > 3, parts[2] == "proxy" {
            proxyPath = "/" + parts[3...].joined(separator: "/") + (path.hasSuffix("/") ? "/" : "")
            parts = Array(parts.prefix(3))
        }
        guard let resource = parts.first, parts.count <= 3 else { return nil }
        let name = parts.count >= 2 ? parts[1] : nil
        let sub = parts.count == 3 ? parts[2] : nil
        let isWatch = ["true", "1"].contains(query["watch"]?.first ?? "")
        let verb: String
        switch method {
        case .GET, .HEAD:
            if name != nil { verb = isWatch ? "watch" : "get" } else { verb = isWatch ? "watch" : "list" }
        case .POST: verb = "create"
        case .PUT: verb = "update"
        case .PATCH: verb = "patch"
        case .DELETE: verb = name == nil ? "deletecollection" : "delete"
        default: verb = method.rawValue.lowercased()
        }
        return RequestInfo(
            group: group, version: version, resource: resource, namespace: namespace, name: name, subresource: sub,
            verb: verb, proxyPath: proxyPath ?? (sub == "proxy" ? "/" : nil))
    }
}
