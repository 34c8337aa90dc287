import APIMachinery

/// One probe of a container (liveness, readiness or startup) as the kubelet runs it (pure parsing).
struct Probe: Sendable, Equatable {
    enum Kind: String, Sendable { case liveness, readiness, startup }

    enum Action: Sendable, Equatable {
        case exec([String])
        case httpGet(scheme: String, host: String?, port: Int, path: String, headers: [String: String])
        case tcpSocket(host: String?, port: Int)
        case grpc(port: Int, service: String)
    }

    var kind: Kind
    var action: Action
    var initialDelaySeconds: Int
    var periodSeconds: Int
    var timeoutSeconds: Int
    var successThreshold: Int
    var failureThreshold: Int

    /// Parses `container[<kind>Probe]`; nil when the container has none (or an unusable one).
    static func parse(_ kind: Kind, container: JSON) -> Probe? {
        let probe = container["\(kind.rawValue)Probe"]
        guard probe.objectValue != nil else { return nil }
        func port(_ value: JSON) -> Int? {
            if let number = value.intValue { return Int(number) }
            guard let name = value.stringValue else { return nil }
            if let number = Int(name) { return number }
            return (container["ports"].arrayValue ?? []).first { $0["name"].stringValue == name }?["containerPort"].intValue.map(Int.init)
        }
        let action: Action
        if let command = probe["exec"]["command"].arrayValue {
            action = .exec(command.compactMap(\.stringValue))
        } else if probe["httpGet"].objectValue != nil, let p = port(probe["httpGet"]["port"]) {
            var headers: [String: String] = [:]
            for header in probe["httpGet"]["httpHeaders"].arrayValue ?? [] {
                if let name = header["name"].stringValue { headers[name] = header["value"].stringValue ?? "" }
            }
            action = .httpGet(scheme: (probe["httpGet"]["scheme"].stringValue ?? "HTTP").lowercased(), host: probe["httpGet"]["host"].stringValue,
                              port: p, path: probe["httpGet"]["path"].stringValue ?? "/", headers: headers)
        } else if probe["tcpSocket"].objectValue != nil, let p = port(probe["tcpSocket"]["port"]) {
            action = .tcpSocket(host: probe["tcpSocket"]["host"].stringValue, port: p)
        } else if let p = probe["grpc"]["port"].intValue {
            action = .grpc(port: Int(p), service: probe["grpc"]["service"].stringValue ?? "")
        } else {
            return nil
        }
        func seconds(_ field: String, _ fallback: Int, minimum: Int) -> Int {
            max(minimum, probe[field].intValue.map(Int.init) ?? fallback)
        }
        return Probe(
            kind: kind, action: action,
            initialDelaySeconds: seconds("initialDelaySeconds", 0, minimum: 0),
            periodSeconds: seconds("periodSeconds", 10, minimum: 1),
            timeoutSeconds: seconds("timeoutSeconds", 1, minimum: 1),
            // Liveness and startup probes must have a success threshold of 1.
            successThreshold: kind == .readiness ? seconds("successThreshold", 1, minimum: 1) : 1,
            failureThreshold: seconds("failureThreshold", 3, minimum: 1)
        )
    }
}

/// Consecutive results of one probe and the verdict they add up to (pure).
struct ProbeVerdict: Sendable, Equatable {
    var successes = 0
    var failures = 0
    /// The current result: readiness and startup start as failing, liveness as passing.
    var passing: Bool

    init(kind: Probe.Kind) {
        passing = kind == .liveness
    }

    /// Records one result; returns true when the verdict changed.
    mutating func record(success: Bool, probe: Probe) -> Bool {
        if success {
            successes += 1
            failures = 0
            if !passing && successes >= probe.successThreshold {
                passing = true
                return true
            }
        } else {
            failures += 1
            successes = 0
            if passing && failures >= probe.failureThreshold {
                passing = false
                return true
            }
        }
        return false
    }
}
