import CRI
import Client

/// The pod lifecycle event generator: one cheap listing of the runtime per interval instead of
/// asking about every pod; only pods whose sandboxes or containers changed state are synced.
extension Kubelet {
    /// A pod's runtime state, as far as change detection needs it.
    struct RelistEntry: Equatable, Sendable {
        var key: ObjectKey
        var states: [String: Int]
    }

    /// Pods whose runtime state differs between two listings (appeared, changed or vanished).
    static func changedPods(before: [String: RelistEntry], after: [String: RelistEntry]) -> Set<ObjectKey> {
        var changed = Set<ObjectKey>()
        for (uid, entry) in after where before[uid] != entry { changed.insert(entry.key) }
        for (uid, entry) in before where after[uid] == nil { changed.insert(entry.key) }
        return changed
    }

    func relist() async throws -> [String: RelistEntry] {
        var sandboxFilter = Runtime_V1_PodSandboxFilter()
        sandboxFilter.labelSelector = [PodLabels.managedBy: PodLabels.managedByValue]
        var containerFilter = Runtime_V1_ContainerFilter()
        containerFilter.labelSelector = [PodLabels.managedBy: PodLabels.managedByValue]
        async let sandboxes = cri.listPodSandbox(filter: sandboxFilter, timeout: .seconds(10))
        async let containers = cri.listContainers(filter: containerFilter, timeout: .seconds(10))
        var entries: [String: RelistEntry] = [:]
        for sandbox in try await sandboxes {
            guard let uid = sandbox.labels[PodLabels.podUID] else { continue }
            let key = ObjectKey(namespace: sandbox.metadata.namespace, name: sandbox.metadata.name)
            entries[uid, default: RelistEntry(key: key, states: [:])].states[sandbox.id] = sandbox.state.rawValue
        }
        for container in try await containers {
            guard let uid = container.labels[PodLabels.podUID], var entry = entries[uid] else { continue }
            entry.states[container.id] = 10 + container.state.rawValue
            entries[uid] = entry
        }
        return entries
    }

    /// Relists every second and queues the pods that changed.
    func relistLoop() async {
        var previous: [String: RelistEntry] = [:]
        while !Task.isCancelled {
            if let current = try? await relist() {
                for key in Self.changedPods(before: previous, after: current) { queue.add(key) }
                previous = current
            }
            try? await Task.sleep(for: .seconds(1))
        }
    }
}
