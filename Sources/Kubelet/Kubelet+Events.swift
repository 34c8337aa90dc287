import API
import APIMachinery
import Client
import Foundation

extension Kubelet {
    /// Records a core/v1 Event about a pod (what `kubectl describe pod` shows). The same event is
    /// sent at most once a minute per pod; failures are ignored, events are best effort.
    func recordEvent(pod: JSON, type: String = "Warning", reason: String, message: String) async {
        let meta = pod["metadata"]
        guard let name = meta["name"].stringValue else { return }
        let namespace = meta["namespace"].stringValue ?? "default"
        let now = Date()
        let throttleKey = "\(meta["uid"].stringValue ?? name)/\(reason)/\(message)"
        let due = recentEvents.withLock { recent -> Bool in
            if let last = recent[throttleKey], now.timeIntervalSince(last) < 60 { return false }
            recent[throttleKey] = now
            if recent.count > 4096 { recent = recent.filter { now.timeIntervalSince($0.value) < 60 } }
            return true
        }
        guard due else { return }
        let time = JSON.string(Self.now())
        let suffix = String(UInt64(now.timeIntervalSince1970 * 1_000_000_000), radix: 16)
        let event: JSON = [
            "apiVersion": "v1", "kind": "Event",
            "metadata": ["name": .string("\(name).\(suffix)"), "namespace": .string(namespace)],
            "involvedObject": [
                "kind": "Pod", "apiVersion": "v1", "name": .string(name), "namespace": .string(namespace),
                "uid": meta["uid"], "resourceVersion": meta["resourceVersion"],
            ],
            "reason": .string(reason), "message": .string(message), "type": .string(type),
            "source": ["component": "kubelet", "host": .string(options.nodeName)],
            "firstTimestamp": time, "lastTimestamp": time, "count": 1,
            "reportingComponent": "kubelet", "reportingInstance": .string(options.nodeName),
        ]
        _ = try? await client.create(ResourcePath(resource: "events", namespace: namespace), event)
    }
}
