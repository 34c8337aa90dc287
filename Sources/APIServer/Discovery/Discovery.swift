import API
import Foundation
import APIMachinery

/// Discovery documents (`/api`, `/apis`, `/apis/<group>`, `/api/v1`, `/apis/<group>/<version>`) and their
/// aggregated forms (`apidiscovery.k8s.io` v2 and v2beta1), computed once from the served resources.
struct Discovery: Sendable {
    let resources: [ResourceInfo]
    let groups: [String]
    let versionsByGroup: [String: [String]]

    init(resources: [ResourceInfo]) {
        self.resources = resources
        var groups: [String] = []
        var versions: [String: [String]] = [:]
        for r in resources where !r.group.isEmpty {
            if !groups.contains(r.group) { groups.append(r.group) }
            if !(versions[r.group] ?? []).contains(r.version) { versions[r.group, default: []].append(r.version) }
        }
        let order = ResourceCatalog.groupOrder
        groups.sort { (order.firstIndex(of: $0) ?? Int.max, $0) < (order.firstIndex(of: $1) ?? Int.max, $1) }
        self.groups = groups
        self.versionsByGroup = versions
    }

    func apiVersions(serverAddress: String) -> JSON {
        [
            "kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": .string(serverAddress)]],
        ]
    }

    private func groupJSON(_ group: String) -> JSON {
        let versions = versionsByGroup[group] ?? []
        let entries: [JSON] = versions.map { ["groupVersion": .string("\(group)/\($0)"), "version": .string($0)] }
        return [
            "name": .string(group), "versions": .array(entries),
            "preferredVersion": entries.first ?? .null,
        ]
    }

    func groupList() -> JSON {
        ["kind": "APIGroupList", "apiVersion": "v1", "groups": .array(groups.map(groupJSON))]
    }

    func group(_ name: String) -> JSON? {
        guard groups.contains(name) else { return nil }
        var g = groupJSON(name)
        g["kind"] = "APIGroup"
        g["apiVersion"] = "v1"
        return g
    }

    func resourceList(group: String, version: String) -> JSON? {
        let rs = resources.filter { $0.group == group && $0.version == version }
        guard !rs.isEmpty else { return nil }
        var out: [JSON] = []
        for r in rs {
            var o: JSON = [
                "name": .string(r.resource), "singularName": .string(r.singular), "namespaced": .bool(r.namespaced),
                "kind": .string(r.kind), "verbs": .array(r.verbs.map { .string($0) }),
                "storageVersionHash": .string(Self.storageVersionHash(r)),
            ]
            if !r.shortNames.isEmpty { o["shortNames"] = .array(r.shortNames.map { .string($0) }) }
            if !r.categories.isEmpty { o["categories"] = .array(r.categories.map { .string($0) }) }
            out.append(o)
            for s in r.subresources {
                var so: JSON = [
                    "name": .string("\(r.resource)/\(s.name)"), "singularName": "", "namespaced": .bool(r.namespaced),
                    "kind": .string(s.kind.kind), "verbs": .array(s.verbs.map { .string($0) }),
                ]
                if s.kind.group != r.group || s.kind.version != r.version {
                    so["group"] = .string(s.kind.group)
                    so["version"] = .string(s.kind.version)
                }
                out.append(so)
            }
        }
        return [
            "kind": "APIResourceList", "apiVersion": "v1",
            "groupVersion": .string(group.isEmpty ? version : "\(group)/\(version)"), "resources": .array(out),
        ]
    }

    /// Aggregated discovery for `/api` (legacy) or `/apis` (named groups).
    func aggregated(legacy: Bool, version: String) -> JSON {
        let groupNames = legacy ? [""] : groups
        var items: [JSON] = []
        for g in groupNames {
            let versions = legacy ? ["v1"] : (versionsByGroup[g] ?? [])
            var vs: [JSON] = []
            for v in versions {
                let rs = resources.filter { $0.group == g && $0.version == v }
                let entries: [JSON] = rs.map { r in
                    var o: JSON = [
                        "resource": .string(r.resource),
                        "responseKind": ["group": .string(r.group), "version": .string(r.version), "kind": .string(r.kind)],
                        "scope": .string(r.namespaced ? "Namespaced" : "Cluster"),
                        "singularResource": .string(r.singular),
                        "verbs": .array(r.verbs.map { .string($0) }),
                    ]
                    if !r.shortNames.isEmpty { o["shortNames"] = .array(r.shortNames.map { .string($0) }) }
                    if !r.categories.isEmpty { o["categories"] = .array(r.categories.map { .string($0) }) }
                    if !r.subresources.isEmpty {
                        o["subresources"] = .array(r.subresources.map { s in
                            [
                                "subresource": .string(s.name),
                                "responseKind": ["group": .string(s.kind.group), "version": .string(s.kind.version), "kind": .string(s.kind.kind)],
                                "verbs": .array(s.verbs.map { .string($0) }),
                            ]
                        })
                    }
                    return o
                }
                vs.append(["version": .string(v), "resources": .array(entries), "freshness": "Current"])
            }
            var meta: JSON = ["creationTimestamp": .null]
            if !legacy { meta["name"] = .string(g) }
            items.append(["metadata": meta, "versions": .array(vs)])
        }
        return [
            "kind": "APIGroupDiscoveryList", "apiVersion": .string("apidiscovery.k8s.io/\(version)"), "metadata": [:],
            "items": .array(items),
        ]
    }

    /// A stable short hash of the storage identity of a resource (as upstream publishes, base64 of 8 bytes).
    static func storageVersionHash(_ r: ResourceInfo) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in "\(r.group)/\(r.version)/\(r.kind)".utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let bytes = (0..<8).map { UInt8(truncatingIfNeeded: h >> (8 * UInt64($0))) }
        return Data(bytes).base64EncodedString()
    }
}
