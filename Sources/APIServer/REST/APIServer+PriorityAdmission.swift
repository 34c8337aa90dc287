import APIMachinery

extension APIServer {
    /// The two PriorityClasses every cluster has (name, value).
    static let systemPriorityClasses: [(name: String, value: Int64)] = [
        ("system-node-critical", 2_000_001_000), ("system-cluster-critical", 2_000_000_000),
    ]

    /// The Priority admission step of pod creation: resolves `spec.priorityClassName` (or the global default
    /// PriorityClass when the pod names none) into `spec.priority` and `spec.preemptionPolicy`, as upstream's
    /// `Priority` admission plugin does. Runs before defaulting, so a pod without a class gets priority 0.
    func admitPodPriority(_ obj: inout JSON, _ req: ResourceRequest) throws {
        guard req.resource.info.group == "", req.resource.info.resource == "pods", req.info.subresource == nil,
            let classes = resource(group: "scheduling.k8s.io", version: "v1", resource: "priorityclasses")
        else { return }
        let podName = obj["metadata"]["name"].stringValue ?? ""
        func forbidden(_ why: String) -> APIError {
            APIError(code: 403, reason: "Forbidden", message: "pods \"\(podName)\" is forbidden: \(why)", name: podName, kind: "pods")
        }
        var spec = obj["spec"]
        let className = spec["priorityClassName"].stringValue ?? ""
        var priority: Int64 = 0
        var policy: String?
        if className.isEmpty {
            // The global default class with the lowest value, if any.
            let defaults = classes.cache.list(ObjectFilter()).objects.map(\.json).filter { $0["globalDefault"].boolValue == true }
            if let pc = defaults.min(by: { ($0["value"].intValue ?? 0) < ($1["value"].intValue ?? 0) }) {
                spec["priorityClassName"] = pc["metadata"]["name"]
                priority = pc["value"].intValue ?? 0
                policy = pc["preemptionPolicy"].stringValue
            }
        } else {
            guard let pc = classes.cache.get(classes.key(namespace: nil, name: className))?.json else {
                throw forbidden("no PriorityClass with name \(className) was found")
            }
            priority = pc["value"].intValue ?? 0
            policy = pc["preemptionPolicy"].stringValue
        }
        if let given = spec["priority"].intValue, given != priority {
            throw forbidden(
                "the integer value of priority (\(given)) must not be provided in pod spec; priority admission controller computed \(priority) from the given PriorityClass name")
        }
        spec["priority"] = .int(priority)
        if let policy {
            if let given = spec["preemptionPolicy"].stringValue, given != policy {
                throw forbidden(
                    "the string value of PreemptionPolicy (\(given)) must not be provided in pod spec; priority admission controller computed \(policy) from the given PriorityClass name")
            }
            spec["preemptionPolicy"] = .string(policy)
        }
        obj["spec"] = spec
    }
}
