import APIMachinery
import Foundation

/// One file of a projected volume: its content and permission bits.
struct VolumeFile: Sendable, Equatable {
    var data: Data
    var mode: UInt16
}

/// The files of a volume by relative path.
typealias VolumePayload = [String: VolumeFile]

/// The ConfigMaps and Secrets a pod's volumes refer to, fetched before the volumes are written
/// (so projecting them stays pure). Keyed by object name; objects that do not exist are absent.
struct VolumeObjects: Sendable {
    var configMaps: [String: [String: Data]] = [:]
    var secrets: [String: [String: Data]] = [:]
    /// Service account tokens by ``TokenSource/key``.
    var tokens: [String: Data] = [:]

    /// A ConfigMap's `data` and `binaryData` (base64) as bytes.
    static func configMapData(_ object: JSON) -> [String: Data] {
        var data: [String: Data] = [:]
        for (key, value) in object["data"].objectValue ?? [:] {
            if let text = value.stringValue { data[key] = Data(text.utf8) }
        }
        for (key, value) in object["binaryData"].objectValue ?? [:] {
            if let text = value.stringValue, let bytes = Data(base64Encoded: text) { data[key] = bytes }
        }
        return data
    }

    /// A Secret's `data` (base64) as bytes, plus `stringData` if the object still carries it.
    static func secretData(_ object: JSON) -> [String: Data] {
        var data: [String: Data] = [:]
        for (key, value) in object["data"].objectValue ?? [:] {
            if let text = value.stringValue, let bytes = Data(base64Encoded: text) { data[key] = bytes }
        }
        for (key, value) in object["stringData"].objectValue ?? [:] {
            if let text = value.stringValue { data[key] = Data(text.utf8) }
        }
        return data
    }
}

/// Why a volume cannot be set up; the pod waits in ContainerCreating and a FailedMount event says why.
struct VolumeSetUpError: Error, Sendable, Equatable {
    var volume: String
    var message: String

    /// The event message, as upstream words it.
    var eventMessage: String { "MountVolume.SetUp failed for volume \"\(volume)\" : \(message)" }
}

/// The volume kinds whose files the kubelet writes, and the pure projection of their content.
enum VolumeProjection {
    enum Kind: String, Sendable, CaseIterable {
        case configMap, secret, downwardAPI, projected

        /// The plugin directory under the pod's volumes dir, as upstream names it.
        var directory: String {
            switch self {
            case .configMap: "kubernetes.io~configmap"
            case .secret: "kubernetes.io~secret"
            case .downwardAPI: "kubernetes.io~downward-api"
            case .projected: "kubernetes.io~projected"
            }
        }

        /// Kinds kept in memory (tmpfs) as upstream does: everything but ConfigMaps.
        var inMemory: Bool { self != .configMap }
    }

    static let defaultMode: UInt16 = 0o644

    static func kind(of volume: JSON) -> Kind? {
        Kind.allCases.first { volume[$0.rawValue].objectValue != nil }
    }

    /// The host directory of a projected volume.
    static func hostDirectory(of volume: JSON, volumeRoot: String) -> String? {
        guard let kind = kind(of: volume), let name = volume["name"].stringValue, !name.isEmpty else { return nil }
        return "\(volumeRoot)/\(kind.directory)/\(name)"
    }

    /// The service account tokens the pod's projected volumes want.
    static func tokenSources(pod: JSON) -> [TokenSource] {
        (pod["spec"]["volumes"].arrayValue ?? []).flatMap { volume in
            (volume["projected"]["sources"].arrayValue ?? []).compactMap { TokenSource($0["serviceAccountToken"]) }
        }
    }

    /// Names of the ConfigMaps and Secrets the pod's volumes refer to.
    static func references(pod: JSON) -> (configMaps: Set<String>, secrets: Set<String>) {
        var configMaps = Set<String>()
        var secrets = Set<String>()
        for volume in pod["spec"]["volumes"].arrayValue ?? [] {
            if let name = volume["configMap"]["name"].stringValue { configMaps.insert(name) }
            if let name = volume["secret"]["secretName"].stringValue { secrets.insert(name) }
            for source in volume["projected"]["sources"].arrayValue ?? [] {
                if let name = source["configMap"]["name"].stringValue { configMaps.insert(name) }
                if let name = source["secret"]["name"].stringValue { secrets.insert(name) }
            }
        }
        return (configMaps, secrets)
    }

    /// A mode field (decimal in JSON, e.g. 420 for 0644), or `fallback`.
    static func mode(_ value: JSON, fallback: UInt16) -> UInt16 {
        guard let mode = value.intValue, mode >= 0, mode <= 0o777 else { return fallback }
        return UInt16(mode)
    }

    /// The files of `volume` (one of ``Kind``) for `pod`.
    static func payload(volume: JSON, pod: JSON, objects: VolumeObjects, builder: ContainerConfigBuilder) throws(VolumeSetUpError) -> VolumePayload {
        let volumeName = volume["name"].stringValue ?? ""
        func fail(_ message: String) -> VolumeSetUpError { VolumeSetUpError(volume: volumeName, message: message) }
        guard let kind = kind(of: volume) else { return [:] }
        let source = volume[kind.rawValue]
        let defaultMode = mode(source["defaultMode"], fallback: Self.defaultMode)
        switch kind {
        case .configMap:
            return try keyed(source, data: objects.configMaps[source["name"].stringValue ?? ""], what: "configmap", defaultMode: defaultMode, fail: fail)
        case .secret:
            return try keyed(source, name: source["secretName"].stringValue ?? "", data: objects.secrets[source["secretName"].stringValue ?? ""], what: "secret", defaultMode: defaultMode, fail: fail)
        case .downwardAPI:
            return downward(source["items"].arrayValue ?? [], pod: pod, builder: builder, defaultMode: defaultMode)
        case .projected:
            var files: VolumePayload = [:]
            var errors: [String] = []
            for projection in source["sources"].arrayValue ?? [] {
                var part: VolumePayload = [:]
                do throws(VolumeSetUpError) {
                    if projection["configMap"].objectValue != nil {
                        let cm = projection["configMap"]
                        part = try keyed(cm, data: objects.configMaps[cm["name"].stringValue ?? ""], what: "configmap", defaultMode: defaultMode, fail: fail)
                    } else if projection["secret"].objectValue != nil {
                        let secret = projection["secret"]
                        part = try keyed(secret, data: objects.secrets[secret["name"].stringValue ?? ""], what: "secret", defaultMode: defaultMode, fail: fail)
                    } else if projection["downwardAPI"].objectValue != nil {
                        part = downward(projection["downwardAPI"]["items"].arrayValue ?? [], pod: pod, builder: builder, defaultMode: defaultMode)
                    } else if let token = TokenSource(projection["serviceAccountToken"]) {
                        guard let data = objects.tokens[token.key] else { throw fail("failed to fetch token for audience \"\(token.audience)\"") }
                        part = [token.path: VolumeFile(data: data, mode: defaultMode)]
                    }
                    // clusterTrustBundle sources are not projected.
                } catch {
                    errors.append(error.message)
                }
                files.merge(part) { _, new in new }
            }
            if !errors.isEmpty { throw fail(errors.joined(separator: ", ")) }
            return files
        }
    }

    /// ConfigMap or Secret keys as files: every key, or only `items` (key → path, with a mode).
    private static func keyed(
        _ source: JSON, name: String? = nil, data: [String: Data]?, what: String, defaultMode: UInt16,
        fail: (String) -> VolumeSetUpError
    ) throws(VolumeSetUpError) -> VolumePayload {
        let objectName = name ?? source["name"].stringValue ?? ""
        let optional = source["optional"].boolValue == true
        guard let data else {
            if optional { return [:] }
            throw fail("\(what) \"\(objectName)\" not found")
        }
        var files: VolumePayload = [:]
        guard let items = source["items"].arrayValue, !items.isEmpty else {
            for (key, value) in data { files[key] = VolumeFile(data: value, mode: defaultMode) }
            return files
        }
        for item in items {
            guard let key = item["key"].stringValue, let path = item["path"].stringValue else { continue }
            guard let value = data[key] else {
                if optional { continue }
                throw fail(what == "secret" ? "references non-existent secret key: \(key)" : "configmap references non-existent config key: \(key)")
            }
            files[path] = VolumeFile(data: value, mode: mode(item["mode"], fallback: defaultMode))
        }
        return files
    }

    /// Downward API items: pod metadata fields and container resources.
    private static func downward(_ items: [JSON], pod: JSON, builder: ContainerConfigBuilder, defaultMode: UInt16) -> VolumePayload {
        var files: VolumePayload = [:]
        for item in items {
            guard let path = item["path"].stringValue else { continue }
            let value: String
            if let field = item["fieldRef"]["fieldPath"].stringValue {
                value = fieldValue(pod: pod, path: field, builder: builder)
            } else if let resource = item["resourceFieldRef"]["resource"].stringValue {
                let containerName = item["resourceFieldRef"]["containerName"].stringValue
                let containers = (pod["spec"]["containers"].arrayValue ?? []) + (pod["spec"]["initContainers"].arrayValue ?? [])
                let container = containers.first { $0["name"].stringValue == containerName } ?? containers.first ?? .emptyObject
                value = builder.resourceValue(container: container, resource: resource, divisor: item["resourceFieldRef"]["divisor"])
            } else {
                continue
            }
            files[path] = VolumeFile(data: Data(value.utf8), mode: mode(item["mode"], fallback: defaultMode))
        }
        return files
    }

    /// With a pod `fsGroup`, files of these volumes are group-readable by it (as upstream's
    /// ownership change of read-only volumes: mode | 0440).
    static func applyingFSGroup(_ payload: VolumePayload, fsGroup: Int64?) -> VolumePayload {
        guard fsGroup != nil else { return payload }
        return payload.mapValues { VolumeFile(data: $0.data, mode: $0.mode | 0o440) }
    }

    /// A field of the pod; whole `metadata.labels` / `metadata.annotations` as `key="value"` lines.
    static func fieldValue(pod: JSON, path: String, builder: ContainerConfigBuilder) -> String {
        switch path {
        case "metadata.labels", "metadata.annotations":
            let field = path == "metadata.labels" ? "labels" : "annotations"
            let map = (pod["metadata"][field].objectValue ?? [:]).compactMapValues(\.stringValue)
            return formatMap(map)
        default:
            return builder.fieldValue(pod: pod, path: path, podIP: pod["status"]["podIP"].stringValue ?? "")
        }
    }

    /// Sorted `key="value"` lines with Go-style quoting of the value, without a final newline.
    static func formatMap(_ map: [String: String]) -> String {
        map.keys.sorted().map { "\($0)=\(quote(map[$0] ?? ""))" }.joined(separator: "\n")
    }

    /// Double-quoted with backslash escapes for quotes, backslashes and control characters.
    static func quote(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f {
                    out += String(format: "\\x%02x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// A projected `serviceAccountToken` source (audience "" = the API server's own).
struct TokenSource: Sendable, Hashable {
    var audience: String
    var expirationSeconds: Int64
    var path: String

    init?(_ source: JSON) {
        guard source.objectValue != nil, let path = source["path"].stringValue, !path.isEmpty else { return nil }
        audience = source["audience"].stringValue ?? ""
        expirationSeconds = max(600, source["expirationSeconds"].intValue ?? 3600)
        self.path = path
    }

    var key: String { "\(audience)|\(expirationSeconds)" }

    /// Upstream's rule: a token is renewed once 80% of its lifetime has passed, or after 24 h.
    static func needsRenewal(issuedAt: Double, expiresAt: Double, now: Double) -> Bool {
        now >= issuedAt + min(0.8 * (expiresAt - issuedAt), 24 * 3600)
    }
}
