import APIMachinery

/// The Node and Lease objects the kubelet writes (pure, no I/O).
enum NodeObjects {
    static func node(options: KubeletOptions, machine: MachineInfo, runtimeVersion: String, runtimeReady: Bool, now: String) -> JSON {
        var labels: [String: JSON] = [
            "kubernetes.io/hostname": .string(options.nodeName), "kubernetes.io/os": "linux",
            "kubernetes.io/arch": .string(machine.architecture), "beta.kubernetes.io/os": "linux",
            "beta.kubernetes.io/arch": .string(machine.architecture),
        ]
        for (key, value) in options.nodeLabels { labels[key] = .string(value) }
        return [
            "apiVersion": "v1", "kind": "Node",
            "metadata": ["name": .string(options.nodeName), "labels": .object(labels)],
            "spec": ["podCIDR": .string(options.podCIDR), "podCIDRs": [.string(options.podCIDR)]],
            "status": status(options: options, machine: machine, runtimeVersion: runtimeVersion, runtimeReady: runtimeReady, now: now),
        ]
    }

    static func resources(options: KubeletOptions, machine: MachineInfo) -> JSON {
        [
            "cpu": .string(String(machine.cpuCount)),
            "memory": .string("\(machine.memoryBytes / 1024)Ki"),
            "pods": .string(String(options.maxPods)),
            "ephemeral-storage": "100Gi",
        ]
    }

    static func status(options: KubeletOptions, machine: MachineInfo, runtimeVersion: String, runtimeReady: Bool, now: String) -> JSON {
        func condition(_ type: String, _ status: String, _ reason: String, _ message: String) -> JSON {
            ["type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
             "lastHeartbeatTime": .string(now), "lastTransitionTime": .string(now)]
        }
        var addresses: [JSON] = []
        if let ip = machine.internalIP { addresses.append(["type": "InternalIP", "address": .string(ip)]) }
        addresses.append(["type": "Hostname", "address": .string(options.nodeName)])
        let resources = resources(options: options, machine: machine)
        return [
            "capacity": resources, "allocatable": resources,
            "conditions": [
                condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                runtimeReady
                    ? condition("Ready", "True", "KubeletReady", "kubelet is posting ready status")
                    : condition("Ready", "False", "KubeletNotReady", "container runtime is not ready"),
            ],
            "addresses": .array(addresses),
            "daemonEndpoints": ["kubeletEndpoint": ["Port": .int(Int64(options.port))]],
            "nodeInfo": [
                "machineID": .string(machine.machineID), "systemUUID": .string(machine.machineID), "bootID": .string(machine.bootID),
                "kernelVersion": .string(machine.kernelVersion), "osImage": .string(machine.osImage),
                "containerRuntimeVersion": .string(runtimeVersion), "kubeletVersion": .string(KubeletOptions.kubeletVersion),
                "kubeProxyVersion": .string(KubeletOptions.kubeletVersion), "operatingSystem": "linux",
                "architecture": .string(machine.architecture),
            ],
        ]
    }

    static func lease(nodeName: String, now: String, durationSeconds: Int64 = 40) -> JSON {
        [
            "apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
            "metadata": ["name": .string(nodeName), "namespace": "kube-node-lease"],
            "spec": ["holderIdentity": .string(nodeName), "leaseDurationSeconds": .int(durationSeconds), "renewTime": .string(now)],
        ]
    }
}
