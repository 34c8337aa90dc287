// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

/// The generated types of the kinds in `ResourceCatalog.builtIn`.
public enum GeneratedKinds {
    public static let all: [any KubernetesObject.Type] = [
        ApiextensionsV1.CustomResourceDefinition.self,
        AppsV1.ControllerRevision.self,
        AppsV1.DaemonSet.self,
        AppsV1.Deployment.self,
        AppsV1.ReplicaSet.self,
        AppsV1.StatefulSet.self,
        AutoscalingV2.HorizontalPodAutoscaler.self,
        BatchV1.CronJob.self,
        BatchV1.Job.self,
        CoordinationV1.Lease.self,
        DiscoveryV1.EndpointSlice.self,
        EventsV1.Event.self,
        NetworkingV1.Ingress.self,
        NetworkingV1.IngressClass.self,
        NetworkingV1.NetworkPolicy.self,
        PolicyV1.PodDisruptionBudget.self,
        RbacV1.ClusterRole.self,
        RbacV1.ClusterRoleBinding.self,
        RbacV1.Role.self,
        RbacV1.RoleBinding.self,
        SchedulingV1.PriorityClass.self,
        StorageV1.StorageClass.self,
        CoreV1.ConfigMap.self,
        CoreV1.Endpoints.self,
        CoreV1.Event.self,
        CoreV1.LimitRange.self,
        CoreV1.Namespace.self,
        CoreV1.Node.self,
        CoreV1.PersistentVolume.self,
        CoreV1.PersistentVolumeClaim.self,
        CoreV1.Pod.self,
        CoreV1.PodTemplate.self,
        CoreV1.ReplicationController.self,
        CoreV1.ResourceQuota.self,
        CoreV1.Secret.self,
        CoreV1.Service.self,
        CoreV1.ServiceAccount.self,
    ]
}
