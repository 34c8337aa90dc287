import APIMachinery

/// A tiny local stand-in for the generated `CoreV1.ConfigMap`.
struct TestConfigMap: KubernetesObject {
    static let apiVersion = "v1"
    static let kind = "ConfigMap"
    static let resource = "configmaps"
    static let namespaced = true
    var json: JSON
    init(json: JSON) { self.json = json }

    init(namespace: String, name: String, data: [String: String] = [:], labels: [String: String] = [:]) {
        var j: JSON = [
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": ["name": .string(name), "namespace": .string(namespace)],
        ]
        if !labels.isEmpty { j[path: ["metadata", "labels"]] = .object(labels.mapValues { .string($0) }) }
        if !data.isEmpty { j["data"] = .object(data.mapValues { .string($0) }) }
        self.init(json: j)
    }

    var data: [String: String] {
        get { (json["data"].objectValue ?? [:]).compactMapValues(\.stringValue) }
        set { json["data"] = newValue.isEmpty ? .null : .object(newValue.mapValues { .string($0) }) }
    }
}

/// A cluster-scoped kind.
struct TestNamespace: KubernetesObject {
    static let apiVersion = "v1"
    static let kind = "Namespace"
    static let resource = "namespaces"
    static let namespaced = false
    var json: JSON
    init(json: JSON) { self.json = json }

    init(name: String) {
        self.init(json: ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]])
    }
}

/// `coordination.k8s.io/v1` Lease, to read what the leader elector wrote.
struct TestLease: KubernetesObject {
    static let apiVersion = "coordination.k8s.io/v1"
    static let kind = "Lease"
    static let resource = "leases"
    static let namespaced = true
    var json: JSON
    init(json: JSON) { self.json = json }
}
