// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

extension CoreV1 {
    public struct PersistentVolumeClaimSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var accessModes: [String] {
            get { json["accessModes"].strings }
            set { json.put("accessModes", strings: newValue) }
        }
        public var dataSource: CoreV1.TypedLocalObjectReference {
            get { CoreV1.TypedLocalObjectReference(json: json["dataSource"]) }
            set { json.put("dataSource", newValue.json) }
        }
        public var dataSourceRef: CoreV1.TypedObjectReference {
            get { CoreV1.TypedObjectReference(json: json["dataSourceRef"]) }
            set { json.put("dataSourceRef", newValue.json) }
        }
        public var resources: CoreV1.VolumeResourceRequirements {
            get { CoreV1.VolumeResourceRequirements(json: json["resources"]) }
            set { json.put("resources", newValue.json) }
        }
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
        public var storageClassName: String? {
            get { json["storageClassName"].stringValue }
            set { json.put("storageClassName", string: newValue) }
        }
        public var volumeAttributesClassName: String? {
            get { json["volumeAttributesClassName"].stringValue }
            set { json.put("volumeAttributesClassName", string: newValue) }
        }
        public var volumeMode: String? {
            get { json["volumeMode"].stringValue }
            set { json.put("volumeMode", string: newValue) }
        }
        public var volumeName: String? {
            get { json["volumeName"].stringValue }
            set { json.put("volumeName", string: newValue) }
        }
    }

    public struct PersistentVolumeClaimStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var accessModes: [String] {
            get { json["accessModes"].strings }
            set { json.put("accessModes", strings: newValue) }
        }
        public var allocatedResourceStatuses: [String: String] {
            get { json["allocatedResourceStatuses"].stringMap }
            set { json.put("allocatedResourceStatuses", stringMap: newValue) }
        }
        public var allocatedResources: [String: String] {
            get { json["allocatedResources"].quantityMap }
            set { json.put("allocatedResources", stringMap: newValue) }
        }
        public var capacity: [String: String] {
            get { json["capacity"].quantityMap }
            set { json.put("capacity", stringMap: newValue) }
        }
        public var conditions: [CoreV1.PersistentVolumeClaimCondition] {
            get { json["conditions"].list(CoreV1.PersistentVolumeClaimCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var currentVolumeAttributesClassName: String? {
            get { json["currentVolumeAttributesClassName"].stringValue }
            set { json.put("currentVolumeAttributesClassName", string: newValue) }
        }
        public var modifyVolumeStatus: CoreV1.ModifyVolumeStatus {
            get { CoreV1.ModifyVolumeStatus(json: json["modifyVolumeStatus"]) }
            set { json.put("modifyVolumeStatus", newValue.json) }
        }
        public var phase: String? {
            get { json["phase"].stringValue }
            set { json.put("phase", string: newValue) }
        }
    }

    public struct PersistentVolumeClaimTemplate: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: CoreV1.PersistentVolumeClaimSpec {
            get { CoreV1.PersistentVolumeClaimSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
    }

    public struct PersistentVolumeClaimVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var claimName: String? {
            get { json["claimName"].stringValue }
            set { json.put("claimName", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
    }

    public struct PersistentVolumeList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("PersistentVolumeList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.PersistentVolume] {
            get { json["items"].list(CoreV1.PersistentVolume.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct PersistentVolumeSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var accessModes: [String] {
            get { json["accessModes"].strings }
            set { json.put("accessModes", strings: newValue) }
        }
        public var awsElasticBlockStore: CoreV1.AWSElasticBlockStoreVolumeSource {
            get { CoreV1.AWSElasticBlockStoreVolumeSource(json: json["awsElasticBlockStore"]) }
            set { json.put("awsElasticBlockStore", newValue.json) }
        }
        public var azureDisk: CoreV1.AzureDiskVolumeSource {
            get { CoreV1.AzureDiskVolumeSource(json: json["azureDisk"]) }
            set { json.put("azureDisk", newValue.json) }
        }
        public var azureFile: CoreV1.AzureFilePersistentVolumeSource {
            get { CoreV1.AzureFilePersistentVolumeSource(json: json["azureFile"]) }
            set { json.put("azureFile", newValue.json) }
        }
        public var capacity: [String: String] {
            get { json["capacity"].quantityMap }
            set { json.put("capacity", stringMap: newValue) }
        }
        public var cephfs: CoreV1.CephFSPersistentVolumeSource {
            get { CoreV1.CephFSPersistentVolumeSource(json: json["cephfs"]) }
            set { json.put("cephfs", newValue.json) }
        }
        public var cinder: CoreV1.CinderPersistentVolumeSource {
            get { CoreV1.CinderPersistentVolumeSource(json: json["cinder"]) }
            set { json.put("cinder", newValue.json) }
        }
        public var claimRef: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["claimRef"]) }
            set { json.put("claimRef", newValue.json) }
        }
        public var csi: CoreV1.CSIPersistentVolumeSource {
            get { CoreV1.CSIPersistentVolumeSource(json: json["csi"]) }
            set { json.put("csi", newValue.json) }
        }
        public var fc: CoreV1.FCVolumeSource {
            get { CoreV1.FCVolumeSource(json: json["fc"]) }
            set { json.put("fc", newValue.json) }
        }
        public var flexVolume: CoreV1.FlexPersistentVolumeSource {
            get { CoreV1.FlexPersistentVolumeSource(json: json["flexVolume"]) }
            set { json.put("flexVolume", newValue.json) }
        }
        public var flocker: CoreV1.FlockerVolumeSource {
            get { CoreV1.FlockerVolumeSource(json: json["flocker"]) }
            set { json.put("flocker", newValue.json) }
        }
        public var gcePersistentDisk: CoreV1.GCEPersistentDiskVolumeSource {
            get { CoreV1.GCEPersistentDiskVolumeSource(json: json["gcePersistentDisk"]) }
            set { json.put("gcePersistentDisk", newValue.json) }
        }
        public var glusterfs: CoreV1.GlusterfsPersistentVolumeSource {
            get { CoreV1.GlusterfsPersistentVolumeSource(json: json["glusterfs"]) }
            set { json.put("glusterfs", newValue.json) }
        }
        public var hostPath: CoreV1.HostPathVolumeSource {
            get { CoreV1.HostPathVolumeSource(json: json["hostPath"]) }
            set { json.put("hostPath", newValue.json) }
        }
        public var iscsi: CoreV1.ISCSIPersistentVolumeSource {
            get { CoreV1.ISCSIPersistentVolumeSource(json: json["iscsi"]) }
            set { json.put("iscsi", newValue.json) }
        }
        public var local: CoreV1.LocalVolumeSource {
            get { CoreV1.LocalVolumeSource(json: json["local"]) }
            set { json.put("local", newValue.json) }
        }
        public var mountOptions: [String] {
            get { json["mountOptions"].strings }
            set { json.put("mountOptions", strings: newValue) }
        }
        public var nfs: CoreV1.NFSVolumeSource {
            get { CoreV1.NFSVolumeSource(json: json["nfs"]) }
            set { json.put("nfs", newValue.json) }
        }
        public var nodeAffinity: CoreV1.VolumeNodeAffinity {
            get { CoreV1.VolumeNodeAffinity(json: json["nodeAffinity"]) }
            set { json.put("nodeAffinity", newValue.json) }
        }
        public var persistentVolumeReclaimPolicy: String? {
            get { json["persistentVolumeReclaimPolicy"].stringValue }
            set { json.put("persistentVolumeReclaimPolicy", string: newValue) }
        }
        public var photonPersistentDisk: CoreV1.PhotonPersistentDiskVolumeSource {
            get { CoreV1.PhotonPersistentDiskVolumeSource(json: json["photonPersistentDisk"]) }
            set { json.put("photonPersistentDisk", newValue.json) }
        }
        public var portworxVolume: CoreV1.PortworxVolumeSource {
            get { CoreV1.PortworxVolumeSource(json: json["portworxVolume"]) }
            set { json.put("portworxVolume", newValue.json) }
        }
        public var quobyte: CoreV1.QuobyteVolumeSource {
            get { CoreV1.QuobyteVolumeSource(json: json["quobyte"]) }
            set { json.put("quobyte", newValue.json) }
        }
        public var rbd: CoreV1.RBDPersistentVolumeSource {
            get { CoreV1.RBDPersistentVolumeSource(json: json["rbd"]) }
            set { json.put("rbd", newValue.json) }
        }
        public var scaleIO: CoreV1.ScaleIOPersistentVolumeSource {
            get { CoreV1.ScaleIOPersistentVolumeSource(json: json["scaleIO"]) }
            set { json.put("scaleIO", newValue.json) }
        }
        public var storageClassName: String? {
            get { json["storageClassName"].stringValue }
            set { json.put("storageClassName", string: newValue) }
        }
        public var storageos: CoreV1.StorageOSPersistentVolumeSource {
            get { CoreV1.StorageOSPersistentVolumeSource(json: json["storageos"]) }
            set { json.put("storageos", newValue.json) }
        }
        public var volumeAttributesClassName: String? {
            get { json["volumeAttributesClassName"].stringValue }
            set { json.put("volumeAttributesClassName", string: newValue) }
        }
        public var volumeMode: String? {
            get { json["volumeMode"].stringValue }
            set { json.put("volumeMode", string: newValue) }
        }
        public var vsphereVolume: CoreV1.VsphereVirtualDiskVolumeSource {
            get { CoreV1.VsphereVirtualDiskVolumeSource(json: json["vsphereVolume"]) }
            set { json.put("vsphereVolume", newValue.json) }
        }
    }

    public struct PersistentVolumeStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var lastPhaseTransitionTime: String? {
            get { json["lastPhaseTransitionTime"].stringValue }
            set { json.put("lastPhaseTransitionTime", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var phase: String? {
            get { json["phase"].stringValue }
            set { json.put("phase", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
    }

    public struct PhotonPersistentDiskVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var pdID: String? {
            get { json["pdID"].stringValue }
            set { json.put("pdID", string: newValue) }
        }
    }

    public struct Pod: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Pod")]) }
        public typealias List = CoreV1.PodList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "Pod" }
        public static var resource: String { "pods" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: CoreV1.PodSpec {
            get { CoreV1.PodSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.PodStatus {
            get { CoreV1.PodStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct PodAffinity: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var preferredDuringSchedulingIgnoredDuringExecution: [CoreV1.WeightedPodAffinityTerm] {
            get { json["preferredDuringSchedulingIgnoredDuringExecution"].list(CoreV1.WeightedPodAffinityTerm.self) }
            set { json.put("preferredDuringSchedulingIgnoredDuringExecution", list: newValue) }
        }
        public var requiredDuringSchedulingIgnoredDuringExecution: [CoreV1.PodAffinityTerm] {
            get { json["requiredDuringSchedulingIgnoredDuringExecution"].list(CoreV1.PodAffinityTerm.self) }
            set { json.put("requiredDuringSchedulingIgnoredDuringExecution", list: newValue) }
        }
    }

    public struct PodAffinityTerm: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var labelSelector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["labelSelector"]) }
            set { json.put("labelSelector", newValue.json) }
        }
        public var matchLabelKeys: [String] {
            get { json["matchLabelKeys"].strings }
            set { json.put("matchLabelKeys", strings: newValue) }
        }
        public var mismatchLabelKeys: [String] {
            get { json["mismatchLabelKeys"].strings }
            set { json.put("mismatchLabelKeys", strings: newValue) }
        }
        public var namespaceSelector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["namespaceSelector"]) }
            set { json.put("namespaceSelector", newValue.json) }
        }
        public var namespaces: [String] {
            get { json["namespaces"].strings }
            set { json.put("namespaces", strings: newValue) }
        }
        public var topologyKey: String? {
            get { json["topologyKey"].stringValue }
            set { json.put("topologyKey", string: newValue) }
        }
    }

    public struct PodAntiAffinity: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var preferredDuringSchedulingIgnoredDuringExecution: [CoreV1.WeightedPodAffinityTerm] {
            get { json["preferredDuringSchedulingIgnoredDuringExecution"].list(CoreV1.WeightedPodAffinityTerm.self) }
            set { json.put("preferredDuringSchedulingIgnoredDuringExecution", list: newValue) }
        }
        public var requiredDuringSchedulingIgnoredDuringExecution: [CoreV1.PodAffinityTerm] {
            get { json["requiredDuringSchedulingIgnoredDuringExecution"].list(CoreV1.PodAffinityTerm.self) }
            set { json.put("requiredDuringSchedulingIgnoredDuringExecution", list: newValue) }
        }
    }

    public struct PodCondition: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var lastProbeTime: String? {
            get { json["lastProbeTime"].stringValue }
            set { json.put("lastProbeTime", string: newValue) }
        }
        public var lastTransitionTime: String? {
            get { json["lastTransitionTime"].stringValue }
            set { json.put("lastTransitionTime", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var observedGeneration: Int64? {
            get { json["observedGeneration"].intValue }
            set { json.put("observedGeneration", int64: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var status: String? {
            get { json["status"].stringValue }
            set { json.put("status", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct PodDNSConfig: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var nameservers: [String] {
            get { json["nameservers"].strings }
            set { json.put("nameservers", strings: newValue) }
        }
        public var options: [CoreV1.PodDNSConfigOption] {
            get { json["options"].list(CoreV1.PodDNSConfigOption.self) }
            set { json.put("options", list: newValue) }
        }
        public var searches: [String] {
            get { json["searches"].strings }
            set { json.put("searches", strings: newValue) }
        }
    }

    public struct PodDNSConfigOption: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var value: String? {
            get { json["value"].stringValue }
            set { json.put("value", string: newValue) }
        }
    }

    public struct PodIP: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ip: String? {
            get { json["ip"].stringValue }
            set { json.put("ip", string: newValue) }
        }
    }

    public struct PodList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("PodList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.Pod] {
            get { json["items"].list(CoreV1.Pod.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct PodOS: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct PodReadinessGate: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var conditionType: String? {
            get { json["conditionType"].stringValue }
            set { json.put("conditionType", string: newValue) }
        }
    }

    public struct PodResourceClaim: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var resourceClaimName: String? {
            get { json["resourceClaimName"].stringValue }
            set { json.put("resourceClaimName", string: newValue) }
        }
        public var resourceClaimTemplateName: String? {
            get { json["resourceClaimTemplateName"].stringValue }
            set { json.put("resourceClaimTemplateName", string: newValue) }
        }
    }

    public struct PodResourceClaimStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var resourceClaimName: String? {
            get { json["resourceClaimName"].stringValue }
            set { json.put("resourceClaimName", string: newValue) }
        }
    }

    public struct PodSchedulingGate: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct PodSecurityContext: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var appArmorProfile: CoreV1.AppArmorProfile {
            get { CoreV1.AppArmorProfile(json: json["appArmorProfile"]) }
            set { json.put("appArmorProfile", newValue.json) }
        }
        public var fsGroup: Int64? {
            get { json["fsGroup"].intValue }
            set { json.put("fsGroup", int64: newValue) }
        }
        public var fsGroupChangePolicy: String? {
            get { json["fsGroupChangePolicy"].stringValue }
            set { json.put("fsGroupChangePolicy", string: newValue) }
        }
        public var runAsGroup: Int64? {
            get { json["runAsGroup"].intValue }
            set { json.put("runAsGroup", int64: newValue) }
        }
        public var runAsNonRoot: Bool? {
            get { json["runAsNonRoot"].boolValue }
            set { json.put("runAsNonRoot", bool: newValue) }
        }
        public var runAsUser: Int64? {
            get { json["runAsUser"].intValue }
            set { json.put("runAsUser", int64: newValue) }
        }
        public var seLinuxChangePolicy: String? {
            get { json["seLinuxChangePolicy"].stringValue }
            set { json.put("seLinuxChangePolicy", string: newValue) }
        }
        public var seLinuxOptions: CoreV1.SELinuxOptions {
            get { CoreV1.SELinuxOptions(json: json["seLinuxOptions"]) }
            set { json.put("seLinuxOptions", newValue.json) }
        }
        public var seccompProfile: CoreV1.SeccompProfile {
            get { CoreV1.SeccompProfile(json: json["seccompProfile"]) }
            set { json.put("seccompProfile", newValue.json) }
        }
        public var supplementalGroups: [Int64] {
            get { json["supplementalGroups"].int64s }
            set { json.put("supplementalGroups", int64s: newValue) }
        }
        public var supplementalGroupsPolicy: String? {
            get { json["supplementalGroupsPolicy"].stringValue }
            set { json.put("supplementalGroupsPolicy", string: newValue) }
        }
        public var sysctls: [CoreV1.Sysctl] {
            get { json["sysctls"].list(CoreV1.Sysctl.self) }
            set { json.put("sysctls", list: newValue) }
        }
        public var windowsOptions: CoreV1.WindowsSecurityContextOptions {
            get { CoreV1.WindowsSecurityContextOptions(json: json["windowsOptions"]) }
            set { json.put("windowsOptions", newValue.json) }
        }
    }

    public struct PodSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var activeDeadlineSeconds: Int64? {
            get { json["activeDeadlineSeconds"].intValue }
            set { json.put("activeDeadlineSeconds", int64: newValue) }
        }
        public var affinity: CoreV1.Affinity {
            get { CoreV1.Affinity(json: json["affinity"]) }
            set { json.put("affinity", newValue.json) }
        }
        public var automountServiceAccountToken: Bool? {
            get { json["automountServiceAccountToken"].boolValue }
            set { json.put("automountServiceAccountToken", bool: newValue) }
        }
        public var containers: [CoreV1.Container] {
            get { json["containers"].list(CoreV1.Container.self) }
            set { json.put("containers", list: newValue) }
        }
        public var dnsConfig: CoreV1.PodDNSConfig {
            get { CoreV1.PodDNSConfig(json: json["dnsConfig"]) }
            set { json.put("dnsConfig", newValue.json) }
        }
        public var dnsPolicy: String? {
            get { json["dnsPolicy"].stringValue }
            set { json.put("dnsPolicy", string: newValue) }
        }
        public var enableServiceLinks: Bool? {
            get { json["enableServiceLinks"].boolValue }
            set { json.put("enableServiceLinks", bool: newValue) }
        }
        public var ephemeralContainers: [CoreV1.EphemeralContainer] {
            get { json["ephemeralContainers"].list(CoreV1.EphemeralContainer.self) }
            set { json.put("ephemeralContainers", list: newValue) }
        }
        public var hostAliases: [CoreV1.HostAlias] {
            get { json["hostAliases"].list(CoreV1.HostAlias.self) }
            set { json.put("hostAliases", list: newValue) }
        }
        public var hostIPC: Bool? {
            get { json["hostIPC"].boolValue }
            set { json.put("hostIPC", bool: newValue) }
        }
        public var hostNetwork: Bool? {
            get { json["hostNetwork"].boolValue }
            set { json.put("hostNetwork", bool: newValue) }
        }
        public var hostPID: Bool? {
            get { json["hostPID"].boolValue }
            set { json.put("hostPID", bool: newValue) }
        }
        public var hostUsers: Bool? {
            get { json["hostUsers"].boolValue }
            set { json.put("hostUsers", bool: newValue) }
        }
        public var hostname: String? {
            get { json["hostname"].stringValue }
            set { json.put("hostname", string: newValue) }
        }
        public var imagePullSecrets: [CoreV1.LocalObjectReference] {
            get { json["imagePullSecrets"].list(CoreV1.LocalObjectReference.self) }
            set { json.put("imagePullSecrets", list: newValue) }
        }
        public var initContainers: [CoreV1.Container] {
            get { json["initContainers"].list(CoreV1.Container.self) }
            set { json.put("initContainers", list: newValue) }
        }
        public var nodeName: String? {
            get { json["nodeName"].stringValue }
            set { json.put("nodeName", string: newValue) }
        }
        public var nodeSelector: [String: String] {
            get { json["nodeSelector"].stringMap }
            set { json.put("nodeSelector", stringMap: newValue) }
        }
        public var os: CoreV1.PodOS {
            get { CoreV1.PodOS(json: json["os"]) }
            set { json.put("os", newValue.json) }
        }
        public var overhead: [String: String] {
            get { json["overhead"].quantityMap }
            set { json.put("overhead", stringMap: newValue) }
        }
        public var preemptionPolicy: String? {
            get { json["preemptionPolicy"].stringValue }
            set { json.put("preemptionPolicy", string: newValue) }
        }
        public var priority: Int32? {
            get { json["priority"].int32Value }
            set { json.put("priority", int32: newValue) }
        }
        public var priorityClassName: String? {
            get { json["priorityClassName"].stringValue }
            set { json.put("priorityClassName", string: newValue) }
        }
        public var readinessGates: [CoreV1.PodReadinessGate] {
            get { json["readinessGates"].list(CoreV1.PodReadinessGate.self) }
            set { json.put("readinessGates", list: newValue) }
        }
        public var resourceClaims: [CoreV1.PodResourceClaim] {
            get { json["resourceClaims"].list(CoreV1.PodResourceClaim.self) }
            set { json.put("resourceClaims", list: newValue) }
        }
        public var resources: CoreV1.ResourceRequirements {
            get { CoreV1.ResourceRequirements(json: json["resources"]) }
            set { json.put("resources", newValue.json) }
        }
        public var restartPolicy: String? {
            get { json["restartPolicy"].stringValue }
            set { json.put("restartPolicy", string: newValue) }
        }
        public var runtimeClassName: String? {
            get { json["runtimeClassName"].stringValue }
            set { json.put("runtimeClassName", string: newValue) }
        }
        public var schedulerName: String? {
            get { json["schedulerName"].stringValue }
            set { json.put("schedulerName", string: newValue) }
        }
        public var schedulingGates: [CoreV1.PodSchedulingGate] {
            get { json["schedulingGates"].list(CoreV1.PodSchedulingGate.self) }
            set { json.put("schedulingGates", list: newValue) }
        }
        public var securityContext: CoreV1.PodSecurityContext {
            get { CoreV1.PodSecurityContext(json: json["securityContext"]) }
            set { json.put("securityContext", newValue.json) }
        }
        public var serviceAccount: String? {
            get { json["serviceAccount"].stringValue }
            set { json.put("serviceAccount", string: newValue) }
        }
        public var serviceAccountName: String? {
            get { json["serviceAccountName"].stringValue }
            set { json.put("serviceAccountName", string: newValue) }
        }
        public var setHostnameAsFQDN: Bool? {
            get { json["setHostnameAsFQDN"].boolValue }
            set { json.put("setHostnameAsFQDN", bool: newValue) }
        }
        public var shareProcessNamespace: Bool? {
            get { json["shareProcessNamespace"].boolValue }
            set { json.put("shareProcessNamespace", bool: newValue) }
        }
        public var subdomain: String? {
            get { json["subdomain"].stringValue }
            set { json.put("subdomain", string: newValue) }
        }
        public var terminationGracePeriodSeconds: Int64? {
            get { json["terminationGracePeriodSeconds"].intValue }
            set { json.put("terminationGracePeriodSeconds", int64: newValue) }
        }
        public var tolerations: [CoreV1.Toleration] {
            get { json["tolerations"].list(CoreV1.Toleration.self) }
            set { json.put("tolerations", list: newValue) }
        }
        public var topologySpreadConstraints: [CoreV1.TopologySpreadConstraint] {
            get { json["topologySpreadConstraints"].list(CoreV1.TopologySpreadConstraint.self) }
            set { json.put("topologySpreadConstraints", list: newValue) }
        }
        public var volumes: [CoreV1.Volume] {
            get { json["volumes"].list(CoreV1.Volume.self) }
            set { json.put("volumes", list: newValue) }
        }
    }

    public struct PodStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var conditions: [CoreV1.PodCondition] {
            get { json["conditions"].list(CoreV1.PodCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var containerStatuses: [CoreV1.ContainerStatus] {
            get { json["containerStatuses"].list(CoreV1.ContainerStatus.self) }
            set { json.put("containerStatuses", list: newValue) }
        }
        public var ephemeralContainerStatuses: [CoreV1.ContainerStatus] {
            get { json["ephemeralContainerStatuses"].list(CoreV1.ContainerStatus.self) }
            set { json.put("ephemeralContainerStatuses", list: newValue) }
        }
        public var hostIP: String? {
            get { json["hostIP"].stringValue }
            set { json.put("hostIP", string: newValue) }
        }
        public var hostIPs: [CoreV1.HostIP] {
            get { json["hostIPs"].list(CoreV1.HostIP.self) }
            set { json.put("hostIPs", list: newValue) }
        }
        public var initContainerStatuses: [CoreV1.ContainerStatus] {
            get { json["initContainerStatuses"].list(CoreV1.ContainerStatus.self) }
            set { json.put("initContainerStatuses", list: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var nominatedNodeName: String? {
            get { json["nominatedNodeName"].stringValue }
            set { json.put("nominatedNodeName", string: newValue) }
        }
        public var observedGeneration: Int64? {
            get { json["observedGeneration"].intValue }
            set { json.put("observedGeneration", int64: newValue) }
        }
        public var phase: String? {
            get { json["phase"].stringValue }
            set { json.put("phase", string: newValue) }
        }
        public var podIP: String? {
            get { json["podIP"].stringValue }
            set { json.put("podIP", string: newValue) }
        }
        public var podIPs: [CoreV1.PodIP] {
            get { json["podIPs"].list(CoreV1.PodIP.self) }
            set { json.put("podIPs", list: newValue) }
        }
        public var qosClass: String? {
            get { json["qosClass"].stringValue }
            set { json.put("qosClass", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var resize: String? {
            get { json["resize"].stringValue }
            set { json.put("resize", string: newValue) }
        }
        public var resourceClaimStatuses: [CoreV1.PodResourceClaimStatus] {
            get { json["resourceClaimStatuses"].list(CoreV1.PodResourceClaimStatus.self) }
            set { json.put("resourceClaimStatuses", list: newValue) }
        }
        public var startTime: String? {
            get { json["startTime"].stringValue }
            set { json.put("startTime", string: newValue) }
        }
    }

    public struct PodTemplate: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("PodTemplate")]) }
        public typealias List = CoreV1.PodTemplateList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "PodTemplate" }
        public static var resource: String { "podtemplates" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var template: CoreV1.PodTemplateSpec {
            get { CoreV1.PodTemplateSpec(json: json["template"]) }
            set { json.put("template", newValue.json) }
        }
    }

    public struct PodTemplateList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("PodTemplateList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.PodTemplate] {
            get { json["items"].list(CoreV1.PodTemplate.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct PodTemplateSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: CoreV1.PodSpec {
            get { CoreV1.PodSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
    }

    public struct PortStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var error: String? {
            get { json["error"].stringValue }
            set { json.put("error", string: newValue) }
        }
        public var port: Int32? {
            get { json["port"].int32Value }
            set { json.put("port", int32: newValue) }
        }
        public var `protocol`: String? {
            get { json["protocol"].stringValue }
            set { json.put("protocol", string: newValue) }
        }
    }

    public struct PortworxVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var volumeID: String? {
            get { json["volumeID"].stringValue }
            set { json.put("volumeID", string: newValue) }
        }
    }

    public struct PreferredSchedulingTerm: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var preference: CoreV1.NodeSelectorTerm {
            get { CoreV1.NodeSelectorTerm(json: json["preference"]) }
            set { json.put("preference", newValue.json) }
        }
        public var weight: Int32? {
            get { json["weight"].int32Value }
            set { json.put("weight", int32: newValue) }
        }
    }

    public struct Probe: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var exec: CoreV1.ExecAction {
            get { CoreV1.ExecAction(json: json["exec"]) }
            set { json.put("exec", newValue.json) }
        }
        public var failureThreshold: Int32? {
            get { json["failureThreshold"].int32Value }
            set { json.put("failureThreshold", int32: newValue) }
        }
        public var grpc: CoreV1.GRPCAction {
            get { CoreV1.GRPCAction(json: json["grpc"]) }
            set { json.put("grpc", newValue.json) }
        }
        public var httpGet: CoreV1.HTTPGetAction {
            get { CoreV1.HTTPGetAction(json: json["httpGet"]) }
            set { json.put("httpGet", newValue.json) }
        }
        public var initialDelaySeconds: Int32? {
            get { json["initialDelaySeconds"].int32Value }
            set { json.put("initialDelaySeconds", int32: newValue) }
        }
        public var periodSeconds: Int32? {
            get { json["periodSeconds"].int32Value }
            set { json.put("periodSeconds", int32: newValue) }
        }
        public var successThreshold: Int32? {
            get { json["successThreshold"].int32Value }
            set { json.put("successThreshold", int32: newValue) }
        }
        public var tcpSocket: CoreV1.TCPSocketAction {
            get { CoreV1.TCPSocketAction(json: json["tcpSocket"]) }
            set { json.put("tcpSocket", newValue.json) }
        }
        public var terminationGracePeriodSeconds: Int64? {
            get { json["terminationGracePeriodSeconds"].intValue }
            set { json.put("terminationGracePeriodSeconds", int64: newValue) }
        }
        public var timeoutSeconds: Int32? {
            get { json["timeoutSeconds"].int32Value }
            set { json.put("timeoutSeconds", int32: newValue) }
        }
    }

    public struct ProjectedVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var defaultMode: Int32? {
            get { json["defaultMode"].int32Value }
            set { json.put("defaultMode", int32: newValue) }
        }
        public var sources: [CoreV1.VolumeProjection] {
            get { json["sources"].list(CoreV1.VolumeProjection.self) }
            set { json.put("sources", list: newValue) }
        }
    }

    public struct QuobyteVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var group: String? {
            get { json["group"].stringValue }
            set { json.put("group", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var registry: String? {
            get { json["registry"].stringValue }
            set { json.put("registry", string: newValue) }
        }
        public var tenant: String? {
            get { json["tenant"].stringValue }
            set { json.put("tenant", string: newValue) }
        }
        public var user: String? {
            get { json["user"].stringValue }
            set { json.put("user", string: newValue) }
        }
        public var volume: String? {
            get { json["volume"].stringValue }
            set { json.put("volume", string: newValue) }
        }
    }

    public struct RBDPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var image: String? {
            get { json["image"].stringValue }
            set { json.put("image", string: newValue) }
        }
        public var keyring: String? {
            get { json["keyring"].stringValue }
            set { json.put("keyring", string: newValue) }
        }
        public var monitors: [String] {
            get { json["monitors"].strings }
            set { json.put("monitors", strings: newValue) }
        }
        public var pool: String? {
            get { json["pool"].stringValue }
            set { json.put("pool", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var user: String? {
            get { json["user"].stringValue }
            set { json.put("user", string: newValue) }
        }
    }

    public struct RBDVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var image: String? {
            get { json["image"].stringValue }
            set { json.put("image", string: newValue) }
        }
        public var keyring: String? {
            get { json["keyring"].stringValue }
            set { json.put("keyring", string: newValue) }
        }
        public var monitors: [String] {
            get { json["monitors"].strings }
            set { json.put("monitors", strings: newValue) }
        }
        public var pool: String? {
            get { json["pool"].stringValue }
            set { json.put("pool", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.LocalObjectReference {
            get { CoreV1.LocalObjectReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var user: String? {
            get { json["user"].stringValue }
            set { json.put("user", string: newValue) }
        }
    }

    public struct ReplicationController: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ReplicationController")]) }
        public typealias List = CoreV1.ReplicationControllerList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "ReplicationController" }
        public static var resource: String { "replicationcontrollers" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: CoreV1.ReplicationControllerSpec {
            get { CoreV1.ReplicationControllerSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.ReplicationControllerStatus {
            get { CoreV1.ReplicationControllerStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct ReplicationControllerCondition: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var lastTransitionTime: String? {
            get { json["lastTransitionTime"].stringValue }
            set { json.put("lastTransitionTime", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var status: String? {
            get { json["status"].stringValue }
            set { json.put("status", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct ReplicationControllerList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ReplicationControllerList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.ReplicationController] {
            get { json["items"].list(CoreV1.ReplicationController.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct ReplicationControllerSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var minReadySeconds: Int32? {
            get { json["minReadySeconds"].int32Value }
            set { json.put("minReadySeconds", int32: newValue) }
        }
        public var replicas: Int32? {
            get { json["replicas"].int32Value }
            set { json.put("replicas", int32: newValue) }
        }
        public var selector: [String: String] {
            get { json["selector"].stringMap }
            set { json.put("selector", stringMap: newValue) }
        }
        public var template: CoreV1.PodTemplateSpec {
            get { CoreV1.PodTemplateSpec(json: json["template"]) }
            set { json.put("template", newValue.json) }
        }
    }

    public struct ReplicationControllerStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var availableReplicas: Int32? {
            get { json["availableReplicas"].int32Value }
            set { json.put("availableReplicas", int32: newValue) }
        }
        public var conditions: [CoreV1.ReplicationControllerCondition] {
            get { json["conditions"].list(CoreV1.ReplicationControllerCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var fullyLabeledReplicas: Int32? {
            get { json["fullyLabeledReplicas"].int32Value }
            set { json.put("fullyLabeledReplicas", int32: newValue) }
        }
        public var observedGeneration: Int64? {
            get { json["observedGeneration"].intValue }
            set { json.put("observedGeneration", int64: newValue) }
        }
        public var readyReplicas: Int32? {
            get { json["readyReplicas"].int32Value }
            set { json.put("readyReplicas", int32: newValue) }
        }
        public var replicas: Int32? {
            get { json["replicas"].int32Value }
            set { json.put("replicas", int32: newValue) }
        }
    }

    public struct ResourceClaim: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var request: String? {
            get { json["request"].stringValue }
            set { json.put("request", string: newValue) }
        }
    }

    public struct ResourceFieldSelector: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var containerName: String? {
            get { json["containerName"].stringValue }
            set { json.put("containerName", string: newValue) }
        }
        public var divisor: String? {
            get { json["divisor"].quantityString }
            set { json.put("divisor", string: newValue) }
        }
        public var resource: String? {
            get { json["resource"].stringValue }
            set { json.put("resource", string: newValue) }
        }
    }

    public struct ResourceHealth: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var health: String? {
            get { json["health"].stringValue }
            set { json.put("health", string: newValue) }
        }
        public var resourceID: String? {
            get { json["resourceID"].stringValue }
            set { json.put("resourceID", string: newValue) }
        }
    }

    public struct ResourceQuota: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ResourceQuota")]) }
        public typealias List = CoreV1.ResourceQuotaList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "ResourceQuota" }
        public static var resource: String { "resourcequotas" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: CoreV1.ResourceQuotaSpec {
            get { CoreV1.ResourceQuotaSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.ResourceQuotaStatus {
            get { CoreV1.ResourceQuotaStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct ResourceQuotaList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ResourceQuotaList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.ResourceQuota] {
            get { json["items"].list(CoreV1.ResourceQuota.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct ResourceQuotaSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var hard: [String: String] {
            get { json["hard"].quantityMap }
            set { json.put("hard", stringMap: newValue) }
        }
        public var scopeSelector: CoreV1.ScopeSelector {
            get { CoreV1.ScopeSelector(json: json["scopeSelector"]) }
            set { json.put("scopeSelector", newValue.json) }
        }
        public var scopes: [String] {
            get { json["scopes"].strings }
            set { json.put("scopes", strings: newValue) }
        }
    }

    public struct ResourceQuotaStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var hard: [String: String] {
            get { json["hard"].quantityMap }
            set { json.put("hard", stringMap: newValue) }
        }
        public var used: [String: String] {
            get { json["used"].quantityMap }
            set { json.put("used", stringMap: newValue) }
        }
    }

    public struct ResourceRequirements: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var claims: [CoreV1.ResourceClaim] {
            get { json["claims"].list(CoreV1.ResourceClaim.self) }
            set { json.put("claims", list: newValue) }
        }
        public var limits: [String: String] {
            get { json["limits"].quantityMap }
            set { json.put("limits", stringMap: newValue) }
        }
        public var requests: [String: String] {
            get { json["requests"].quantityMap }
            set { json.put("requests", stringMap: newValue) }
        }
    }

    public struct ResourceStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var resources: [CoreV1.ResourceHealth] {
            get { json["resources"].list(CoreV1.ResourceHealth.self) }
            set { json.put("resources", list: newValue) }
        }
    }

    public struct SELinuxOptions: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var level: String? {
            get { json["level"].stringValue }
            set { json.put("level", string: newValue) }
        }
        public var role: String? {
            get { json["role"].stringValue }
            set { json.put("role", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
        public var user: String? {
            get { json["user"].stringValue }
            set { json.put("user", string: newValue) }
        }
    }

    public struct ScaleIOPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var gateway: String? {
            get { json["gateway"].stringValue }
            set { json.put("gateway", string: newValue) }
        }
        public var protectionDomain: String? {
            get { json["protectionDomain"].stringValue }
            set { json.put("protectionDomain", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var sslEnabled: Bool? {
            get { json["sslEnabled"].boolValue }
            set { json.put("sslEnabled", bool: newValue) }
        }
        public var storageMode: String? {
            get { json["storageMode"].stringValue }
            set { json.put("storageMode", string: newValue) }
        }
        public var storagePool: String? {
            get { json["storagePool"].stringValue }
            set { json.put("storagePool", string: newValue) }
        }
        public var system: String? {
            get { json["system"].stringValue }
            set { json.put("system", string: newValue) }
        }
        public var volumeName: String? {
            get { json["volumeName"].stringValue }
            set { json.put("volumeName", string: newValue) }
        }
    }

    public struct ScaleIOVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var gateway: String? {
            get { json["gateway"].stringValue }
            set { json.put("gateway", string: newValue) }
        }
        public var protectionDomain: String? {
            get { json["protectionDomain"].stringValue }
            set { json.put("protectionDomain", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.LocalObjectReference {
            get { CoreV1.LocalObjectReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var sslEnabled: Bool? {
            get { json["sslEnabled"].boolValue }
            set { json.put("sslEnabled", bool: newValue) }
        }
        public var storageMode: String? {
            get { json["storageMode"].stringValue }
            set { json.put("storageMode", string: newValue) }
        }
        public var storagePool: String? {
            get { json["storagePool"].stringValue }
            set { json.put("storagePool", string: newValue) }
        }
        public var system: String? {
            get { json["system"].stringValue }
            set { json.put("system", string: newValue) }
        }
        public var volumeName: String? {
            get { json["volumeName"].stringValue }
            set { json.put("volumeName", string: newValue) }
        }
    }

    public struct ScopeSelector: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var matchExpressions: [CoreV1.ScopedResourceSelectorRequirement] {
            get { json["matchExpressions"].list(CoreV1.ScopedResourceSelectorRequirement.self) }
            set { json.put("matchExpressions", list: newValue) }
        }
    }

    public struct ScopedResourceSelectorRequirement: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var `operator`: String? {
            get { json["operator"].stringValue }
            set { json.put("operator", string: newValue) }
        }
        public var scopeName: String? {
            get { json["scopeName"].stringValue }
            set { json.put("scopeName", string: newValue) }
        }
        public var values: [String] {
            get { json["values"].strings }
            set { json.put("values", strings: newValue) }
        }
    }

    public struct SeccompProfile: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var localhostProfile: String? {
            get { json["localhostProfile"].stringValue }
            set { json.put("localhostProfile", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct Secret: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Secret")]) }
        public typealias List = CoreV1.SecretList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "Secret" }
        public static var resource: String { "secrets" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var data: [String: String] {
            get { json["data"].stringMap }
            set { json.put("data", stringMap: newValue) }
        }
        public var immutable: Bool? {
            get { json["immutable"].boolValue }
            set { json.put("immutable", bool: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var stringData: [String: String] {
            get { json["stringData"].stringMap }
            set { json.put("stringData", stringMap: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct SecretEnvSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var optional: Bool? {
            get { json["optional"].boolValue }
            set { json.put("optional", bool: newValue) }
        }
    }

    public struct SecretKeySelector: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var key: String? {
            get { json["key"].stringValue }
            set { json.put("key", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var optional: Bool? {
            get { json["optional"].boolValue }
            set { json.put("optional", bool: newValue) }
        }
    }

    public struct SecretList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("SecretList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.Secret] {
            get { json["items"].list(CoreV1.Secret.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct SecretProjection: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var items: [CoreV1.KeyToPath] {
            get { json["items"].list(CoreV1.KeyToPath.self) }
            set { json.put("items", list: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var optional: Bool? {
            get { json["optional"].boolValue }
            set { json.put("optional", bool: newValue) }
        }
    }

    public struct SecretReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var namespace: String? {
            get { json["namespace"].stringValue }
            set { json.put("namespace", string: newValue) }
        }
    }

    public struct SecretVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var defaultMode: Int32? {
            get { json["defaultMode"].int32Value }
            set { json.put("defaultMode", int32: newValue) }
        }
        public var items: [CoreV1.KeyToPath] {
            get { json["items"].list(CoreV1.KeyToPath.self) }
            set { json.put("items", list: newValue) }
        }
        public var optional: Bool? {
            get { json["optional"].boolValue }
            set { json.put("optional", bool: newValue) }
        }
        public var secretName: String? {
            get { json["secretName"].stringValue }
            set { json.put("secretName", string: newValue) }
        }
    }

    public struct SecurityContext: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var allowPrivilegeEscalation: Bool? {
            get { json["allowPrivilegeEscalation"].boolValue }
            set { json.put("allowPrivilegeEscalation", bool: newValue) }
        }
        public var appArmorProfile: CoreV1.AppArmorProfile {
            get { CoreV1.AppArmorProfile(json: json["appArmorProfile"]) }
            set { json.put("appArmorProfile", newValue.json) }
        }
        public var capabilities: CoreV1.Capabilities {
            get { CoreV1.Capabilities(json: json["capabilities"]) }
            set { json.put("capabilities", newValue.json) }
        }
        public var privileged: Bool? {
            get { json["privileged"].boolValue }
            set { json.put("privileged", bool: newValue) }
        }
        public var procMount: String? {
            get { json["procMount"].stringValue }
            set { json.put("procMount", string: newValue) }
        }
        public var readOnlyRootFilesystem: Bool? {
            get { json["readOnlyRootFilesystem"].boolValue }
            set { json.put("readOnlyRootFilesystem", bool: newValue) }
        }
        public var runAsGroup: Int64? {
            get { json["runAsGroup"].intValue }
            set { json.put("runAsGroup", int64: newValue) }
        }
        public var runAsNonRoot: Bool? {
            get { json["runAsNonRoot"].boolValue }
            set { json.put("runAsNonRoot", bool: newValue) }
        }
        public var runAsUser: Int64? {
            get { json["runAsUser"].intValue }
            set { json.put("runAsUser", int64: newValue) }
        }
        public var seLinuxOptions: CoreV1.SELinuxOptions {
            get { CoreV1.SELinuxOptions(json: json["seLinuxOptions"]) }
            set { json.put("seLinuxOptions", newValue.json) }
        }
        public var seccompProfile: CoreV1.SeccompProfile {
            get { CoreV1.SeccompProfile(json: json["seccompProfile"]) }
            set { json.put("seccompProfile", newValue.json) }
        }
        public var windowsOptions: CoreV1.WindowsSecurityContextOptions {
            get { CoreV1.WindowsSecurityContextOptions(json: json["windowsOptions"]) }
            set { json.put("windowsOptions", newValue.json) }
        }
    }

    public struct Service: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Service")]) }
        public typealias List = CoreV1.ServiceList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "Service" }
        public static var resource: String { "services" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var spec: CoreV1.ServiceSpec {
            get { CoreV1.ServiceSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.ServiceStatus {
            get { CoreV1.ServiceStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct ServiceAccount: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ServiceAccount")]) }
        public typealias List = CoreV1.ServiceAccountList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "ServiceAccount" }
        public static var resource: String { "serviceaccounts" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var automountServiceAccountToken: Bool? {
            get { json["automountServiceAccountToken"].boolValue }
            set { json.put("automountServiceAccountToken", bool: newValue) }
        }
        public var imagePullSecrets: [CoreV1.LocalObjectReference] {
            get { json["imagePullSecrets"].list(CoreV1.LocalObjectReference.self) }
            set { json.put("imagePullSecrets", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var secrets: [CoreV1.ObjectReference] {
            get { json["secrets"].list(CoreV1.ObjectReference.self) }
            set { json.put("secrets", list: newValue) }
        }
    }

    public struct ServiceAccountList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ServiceAccountList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.ServiceAccount] {
            get { json["items"].list(CoreV1.ServiceAccount.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct ServiceAccountTokenProjection: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var audience: String? {
            get { json["audience"].stringValue }
            set { json.put("audience", string: newValue) }
        }
        public var expirationSeconds: Int64? {
            get { json["expirationSeconds"].intValue }
            set { json.put("expirationSeconds", int64: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
    }

    public struct ServiceList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ServiceList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.Service] {
            get { json["items"].list(CoreV1.Service.self) }
            set { json.put("items", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
    }

    public struct ServicePort: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var appProtocol: String? {
            get { json["appProtocol"].stringValue }
            set { json.put("appProtocol", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var nodePort: Int32? {
            get { json["nodePort"].int32Value }
            set { json.put("nodePort", int32: newValue) }
        }
        public var port: Int32? {
            get { json["port"].int32Value }
            set { json.put("port", int32: newValue) }
        }
        public var `protocol`: String? {
            get { json["protocol"].stringValue }
            set { json.put("protocol", string: newValue) }
        }
        public var targetPort: IntOrString? {
            get { IntOrString(json: json["targetPort"]) }
            set { json.put("targetPort", intOrString: newValue) }
        }
    }

    public struct ServiceSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var allocateLoadBalancerNodePorts: Bool? {
            get { json["allocateLoadBalancerNodePorts"].boolValue }
            set { json.put("allocateLoadBalancerNodePorts", bool: newValue) }
        }
        public var clusterIP: String? {
            get { json["clusterIP"].stringValue }
            set { json.put("clusterIP", string: newValue) }
        }
        public var clusterIPs: [String] {
            get { json["clusterIPs"].strings }
            set { json.put("clusterIPs", strings: newValue) }
        }
        public var externalIPs: [String] {
            get { json["externalIPs"].strings }
            set { json.put("externalIPs", strings: newValue) }
        }
        public var externalName: String? {
            get { json["externalName"].stringValue }
            set { json.put("externalName", string: newValue) }
        }
        public var externalTrafficPolicy: String? {
            get { json["externalTrafficPolicy"].stringValue }
            set { json.put("externalTrafficPolicy", string: newValue) }
        }
        public var healthCheckNodePort: Int32? {
            get { json["healthCheckNodePort"].int32Value }
            set { json.put("healthCheckNodePort", int32: newValue) }
        }
        public var internalTrafficPolicy: String? {
            get { json["internalTrafficPolicy"].stringValue }
            set { json.put("internalTrafficPolicy", string: newValue) }
        }
        public var ipFamilies: [String] {
            get { json["ipFamilies"].strings }
            set { json.put("ipFamilies", strings: newValue) }
        }
        public var ipFamilyPolicy: String? {
            get { json["ipFamilyPolicy"].stringValue }
            set { json.put("ipFamilyPolicy", string: newValue) }
        }
        public var loadBalancerClass: String? {
            get { json["loadBalancerClass"].stringValue }
            set { json.put("loadBalancerClass", string: newValue) }
        }
        public var loadBalancerIP: String? {
            get { json["loadBalancerIP"].stringValue }
            set { json.put("loadBalancerIP", string: newValue) }
        }
        public var loadBalancerSourceRanges: [String] {
            get { json["loadBalancerSourceRanges"].strings }
            set { json.put("loadBalancerSourceRanges", strings: newValue) }
        }
        public var ports: [CoreV1.ServicePort] {
            get { json["ports"].list(CoreV1.ServicePort.self) }
            set { json.put("ports", list: newValue) }
        }
        public var publishNotReadyAddresses: Bool? {
            get { json["publishNotReadyAddresses"].boolValue }
            set { json.put("publishNotReadyAddresses", bool: newValue) }
        }
        public var selector: [String: String] {
            get { json["selector"].stringMap }
            set { json.put("selector", stringMap: newValue) }
        }
        public var sessionAffinity: String? {
            get { json["sessionAffinity"].stringValue }
            set { json.put("sessionAffinity", string: newValue) }
        }
        public var sessionAffinityConfig: CoreV1.SessionAffinityConfig {
            get { CoreV1.SessionAffinityConfig(json: json["sessionAffinityConfig"]) }
            set { json.put("sessionAffinityConfig", newValue.json) }
        }
        public var trafficDistribution: String? {
            get { json["trafficDistribution"].stringValue }
            set { json.put("trafficDistribution", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct ServiceStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var conditions: [MetaV1.Condition] {
            get { json["conditions"].list(MetaV1.Condition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var loadBalancer: CoreV1.LoadBalancerStatus {
            get { CoreV1.LoadBalancerStatus(json: json["loadBalancer"]) }
            set { json.put("loadBalancer", newValue.json) }
        }
    }

    public struct SessionAffinityConfig: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var clientIP: CoreV1.ClientIPConfig {
            get { CoreV1.ClientIPConfig(json: json["clientIP"]) }
            set { json.put("clientIP", newValue.json) }
        }
    }

    public struct SleepAction: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var seconds: Int64? {
            get { json["seconds"].intValue }
            set { json.put("seconds", int64: newValue) }
        }
    }

    public struct StorageOSPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var volumeName: String? {
            get { json["volumeName"].stringValue }
            set { json.put("volumeName", string: newValue) }
        }
        public var volumeNamespace: String? {
            get { json["volumeNamespace"].stringValue }
            set { json.put("volumeNamespace", string: newValue) }
        }
    }

    public struct StorageOSVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.LocalObjectReference {
            get { CoreV1.LocalObjectReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var volumeName: String? {
            get { json["volumeName"].stringValue }
            set { json.put("volumeName", string: newValue) }
        }
        public var volumeNamespace: String? {
            get { json["volumeNamespace"].stringValue }
            set { json.put("volumeNamespace", string: newValue) }
        }
    }

    public struct Sysctl: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var value: String? {
            get { json["value"].stringValue }
            set { json.put("value", string: newValue) }
        }
    }

    public struct TCPSocketAction: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var host: String? {
            get { json["host"].stringValue }
            set { json.put("host", string: newValue) }
        }
        public var port: IntOrString? {
            get { IntOrString(json: json["port"]) }
            set { json.put("port", intOrString: newValue) }
        }
    }

    public struct Taint: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var effect: String? {
            get { json["effect"].stringValue }
            set { json.put("effect", string: newValue) }
        }
        public var key: String? {
            get { json["key"].stringValue }
            set { json.put("key", string: newValue) }
        }
        public var timeAdded: String? {
            get { json["timeAdded"].stringValue }
            set { json.put("timeAdded", string: newValue) }
        }
        public var value: String? {
            get { json["value"].stringValue }
            set { json.put("value", string: newValue) }
        }
    }

    public struct Toleration: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var effect: String? {
            get { json["effect"].stringValue }
            set { json.put("effect", string: newValue) }
        }
        public var key: String? {
            get { json["key"].stringValue }
            set { json.put("key", string: newValue) }
        }
        public var `operator`: String? {
            get { json["operator"].stringValue }
            set { json.put("operator", string: newValue) }
        }
        public var tolerationSeconds: Int64? {
            get { json["tolerationSeconds"].intValue }
            set { json.put("tolerationSeconds", int64: newValue) }
        }
        public var value: String? {
            get { json["value"].stringValue }
            set { json.put("value", string: newValue) }
        }
    }

    public struct TopologySelectorLabelRequirement: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var key: String? {
            get { json["key"].stringValue }
            set { json.put("key", string: newValue) }
        }
        public var values: [String] {
            get { json["values"].strings }
            set { json.put("values", strings: newValue) }
        }
    }

    public struct TopologySelectorTerm: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var matchLabelExpressions: [CoreV1.TopologySelectorLabelRequirement] {
            get { json["matchLabelExpressions"].list(CoreV1.TopologySelectorLabelRequirement.self) }
            set { json.put("matchLabelExpressions", list: newValue) }
        }
    }

    public struct TopologySpreadConstraint: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var labelSelector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["labelSelector"]) }
            set { json.put("labelSelector", newValue.json) }
        }
        public var matchLabelKeys: [String] {
            get { json["matchLabelKeys"].strings }
            set { json.put("matchLabelKeys", strings: newValue) }
        }
        public var maxSkew: Int32? {
            get { json["maxSkew"].int32Value }
            set { json.put("maxSkew", int32: newValue) }
        }
        public var minDomains: Int32? {
            get { json["minDomains"].int32Value }
            set { json.put("minDomains", int32: newValue) }
        }
        public var nodeAffinityPolicy: String? {
            get { json["nodeAffinityPolicy"].stringValue }
            set { json.put("nodeAffinityPolicy", string: newValue) }
        }
        public var nodeTaintsPolicy: String? {
            get { json["nodeTaintsPolicy"].stringValue }
            set { json.put("nodeTaintsPolicy", string: newValue) }
        }
        public var topologyKey: String? {
            get { json["topologyKey"].stringValue }
            set { json.put("topologyKey", string: newValue) }
        }
        public var whenUnsatisfiable: String? {
            get { json["whenUnsatisfiable"].stringValue }
            set { json.put("whenUnsatisfiable", string: newValue) }
        }
    }

    public struct TypedLocalObjectReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiGroup: String? {
            get { json["apiGroup"].stringValue }
            set { json.put("apiGroup", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct TypedObjectReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiGroup: String? {
            get { json["apiGroup"].stringValue }
            set { json.put("apiGroup", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var namespace: String? {
            get { json["namespace"].stringValue }
            set { json.put("namespace", string: newValue) }
        }
    }

    public struct Volume: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var awsElasticBlockStore: CoreV1.AWSElasticBlockStoreVolumeSource {
            get { CoreV1.AWSElasticBlockStoreVolumeSource(json: json["awsElasticBlockStore"]) }
            set { json.put("awsElasticBlockStore", newValue.json) }
        }
        public var azureDisk: CoreV1.AzureDiskVolumeSource {
            get { CoreV1.AzureDiskVolumeSource(json: json["azureDisk"]) }
            set { json.put("azureDisk", newValue.json) }
        }
        public var azureFile: CoreV1.AzureFileVolumeSource {
            get { CoreV1.AzureFileVolumeSource(json: json["azureFile"]) }
            set { json.put("azureFile", newValue.json) }
        }
        public var cephfs: CoreV1.CephFSVolumeSource {
            get { CoreV1.CephFSVolumeSource(json: json["cephfs"]) }
            set { json.put("cephfs", newValue.json) }
        }
        public var cinder: CoreV1.CinderVolumeSource {
            get { CoreV1.CinderVolumeSource(json: json["cinder"]) }
            set { json.put("cinder", newValue.json) }
        }
        public var configMap: CoreV1.ConfigMapVolumeSource {
            get { CoreV1.ConfigMapVolumeSource(json: json["configMap"]) }
            set { json.put("configMap", newValue.json) }
        }
        public var csi: CoreV1.CSIVolumeSource {
            get { CoreV1.CSIVolumeSource(json: json["csi"]) }
            set { json.put("csi", newValue.json) }
        }
        public var downwardAPI: CoreV1.DownwardAPIVolumeSource {
            get { CoreV1.DownwardAPIVolumeSource(json: json["downwardAPI"]) }
            set { json.put("downwardAPI", newValue.json) }
        }
        public var emptyDir: CoreV1.EmptyDirVolumeSource {
            get { CoreV1.EmptyDirVolumeSource(json: json["emptyDir"]) }
            set { json.put("emptyDir", newValue.json) }
        }
        public var ephemeral: CoreV1.EphemeralVolumeSource {
            get { CoreV1.EphemeralVolumeSource(json: json["ephemeral"]) }
            set { json.put("ephemeral", newValue.json) }
        }
        public var fc: CoreV1.FCVolumeSource {
            get { CoreV1.FCVolumeSource(json: json["fc"]) }
            set { json.put("fc", newValue.json) }
        }
        public var flexVolume: CoreV1.FlexVolumeSource {
            get { CoreV1.FlexVolumeSource(json: json["flexVolume"]) }
            set { json.put("flexVolume", newValue.json) }
        }
        public var flocker: CoreV1.FlockerVolumeSource {
            get { CoreV1.FlockerVolumeSource(json: json["flocker"]) }
            set { json.put("flocker", newValue.json) }
        }
        public var gcePersistentDisk: CoreV1.GCEPersistentDiskVolumeSource {
            get { CoreV1.GCEPersistentDiskVolumeSource(json: json["gcePersistentDisk"]) }
            set { json.put("gcePersistentDisk", newValue.json) }
        }
        public var gitRepo: CoreV1.GitRepoVolumeSource {
            get { CoreV1.GitRepoVolumeSource(json: json["gitRepo"]) }
            set { json.put("gitRepo", newValue.json) }
        }
        public var glusterfs: CoreV1.GlusterfsVolumeSource {
            get { CoreV1.GlusterfsVolumeSource(json: json["glusterfs"]) }
            set { json.put("glusterfs", newValue.json) }
        }
        public var hostPath: CoreV1.HostPathVolumeSource {
            get { CoreV1.HostPathVolumeSource(json: json["hostPath"]) }
            set { json.put("hostPath", newValue.json) }
        }
        public var image: CoreV1.ImageVolumeSource {
            get { CoreV1.ImageVolumeSource(json: json["image"]) }
            set { json.put("image", newValue.json) }
        }
        public var iscsi: CoreV1.ISCSIVolumeSource {
            get { CoreV1.ISCSIVolumeSource(json: json["iscsi"]) }
            set { json.put("iscsi", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var nfs: CoreV1.NFSVolumeSource {
            get { CoreV1.NFSVolumeSource(json: json["nfs"]) }
            set { json.put("nfs", newValue.json) }
        }
        public var persistentVolumeClaim: CoreV1.PersistentVolumeClaimVolumeSource {
            get { CoreV1.PersistentVolumeClaimVolumeSource(json: json["persistentVolumeClaim"]) }
            set { json.put("persistentVolumeClaim", newValue.json) }
        }
        public var photonPersistentDisk: CoreV1.PhotonPersistentDiskVolumeSource {
            get { CoreV1.PhotonPersistentDiskVolumeSource(json: json["photonPersistentDisk"]) }
            set { json.put("photonPersistentDisk", newValue.json) }
        }
        public var portworxVolume: CoreV1.PortworxVolumeSource {
            get { CoreV1.PortworxVolumeSource(json: json["portworxVolume"]) }
            set { json.put("portworxVolume", newValue.json) }
        }
        public var projected: CoreV1.ProjectedVolumeSource {
            get { CoreV1.ProjectedVolumeSource(json: json["projected"]) }
            set { json.put("projected", newValue.json) }
        }
        public var quobyte: CoreV1.QuobyteVolumeSource {
            get { CoreV1.QuobyteVolumeSource(json: json["quobyte"]) }
            set { json.put("quobyte", newValue.json) }
        }
        public var rbd: CoreV1.RBDVolumeSource {
            get { CoreV1.RBDVolumeSource(json: json["rbd"]) }
            set { json.put("rbd", newValue.json) }
        }
        public var scaleIO: CoreV1.ScaleIOVolumeSource {
            get { CoreV1.ScaleIOVolumeSource(json: json["scaleIO"]) }
            set { json.put("scaleIO", newValue.json) }
        }
        public var secret: CoreV1.SecretVolumeSource {
            get { CoreV1.SecretVolumeSource(json: json["secret"]) }
            set { json.put("secret", newValue.json) }
        }
        public var storageos: CoreV1.StorageOSVolumeSource {
            get { CoreV1.StorageOSVolumeSource(json: json["storageos"]) }
            set { json.put("storageos", newValue.json) }
        }
        public var vsphereVolume: CoreV1.VsphereVirtualDiskVolumeSource {
            get { CoreV1.VsphereVirtualDiskVolumeSource(json: json["vsphereVolume"]) }
            set { json.put("vsphereVolume", newValue.json) }
        }
    }

    public struct VolumeDevice: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var devicePath: String? {
            get { json["devicePath"].stringValue }
            set { json.put("devicePath", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct VolumeMount: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var mountPath: String? {
            get { json["mountPath"].stringValue }
            set { json.put("mountPath", string: newValue) }
        }
        public var mountPropagation: String? {
            get { json["mountPropagation"].stringValue }
            set { json.put("mountPropagation", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var recursiveReadOnly: String? {
            get { json["recursiveReadOnly"].stringValue }
            set { json.put("recursiveReadOnly", string: newValue) }
        }
        public var subPath: String? {
            get { json["subPath"].stringValue }
            set { json.put("subPath", string: newValue) }
        }
        public var subPathExpr: String? {
            get { json["subPathExpr"].stringValue }
            set { json.put("subPathExpr", string: newValue) }
        }
    }

    public struct VolumeMountStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var mountPath: String? {
            get { json["mountPath"].stringValue }
            set { json.put("mountPath", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var recursiveReadOnly: String? {
            get { json["recursiveReadOnly"].stringValue }
            set { json.put("recursiveReadOnly", string: newValue) }
        }
    }

    public struct VolumeNodeAffinity: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var required: CoreV1.NodeSelector {
            get { CoreV1.NodeSelector(json: json["required"]) }
            set { json.put("required", newValue.json) }
        }
    }

    public struct VolumeProjection: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var clusterTrustBundle: CoreV1.ClusterTrustBundleProjection {
            get { CoreV1.ClusterTrustBundleProjection(json: json["clusterTrustBundle"]) }
            set { json.put("clusterTrustBundle", newValue.json) }
        }
        public var configMap: CoreV1.ConfigMapProjection {
            get { CoreV1.ConfigMapProjection(json: json["configMap"]) }
            set { json.put("configMap", newValue.json) }
        }
        public var downwardAPI: CoreV1.DownwardAPIProjection {
            get { CoreV1.DownwardAPIProjection(json: json["downwardAPI"]) }
            set { json.put("downwardAPI", newValue.json) }
        }
        public var secret: CoreV1.SecretProjection {
            get { CoreV1.SecretProjection(json: json["secret"]) }
            set { json.put("secret", newValue.json) }
        }
        public var serviceAccountToken: CoreV1.ServiceAccountTokenProjection {
            get { CoreV1.ServiceAccountTokenProjection(json: json["serviceAccountToken"]) }
            set { json.put("serviceAccountToken", newValue.json) }
        }
    }

    public struct VolumeResourceRequirements: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var limits: [String: String] {
            get { json["limits"].quantityMap }
            set { json.put("limits", stringMap: newValue) }
        }
        public var requests: [String: String] {
            get { json["requests"].quantityMap }
            set { json.put("requests", stringMap: newValue) }
        }
    }

    public struct VsphereVirtualDiskVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var storagePolicyID: String? {
            get { json["storagePolicyID"].stringValue }
            set { json.put("storagePolicyID", string: newValue) }
        }
        public var storagePolicyName: String? {
            get { json["storagePolicyName"].stringValue }
            set { json.put("storagePolicyName", string: newValue) }
        }
        public var volumePath: String? {
            get { json["volumePath"].stringValue }
            set { json.put("volumePath", string: newValue) }
        }
    }

    public struct WeightedPodAffinityTerm: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var podAffinityTerm: CoreV1.PodAffinityTerm {
            get { CoreV1.PodAffinityTerm(json: json["podAffinityTerm"]) }
            set { json.put("podAffinityTerm", newValue.json) }
        }
        public var weight: Int32? {
            get { json["weight"].int32Value }
            set { json.put("weight", int32: newValue) }
        }
    }

    public struct WindowsSecurityContextOptions: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var gmsaCredentialSpec: String? {
            get { json["gmsaCredentialSpec"].stringValue }
            set { json.put("gmsaCredentialSpec", string: newValue) }
        }
        public var gmsaCredentialSpecName: String? {
            get { json["gmsaCredentialSpecName"].stringValue }
            set { json.put("gmsaCredentialSpecName", string: newValue) }
        }
        public var hostProcess: Bool? {
            get { json["hostProcess"].boolValue }
            set { json.put("hostProcess", bool: newValue) }
        }
        public var runAsUserName: String? {
            get { json["runAsUserName"].stringValue }
            set { json.put("runAsUserName", string: newValue) }
        }
    }
}
