import APIMachinery

/// Namespaces: the `kubernetes` finalizer, phase, name label.
enum NamespaceStrategy {
    static func make() -> ResourceStrategy {
        var s = ResourceStrategy()
        s.nameRule = .label
        s.prepareForCreate = { o in
            o["status"] = ["phase": "Active"]
            o["spec"] = ["finalizers": ["kubernetes"]]
        }
        s.prepareForUpdate = { new, old in
            new["status"] = old["status"]
            new["spec"] = old["spec"]
        }
        s.defaults = { o in
            if let name = o["metadata"]["name"].stringValue {
                o[path: ["metadata", "labels", "kubernetes.io/metadata.name"]] = .string(name)
            }
        }
        s.fields = { o in ["status.phase": o["status"]["phase"].stringValue ?? ""] }
        s.supportedFields = ["status.phase"]
        return s
    }
}
