import APIMachinery
import Foundation

/// Node lifecycle decisions (pure): whether a node's kubelet is still heartbeating, which conditions and
/// NoExecute taints follow, and when a pod on a tainted node must be evicted.
public enum NodeHealth {
    public static let unreachableTaint = "node.kubernetes.io/unreachable"
    public static let notReadyTaint = "node.kubernetes.io/not-ready"

    /// The node's readiness as the controller sees it.
    public enum State: Equatable, Sendable {
        case ready
        case notReady
        /// No heartbeat within the grace period.
        case unknown
    }

    /// The newest heartbeat: the Lease's renewTime or the Ready condition's lastHeartbeatTime.
    public static func lastHeartbeat(node: JSON, lease: JSON?, parse: (String?) -> Date?) -> Date? {
        let ready = (node["status"]["conditions"].arrayValue ?? []).first { $0["type"] == "Ready" }
        let candidates = [parse(lease?["spec"]["renewTime"].stringValue), parse(ready?["lastHeartbeatTime"].stringValue)]
        return candidates.compactMap { $0 }.max()
    }

    public static func state(node: JSON, lastHeartbeat: Date?, now: Date, gracePeriod: TimeInterval, startedAt: Date) -> State {
        let heartbeat = lastHeartbeat ?? startedAt
        // Before the controller has watched for a full grace period, a missing heartbeat is not yet a failure.
        if now.timeIntervalSince(max(heartbeat, startedAt)) > gracePeriod { return .unknown }
        let ready = (node["status"]["conditions"].arrayValue ?? []).first { $0["type"] == "Ready" }
        switch ready?["status"].stringValue {
        case "True": return .ready
        case "Unknown": return lastHeartbeat.map { now.timeIntervalSince($0) <= gracePeriod } == true ? .ready : .unknown
        default: return .notReady
        }
    }

    /// The conditions after the kubelet stopped posting: every kubelet condition becomes Unknown.
    public static func unknownConditions(_ node: JSON, now: String) -> JSON {
        .array((node["status"]["conditions"].arrayValue ?? []).map { c in
            guard c["status"] != "Unknown" else { return c }
            var u = c
            u["status"] = "Unknown"
            u["reason"] = "NodeStatusUnknown"
            u["message"] = "Kubelet stopped posting node status."
            u["lastTransitionTime"] = .string(now)
            return u
        })
    }

    /// The node's taints with the NoExecute (and NoSchedule) taints of `state` added and the others removed.
    public static func taints(_ node: JSON, state: State, now: String) -> [JSON] {
        var taints = (node["spec"]["taints"].arrayValue ?? []).filter { t in
            let key = t["key"].stringValue ?? ""
            return key != unreachableTaint && key != notReadyTaint
        }
        let existing = node["spec"]["taints"].arrayValue ?? []
        func keep(_ key: String, _ effect: String) {
            if let t = existing.first(where: { $0["key"].stringValue == key && $0["effect"].stringValue == effect }) {
                taints.append(t)
            } else {
                var t: JSON = ["key": .string(key), "effect": .string(effect)]
                if effect == "NoExecute" { t["timeAdded"] = .string(now) }
                taints.append(t)
            }
        }
        switch state {
        case .ready: break
        case .notReady:
            keep(notReadyTaint, "NoSchedule")
            keep(notReadyTaint, "NoExecute")
        case .unknown:
            keep(unreachableTaint, "NoSchedule")
            keep(unreachableTaint, "NoExecute")
        }
        return taints
    }

    /// Whether `toleration` tolerates `taint` (key, operator Exists/Equal, value, effect).
    public static func tolerates(_ toleration: JSON, _ taint: JSON) -> Bool {
        if let effect = toleration["effect"].stringValue, !effect.isEmpty, effect != taint["effect"].stringValue { return false }
        let op = toleration["operator"].stringValue ?? "Equal"
        let key = toleration["key"].stringValue ?? ""
        if key.isEmpty { return op == "Exists" }
        guard key == taint["key"].stringValue else { return false }
        if op == "Exists" { return true }
        return (toleration["value"].stringValue ?? "") == (taint["value"].stringValue ?? "")
    }

    /// When a pod must leave a node with these NoExecute taints: nil when it tolerates them forever,
    /// else the time after which it is evicted (now for an untolerated taint).
    public static func evictionTime(pod: JSON, taints: [JSON], now: Date, parse: (String?) -> Date?) -> Date? {
        let tolerations = pod["spec"]["tolerations"].arrayValue ?? []
        var deadline: Date? = nil
        for taint in taints where taint["effect"] == "NoExecute" {
            let matching = tolerations.filter { tolerates($0, taint) }
            if matching.isEmpty { return now }
            let seconds = matching.compactMap { $0["tolerationSeconds"].intValue }
            guard let minimum = seconds.min() else { continue }  // tolerated forever
            let added = parse(taint["timeAdded"].stringValue) ?? now
            let t = added.addingTimeInterval(TimeInterval(max(0, minimum)))
            deadline = deadline.map { min($0, t) } ?? t
        }
        return deadline
    }

    /// The pod's conditions with Ready set to False (reason NodeNotReady), or nil when it is not Ready now.
    public static func podConditionsNotReady(_ pod: JSON, now: String) -> JSON? {
        let conditions = pod["status"]["conditions"].arrayValue ?? []
        guard conditions.contains(where: { $0["type"] == "Ready" && $0["status"] == "True" }) else { return nil }
        return .array(conditions.map { c in
            guard c["type"] == "Ready" else { return c }
            var u = c
            u["status"] = "False"
            u["reason"] = "NodeNotReady"
            u["lastTransitionTime"] = .string(now)
            u["lastProbeTime"] = .null
            return u
        })
    }
}
