import APIMachinery
import Foundation

@testable import Controllers

/// Builders of objects for the controller decision tests.
enum LifecycleFixtures {
    static let now = ControllerKit.parseTime("2024-05-01T12:00:00Z") ?? Date(timeIntervalSince1970: 1_714_564_800)

    static func ago(_ seconds: Double) -> String { ControllerKit.timestamp(now.addingTimeInterval(-seconds)) }

    static func job(
        name: String = "pi", uid: String = "job-uid", completions: Int64? = 1, parallelism: Int64 = 1, backoffLimit: Int64 = 6,
        indexed: Bool = false, status: JSON = .null, extraSpec: [String: JSON] = [:]
    ) -> JSON {
        var spec: JSON = [
            "parallelism": .int(parallelism), "backoffLimit": .int(backoffLimit),
            "completionMode": indexed ? "Indexed" : "NonIndexed",
            "selector": ["matchLabels": ["batch.kubernetes.io/controller-uid": .string(uid)]],
            "template": [
                "metadata": ["labels": ["batch.kubernetes.io/controller-uid": .string(uid), "app": "pi"]],
                "spec": ["restartPolicy": "Never", "containers": [["name": "c", "image": "busybox"]]],
            ],
        ]
        if let completions { spec["completions"] = .int(completions) }
        for (k, v) in extraSpec { spec[k] = v }
        return [
            "apiVersion": "batch/v1", "kind": "Job",
            "metadata": ["name": .string(name), "namespace": "default", "uid": .string(uid), "creationTimestamp": .string(ago(600))],
            "spec": spec, "status": status,
        ]
    }

    static func pod(
        _ name: String, uid: String? = nil, phase: String = "Running", ready: Bool = true, owner: (kind: String, name: String, uid: String)? = nil,
        labels: [String: String] = [:], ip: String? = "10.0.0.1", node: String? = "node-1", deleting: Bool = false,
        finalizers: [String] = [], index: Int? = nil, created: String? = nil, ports: [JSON] = []
    ) -> JSON {
        var meta: JSON = [
            "name": .string(name), "namespace": "default", "uid": .string(uid ?? "uid-" + name),
            "creationTimestamp": .string(created ?? ago(300)),
        ]
        if !labels.isEmpty { meta["labels"] = .object(labels.mapValues(JSON.string)) }
        if let owner {
            meta["ownerReferences"] = [
                ["apiVersion": "v1", "kind": .string(owner.kind), "name": .string(owner.name), "uid": .string(owner.uid), "controller": true]
            ]
        }
        if deleting { meta["deletionTimestamp"] = .string(ago(1)) }
        if !finalizers.isEmpty { meta["finalizers"] = .array(finalizers.map(JSON.string)) }
        if let index { meta["annotations"] = ["batch.kubernetes.io/job-completion-index": .string(String(index))] }
        var spec: JSON = ["containers": [["name": "c", "image": "busybox", "ports": .array(ports)]]]
        if let node { spec["nodeName"] = .string(node) }
        var status: JSON = [
            "phase": .string(phase),
            "conditions": [["type": "Ready", "status": ready ? "True" : "False"]],
        ]
        if let ip { status["podIP"] = .string(ip); status["podIPs"] = [["ip": .string(ip)]] }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": spec, "status": status]
    }
}
