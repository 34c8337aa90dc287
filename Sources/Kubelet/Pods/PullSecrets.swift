import APIMachinery
import CRI
import Foundation

/// Registry credentials from a pod's `imagePullSecrets`, for CRI PullImage (pure).
enum PullSecrets {
    /// The registry host an image reference names (Docker Hub for bare names).
    static func registry(of image: String) -> String {
        let first = image.split(separator: "/", maxSplits: 1).first.map(String.init) ?? image
        guard image.contains("/"), first.contains(".") || first.contains(":") || first == "localhost" else { return "docker.io" }
        return first
    }

    /// A config key (`https://index.docker.io/v1/`, `registry.example.com:5000`, …) as a host.
    static func host(ofKey key: String) -> String {
        var k = key
        for scheme in ["https://", "http://"] where k.hasPrefix(scheme) { k = String(k.dropFirst(scheme.count)) }
        return k.split(separator: "/", maxSplits: 1).first.map(String.init) ?? k
    }

    static let dockerHubHosts: Set<String> = ["docker.io", "index.docker.io", "registry-1.docker.io"]

    /// The `auths` entries of a Secret of type kubernetes.io/dockerconfigjson or kubernetes.io/dockercfg.
    static func entries(secret: JSON) -> [String: JSON] {
        let data = secret["data"]
        func decoded(_ key: String) -> JSON? {
            guard let b64 = data[key].stringValue, let bytes = Data(base64Encoded: b64) else { return nil }
            return try? JSON.parse(Array(bytes))
        }
        if let config = decoded(".dockerconfigjson") { return config["auths"].objectValue ?? [:] }
        if let config = decoded(".dockercfg") { return config.objectValue ?? [:] }
        return [:]
    }

    /// Credentials for `image` from the pod's pull secrets (first match wins), nil when none apply.
    static func auth(forImage image: String, secrets: [JSON]) -> Runtime_V1_AuthConfig? {
        let wanted = registry(of: image)
        for secret in secrets {
            for (key, entry) in entries(secret: secret).sorted(by: { $0.key < $1.key }) {
                let host = host(ofKey: key)
                guard host == wanted || (dockerHubHosts.contains(host) && dockerHubHosts.contains(wanted)) else { continue }
                var auth = Runtime_V1_AuthConfig()
                auth.serverAddress = key
                auth.username = entry["username"].stringValue ?? ""
                auth.password = entry["password"].stringValue ?? ""
                auth.auth = entry["auth"].stringValue ?? ""
                auth.identityToken = entry["identitytoken"].stringValue ?? ""
                auth.registryToken = entry["registrytoken"].stringValue ?? ""
                if auth.username.isEmpty, let encoded = entry["auth"].stringValue, let raw = Data(base64Encoded: encoded),
                   let pair = String(data: raw, encoding: .utf8), let colon = pair.firstIndex(of: ":") {
                    auth.username = String(pair[..<colon])
                    auth.password = String(pair[pair.index(after: colon)...])
                }
                return auth
            }
        }
        return nil
    }
}
