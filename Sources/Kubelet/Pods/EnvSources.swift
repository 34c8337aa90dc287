import APIMachinery
import Foundation

/// The ConfigMaps and Secrets a container's environment refers to, fetched before the container
/// is created (so building its config stays pure). Keyed by object name; missing ones are absent.
struct EnvSources: Sendable {
    var configMaps: [String: [String: String]] = [:]
    var secrets: [String: [String: String]] = [:]

    /// Names of the ConfigMaps and Secrets `container` refers to in `env` and `envFrom`.
    static func references(_ container: JSON) -> (configMaps: Set<String>, secrets: Set<String>) {
        var configMaps = Set<String>()
        var secrets = Set<String>()
        for item in container["env"].arrayValue ?? [] {
            if let name = item["valueFrom"]["configMapKeyRef"]["name"].stringValue { configMaps.insert(name) }
            if let name = item["valueFrom"]["secretKeyRef"]["name"].stringValue { secrets.insert(name) }
        }
        for source in container["envFrom"].arrayValue ?? [] {
            if let name = source["configMapRef"]["name"].stringValue { configMaps.insert(name) }
            if let name = source["secretRef"]["name"].stringValue { secrets.insert(name) }
        }
        return (configMaps, secrets)
    }

    /// A ConfigMap's `data`.
    static func configMapData(_ object: JSON) -> [String: String] {
        var data: [String: String] = [:]
        for (key, value) in object["data"].objectValue ?? [:] { data[key] = value.stringValue }
        return data
    }

    /// A Secret's `data` (base64) decoded, plus `stringData` if the object still carries it.
    static func secretData(_ object: JSON) -> [String: String] {
        var data: [String: String] = [:]
        for (key, value) in object["data"].objectValue ?? [:] {
            if let text = value.stringValue, let bytes = Data(base64Encoded: text) { data[key] = String(decoding: bytes, as: UTF8.self) }
        }
        for (key, value) in object["stringData"].objectValue ?? [:] { data[key] = value.stringValue }
        return data
    }
}
