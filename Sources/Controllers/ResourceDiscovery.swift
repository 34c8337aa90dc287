import APIMachinery
import Client

/// One resource the API server serves, as discovery describes it.
public struct DiscoveredResource: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String
    public var resource: String
    public var kind: String
    public var namespaced: Bool
    public var verbs: Set<String>

    public init(group: String, version: String, resource: String, kind: String, namespaced: Bool, verbs: Set<String>) {
        self.group = group
        self.version = version
        self.resource = resource
        self.kind = kind
        self.namespaced = namespaced
        self.verbs = verbs
    }

    public var apiVersion: String { group.isEmpty ? version : group + "/" + version }
    public var description: String { group.isEmpty ? resource : resource + "." + group }

    public func path(namespace: String? = nil, name: String? = nil, subresource: String? = nil) -> ResourcePath {
        ResourcePath(
            group: group, version: version, resource: resource, namespace: namespaced ? namespace : nil, name: name,
            subresource: subresource)
    }
}

/// Reads the served resources through discovery (`/api/v1`, `/apis`, `/apis/<group>/<version>`).
public enum ResourceDiscovery {
    /// Top-level resources of one `APIResourceList` (subresources such as `pods/status` are left out).
    public static func parse(resourceList: JSON, group: String, version: String) -> [DiscoveredResource] {
        (resourceList["resources"].arrayValue ?? []).compactMap { r in
            guard let name = r["name"].stringValue, !name.contains("/"), let kind = r["kind"].stringValue else { return nil }
            return DiscoveredResource(
                group: group, version: version, resource: name, kind: kind,
                namespaced: r["namespaced"].boolValue ?? false,
                verbs: Set((r["verbs"].arrayValue ?? []).compactMap(\.stringValue)))
        }
    }

    /// The preferred group versions of an `APIGroupList`.
    public static func preferredGroupVersions(groupList: JSON) -> [(group: String, version: String)] {
        (groupList["groups"].arrayValue ?? []).compactMap { g in
            guard let name = g["name"].stringValue else { return nil }
            let preferred = g["preferredVersion"]["version"].stringValue
                ?? g["versions"][0]["version"].stringValue
            guard let preferred else { return nil }
            return (name, preferred)
        }
    }

    /// Every served resource at its group's preferred version, and the group versions that failed.
    public static func discover(_ client: APIClient) async throws -> (resources: [DiscoveredResource], failed: [String]) {
        var all = parse(resourceList: try await client.send(.GET, path: "/api/v1"), group: "", version: "v1")
        var failed: [String] = []
        let groups = preferredGroupVersions(groupList: try await client.send(.GET, path: "/apis"))
        for (group, version) in groups {
            do {
                let list = try await client.send(.GET, path: "/apis/\(group)/\(version)")
                all += parse(resourceList: list, group: group, version: version)
            } catch {
                failed.append("\(group)/\(version): \(error)")
            }
        }
        return (all, failed)
    }
}
