import API
import APIMachinery
import Controllers
import Foundation

/// Builders of API objects for the decision tests.
enum Fixtures {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func time(_ secondsAgo: Double) -> String { Workloads.formatTime(now.addingTimeInterval(-secondsAgo)) }

    static func pod(
        _ name: String, node: String? = nil, phase: String = "Running", ready: Bool = false, readyFor: Double = 3600,
        age: Double = 7200, restarts: Int = 0, labels: [String: String] = [:], annotations: [String: String] = [:],
        owner: String? = nil, deleting: Bool = false
    ) -> CoreV1.Pod {
        var meta: JSON = [
            "name": .string(name), "namespace": "default", "uid": .string("uid-" + name),
            "creationTimestamp": .string(time(age)), "resourceVersion": "1",
        ]
        if !labels.isEmpty { meta["labels"] = .object(labels.mapValues { .string($0) }) }
        if !annotations.isEmpty { meta["annotations"] = .object(annotations.mapValues { .string($0) }) }
        if let owner {
            meta["ownerReferences"] = [["apiVersion": "apps/v1", "kind": "ReplicaSet", "name": .string(owner), "uid": .string("uid-" + owner), "controller": true]]
        }
        if deleting { meta["deletionTimestamp"] = .string(time(1)) }
        var spec: JSON = ["containers": [["name": "c", "image": "busybox"]]]
        if let node { spec["nodeName"] = .string(node) }
        var status: JSON = ["phase": .string(phase)]
        status["conditions"] = [
            ["type": "Ready", "status": ready ? "True" : "False", "lastTransitionTime": .string(time(ready ? readyFor : age))]
        ]
        if restarts > 0 { status["containerStatuses"] = [["name": "c", "restartCount": .int(Int64(restarts)), "ready": .bool(ready)]] }
        return CoreV1.Pod(json: ["apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": spec, "status": status])
    }

    static let template: JSON = [
        "metadata": ["labels": ["app": "web"]],
        "spec": ["containers": [["name": "web", "image": "nginx:1"]]],
    ]

    static func template(image: String) -> JSON {
        var t = template
        t[path: ["spec", "containers"]] = [["name": "web", "image": .string(image)]]
        return t
    }

    static func deployment(
        replicas: Int32 = 10, maxSurge: IntOrString? = "25%", maxUnavailable: IntOrString? = "25%", strategy: String = "RollingUpdate",
        template: JSON = Fixtures.template, generation: Int64 = 1, annotations: [String: String] = [:], status: JSON = .null,
        progressDeadline: Int32? = 600, revisionHistoryLimit: Int32? = 10
    ) -> AppsV1.Deployment {
        var strat: JSON = ["type": .string(strategy)]
        if strategy == "RollingUpdate" {
            var ru: JSON = .object([:])
            if let maxSurge { ru["maxSurge"] = maxSurge.json }
            if let maxUnavailable { ru["maxUnavailable"] = maxUnavailable.json }
            strat["rollingUpdate"] = ru
        }
        var spec: JSON = [
            "replicas": .int(Int64(replicas)), "selector": ["matchLabels": ["app": "web"]], "template": template, "strategy": strat,
        ]
        if let progressDeadline { spec["progressDeadlineSeconds"] = .int(Int64(progressDeadline)) }
        if let revisionHistoryLimit { spec["revisionHistoryLimit"] = .int(Int64(revisionHistoryLimit)) }
        var meta: JSON = ["name": "web", "namespace": "default", "uid": "uid-web", "generation": .int(generation)]
        if !annotations.isEmpty { meta["annotations"] = .object(annotations.mapValues { .string($0) }) }
        return AppsV1.Deployment(json: ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta, "spec": spec, "status": status])
    }

    static func replicaSet(
        _ name: String, replicas: Int32, available: Int32? = nil, template: JSON = Fixtures.template, revision: Int? = nil,
        age: Double = 1000, annotations: [String: String] = [:], statusReplicas: Int32? = nil
    ) -> AppsV1.ReplicaSet {
        var ann = annotations
        if let revision { ann[DeploymentRollout.revisionAnnotation] = String(revision) }
        var meta: JSON = [
            "name": .string(name), "namespace": "default", "uid": .string("uid-" + name),
            "creationTimestamp": .string(time(age)), "generation": 1,
            "ownerReferences": [["apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "uid-web", "controller": true]],
        ]
        if !ann.isEmpty { meta["annotations"] = .object(ann.mapValues { .string($0) }) }
        let avail = available ?? replicas
        let status: JSON = [
            "replicas": .int(Int64(statusReplicas ?? replicas)), "availableReplicas": .int(Int64(avail)),
            "readyReplicas": .int(Int64(avail)), "observedGeneration": 1,
        ]
        return AppsV1.ReplicaSet(json: [
            "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": meta,
            "spec": ["replicas": .int(Int64(replicas)), "selector": ["matchLabels": ["app": "web"]], "template": template],
            "status": status,
        ])
    }

    static func node(_ name: String, labels: [String: String] = [:], taints: [JSON] = []) -> CoreV1.Node {
        var meta: JSON = ["name": .string(name), "uid": .string("uid-" + name)]
        if !labels.isEmpty { meta["labels"] = .object(labels.mapValues { .string($0) }) }
        var spec: JSON = .object([:])
        if !taints.isEmpty { spec["taints"] = .array(taints) }
        return CoreV1.Node(json: ["apiVersion": "v1", "kind": "Node", "metadata": meta, "spec": spec])
    }
}
