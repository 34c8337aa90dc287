import APIMachinery
import API

/// The Node, Lease and pod status objects a simulated node writes (pure, no I/O).
enum SimulatedNodeObjects {
    static func node(index i: Int, options o: SimulatedNodeOptions, now: String) -> JSON {
        let name = o.nodeName(i)
        var labels: [String: JSON] = [
            "kubernetes.io/hostname": .string(name), "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
            "beta.kubernetes.io/os": "linux", "beta.kubernetes.io/arch": "amd64", "apus.io/simulated": "true",
            "node.kubernetes.io/instance-type": "simulated",
        ]
        if o.zones > 0 {
            labels["topology.kubernetes.io/zone"] = .string("zone-\(i % o.zones)")
            labels["topology.kubernetes.io/region"] = "simulated"
        }
        for (k, v) in o.labels { labels[k] = .string(v) }
        let resources: JSON = [
            "cpu": .string(o.cpu), "memory": .string(o.memory), "pods": .string(String(o.pods)), "ephemeral-storage": "100Gi",
        ]
        var spec: JSON = ["podCIDR": .string(podCIDR(i)), "podCIDRs": [.string(podCIDR(i))]]
        let taints = o.taints.compactMap(parseTaint)
        if !taints.isEmpty { spec["taints"] = .array(taints) }
        return [
            "apiVersion": "v1", "kind": "Node",
            "metadata": ["name": .string(name), "labels": .object(labels)],
            "spec": spec,
            "status": status(name: name, index: i, options: o, now: now, resources: resources),
        ]
    }

    static func status(name: String, index i: Int, options o: SimulatedNodeOptions, now: String, resources: JSON? = nil) -> JSON {
        let res = resources ?? [
            "cpu": .string(o.cpu), "memory": .string(o.memory), "pods": .string(String(o.pods)), "ephemeral-storage": "100Gi",
        ]
        func condition(_ type: String, _ status: String, _ reason: String, _ message: String) -> JSON {
            ["type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
             "lastHeartbeatTime": .string(now), "lastTransitionTime": .string(now)]
        }
        return [
            "capacity": res, "allocatable": res,
            "conditions": [
                condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
            ],
            "addresses": [["type": "InternalIP", "address": .string(nodeIP(i))], ["type": "Hostname", "address": .string(name)]],
            "daemonEndpoints": ["kubeletEndpoint": ["Port": 10250]],
            "nodeInfo": [
                "machineID": .string("sim\(i)"), "systemUUID": .string("sim-\(i)"), "bootID": .string("sim-boot-\(i)"),
                "kernelVersion": "simulated", "osImage": "Apus simulated node", "containerRuntimeVersion": "simulated://1.0",
                "kubeletVersion": "v1.33.0-apus", "kubeProxyVersion": "v1.33.0-apus", "operatingSystem": "linux", "architecture": "amd64",
            ],
            "phase": "Running",
        ]
    }

    static func lease(nodeName: String, now: String) -> JSON {
        [
            "apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
            "metadata": ["name": .string(nodeName), "namespace": "kube-node-lease"],
            "spec": ["holderIdentity": .string(nodeName), "leaseDurationSeconds": 40, "renewTime": .string(now)],
        ]
    }

    /// Node addresses in 100.64.0.0/10 (shared address space, never routed here).
    static func nodeIP(_ i: Int) -> String { let n = i + 1; return "100.\(64 + (n >> 16) & 63).\((n >> 8) & 255).\(n & 255)" }

    /// A /24 per node in 10.244.0.0/16 and beyond.
    static func podCIDR(_ i: Int) -> String { "10.\(244 + (i >> 8)).\(i & 255).0/24" }

    static func podIP(nodeIndex i: Int, slot: Int) -> String { "10.\(244 + (i >> 8)).\(i & 255).\(2 + slot % 250)" }

    /// `key=value:Effect` or `key:Effect`.
    static func parseTaint(_ s: String) -> JSON? {
        let parts = s.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["NoSchedule", "PreferNoSchedule", "NoExecute"].contains(parts[1]) else { return nil }
        let kv = parts[0].split(separator: "=", maxSplits: 1).map(String.init)
        var t: JSON = ["key": .string(kv[0]), "effect": .string(parts[1])]
        if kv.count == 2 { t["value"] = .string(kv[1]) }
        return t
    }

    /// The status of a pod that started on the node: Running, every container running and ready.
    static func runningStatus(pod: JSON, podIP: String, hostIP: String, now: String) -> JSON {
        let containers = pod["spec"]["containers"].arrayValue ?? []
        let statuses: [JSON] = containers.map { c in
            [
                "name": c["name"], "image": c["image"], "imageID": .string("sim://" + (c["image"].stringValue ?? "")),
                "containerID": .string("sim://\(pod["metadata"]["uid"].stringValue ?? "")/\(c["name"].stringValue ?? "")"),
                "ready": true, "started": true, "restartCount": 0, "state": ["running": ["startedAt": .string(now)]],
            ]
        }
        let initStatuses: [JSON] = (pod["spec"]["initContainers"].arrayValue ?? []).map { c in
            [
                "name": c["name"], "image": c["image"], "imageID": .string("sim://" + (c["image"].stringValue ?? "")),
                "ready": true, "restartCount": 0,
                "state": ["terminated": ["exitCode": 0, "reason": "Completed", "startedAt": .string(now), "finishedAt": .string(now)]],
            ]
        }
        func cond(_ t: String) -> JSON { ["type": .string(t), "status": "True", "lastProbeTime": .null, "lastTransitionTime": .string(now)] }
        var status: JSON = [
            "phase": "Running", "podIP": .string(podIP), "podIPs": [["ip": .string(podIP)]], "hostIP": .string(hostIP),
            "hostIPs": [["ip": .string(hostIP)]], "startTime": .string(now), "qosClass": pod["status"]["qosClass"],
            "conditions": [cond("PodReadyToStartContainers"), cond("Initialized"), cond("Ready"), cond("ContainersReady"), cond("PodScheduled")],
            "containerStatuses": .array(statuses),
        ]
        if !initStatuses.isEmpty { status["initContainerStatuses"] = .array(initStatuses) }
        return status
    }

    /// The status of a finished Job pod: Succeeded, containers terminated with exit code 0.
    static func succeededStatus(pod: JSON, now: String) -> JSON {
        var status = pod["status"]
        status["phase"] = "Succeeded"
        let started = status["startTime"].stringValue ?? now
        status["containerStatuses"] = .array((status["containerStatuses"].arrayValue ?? []).map { cs in
            var c = cs
            c["ready"] = false
            c["started"] = false
            c["state"] = ["terminated": ["exitCode": 0, "reason": "Completed", "startedAt": .string(started), "finishedAt": .string(now)]]
            return c
        })
        status["conditions"] = .array((status["conditions"].arrayValue ?? []).map { c in
            var x = c
            if ["Ready", "ContainersReady", "PodReadyToStartContainers"].contains(c["type"].stringValue ?? "") {
                x["status"] = "False"
                x["reason"] = "PodCompleted"
                x["lastTransitionTime"] = .string(now)
            }
            return x
        })
        return status
    }
}
