import APIMachinery
import API
import Client

extension Scheduler {
    /// Whether one of this scheduler's profiles takes pods with this scheduler name.
    func responsible(for pod: PodInfo) -> Bool { frameworks[pod.schedulerName] != nil }

    static func isTerminal(_ pod: CoreV1.Pod) -> Bool {
        let phase = pod.status.phase
        return phase == "Succeeded" || phase == "Failed"
    }

    /// Parses a pod, filling its priority from its PriorityClass when `spec.priority` is unset.
    func podInfo(_ pod: CoreV1.Pod) -> PodInfo {
        if pod.spec.priority != nil { return PodInfo(pod) }
        var priority: Int32?
        var policy: String?
        if let name = pod.spec.priorityClassName, !name.isEmpty {
            if let pc = priorityClasses.get(name: name) {
                priority = pc.value
                policy = pc.preemptionPolicy
            }
        } else if let pc = priorityClasses.list().first(where: { $0.globalDefault == true }) {
            priority = pc.value
            policy = pc.preemptionPolicy
        }
        return PodInfo(pod, priority: priority, preemptionPolicy: policy)
    }

    /// Whether a pending pod changed in a way that may change where it fits (status changes,
    /// such as the scheduler's own condition, do not count).
    static func specChanged(_ old: CoreV1.Pod, _ new: CoreV1.Pod) -> Bool {
        func strip(_ p: CoreV1.Pod) -> JSON {
            var j = p.json
            j["status"] = .null
            var meta = j["metadata"]
            meta["resourceVersion"] = .null
            meta["generation"] = .null
            meta["managedFields"] = .null
            meta["finalizers"] = .null
            j["metadata"] = meta
            return j
        }
        return strip(old) != strip(new)
    }

    func registerHandlers() {
        pods.addEventHandler(
            onAdd: { [self] pod in onPodAdd(pod) },
            onUpdate: { [self] old, new in onPodUpdate(old, new) },
            onDelete: { [self] pod in onPodDelete(pod) })
        nodes.addEventHandler(
            onAdd: { [self] node in
                let parsed = ParsedNode(node)
                cache.upsertNode(parsed)
                queue.moveAllToActiveOrBackoff(.nodeAdd)
            },
            onUpdate: { [self] _, node in
                if let change = cache.upsertNode(ParsedNode(node)), !change.isEmpty {
                    queue.moveAllToActiveOrBackoff(.nodeUpdate(change))
                }
            },
            onDelete: { [self] node in
                cache.removeNode(name: node.metadata.name ?? "")
                queue.moveAllToActiveOrBackoff(.nodeDelete)
            })
        namespaces.addEventHandler(
            onAdd: { [self] ns in cache.setNamespaceLabels(ns.name, ns.labels) },
            onUpdate: { [self] _, ns in cache.setNamespaceLabels(ns.name, ns.labels) },
            onDelete: { [self] ns in cache.setNamespaceLabels(ns.name, nil) })
        pdbs.addEventHandler(
            onDelete: { [self] _ in queue.moveAllToActiveOrBackoff(.forceAll) })
    }

    func onPodAdd(_ pod: CoreV1.Pod) {
        if Self.isTerminal(pod) { return }
        let info = podInfo(pod)
        if !info.nodeName.isEmpty {
            queue.delete(uid: info.uid)
            cache.addOrUpdatePod(info)
            queue.moveAllToActiveOrBackoff(.assignedPodAdd(info))
        } else if responsible(for: info) && !info.isTerminating {
            queue.add(info)
        }
    }

    func onPodUpdate(_ old: CoreV1.Pod, _ new: CoreV1.Pod) {
        if Self.isTerminal(new) {
            onPodDelete(new)
            return
        }
        let info = podInfo(new)
        if !info.nodeName.isEmpty {
            let wasPending = (old.spec.nodeName ?? "").isEmpty
            if wasPending { queue.delete(uid: info.uid) }
            cache.addOrUpdatePod(info)
            queue.moveAllToActiveOrBackoff(wasPending ? .assignedPodAdd(info) : .assignedPodUpdate(info))
        } else if responsible(for: info) {
            if info.isTerminating {
                queue.delete(uid: info.uid)
            } else if Self.specChanged(old, new) {
                queue.update(info)
            } else {
                queue.refresh(info)
            }
        }
    }

    func onPodDelete(_ pod: CoreV1.Pod) {
        let uid = pod.metadata.uid ?? ""
        if let node = pod.spec.nodeName, !node.isEmpty {
            cache.removePod(uid: uid)
            queue.moveAllToActiveOrBackoff(.assignedPodDelete(PodInfo(pod)))
        } else {
            queue.delete(uid: uid)
            if cache.isAssumed(uid: uid) {
                cache.forget(uid: uid)
                queue.moveAllToActiveOrBackoff(.assignedPodDelete(PodInfo(pod)))
            }
        }
    }
}
