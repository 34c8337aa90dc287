import API
import APIMachinery
import Client
import Foundation

extension CoreV1.ReplicationController: ReplicaOwner {
    var replicaSelector: LabelSelector? {
        // A ReplicationController's selector is a plain label map (defaulted from the template's labels).
        let sel = spec.selector
        if sel.isEmpty { return LabelSelector(matchLabels: spec.template.metadata.labels) }
        return LabelSelector(matchLabels: sel)
    }
    var replicaCount: Int32 { spec.replicas ?? 1 }
    var replicaTemplate: CoreV1.PodTemplateSpec { spec.template }
    var replicaMinReadySeconds: Int32 { spec.minReadySeconds ?? 0 }
    var replicaGeneration: Int64 { metadata.generation ?? 0 }
}

/// Keeps `spec.replicas` pods alive for every ReplicationController: the ReplicaSet controller's
/// logic over the older kind (as upstream, which runs the ReplicaSet controller on converted objects).
public struct ReplicationControllerController: ManagedController {
    public static let controllerName = "replicationcontroller"
    let core: ReplicaControllerCore<CoreV1.ReplicationController>

    public init(_ context: ControllerContext) {
        core = ReplicaControllerCore(name: Self.controllerName, context: context)
    }

    public var name: String { Self.controllerName }
    public func run() async { await core.run() }
    public func reconcile(_ key: ObjectKey) async throws { try await core.reconcile(key) }
}
