import APIMachinery
import API
import Client

/// The selector PodTopologySpread's default constraints use for a pod: the selectors of the
/// Services selecting it and of its controlling ReplicaSet, ReplicationController or
/// StatefulSet, merged (upstream `helper.DefaultSelector`).
struct DefaultSpreadSelector: Sendable {
    let services: Informer<CoreV1.Service>
    let replicaSets: Informer<AppsV1.ReplicaSet>
    let replicationControllers: Informer<CoreV1.ReplicationController>
    let statefulSets: Informer<AppsV1.StatefulSet>

    func selector(for pod: PodInfo) -> LabelSelector? {
        var labelSet: [String: String] = [:]
        for svc in services.list(namespace: pod.namespace) {
            let sel = svc.spec.selector
            if sel.isEmpty { continue }
            if sel.allSatisfy({ pod.labels[$0.key] == $0.value }) {
                labelSet.merge(sel) { _, new in new }
            }
        }
        var requirements = LabelSelector(matchLabels: labelSet).requirements
        if let owner = pod.controllerRef {
            switch (owner.apiVersion, owner.kind) {
            case ("v1", "ReplicationController"):
                if let rc = replicationControllers.get(namespace: pod.namespace, name: owner.name) {
                    labelSet.merge(rc.spec.selector) { _, new in new }
                    requirements = LabelSelector(matchLabels: labelSet).requirements
                }
            case ("apps/v1", "ReplicaSet"):
                if let rs = replicaSets.get(namespace: pod.namespace, name: owner.name),
                    let s = try? LabelSelector(labelSelector: rs.spec.selector.json), !s.matchesNothing
                {
                    requirements += s.requirements
                }
            case ("apps/v1", "StatefulSet"):
                if let ss = statefulSets.get(namespace: pod.namespace, name: owner.name),
                    let s = try? LabelSelector(labelSelector: ss.spec.selector.json), !s.matchesNothing
                {
                    requirements += s.requirements
                }
            default:
                break
            }
        }
        if requirements.isEmpty { return nil }
        return LabelSelector(requirements: requirements)
    }
}
