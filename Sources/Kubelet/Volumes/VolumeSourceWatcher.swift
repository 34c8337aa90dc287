import API
import APIMachinery
import Client
import Synchronization

/// Watches the ConfigMaps and Secrets that pods' volumes use, one watch per object (a field
/// selector on its name, as upstream's watch-based manager), and re-syncs the pods using an
/// object as soon as it changes. The periodic refresh stays as a safety net.
final class VolumeSourceWatcher: Sendable {
    struct Reference: Hashable, Sendable {
        var resource: String
        var namespace: String
        var name: String
    }

    private struct Watch: Sendable {
        var stop: @Sendable () -> Void
        var pods: Set<ObjectKey>
    }

    private struct State: Sendable {
        var watches: [Reference: Watch] = [:]
        var byPod: [ObjectKey: Set<Reference>] = [:]
    }

    private let state = Mutex(State())
    private let client: APIClient
    private let onChange: @Sendable (ObjectKey) -> Void

    init(client: APIClient, onChange: @escaping @Sendable (ObjectKey) -> Void) {
        self.client = client
        self.onChange = onChange
    }

    /// The objects the pod's volumes refer to.
    static func references(pod: JSON) -> Set<Reference> {
        let namespace = pod["metadata"]["namespace"].stringValue ?? "default"
        let (configMaps, secrets) = VolumeProjection.references(pod: pod)
        return Set(configMaps.map { Reference(resource: "configmaps", namespace: namespace, name: $0) })
            .union(secrets.map { Reference(resource: "secrets", namespace: namespace, name: $0) })
    }

    /// Makes the watches follow what `pod` uses now: new objects are watched, objects no pod uses
    /// any more are not.
    func track(pod: ObjectKey, references: Set<Reference>) {
        var stops: [@Sendable () -> Void] = []
        let added = state.withLock { state -> Set<Reference> in
            let before = state.byPod[pod] ?? []
            guard before != references else { return [] }
            state.byPod[pod] = references.isEmpty ? nil : references
            for reference in before.subtracting(references) {
                state.watches[reference]?.pods.remove(pod)
                if let watch = state.watches[reference], watch.pods.isEmpty {
                    stops.append(watch.stop)
                    state.watches[reference] = nil
                }
            }
            var added = Set<Reference>()
            for reference in references.subtracting(before) {
                if state.watches[reference] != nil {
                    state.watches[reference]?.pods.insert(pod)
                } else {
                    state.watches[reference] = Watch(stop: {}, pods: [pod])
                    added.insert(reference)
                }
            }
            return added
        }
        for stop in stops { stop() }
        for reference in added {
            let stop = startWatch(reference)
            let keep = state.withLock { state -> Bool in
                guard state.watches[reference] != nil else { return false }
                state.watches[reference]?.stop = stop
                return true
            }
            if !keep { stop() }
        }
    }

    func forget(pod: ObjectKey) {
        track(pod: pod, references: [])
    }

    /// Stops every watch.
    func stopAll() {
        let stops = state.withLock { state -> [@Sendable () -> Void] in
            let stops = state.watches.values.map(\.stop)
            state = State()
            return stops
        }
        for stop in stops { stop() }
    }

    private func changed(_ reference: Reference) {
        let pods = state.withLock { $0.watches[reference]?.pods ?? [] }
        for pod in pods { onChange(pod) }
    }

    private func startWatch(_ reference: Reference) -> @Sendable () -> Void {
        let selector = "metadata.name=\(reference.name)"
        switch reference.resource {
        case "configmaps":
            return watch(Informer<CoreV1.ConfigMap>(client: client, namespace: reference.namespace, fieldSelector: selector), reference)
        default:
            return watch(Informer<CoreV1.Secret>(client: client, namespace: reference.namespace, fieldSelector: selector), reference)
        }
    }

    private func watch<T: KubernetesObject>(_ informer: Informer<T>, _ reference: Reference) -> @Sendable () -> Void {
        informer.addEventHandler(
            onAdd: { [weak self] _ in self?.changed(reference) },
            onUpdate: { [weak self] _, _ in self?.changed(reference) },
            onDelete: { [weak self] _ in self?.changed(reference) })
        informer.start()
        return { informer.stop() }
    }
}
