import APIMachinery

/// The project's own short descriptions of the most used built-in kinds and fields, shown by `kubectl explain`.
///
/// The generated facts carry no description text (see DESIGN.md §4); everything here is written for Apus.
enum BuiltInSummaries {
    static let definitions: [String: String] = [
        // core/v1
        "io.k8s.api.core.v1.Namespace": "A named scope for the names of namespaced objects; deleting it deletes its contents.",
        "io.k8s.api.core.v1.Pod": "A group of containers scheduled together onto one node, sharing network and volumes.",
        "io.k8s.api.core.v1.PodSpec": "The desired shape of a pod: its containers, volumes and scheduling constraints.",
        "io.k8s.api.core.v1.PodStatus": "What the node last reported about a pod: its phase, conditions and container states.",
        "io.k8s.api.core.v1.PodTemplateSpec": "The metadata and spec from which a controller creates its pods.",
        "io.k8s.api.core.v1.Container": "One container of a pod: the image it runs and how it is run.",
        "io.k8s.api.core.v1.Service": "A stable virtual address and name in front of the pods a selector picks.",
        "io.k8s.api.core.v1.ServiceSpec": "How a service is exposed: its ports, its selector and its type.",
        "io.k8s.api.core.v1.Endpoints": "The addresses and ports behind a service (superseded by EndpointSlice).",
        "io.k8s.api.core.v1.ConfigMap": "Configuration data as string or binary values, for pods to consume.",
        "io.k8s.api.core.v1.Secret": "Sensitive data (passwords, tokens, keys) for pods to consume.",
        "io.k8s.api.core.v1.ServiceAccount": "An identity for the processes that run in pods.",
        "io.k8s.api.core.v1.Node": "A machine, real or simulated, that runs pods.",
        "io.k8s.api.core.v1.Event": "A report of something that happened to an object.",
        "io.k8s.api.core.v1.LimitRange": "Default and maximum resource amounts for the objects of a namespace.",
        "io.k8s.api.core.v1.ResourceQuota": "Limits on the total resources the objects of a namespace may use.",
        "io.k8s.api.core.v1.PersistentVolume": "A piece of storage in the cluster, provisioned by an administrator or a class.",
        "io.k8s.api.core.v1.PersistentVolumeClaim": "A request for storage, bound to a persistent volume that satisfies it.",
        "io.k8s.api.core.v1.ReplicationController": "Keeps a number of identical pods running (superseded by ReplicaSet).",
        "io.k8s.api.core.v1.PodTemplate": "A stored pod template.",
        // apps/v1
        "io.k8s.api.apps.v1.Deployment": "Declarative rollouts of a pod template through replica sets.",
        "io.k8s.api.apps.v1.DeploymentSpec": "The desired state of a deployment: its template, replicas and rollout strategy.",
        "io.k8s.api.apps.v1.DeploymentStrategy": "How a deployment replaces old pods with new ones.",
        "io.k8s.api.apps.v1.ReplicaSet": "Keeps a number of identical pods running.",
        "io.k8s.api.apps.v1.StatefulSet": "Pods with stable names and storage, created and updated in order.",
        "io.k8s.api.apps.v1.DaemonSet": "Runs a copy of a pod on every matching node.",
        "io.k8s.api.apps.v1.ControllerRevision": "An immutable snapshot of state, kept by controllers to roll back to.",
        // batch/v1
        "io.k8s.api.batch.v1.Job": "Pods that run until a number of them complete successfully.",
        "io.k8s.api.batch.v1.CronJob": "Creates jobs on a repeating schedule.",
        // others
        "io.k8s.api.discovery.v1.EndpointSlice": "A subset of the endpoints that back a service.",
        "io.k8s.api.coordination.v1.Lease": "A lease held by one holder at a time: leader election and node heartbeats.",
        "io.k8s.api.events.v1.Event": "A report of something that happened to an object.",
        "io.k8s.api.rbac.v1.Role": "A set of permissions within a namespace.",
        "io.k8s.api.rbac.v1.RoleBinding": "Grants the permissions of a role to subjects within a namespace.",
        "io.k8s.api.rbac.v1.ClusterRole": "A set of permissions across the cluster or in any namespace.",
        "io.k8s.api.rbac.v1.ClusterRoleBinding": "Grants the permissions of a cluster role to subjects across the cluster.",
        "io.k8s.api.scheduling.v1.PriorityClass": "Maps a class name to the priority of the pods that name it.",
        "io.k8s.api.policy.v1.PodDisruptionBudget": "Bounds how many pods of a set voluntary disruptions may take down at once.",
        "io.k8s.api.networking.v1.Ingress": "HTTP routing rules from outside the cluster to services.",
        "io.k8s.api.networking.v1.IngressClass": "Names the controller that implements a class of ingresses.",
        "io.k8s.api.networking.v1.NetworkPolicy": "Which traffic may reach or leave the pods a selector picks.",
        "io.k8s.api.storage.v1.StorageClass": "A class of storage and the provisioner that creates its volumes.",
        "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition":
            "Adds a resource type, with its schema, to the API.",
        "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler": "Scales a workload's replicas to keep metrics near their targets.",
        "io.k8s.api.autoscaling.v1.Scale": "The replica count of a scalable resource.",
        // meta/v1
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": "The metadata every persisted object has: name, namespace, labels and more.",
        "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta": "The metadata of a list: its resource version and continue token.",
        "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": "Picks objects by their labels; an empty selector picks everything.",
        "io.k8s.apimachinery.pkg.apis.meta.v1.Status": "The outcome of a request that did not return an object, such as an error.",
    ]

    /// Field descriptions: (definition, field, text).
    static let fields: [(String, String, String)] = [
        ("io.k8s.api.core.v1.Pod", "spec", "The desired behaviour of the pod."),
        ("io.k8s.api.core.v1.Pod", "status", "The last observed state of the pod, written by the system."),
        ("io.k8s.api.core.v1.PodSpec", "containers", "The containers of the pod; at least one. Merged by name."),
        ("io.k8s.api.core.v1.PodSpec", "initContainers", "Containers that run one after the other, to completion, before the others start."),
        ("io.k8s.api.core.v1.PodSpec", "volumes", "Volumes the containers of the pod may mount. Merged by name."),
        ("io.k8s.api.core.v1.PodSpec", "nodeName", "The node the pod is bound to; set by the scheduler unless given."),
        ("io.k8s.api.core.v1.PodSpec", "nodeSelector", "Labels a node must have for the pod to be scheduled onto it."),
        ("io.k8s.api.core.v1.PodSpec", "restartPolicy", "When containers are restarted: Always, OnFailure or Never."),
        ("io.k8s.api.core.v1.Container", "name", "The name of the container, unique within the pod."),
        ("io.k8s.api.core.v1.Container", "image", "The container image to run, e.g. `busybox:1.36`."),
        ("io.k8s.api.core.v1.Container", "command", "The entrypoint; replaces the image's ENTRYPOINT when given."),
        ("io.k8s.api.core.v1.Container", "args", "Arguments to the entrypoint; replace the image's CMD when given."),
        ("io.k8s.api.core.v1.Container", "env", "Environment variables to set in the container. Merged by name."),
        ("io.k8s.api.core.v1.Container", "ports", "Ports the container exposes; informational. Merged by containerPort."),
        ("io.k8s.api.apps.v1.Deployment", "spec", "The desired state of the deployment."),
        ("io.k8s.api.apps.v1.DeploymentSpec", "replicas", "How many pods to run; 1 when unset."),
        ("io.k8s.api.apps.v1.DeploymentSpec", "selector", "Selects the pods this deployment owns; must match the template's labels."),
        ("io.k8s.api.apps.v1.DeploymentSpec", "template", "The pod template new pods are made from."),
        ("io.k8s.api.core.v1.Service", "spec", "The desired behaviour of the service."),
        ("io.k8s.api.core.v1.ServiceSpec", "ports", "The ports the service exposes."),
        ("io.k8s.api.core.v1.ServiceSpec", "selector", "Routes traffic to the pods whose labels match these."),
        ("io.k8s.api.core.v1.ServiceSpec", "type", "How the service is exposed: ClusterIP, NodePort, LoadBalancer or ExternalName."),
        ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "name", "The name of the object, unique within its namespace and kind."),
        ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "namespace", "The namespace the object lives in; empty for cluster-scoped kinds."),
        ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "labels", "Key-value pairs that selectors match on."),
        ("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta", "annotations", "Key-value pairs for tools and people; not for selecting."),
    ]

    /// Sets the summaries on freshly loaded definitions. A field that refers to a shared definition gets its own
    /// copy of that node, so the text does not leak to every other use of the definition.
    static func apply(to definitions: [String: Schema]) {
        for (name, text) in self.definitions {
            definitions[name]?.summary = text
        }
        for (name, field, text) in fields {
            guard let owner = definitions[name], let property = owner.properties[field] else { continue }
            if let shared = property.definitionName, definitions[shared] === property {
                let copy = Schema()
                copy.copyFacts(from: property)
                copy.groupVersionKinds = []
                copy.summary = text
                owner.properties[field] = copy
            } else {
                property.summary = text
            }
        }
    }
}
