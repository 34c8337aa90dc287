import APIMachinery

/// A subresource of a served resource (`pods/status`, `deployments/scale`, ...).
public struct SubresourceInfo: Sendable, Hashable {
    public var name: String
    /// The kind the subresource speaks (the parent's kind for `status`, `Scale` for `scale`, ...).
    public var kind: GroupVersionKind
    public var verbs: [String]

    public init(name: String, kind: GroupVersionKind, verbs: [String]) {
        self.name = name
        self.kind = kind
        self.verbs = verbs
    }
}

/// One served resource: its names as discovery shows them and the definition that describes its objects.
public struct ResourceInfo: Sendable, Hashable {
    public var group: String
    public var version: String
    /// Plural resource name used in paths (`pods`).
    public var resource: String
    public var kind: String
    public var singular: String
    public var namespaced: Bool
    public var shortNames: [String]
    public var categories: [String]
    public var verbs: [String]
    public var subresources: [SubresourceInfo]
    /// Name of the schema definition of the kind (`io.k8s.api.core.v1.Pod`).
    public var definitionName: String

    public init(
        group: String, version: String, resource: String, kind: String, singular: String? = nil,
        namespaced: Bool, shortNames: [String] = [], categories: [String] = [],
        verbs: [String] = ResourceInfo.standardVerbs, subresources: [SubresourceInfo] = [], definitionName: String
    ) {
        self.group = group
        self.version = version
        self.resource = resource
        self.kind = kind
        self.singular = singular ?? kind.lowercased()
        self.namespaced = namespaced
        self.shortNames = shortNames
        self.categories = categories
        self.verbs = verbs
        self.subresources = subresources
        self.definitionName = definitionName
    }

    public static let standardVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]

    public var gvk: GroupVersionKind { GroupVersionKind(group: group, version: version, kind: kind) }
    public var gvr: GroupVersionResource { GroupVersionResource(group: group, version: version, resource: resource) }
    public var groupVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
    public var listKind: String { kind + "List" }

    public func subresource(_ name: String) -> SubresourceInfo? { subresources.first { $0.name == name } }
}

extension ResourceInfo {
    /// Builds the `status` subresource of this resource.
    static func status(_ group: String, _ version: String, _ kind: String) -> SubresourceInfo {
        SubresourceInfo(
            name: "status", kind: GroupVersionKind(group: group, version: version, kind: kind),
            verbs: ["get", "patch", "update"])
    }

    static let scale = SubresourceInfo(
        name: "scale", kind: GroupVersionKind(group: "autoscaling", version: "v1", kind: "Scale"),
        verbs: ["get", "patch", "update"])
}

/// The built-in resources Apus serves.
public enum ResourceCatalog {
    static func core(
        _ resource: String, _ kind: String, namespaced: Bool = true, short: [String] = [], all: Bool = false,
        verbs: [String] = ResourceInfo.standardVerbs, subresources: [SubresourceInfo] = []
    ) -> ResourceInfo {
        ResourceInfo(
            group: "", version: "v1", resource: resource, kind: kind, namespaced: namespaced, shortNames: short,
            categories: all ? ["all"] : [], verbs: verbs, subresources: subresources,
            definitionName: "io.k8s.api.core.v1.\(kind)")
    }

    static func grouped(
        _ group: String, _ version: String, _ resource: String, _ kind: String, namespaced: Bool = true,
        short: [String] = [], all: Bool = false, status: Bool = false, scale: Bool = false, definitionGroup: String
    ) -> ResourceInfo {
        var subs: [SubresourceInfo] = []
        if status { subs.append(ResourceInfo.status(group, version, kind)) }
        if scale { subs.append(ResourceInfo.scale) }
        return ResourceInfo(
            group: group, version: version, resource: resource, kind: kind, namespaced: namespaced, shortNames: short,
            categories: all ? ["all"] : [], subresources: subs,
            definitionName: "io.k8s.api.\(definitionGroup).\(version).\(kind)")
    }

    private static let podSubresources: [SubresourceInfo] = {
        let pod = GroupVersionKind(group: "", version: "v1", kind: "Pod")
        return [
            ResourceInfo.status("", "v1", "Pod"),
            SubresourceInfo(name: "binding", kind: GroupVersionKind(group: "", version: "v1", kind: "Binding"), verbs: ["create"]),
            SubresourceInfo(
                name: "eviction", kind: GroupVersionKind(group: "policy", version: "v1", kind: "Eviction"), verbs: ["create"]),
            SubresourceInfo(name: "ephemeralcontainers", kind: pod, verbs: ["get", "patch", "update"]),
            SubresourceInfo(name: "log", kind: pod, verbs: ["get"]),
            SubresourceInfo(name: "exec", kind: GroupVersionKind(group: "", version: "v1", kind: "PodExecOptions"), verbs: ["create", "get"]),
            SubresourceInfo(
                name: "attach", kind: GroupVersionKind(group: "", version: "v1", kind: "PodAttachOptions"), verbs: ["create", "get"]),
            SubresourceInfo(
                name: "portforward", kind: GroupVersionKind(group: "", version: "v1", kind: "PodPortForwardOptions"),
                verbs: ["create", "get"]),
        ]
    }()

    public static let builtIn: [ResourceInfo] = [
        core("namespaces", "Namespace", namespaced: false, short: ["ns"],
             verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
             subresources: [ResourceInfo.status("", "v1", "Namespace"),
                            SubresourceInfo(name: "finalize", kind: GroupVersionKind(group: "", version: "v1", kind: "Namespace"), verbs: ["update"])]),
        core("pods", "Pod", short: ["po"], all: true, subresources: podSubresources),
        core("services", "Service", short: ["svc"], all: true,
             verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
             subresources: [ResourceInfo.status("", "v1", "Service")]),
        core("endpoints", "Endpoints", short: ["ep"]),
        core("configmaps", "ConfigMap", short: ["cm"]),
        core("secrets", "Secret"),
        core("serviceaccounts", "ServiceAccount", short: ["sa"], subresources: [
            SubresourceInfo(name: "token", kind: GroupVersionKind(group: "authentication.k8s.io", version: "v1", kind: "TokenRequest"), verbs: ["create"]),
        ]),
        core("nodes", "Node", namespaced: false, short: ["no"], subresources: [
            ResourceInfo.status("", "v1", "Node"),
            SubresourceInfo(
                name: "proxy", kind: GroupVersionKind(group: "", version: "v1", kind: "NodeProxyOptions"),
                verbs: ["create", "delete", "get", "patch", "update"]),
        ]),
        core("events", "Event", short: ["ev"]),
        core("limitranges", "LimitRange", short: ["limits"]),
        core("resourcequotas", "ResourceQuota", short: ["quota"], subresources: [ResourceInfo.status("", "v1", "ResourceQuota")]),
        core("persistentvolumes", "PersistentVolume", namespaced: false, short: ["pv"],
             subresources: [ResourceInfo.status("", "v1", "PersistentVolume")]),
        core("persistentvolumeclaims", "PersistentVolumeClaim", short: ["pvc"],
             subresources: [ResourceInfo.status("", "v1", "PersistentVolumeClaim")]),
        core("replicationcontrollers", "ReplicationController", short: ["rc"], all: true,
             subresources: [ResourceInfo.status("", "v1", "ReplicationController"), ResourceInfo.scale]),
        core("podtemplates", "PodTemplate"),
        grouped("apps", "v1", "deployments", "Deployment", short: ["deploy"], all: true, status: true, scale: true, definitionGroup: "apps"),
        grouped("apps", "v1", "replicasets", "ReplicaSet", short: ["rs"], all: true, status: true, scale: true, definitionGroup: "apps"),
        grouped("apps", "v1", "statefulsets", "StatefulSet", short: ["sts"], all: true, status: true, scale: true, definitionGroup: "apps"),
        grouped("apps", "v1", "daemonsets", "DaemonSet", short: ["ds"], all: true, status: true, definitionGroup: "apps"),
        grouped("apps", "v1", "controllerrevisions", "ControllerRevision", definitionGroup: "apps"),
        grouped("batch", "v1", "jobs", "Job", all: true, status: true, definitionGroup: "batch"),
        grouped("batch", "v1", "cronjobs", "CronJob", short: ["cj"], all: true, status: true, definitionGroup: "batch"),
        grouped("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", definitionGroup: "discovery"),
        grouped("coordination.k8s.io", "v1", "leases", "Lease", definitionGroup: "coordination"),
        grouped("events.k8s.io", "v1", "events", "Event", short: ["ev"], definitionGroup: "events"),
        grouped("rbac.authorization.k8s.io", "v1", "roles", "Role", definitionGroup: "rbac"),
        grouped("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", definitionGroup: "rbac"),
        grouped("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", namespaced: false, definitionGroup: "rbac"),
        grouped("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", namespaced: false, definitionGroup: "rbac"),
        grouped("scheduling.k8s.io", "v1", "priorityclasses", "PriorityClass", namespaced: false, short: ["pc"], definitionGroup: "scheduling"),
        grouped("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", short: ["pdb"], status: true, definitionGroup: "policy"),
        grouped("networking.k8s.io", "v1", "ingresses", "Ingress", short: ["ing"], status: true, definitionGroup: "networking"),
        grouped("networking.k8s.io", "v1", "ingressclasses", "IngressClass", namespaced: false, definitionGroup: "networking"),
        grouped("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", short: ["netpol"], definitionGroup: "networking"),
        grouped("storage.k8s.io", "v1", "storageclasses", "StorageClass", namespaced: false, short: ["sc"], definitionGroup: "storage"),
        ResourceInfo(
            group: "apiextensions.k8s.io", version: "v1", resource: "customresourcedefinitions",
            kind: "CustomResourceDefinition", namespaced: false, shortNames: ["crd", "crds"],
            subresources: [ResourceInfo.status("apiextensions.k8s.io", "v1", "CustomResourceDefinition")],
            definitionName: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition"),
        grouped("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", short: ["hpa"], all: true,
                status: true, definitionGroup: "autoscaling"),
    ]

    /// The order groups appear in discovery (`/apis`), as upstream lists them.
    public static let groupOrder: [String] = [
        "apps", "events.k8s.io", "autoscaling", "batch", "networking.k8s.io", "policy", "rbac.authorization.k8s.io",
        "storage.k8s.io", "apiextensions.k8s.io", "scheduling.k8s.io", "coordination.k8s.io", "discovery.k8s.io",
    ]
}
