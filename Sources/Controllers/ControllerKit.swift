import APIMachinery
import Client
import Foundation
import Synchronization

/// Small helpers shared by the lifecycle controllers (namespace, GC, jobs, endpoints, ...).
enum ControllerKit {
    // MARK: Time

    /// Formats a time as Kubernetes does (RFC 3339, UTC, whole seconds): `2024-05-01T10:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        let secs = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = secs >= 0 ? secs / 86_400 : (secs - 86_399) / 86_400
        let rem = secs - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(rem / 3600, 2)):\(pad((rem % 3600) / 60, 2)):\(pad(rem % 60, 2))Z"
    }

    /// Zero-padded decimal.
    static func pad(_ v: Int64, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Parses an RFC 3339 time (`Z` or `±hh:mm`, optional fraction); nil when malformed.
    static func parseTime(_ text: String?) -> Date? {
        guard let text else { return nil }
        let b = Array(text.utf8)
        func num(_ r: Range<Int>) -> Int64? {
            guard r.upperBound <= b.count else { return nil }
            var v: Int64 = 0
            for i in r {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int64(b[i] - 48)
            }
            return v
        }
        guard b.count >= 20, let y = num(0..<4), let mo = num(5..<7), let d = num(8..<10), let h = num(11..<13),
            let mi = num(14..<16), let s = num(17..<19), b[4] == 45, b[7] == 45, b[13] == 58, b[16] == 58,
            (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var i = 19
        var frac = 0.0
        if i < b.count, b[i] == 46 {
            i += 1
            var scale = 0.1
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                frac += Double(b[i] - 48) * scale
                scale /= 10
                i += 1
            }
        }
        var offset: Int64 = 0
        guard i < b.count else { return nil }
        if b[i] == 90 || b[i] == 122 {
            i += 1
        } else if b[i] == 43 || b[i] == 45, let oh = num((i + 1)..<(i + 3)), let om = num((i + 4)..<(i + 6)) {
            offset = (oh * 3600 + om * 60) * (b[i] == 45 ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let days = daysFromCivil(y, mo, d)
        let secs = days * 86_400 + h * 3600 + mi * 60 + s - offset
        return Date(timeIntervalSince1970: Double(secs) + frac)
    }

    static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    // MARK: Owner references

    /// The `metadata.ownerReferences` of an object.
    static func ownerReferences(_ json: JSON) -> [JSON] { json["metadata"]["ownerReferences"].arrayValue ?? [] }

    /// The owner reference marked `controller: true`, if any.
    static func controllerRef(_ json: JSON) -> JSON? {
        ownerReferences(json).first { $0["controller"].boolValue == true }
    }

    /// An owner reference to `owner` with `controller` and `blockOwnerDeletion` set, as controllers write it.
    static func controllerReference(apiVersion: String, kind: String, name: String, uid: String) -> JSON {
        [
            "apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name), "uid": .string(uid),
            "controller": true, "blockOwnerDeletion": true,
        ]
    }

    static func finalizers(_ json: JSON) -> [String] { (json["metadata"]["finalizers"].arrayValue ?? []).compactMap(\.stringValue) }

    static func isBeingDeleted(_ json: JSON) -> Bool { !json["metadata"]["deletionTimestamp"].isNull }

    /// A selector built from a `metav1.LabelSelector` JSON; `nothing` when absent or invalid
    /// (an empty selector `{}` selects everything).
    static func selector(_ json: JSON) -> LabelSelector {
        if json.isNull { return .nothing }
        return (try? LabelSelector(labelSelector: json)) ?? .nothing
    }

    /// A random suffix of `count` characters from the alphabet Kubernetes uses for generated names.
    static func randomSuffix(_ count: Int = 5) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        return String((0..<count).map { _ in alphabet.randomElement() ?? "x" })
    }

    /// Kubernetes' generateName rule: base truncated so base+suffix fits 63 characters.
    static func generatedName(_ base: String, maxLength: Int = 63, suffixLength: Int = 5) -> String {
        let keep = max(0, maxLength - suffixLength)
        return String(base.prefix(keep)) + randomSuffix(suffixLength)
    }

    // MARK: Pods

    static func podPhase(_ pod: JSON) -> String { pod["status"]["phase"].stringValue ?? "" }

    static func isPodTerminal(_ pod: JSON) -> Bool {
        let p = podPhase(pod)
        return p == "Succeeded" || p == "Failed"
    }

    static func isPodActive(_ pod: JSON) -> Bool { !isPodTerminal(pod) && !isBeingDeleted(pod) }

    static func podCondition(_ pod: JSON, _ type: String) -> JSON? {
        (pod["status"]["conditions"].arrayValue ?? []).first { $0["type"].stringValue == type }
    }

    static func isPodReady(_ pod: JSON) -> Bool { podCondition(pod, "Ready")?["status"].stringValue == "True" }

    // MARK: Conditions

    /// Sets (or updates) a condition in a `conditions` array; `lastTransitionTime` changes only with the status.
    static func setCondition(
        _ conditions: inout [JSON], type: String, status: String, reason: String?, message: String?, now: Date,
        probeTime: Bool = false
    ) {
        var c: JSON = ["type": .string(type), "status": .string(status)]
        if let reason { c["reason"] = .string(reason) }
        if let message { c["message"] = .string(message) }
        let ts = JSON.string(timestamp(now))
        if probeTime { c["lastProbeTime"] = ts }
        if let i = conditions.firstIndex(where: { $0["type"].stringValue == type }) {
            let old = conditions[i]
            c["lastTransitionTime"] = old["status"].stringValue == status && !old["lastTransitionTime"].isNull ? old["lastTransitionTime"] : ts
            conditions[i] = c
        } else {
            c["lastTransitionTime"] = ts
            conditions.append(c)
        }
    }

    // MARK: Errors

    static func isNotFound(_ error: Error) -> Bool { (error as? APIError)?.code == 404 }
    static func isConflict(_ error: Error) -> Bool { (error as? APIError)?.code == 409 }
    static func isAlreadyExists(_ error: Error) -> Bool {
        guard let e = error as? APIError else { return false }
        return e.code == 409 && e.reason == "AlreadyExists"
    }
}

extension ControllerKit {
    /// Records a core/v1 Event about `object` (what `kubectl describe` shows). Failures are ignored:
    /// events are best effort, as upstream's recorder.
    static func recordEvent(
        _ client: APIClient, about object: JSON, type: String = "Normal", reason: String, message: String, component: String
    ) async {
        let meta = object["metadata"]
        guard let name = meta["name"].stringValue else { return }
        let namespace = meta["namespace"].stringValue ?? "default"
        let now = JSON.string(timestamp(Date()))
        let micro = JSON.string(microTimestamp(Date()))
        let suffix = String(UInt64(Date().timeIntervalSince1970 * 1_000_000_000), radix: 16) + String(Int.random(in: 0..<4096), radix: 16)
        var involved: JSON = [
            "kind": object["kind"], "apiVersion": object["apiVersion"], "name": .string(name), "namespace": meta["namespace"],
            "uid": meta["uid"], "resourceVersion": meta["resourceVersion"],
        ]
        if meta["namespace"].isNull { involved["namespace"] = .null }
        let event: JSON = [
            "apiVersion": "v1", "kind": "Event",
            "metadata": ["name": .string("\(name).\(suffix)"), "namespace": .string(namespace)],
            "involvedObject": involved, "reason": .string(reason), "message": .string(message), "type": .string(type),
            "source": ["component": .string(component)], "firstTimestamp": now, "lastTimestamp": now, "count": 1,
            "eventTime": micro, "reportingComponent": .string(component), "reportingInstance": .string(component),
            "action": .string(reason),
        ]
        _ = try? await client.create(ResourcePath(group: "", version: "v1", resource: "events", namespace: namespace), event)
    }

    /// RFC 3339 with microseconds (`MicroTime`).
    static func microTimestamp(_ date: Date) -> String {
        var s = timestamp(date)
        s.removeLast()
        let micros = Int64((date.timeIntervalSince1970 - date.timeIntervalSince1970.rounded(.down)) * 1_000_000)
        return s + "." + pad(micros, 6) + "Z"
    }
}

/// A thread-safe set of object UIDs (e.g. the objects an event was already recorded for).
final class UIDSet: Sendable {
    private let uids = Mutex<Set<String>>([])

    /// Adds `uid`; true when it was not in the set yet.
    func insert(_ uid: String) -> Bool { uids.withLock { $0.insert(uid).inserted } }
}
