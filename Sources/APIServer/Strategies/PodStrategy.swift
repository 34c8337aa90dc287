import APIMachinery

/// Pods: defaults, validation, status reset on create, graceful deletion, field selectors.
enum PodStrategy {
    static func make() -> ResourceStrategy {
        var s = ResourceStrategy()
        s.prepareForCreate = { o in
            o["status"] = ["phase": "Pending", "qosClass": .string(qosClass(o["spec"]))]
        }
        s.defaults = { o in
            var spec = o["spec"]
            PodSpecDefaults.apply(&spec)
            if spec["enableServiceLinks"].isNull { spec["enableServiceLinks"] = true }
            if spec["priority"].isNull { spec["priority"] = 0 }
            if spec["preemptionPolicy"].isNull { spec["preemptionPolicy"] = "PreemptLowerPriority" }
            if spec["serviceAccountName"].isNull { spec["serviceAccountName"] = "default" }
            if spec["serviceAccount"].isNull { spec["serviceAccount"] = spec["serviceAccountName"] }
            var tolerations = spec["tolerations"].arrayValue ?? []
            for key in ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]
            where !tolerations.contains(where: { $0["key"].stringValue == key }) {
                tolerations.append(["key": .string(key), "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300])
            }
            spec["tolerations"] = .array(tolerations)
            o["spec"] = spec
        }
        s.validate = { o in PodSpecDefaults.validate(o["spec"], path: "spec") }
        s.validateUpdate = { new, old in
            // Only images, activeDeadlineSeconds, tolerations additions and scheduling gates may change.
            var a = new["spec"], b = old["spec"]
            for k in ["activeDeadlineSeconds", "tolerations", "schedulingGates", "terminationGracePeriodSeconds"] {
                a[k] = .null
                b[k] = .null
            }
            func stripImages(_ s: inout JSON) {
                for f in ["containers", "initContainers"] {
                    guard case .array(var cs) = s[f] else { continue }
                    for i in cs.indices { cs[i]["image"] = .null }
                    s[f] = .array(cs)
                }
            }
            stripImages(&a)
            stripImages(&b)
            if b["nodeName"].isNull { a["nodeName"] = .null }
            if !a.semanticallyEquals(b) {
                return [.forbidden("spec", "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)")]
            }
            return []
        }
        s.fields = { o in
            [
                "spec.nodeName": o["spec"]["nodeName"].stringValue ?? "",
                "spec.restartPolicy": o["spec"]["restartPolicy"].stringValue ?? "",
                "spec.schedulerName": o["spec"]["schedulerName"].stringValue ?? "",
                "spec.serviceAccountName": o["spec"]["serviceAccountName"].stringValue ?? "",
                "spec.hostNetwork": String(o["spec"]["hostNetwork"].boolValue ?? false),
                "status.phase": o["status"]["phase"].stringValue ?? "",
                "status.podIP": o["status"]["podIP"].stringValue ?? "",
                "status.nominatedNodeName": o["status"]["nominatedNodeName"].stringValue ?? "",
            ]
        }
        s.supportedFields = [
            "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
            "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName",
        ]
        s.gracefulDeletion = { pod, requested in
            // Unscheduled or finished pods go at once; running ones wait for their node.
            let phase = pod["status"]["phase"].stringValue ?? ""
            if (pod["spec"]["nodeName"].stringValue ?? "").isEmpty || phase == "Succeeded" || phase == "Failed" { return 0 }
            return requested ?? pod["spec"]["terminationGracePeriodSeconds"].intValue ?? 30
        }
        return s
    }

    /// Guaranteed when every container has equal cpu and memory requests and limits, BestEffort when none has any.
    static func qosClass(_ spec: JSON) -> String {
        let containers = (spec["containers"].arrayValue ?? []) + (spec["initContainers"].arrayValue ?? [])
        var any = false
        var guaranteed = true
        for c in containers {
            let req = c["resources"]["requests"].objectValue ?? [:]
            let lim = c["resources"]["limits"].objectValue ?? [:]
            if !req.isEmpty || !lim.isEmpty { any = true }
            for r in ["cpu", "memory"] {
                guard let l = lim[r] else { guaranteed = false; continue }
                if let q = req[r], q != l { guaranteed = false }
            }
        }
        if !any { return "BestEffort" }
        return guaranteed ? "Guaranteed" : "Burstable"
    }
}
