import APIMachinery

/// A container's `lifecycle.postStart` or `lifecycle.preStop` handler (pure parsing).
struct LifecycleHook: Sendable, Equatable {
    enum Kind: String, Sendable { case postStart, preStop }

    enum Action: Sendable, Equatable {
        case exec([String])
        case httpGet(scheme: String, host: String?, port: Int, path: String, headers: [String: String])
        case sleep(seconds: Int)
    }

    var kind: Kind
    var action: Action

    /// The hook of `kind`, nil when the container has none (or an unusable one).
    static func parse(_ kind: Kind, container: JSON) -> LifecycleHook? {
        let handler = container["lifecycle"][kind.rawValue]
        guard handler.objectValue != nil else { return nil }
        if let command = handler["exec"]["command"].arrayValue {
            return LifecycleHook(kind: kind, action: .exec(command.compactMap(\.stringValue)))
        }
        if handler["httpGet"].objectValue != nil {
            let get = handler["httpGet"]
            let port: Int?
            if let number = get["port"].intValue {
                port = Int(number)
            } else if let name = get["port"].stringValue {
                port = Int(name) ?? (container["ports"].arrayValue ?? []).first { $0["name"].stringValue == name }?["containerPort"].intValue.map(Int.init)
            } else {
                port = nil
            }
            guard let port else { return nil }
            var headers: [String: String] = [:]
            for header in get["httpHeaders"].arrayValue ?? [] {
                if let name = header["name"].stringValue { headers[name] = header["value"].stringValue ?? "" }
            }
            let path = get["path"].stringValue ?? "/"
            return LifecycleHook(kind: kind, action: .httpGet(
                scheme: (get["scheme"].stringValue ?? "HTTP").lowercased(), host: get["host"].stringValue, port: port,
                path: path.hasPrefix("/") ? path : "/" + path, headers: headers))
        }
        if let seconds = handler["sleep"]["seconds"].intValue {
            return LifecycleHook(kind: kind, action: .sleep(seconds: Int(max(0, seconds))))
        }
        return nil
    }

    /// The event reason of a failure, as upstream.
    var failureReason: String { kind == .postStart ? "FailedPostStartHook" : "FailedPreStopHook" }

    /// The event message of a failure.
    func failureMessage(container: String, pod: String, error: String) -> String {
        switch action {
        case .exec(let command):
            "Exec lifecycle hook (\(command)) for Container \"\(container)\" in Pod \"\(pod)\" failed - error: \(error)"
        case .httpGet(_, _, _, let path, _):
            "HTTP lifecycle hook (\(path)) for Container \"\(container)\" in Pod \"\(pod)\" failed - error: \(error)"
        case .sleep:
            "Sleep lifecycle hook for Container \"\(container)\" in Pod \"\(pod)\" failed - error: \(error)"
        }
    }
}
