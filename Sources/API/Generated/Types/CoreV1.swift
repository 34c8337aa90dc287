// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum CoreV1 {}

extension CoreV1 {
    public struct AWSElasticBlockStoreVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var partition: Int32? {
            get { json["partition"].int32Value }
            set { json.put("partition", int32: newValue) }
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

    public struct Affinity: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var nodeAffinity: CoreV1.NodeAffinity {
            get { CoreV1.NodeAffinity(json: json["nodeAffinity"]) }
            set { json.put("nodeAffinity", newValue.json) }
        }
        public var podAffinity: CoreV1.PodAffinity {
            get { CoreV1.PodAffinity(json: json["podAffinity"]) }
            set { json.put("podAffinity", newValue.json) }
        }
        public var podAntiAffinity: CoreV1.PodAntiAffinity {
            get { CoreV1.PodAntiAffinity(json: json["podAntiAffinity"]) }
            set { json.put("podAntiAffinity", newValue.json) }
        }
    }

    public struct AppArmorProfile: JSONBacked {
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

    public struct AttachedVolume: JSONBacked {
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

    public struct AzureDiskVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var cachingMode: String? {
            get { json["cachingMode"].stringValue }
            set { json.put("cachingMode", string: newValue) }
        }
        public var diskName: String? {
            get { json["diskName"].stringValue }
            set { json.put("diskName", string: newValue) }
        }
        public var diskURI: String? {
            get { json["diskURI"].stringValue }
            set { json.put("diskURI", string: newValue) }
        }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
    }

    public struct AzureFilePersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretName: String? {
            get { json["secretName"].stringValue }
            set { json.put("secretName", string: newValue) }
        }
        public var secretNamespace: String? {
            get { json["secretNamespace"].stringValue }
            set { json.put("secretNamespace", string: newValue) }
        }
        public var shareName: String? {
            get { json["shareName"].stringValue }
            set { json.put("shareName", string: newValue) }
        }
    }

    public struct AzureFileVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretName: String? {
            get { json["secretName"].stringValue }
            set { json.put("secretName", string: newValue) }
        }
        public var shareName: String? {
            get { json["shareName"].stringValue }
            set { json.put("shareName", string: newValue) }
        }
    }

    public struct Binding: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Binding")]) }
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
        public var target: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["target"]) }
            set { json.put("target", newValue.json) }
        }
    }

    public struct CSIPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var controllerExpandSecretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["controllerExpandSecretRef"]) }
            set { json.put("controllerExpandSecretRef", newValue.json) }
        }
        public var controllerPublishSecretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["controllerPublishSecretRef"]) }
            set { json.put("controllerPublishSecretRef", newValue.json) }
        }
        public var driver: String? {
            get { json["driver"].stringValue }
            set { json.put("driver", string: newValue) }
        }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var nodeExpandSecretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["nodeExpandSecretRef"]) }
            set { json.put("nodeExpandSecretRef", newValue.json) }
        }
        public var nodePublishSecretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["nodePublishSecretRef"]) }
            set { json.put("nodePublishSecretRef", newValue.json) }
        }
        public var nodeStageSecretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["nodeStageSecretRef"]) }
            set { json.put("nodeStageSecretRef", newValue.json) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var volumeAttributes: [String: String] {
            get { json["volumeAttributes"].stringMap }
            set { json.put("volumeAttributes", stringMap: newValue) }
        }
        public var volumeHandle: String? {
            get { json["volumeHandle"].stringValue }
            set { json.put("volumeHandle", string: newValue) }
        }
    }

    public struct CSIVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var driver: String? {
            get { json["driver"].stringValue }
            set { json.put("driver", string: newValue) }
        }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var nodePublishSecretRef: CoreV1.LocalObjectReference {
            get { CoreV1.LocalObjectReference(json: json["nodePublishSecretRef"]) }
            set { json.put("nodePublishSecretRef", newValue.json) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var volumeAttributes: [String: String] {
            get { json["volumeAttributes"].stringMap }
            set { json.put("volumeAttributes", stringMap: newValue) }
        }
    }

    public struct Capabilities: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var add: [String] {
            get { json["add"].strings }
            set { json.put("add", strings: newValue) }
        }
        public var drop: [String] {
            get { json["drop"].strings }
            set { json.put("drop", strings: newValue) }
        }
    }

    public struct CephFSPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var monitors: [String] {
            get { json["monitors"].strings }
            set { json.put("monitors", strings: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretFile: String? {
            get { json["secretFile"].stringValue }
            set { json.put("secretFile", string: newValue) }
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

    public struct CephFSVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var monitors: [String] {
            get { json["monitors"].strings }
            set { json.put("monitors", strings: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretFile: String? {
            get { json["secretFile"].stringValue }
            set { json.put("secretFile", string: newValue) }
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

    public struct CinderPersistentVolumeSource: JSONBacked {
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
        public var secretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var volumeID: String? {
            get { json["volumeID"].stringValue }
            set { json.put("volumeID", string: newValue) }
        }
    }

    public struct CinderVolumeSource: JSONBacked {
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
        public var volumeID: String? {
            get { json["volumeID"].stringValue }
            set { json.put("volumeID", string: newValue) }
        }
    }

    public struct ClientIPConfig: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var timeoutSeconds: Int32? {
            get { json["timeoutSeconds"].int32Value }
            set { json.put("timeoutSeconds", int32: newValue) }
        }
    }

    public struct ClusterTrustBundleProjection: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var labelSelector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["labelSelector"]) }
            set { json.put("labelSelector", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var optional: Bool? {
            get { json["optional"].boolValue }
            set { json.put("optional", bool: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var signerName: String? {
            get { json["signerName"].stringValue }
            set { json.put("signerName", string: newValue) }
        }
    }

    public struct ConfigMap: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ConfigMap")]) }
        public typealias List = CoreV1.ConfigMapList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "ConfigMap" }
        public static var resource: String { "configmaps" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var binaryData: [String: String] {
            get { json["binaryData"].stringMap }
            set { json.put("binaryData", stringMap: newValue) }
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
    }

    public struct ConfigMapEnvSource: JSONBacked {
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

    public struct ConfigMapKeySelector: JSONBacked {
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

    public struct ConfigMapList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("ConfigMapList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.ConfigMap] {
            get { json["items"].list(CoreV1.ConfigMap.self) }
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

    public struct ConfigMapNodeConfigSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var kubeletConfigKey: String? {
            get { json["kubeletConfigKey"].stringValue }
            set { json.put("kubeletConfigKey", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var namespace: String? {
            get { json["namespace"].stringValue }
            set { json.put("namespace", string: newValue) }
        }
        public var resourceVersion: String? {
            get { json["resourceVersion"].stringValue }
            set { json.put("resourceVersion", string: newValue) }
        }
        public var uid: String? {
            get { json["uid"].stringValue }
            set { json.put("uid", string: newValue) }
        }
    }

    public struct ConfigMapProjection: JSONBacked {
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

    public struct ConfigMapVolumeSource: JSONBacked {
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
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var optional: Bool? {
            get { json["optional"].boolValue }
            set { json.put("optional", bool: newValue) }
        }
    }

    public struct Container: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var args: [String] {
            get { json["args"].strings }
            set { json.put("args", strings: newValue) }
        }
        public var command: [String] {
            get { json["command"].strings }
            set { json.put("command", strings: newValue) }
        }
        public var env: [CoreV1.EnvVar] {
            get { json["env"].list(CoreV1.EnvVar.self) }
            set { json.put("env", list: newValue) }
        }
        public var envFrom: [CoreV1.EnvFromSource] {
            get { json["envFrom"].list(CoreV1.EnvFromSource.self) }
            set { json.put("envFrom", list: newValue) }
        }
        public var image: String? {
            get { json["image"].stringValue }
            set { json.put("image", string: newValue) }
        }
        public var imagePullPolicy: String? {
            get { json["imagePullPolicy"].stringValue }
            set { json.put("imagePullPolicy", string: newValue) }
        }
        public var lifecycle: CoreV1.Lifecycle {
            get { CoreV1.Lifecycle(json: json["lifecycle"]) }
            set { json.put("lifecycle", newValue.json) }
        }
        public var livenessProbe: CoreV1.Probe {
            get { CoreV1.Probe(json: json["livenessProbe"]) }
            set { json.put("livenessProbe", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var ports: [CoreV1.ContainerPort] {
            get { json["ports"].list(CoreV1.ContainerPort.self) }
            set { json.put("ports", list: newValue) }
        }
        public var readinessProbe: CoreV1.Probe {
            get { CoreV1.Probe(json: json["readinessProbe"]) }
            set { json.put("readinessProbe", newValue.json) }
        }
        public var resizePolicy: [CoreV1.ContainerResizePolicy] {
            get { json["resizePolicy"].list(CoreV1.ContainerResizePolicy.self) }
            set { json.put("resizePolicy", list: newValue) }
        }
        public var resources: CoreV1.ResourceRequirements {
            get { CoreV1.ResourceRequirements(json: json["resources"]) }
            set { json.put("resources", newValue.json) }
        }
        public var restartPolicy: String? {
            get { json["restartPolicy"].stringValue }
            set { json.put("restartPolicy", string: newValue) }
        }
        public var securityContext: CoreV1.SecurityContext {
            get { CoreV1.SecurityContext(json: json["securityContext"]) }
            set { json.put("securityContext", newValue.json) }
        }
        public var startupProbe: CoreV1.Probe {
            get { CoreV1.Probe(json: json["startupProbe"]) }
            set { json.put("startupProbe", newValue.json) }
        }
        public var stdin: Bool? {
            get { json["stdin"].boolValue }
            set { json.put("stdin", bool: newValue) }
        }
        public var stdinOnce: Bool? {
            get { json["stdinOnce"].boolValue }
            set { json.put("stdinOnce", bool: newValue) }
        }
        public var terminationMessagePath: String? {
            get { json["terminationMessagePath"].stringValue }
            set { json.put("terminationMessagePath", string: newValue) }
        }
        public var terminationMessagePolicy: String? {
            get { json["terminationMessagePolicy"].stringValue }
            set { json.put("terminationMessagePolicy", string: newValue) }
        }
        public var tty: Bool? {
            get { json["tty"].boolValue }
            set { json.put("tty", bool: newValue) }
        }
        public var volumeDevices: [CoreV1.VolumeDevice] {
            get { json["volumeDevices"].list(CoreV1.VolumeDevice.self) }
            set { json.put("volumeDevices", list: newValue) }
        }
        public var volumeMounts: [CoreV1.VolumeMount] {
            get { json["volumeMounts"].list(CoreV1.VolumeMount.self) }
            set { json.put("volumeMounts", list: newValue) }
        }
        public var workingDir: String? {
            get { json["workingDir"].stringValue }
            set { json.put("workingDir", string: newValue) }
        }
    }

    public struct ContainerImage: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var names: [String] {
            get { json["names"].strings }
            set { json.put("names", strings: newValue) }
        }
        public var sizeBytes: Int64? {
            get { json["sizeBytes"].intValue }
            set { json.put("sizeBytes", int64: newValue) }
        }
    }

    public struct ContainerPort: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var containerPort: Int32? {
            get { json["containerPort"].int32Value }
            set { json.put("containerPort", int32: newValue) }
        }
        public var hostIP: String? {
            get { json["hostIP"].stringValue }
            set { json.put("hostIP", string: newValue) }
        }
        public var hostPort: Int32? {
            get { json["hostPort"].int32Value }
            set { json.put("hostPort", int32: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var `protocol`: String? {
            get { json["protocol"].stringValue }
            set { json.put("protocol", string: newValue) }
        }
    }

    public struct ContainerResizePolicy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var resourceName: String? {
            get { json["resourceName"].stringValue }
            set { json.put("resourceName", string: newValue) }
        }
        public var restartPolicy: String? {
            get { json["restartPolicy"].stringValue }
            set { json.put("restartPolicy", string: newValue) }
        }
    }

    public struct ContainerState: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var running: CoreV1.ContainerStateRunning {
            get { CoreV1.ContainerStateRunning(json: json["running"]) }
            set { json.put("running", newValue.json) }
        }
        public var terminated: CoreV1.ContainerStateTerminated {
            get { CoreV1.ContainerStateTerminated(json: json["terminated"]) }
            set { json.put("terminated", newValue.json) }
        }
        public var waiting: CoreV1.ContainerStateWaiting {
            get { CoreV1.ContainerStateWaiting(json: json["waiting"]) }
            set { json.put("waiting", newValue.json) }
        }
    }

    public struct ContainerStateRunning: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var startedAt: String? {
            get { json["startedAt"].stringValue }
            set { json.put("startedAt", string: newValue) }
        }
    }

    public struct ContainerStateTerminated: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var containerID: String? {
            get { json["containerID"].stringValue }
            set { json.put("containerID", string: newValue) }
        }
        public var exitCode: Int32? {
            get { json["exitCode"].int32Value }
            set { json.put("exitCode", int32: newValue) }
        }
        public var finishedAt: String? {
            get { json["finishedAt"].stringValue }
            set { json.put("finishedAt", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var signal: Int32? {
            get { json["signal"].int32Value }
            set { json.put("signal", int32: newValue) }
        }
        public var startedAt: String? {
            get { json["startedAt"].stringValue }
            set { json.put("startedAt", string: newValue) }
        }
    }

    public struct ContainerStateWaiting: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
    }

    public struct ContainerStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var allocatedResources: [String: String] {
            get { json["allocatedResources"].quantityMap }
            set { json.put("allocatedResources", stringMap: newValue) }
        }
        public var allocatedResourcesStatus: [CoreV1.ResourceStatus] {
            get { json["allocatedResourcesStatus"].list(CoreV1.ResourceStatus.self) }
            set { json.put("allocatedResourcesStatus", list: newValue) }
        }
        public var containerID: String? {
            get { json["containerID"].stringValue }
            set { json.put("containerID", string: newValue) }
        }
        public var image: String? {
            get { json["image"].stringValue }
            set { json.put("image", string: newValue) }
        }
        public var imageID: String? {
            get { json["imageID"].stringValue }
            set { json.put("imageID", string: newValue) }
        }
        public var lastState: CoreV1.ContainerState {
            get { CoreV1.ContainerState(json: json["lastState"]) }
            set { json.put("lastState", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var ready: Bool? {
            get { json["ready"].boolValue }
            set { json.put("ready", bool: newValue) }
        }
        public var resources: CoreV1.ResourceRequirements {
            get { CoreV1.ResourceRequirements(json: json["resources"]) }
            set { json.put("resources", newValue.json) }
        }
        public var restartCount: Int32? {
            get { json["restartCount"].int32Value }
            set { json.put("restartCount", int32: newValue) }
        }
        public var started: Bool? {
            get { json["started"].boolValue }
            set { json.put("started", bool: newValue) }
        }
        public var state: CoreV1.ContainerState {
            get { CoreV1.ContainerState(json: json["state"]) }
            set { json.put("state", newValue.json) }
        }
        public var stopSignal: String? {
            get { json["stopSignal"].stringValue }
            set { json.put("stopSignal", string: newValue) }
        }
        public var user: CoreV1.ContainerUser {
            get { CoreV1.ContainerUser(json: json["user"]) }
            set { json.put("user", newValue.json) }
        }
        public var volumeMounts: [CoreV1.VolumeMountStatus] {
            get { json["volumeMounts"].list(CoreV1.VolumeMountStatus.self) }
            set { json.put("volumeMounts", list: newValue) }
        }
    }

    public struct ContainerUser: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var linux: CoreV1.LinuxContainerUser {
            get { CoreV1.LinuxContainerUser(json: json["linux"]) }
            set { json.put("linux", newValue.json) }
        }
    }

    public struct DaemonEndpoint: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var Port: Int32? {
            get { json["Port"].int32Value }
            set { json.put("Port", int32: newValue) }
        }
    }

    public struct DownwardAPIProjection: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var items: [CoreV1.DownwardAPIVolumeFile] {
            get { json["items"].list(CoreV1.DownwardAPIVolumeFile.self) }
            set { json.put("items", list: newValue) }
        }
    }

    public struct DownwardAPIVolumeFile: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fieldRef: CoreV1.ObjectFieldSelector {
            get { CoreV1.ObjectFieldSelector(json: json["fieldRef"]) }
            set { json.put("fieldRef", newValue.json) }
        }
        public var mode: Int32? {
            get { json["mode"].int32Value }
            set { json.put("mode", int32: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var resourceFieldRef: CoreV1.ResourceFieldSelector {
            get { CoreV1.ResourceFieldSelector(json: json["resourceFieldRef"]) }
            set { json.put("resourceFieldRef", newValue.json) }
        }
    }

    public struct DownwardAPIVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var defaultMode: Int32? {
            get { json["defaultMode"].int32Value }
            set { json.put("defaultMode", int32: newValue) }
        }
        public var items: [CoreV1.DownwardAPIVolumeFile] {
            get { json["items"].list(CoreV1.DownwardAPIVolumeFile.self) }
            set { json.put("items", list: newValue) }
        }
    }

    public struct EmptyDirVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var medium: String? {
            get { json["medium"].stringValue }
            set { json.put("medium", string: newValue) }
        }
        public var sizeLimit: String? {
            get { json["sizeLimit"].quantityString }
            set { json.put("sizeLimit", string: newValue) }
        }
    }

    public struct EndpointAddress: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var hostname: String? {
            get { json["hostname"].stringValue }
            set { json.put("hostname", string: newValue) }
        }
        public var ip: String? {
            get { json["ip"].stringValue }
            set { json.put("ip", string: newValue) }
        }
        public var nodeName: String? {
            get { json["nodeName"].stringValue }
            set { json.put("nodeName", string: newValue) }
        }
        public var targetRef: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["targetRef"]) }
            set { json.put("targetRef", newValue.json) }
        }
    }

    public struct EndpointPort: JSONBacked {
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
        public var port: Int32? {
            get { json["port"].int32Value }
            set { json.put("port", int32: newValue) }
        }
        public var `protocol`: String? {
            get { json["protocol"].stringValue }
            set { json.put("protocol", string: newValue) }
        }
    }

    public struct EndpointSubset: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var addresses: [CoreV1.EndpointAddress] {
            get { json["addresses"].list(CoreV1.EndpointAddress.self) }
            set { json.put("addresses", list: newValue) }
        }
        public var notReadyAddresses: [CoreV1.EndpointAddress] {
            get { json["notReadyAddresses"].list(CoreV1.EndpointAddress.self) }
            set { json.put("notReadyAddresses", list: newValue) }
        }
        public var ports: [CoreV1.EndpointPort] {
            get { json["ports"].list(CoreV1.EndpointPort.self) }
            set { json.put("ports", list: newValue) }
        }
    }

    public struct Endpoints: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Endpoints")]) }
        public typealias List = CoreV1.EndpointsList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "Endpoints" }
        public static var resource: String { "endpoints" }
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
        public var subsets: [CoreV1.EndpointSubset] {
            get { json["subsets"].list(CoreV1.EndpointSubset.self) }
            set { json.put("subsets", list: newValue) }
        }
    }

    public struct EndpointsList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("EndpointsList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.Endpoints] {
            get { json["items"].list(CoreV1.Endpoints.self) }
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

    public struct EnvFromSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var configMapRef: CoreV1.ConfigMapEnvSource {
            get { CoreV1.ConfigMapEnvSource(json: json["configMapRef"]) }
            set { json.put("configMapRef", newValue.json) }
        }
        public var prefix: String? {
            get { json["prefix"].stringValue }
            set { json.put("prefix", string: newValue) }
        }
        public var secretRef: CoreV1.SecretEnvSource {
            get { CoreV1.SecretEnvSource(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
    }

    public struct EnvVar: JSONBacked {
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
        public var valueFrom: CoreV1.EnvVarSource {
            get { CoreV1.EnvVarSource(json: json["valueFrom"]) }
            set { json.put("valueFrom", newValue.json) }
        }
    }

    public struct EnvVarSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var configMapKeyRef: CoreV1.ConfigMapKeySelector {
            get { CoreV1.ConfigMapKeySelector(json: json["configMapKeyRef"]) }
            set { json.put("configMapKeyRef", newValue.json) }
        }
        public var fieldRef: CoreV1.ObjectFieldSelector {
            get { CoreV1.ObjectFieldSelector(json: json["fieldRef"]) }
            set { json.put("fieldRef", newValue.json) }
        }
        public var resourceFieldRef: CoreV1.ResourceFieldSelector {
            get { CoreV1.ResourceFieldSelector(json: json["resourceFieldRef"]) }
            set { json.put("resourceFieldRef", newValue.json) }
        }
        public var secretKeyRef: CoreV1.SecretKeySelector {
            get { CoreV1.SecretKeySelector(json: json["secretKeyRef"]) }
            set { json.put("secretKeyRef", newValue.json) }
        }
    }

    public struct EphemeralContainer: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var args: [String] {
            get { json["args"].strings }
            set { json.put("args", strings: newValue) }
        }
        public var command: [String] {
            get { json["command"].strings }
            set { json.put("command", strings: newValue) }
        }
        public var env: [CoreV1.EnvVar] {
            get { json["env"].list(CoreV1.EnvVar.self) }
            set { json.put("env", list: newValue) }
        }
        public var envFrom: [CoreV1.EnvFromSource] {
            get { json["envFrom"].list(CoreV1.EnvFromSource.self) }
            set { json.put("envFrom", list: newValue) }
        }
        public var image: String? {
            get { json["image"].stringValue }
            set { json.put("image", string: newValue) }
        }
        public var imagePullPolicy: String? {
            get { json["imagePullPolicy"].stringValue }
            set { json.put("imagePullPolicy", string: newValue) }
        }
        public var lifecycle: CoreV1.Lifecycle {
            get { CoreV1.Lifecycle(json: json["lifecycle"]) }
            set { json.put("lifecycle", newValue.json) }
        }
        public var livenessProbe: CoreV1.Probe {
            get { CoreV1.Probe(json: json["livenessProbe"]) }
            set { json.put("livenessProbe", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var ports: [CoreV1.ContainerPort] {
            get { json["ports"].list(CoreV1.ContainerPort.self) }
            set { json.put("ports", list: newValue) }
        }
        public var readinessProbe: CoreV1.Probe {
            get { CoreV1.Probe(json: json["readinessProbe"]) }
            set { json.put("readinessProbe", newValue.json) }
        }
        public var resizePolicy: [CoreV1.ContainerResizePolicy] {
            get { json["resizePolicy"].list(CoreV1.ContainerResizePolicy.self) }
            set { json.put("resizePolicy", list: newValue) }
        }
        public var resources: CoreV1.ResourceRequirements {
            get { CoreV1.ResourceRequirements(json: json["resources"]) }
            set { json.put("resources", newValue.json) }
        }
        public var restartPolicy: String? {
            get { json["restartPolicy"].stringValue }
            set { json.put("restartPolicy", string: newValue) }
        }
        public var securityContext: CoreV1.SecurityContext {
            get { CoreV1.SecurityContext(json: json["securityContext"]) }
            set { json.put("securityContext", newValue.json) }
        }
        public var startupProbe: CoreV1.Probe {
            get { CoreV1.Probe(json: json["startupProbe"]) }
            set { json.put("startupProbe", newValue.json) }
        }
        public var stdin: Bool? {
            get { json["stdin"].boolValue }
            set { json.put("stdin", bool: newValue) }
        }
        public var stdinOnce: Bool? {
            get { json["stdinOnce"].boolValue }
            set { json.put("stdinOnce", bool: newValue) }
        }
        public var targetContainerName: String? {
            get { json["targetContainerName"].stringValue }
            set { json.put("targetContainerName", string: newValue) }
        }
        public var terminationMessagePath: String? {
            get { json["terminationMessagePath"].stringValue }
            set { json.put("terminationMessagePath", string: newValue) }
        }
        public var terminationMessagePolicy: String? {
            get { json["terminationMessagePolicy"].stringValue }
            set { json.put("terminationMessagePolicy", string: newValue) }
        }
        public var tty: Bool? {
            get { json["tty"].boolValue }
            set { json.put("tty", bool: newValue) }
        }
        public var volumeDevices: [CoreV1.VolumeDevice] {
            get { json["volumeDevices"].list(CoreV1.VolumeDevice.self) }
            set { json.put("volumeDevices", list: newValue) }
        }
        public var volumeMounts: [CoreV1.VolumeMount] {
            get { json["volumeMounts"].list(CoreV1.VolumeMount.self) }
            set { json.put("volumeMounts", list: newValue) }
        }
        public var workingDir: String? {
            get { json["workingDir"].stringValue }
            set { json.put("workingDir", string: newValue) }
        }
    }

    public struct EphemeralVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var volumeClaimTemplate: CoreV1.PersistentVolumeClaimTemplate {
            get { CoreV1.PersistentVolumeClaimTemplate(json: json["volumeClaimTemplate"]) }
            set { json.put("volumeClaimTemplate", newValue.json) }
        }
    }

    public struct Event: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Event")]) }
        public typealias List = CoreV1.EventList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "Event" }
        public static var resource: String { "events" }
        public static var namespaced: Bool { true }
        public var action: String? {
            get { json["action"].stringValue }
            set { json.put("action", string: newValue) }
        }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var count: Int32? {
            get { json["count"].int32Value }
            set { json.put("count", int32: newValue) }
        }
        public var eventTime: String? {
            get { json["eventTime"].stringValue }
            set { json.put("eventTime", string: newValue) }
        }
        public var firstTimestamp: String? {
            get { json["firstTimestamp"].stringValue }
            set { json.put("firstTimestamp", string: newValue) }
        }
        public var involvedObject: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["involvedObject"]) }
            set { json.put("involvedObject", newValue.json) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var lastTimestamp: String? {
            get { json["lastTimestamp"].stringValue }
            set { json.put("lastTimestamp", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var related: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["related"]) }
            set { json.put("related", newValue.json) }
        }
        public var reportingComponent: String? {
            get { json["reportingComponent"].stringValue }
            set { json.put("reportingComponent", string: newValue) }
        }
        public var reportingInstance: String? {
            get { json["reportingInstance"].stringValue }
            set { json.put("reportingInstance", string: newValue) }
        }
        public var series: CoreV1.EventSeries {
            get { CoreV1.EventSeries(json: json["series"]) }
            set { json.put("series", newValue.json) }
        }
        public var source: CoreV1.EventSource {
            get { CoreV1.EventSource(json: json["source"]) }
            set { json.put("source", newValue.json) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct EventList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("EventList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.Event] {
            get { json["items"].list(CoreV1.Event.self) }
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

    public struct EventSeries: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var count: Int32? {
            get { json["count"].int32Value }
            set { json.put("count", int32: newValue) }
        }
        public var lastObservedTime: String? {
            get { json["lastObservedTime"].stringValue }
            set { json.put("lastObservedTime", string: newValue) }
        }
    }

    public struct EventSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var component: String? {
            get { json["component"].stringValue }
            set { json.put("component", string: newValue) }
        }
        public var host: String? {
            get { json["host"].stringValue }
            set { json.put("host", string: newValue) }
        }
    }

    public struct ExecAction: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var command: [String] {
            get { json["command"].strings }
            set { json.put("command", strings: newValue) }
        }
    }

    public struct FCVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var lun: Int32? {
            get { json["lun"].int32Value }
            set { json.put("lun", int32: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var targetWWNs: [String] {
            get { json["targetWWNs"].strings }
            set { json.put("targetWWNs", strings: newValue) }
        }
        public var wwids: [String] {
            get { json["wwids"].strings }
            set { json.put("wwids", strings: newValue) }
        }
    }

    public struct FlexPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var driver: String? {
            get { json["driver"].stringValue }
            set { json.put("driver", string: newValue) }
        }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var options: [String: String] {
            get { json["options"].stringMap }
            set { json.put("options", stringMap: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
    }

    public struct FlexVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var driver: String? {
            get { json["driver"].stringValue }
            set { json.put("driver", string: newValue) }
        }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var options: [String: String] {
            get { json["options"].stringMap }
            set { json.put("options", stringMap: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.LocalObjectReference {
            get { CoreV1.LocalObjectReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
    }

    public struct FlockerVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var datasetName: String? {
            get { json["datasetName"].stringValue }
            set { json.put("datasetName", string: newValue) }
        }
        public var datasetUUID: String? {
            get { json["datasetUUID"].stringValue }
            set { json.put("datasetUUID", string: newValue) }
        }
    }

    public struct GCEPersistentDiskVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var partition: Int32? {
            get { json["partition"].int32Value }
            set { json.put("partition", int32: newValue) }
        }
        public var pdName: String? {
            get { json["pdName"].stringValue }
            set { json.put("pdName", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
    }

    public struct GRPCAction: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var port: Int32? {
            get { json["port"].int32Value }
            set { json.put("port", int32: newValue) }
        }
        public var service: String? {
            get { json["service"].stringValue }
            set { json.put("service", string: newValue) }
        }
    }

    public struct GitRepoVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var directory: String? {
            get { json["directory"].stringValue }
            set { json.put("directory", string: newValue) }
        }
        public var repository: String? {
            get { json["repository"].stringValue }
            set { json.put("repository", string: newValue) }
        }
        public var revision: String? {
            get { json["revision"].stringValue }
            set { json.put("revision", string: newValue) }
        }
    }

    public struct GlusterfsPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var endpoints: String? {
            get { json["endpoints"].stringValue }
            set { json.put("endpoints", string: newValue) }
        }
        public var endpointsNamespace: String? {
            get { json["endpointsNamespace"].stringValue }
            set { json.put("endpointsNamespace", string: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
    }

    public struct GlusterfsVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var endpoints: String? {
            get { json["endpoints"].stringValue }
            set { json.put("endpoints", string: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
    }

    public struct HTTPGetAction: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var host: String? {
            get { json["host"].stringValue }
            set { json.put("host", string: newValue) }
        }
        public var httpHeaders: [CoreV1.HTTPHeader] {
            get { json["httpHeaders"].list(CoreV1.HTTPHeader.self) }
            set { json.put("httpHeaders", list: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var port: IntOrString? {
            get { IntOrString(json: json["port"]) }
            set { json.put("port", intOrString: newValue) }
        }
        public var scheme: String? {
            get { json["scheme"].stringValue }
            set { json.put("scheme", string: newValue) }
        }
    }

    public struct HTTPHeader: JSONBacked {
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

    public struct HostAlias: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var hostnames: [String] {
            get { json["hostnames"].strings }
            set { json.put("hostnames", strings: newValue) }
        }
        public var ip: String? {
            get { json["ip"].stringValue }
            set { json.put("ip", string: newValue) }
        }
    }

    public struct HostIP: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ip: String? {
            get { json["ip"].stringValue }
            set { json.put("ip", string: newValue) }
        }
    }

    public struct HostPathVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct ISCSIPersistentVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var chapAuthDiscovery: Bool? {
            get { json["chapAuthDiscovery"].boolValue }
            set { json.put("chapAuthDiscovery", bool: newValue) }
        }
        public var chapAuthSession: Bool? {
            get { json["chapAuthSession"].boolValue }
            set { json.put("chapAuthSession", bool: newValue) }
        }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var initiatorName: String? {
            get { json["initiatorName"].stringValue }
            set { json.put("initiatorName", string: newValue) }
        }
        public var iqn: String? {
            get { json["iqn"].stringValue }
            set { json.put("iqn", string: newValue) }
        }
        public var iscsiInterface: String? {
            get { json["iscsiInterface"].stringValue }
            set { json.put("iscsiInterface", string: newValue) }
        }
        public var lun: Int32? {
            get { json["lun"].int32Value }
            set { json.put("lun", int32: newValue) }
        }
        public var portals: [String] {
            get { json["portals"].strings }
            set { json.put("portals", strings: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.SecretReference {
            get { CoreV1.SecretReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var targetPortal: String? {
            get { json["targetPortal"].stringValue }
            set { json.put("targetPortal", string: newValue) }
        }
    }

    public struct ISCSIVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var chapAuthDiscovery: Bool? {
            get { json["chapAuthDiscovery"].boolValue }
            set { json.put("chapAuthDiscovery", bool: newValue) }
        }
        public var chapAuthSession: Bool? {
            get { json["chapAuthSession"].boolValue }
            set { json.put("chapAuthSession", bool: newValue) }
        }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var initiatorName: String? {
            get { json["initiatorName"].stringValue }
            set { json.put("initiatorName", string: newValue) }
        }
        public var iqn: String? {
            get { json["iqn"].stringValue }
            set { json.put("iqn", string: newValue) }
        }
        public var iscsiInterface: String? {
            get { json["iscsiInterface"].stringValue }
            set { json.put("iscsiInterface", string: newValue) }
        }
        public var lun: Int32? {
            get { json["lun"].int32Value }
            set { json.put("lun", int32: newValue) }
        }
        public var portals: [String] {
            get { json["portals"].strings }
            set { json.put("portals", strings: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var secretRef: CoreV1.LocalObjectReference {
            get { CoreV1.LocalObjectReference(json: json["secretRef"]) }
            set { json.put("secretRef", newValue.json) }
        }
        public var targetPortal: String? {
            get { json["targetPortal"].stringValue }
            set { json.put("targetPortal", string: newValue) }
        }
    }

    public struct ImageVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var pullPolicy: String? {
            get { json["pullPolicy"].stringValue }
            set { json.put("pullPolicy", string: newValue) }
        }
        public var reference: String? {
            get { json["reference"].stringValue }
            set { json.put("reference", string: newValue) }
        }
    }

    public struct KeyToPath: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var key: String? {
            get { json["key"].stringValue }
            set { json.put("key", string: newValue) }
        }
        public var mode: Int32? {
            get { json["mode"].int32Value }
            set { json.put("mode", int32: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
    }

    public struct Lifecycle: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var postStart: CoreV1.LifecycleHandler {
            get { CoreV1.LifecycleHandler(json: json["postStart"]) }
            set { json.put("postStart", newValue.json) }
        }
        public var preStop: CoreV1.LifecycleHandler {
            get { CoreV1.LifecycleHandler(json: json["preStop"]) }
            set { json.put("preStop", newValue.json) }
        }
        public var stopSignal: String? {
            get { json["stopSignal"].stringValue }
            set { json.put("stopSignal", string: newValue) }
        }
    }

    public struct LifecycleHandler: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var exec: CoreV1.ExecAction {
            get { CoreV1.ExecAction(json: json["exec"]) }
            set { json.put("exec", newValue.json) }
        }
        public var httpGet: CoreV1.HTTPGetAction {
            get { CoreV1.HTTPGetAction(json: json["httpGet"]) }
            set { json.put("httpGet", newValue.json) }
        }
        public var sleep: CoreV1.SleepAction {
            get { CoreV1.SleepAction(json: json["sleep"]) }
            set { json.put("sleep", newValue.json) }
        }
        public var tcpSocket: CoreV1.TCPSocketAction {
            get { CoreV1.TCPSocketAction(json: json["tcpSocket"]) }
            set { json.put("tcpSocket", newValue.json) }
        }
    }

    public struct LimitRange: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("LimitRange")]) }
        public typealias List = CoreV1.LimitRangeList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "LimitRange" }
        public static var resource: String { "limitranges" }
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
        public var spec: CoreV1.LimitRangeSpec {
            get { CoreV1.LimitRangeSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
    }

    public struct LimitRangeItem: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var `default`: [String: String] {
            get { json["default"].quantityMap }
            set { json.put("default", stringMap: newValue) }
        }
        public var defaultRequest: [String: String] {
            get { json["defaultRequest"].quantityMap }
            set { json.put("defaultRequest", stringMap: newValue) }
        }
        public var max: [String: String] {
            get { json["max"].quantityMap }
            set { json.put("max", stringMap: newValue) }
        }
        public var maxLimitRequestRatio: [String: String] {
            get { json["maxLimitRequestRatio"].quantityMap }
            set { json.put("maxLimitRequestRatio", stringMap: newValue) }
        }
        public var min: [String: String] {
            get { json["min"].quantityMap }
            set { json.put("min", stringMap: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct LimitRangeList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("LimitRangeList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.LimitRange] {
            get { json["items"].list(CoreV1.LimitRange.self) }
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

    public struct LimitRangeSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var limits: [CoreV1.LimitRangeItem] {
            get { json["limits"].list(CoreV1.LimitRangeItem.self) }
            set { json.put("limits", list: newValue) }
        }
    }

    public struct LinuxContainerUser: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var gid: Int64? {
            get { json["gid"].intValue }
            set { json.put("gid", int64: newValue) }
        }
        public var supplementalGroups: [Int64] {
            get { json["supplementalGroups"].int64s }
            set { json.put("supplementalGroups", int64s: newValue) }
        }
        public var uid: Int64? {
            get { json["uid"].intValue }
            set { json.put("uid", int64: newValue) }
        }
    }

    public struct LoadBalancerIngress: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var hostname: String? {
            get { json["hostname"].stringValue }
            set { json.put("hostname", string: newValue) }
        }
        public var ip: String? {
            get { json["ip"].stringValue }
            set { json.put("ip", string: newValue) }
        }
        public var ipMode: String? {
            get { json["ipMode"].stringValue }
            set { json.put("ipMode", string: newValue) }
        }
        public var ports: [CoreV1.PortStatus] {
            get { json["ports"].list(CoreV1.PortStatus.self) }
            set { json.put("ports", list: newValue) }
        }
    }

    public struct LoadBalancerStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ingress: [CoreV1.LoadBalancerIngress] {
            get { json["ingress"].list(CoreV1.LoadBalancerIngress.self) }
            set { json.put("ingress", list: newValue) }
        }
    }

    public struct LocalObjectReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct LocalVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fsType: String? {
            get { json["fsType"].stringValue }
            set { json.put("fsType", string: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
    }

    public struct ModifyVolumeStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var status: String? {
            get { json["status"].stringValue }
            set { json.put("status", string: newValue) }
        }
        public var targetVolumeAttributesClassName: String? {
            get { json["targetVolumeAttributesClassName"].stringValue }
            set { json.put("targetVolumeAttributesClassName", string: newValue) }
        }
    }

    public struct NFSVolumeSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var readOnly: Bool? {
            get { json["readOnly"].boolValue }
            set { json.put("readOnly", bool: newValue) }
        }
        public var server: String? {
            get { json["server"].stringValue }
            set { json.put("server", string: newValue) }
        }
    }

    public struct Namespace: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Namespace")]) }
        public typealias List = CoreV1.NamespaceList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "Namespace" }
        public static var resource: String { "namespaces" }
        public static var namespaced: Bool { false }
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
        public var spec: CoreV1.NamespaceSpec {
            get { CoreV1.NamespaceSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.NamespaceStatus {
            get { CoreV1.NamespaceStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct NamespaceCondition: JSONBacked {
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

    public struct NamespaceList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("NamespaceList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.Namespace] {
            get { json["items"].list(CoreV1.Namespace.self) }
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

    public struct NamespaceSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var finalizers: [String] {
            get { json["finalizers"].strings }
            set { json.put("finalizers", strings: newValue) }
        }
    }

    public struct NamespaceStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var conditions: [CoreV1.NamespaceCondition] {
            get { json["conditions"].list(CoreV1.NamespaceCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var phase: String? {
            get { json["phase"].stringValue }
            set { json.put("phase", string: newValue) }
        }
    }

    public struct Node: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Node")]) }
        public typealias List = CoreV1.NodeList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "Node" }
        public static var resource: String { "nodes" }
        public static var namespaced: Bool { false }
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
        public var spec: CoreV1.NodeSpec {
            get { CoreV1.NodeSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.NodeStatus {
            get { CoreV1.NodeStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct NodeAddress: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var address: String? {
            get { json["address"].stringValue }
            set { json.put("address", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct NodeAffinity: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var preferredDuringSchedulingIgnoredDuringExecution: [CoreV1.PreferredSchedulingTerm] {
            get { json["preferredDuringSchedulingIgnoredDuringExecution"].list(CoreV1.PreferredSchedulingTerm.self) }
            set { json.put("preferredDuringSchedulingIgnoredDuringExecution", list: newValue) }
        }
        public var requiredDuringSchedulingIgnoredDuringExecution: CoreV1.NodeSelector {
            get { CoreV1.NodeSelector(json: json["requiredDuringSchedulingIgnoredDuringExecution"]) }
            set { json.put("requiredDuringSchedulingIgnoredDuringExecution", newValue.json) }
        }
    }

    public struct NodeCondition: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var lastHeartbeatTime: String? {
            get { json["lastHeartbeatTime"].stringValue }
            set { json.put("lastHeartbeatTime", string: newValue) }
        }
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

    public struct NodeConfigSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var configMap: CoreV1.ConfigMapNodeConfigSource {
            get { CoreV1.ConfigMapNodeConfigSource(json: json["configMap"]) }
            set { json.put("configMap", newValue.json) }
        }
    }

    public struct NodeConfigStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var active: CoreV1.NodeConfigSource {
            get { CoreV1.NodeConfigSource(json: json["active"]) }
            set { json.put("active", newValue.json) }
        }
        public var assigned: CoreV1.NodeConfigSource {
            get { CoreV1.NodeConfigSource(json: json["assigned"]) }
            set { json.put("assigned", newValue.json) }
        }
        public var error: String? {
            get { json["error"].stringValue }
            set { json.put("error", string: newValue) }
        }
        public var lastKnownGood: CoreV1.NodeConfigSource {
            get { CoreV1.NodeConfigSource(json: json["lastKnownGood"]) }
            set { json.put("lastKnownGood", newValue.json) }
        }
    }

    public struct NodeDaemonEndpoints: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var kubeletEndpoint: CoreV1.DaemonEndpoint {
            get { CoreV1.DaemonEndpoint(json: json["kubeletEndpoint"]) }
            set { json.put("kubeletEndpoint", newValue.json) }
        }
    }

    public struct NodeFeatures: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var supplementalGroupsPolicy: Bool? {
            get { json["supplementalGroupsPolicy"].boolValue }
            set { json.put("supplementalGroupsPolicy", bool: newValue) }
        }
    }

    public struct NodeList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("NodeList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.Node] {
            get { json["items"].list(CoreV1.Node.self) }
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

    public struct NodeRuntimeHandler: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var features: CoreV1.NodeRuntimeHandlerFeatures {
            get { CoreV1.NodeRuntimeHandlerFeatures(json: json["features"]) }
            set { json.put("features", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct NodeRuntimeHandlerFeatures: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var recursiveReadOnlyMounts: Bool? {
            get { json["recursiveReadOnlyMounts"].boolValue }
            set { json.put("recursiveReadOnlyMounts", bool: newValue) }
        }
        public var userNamespaces: Bool? {
            get { json["userNamespaces"].boolValue }
            set { json.put("userNamespaces", bool: newValue) }
        }
    }

    public struct NodeSelector: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var nodeSelectorTerms: [CoreV1.NodeSelectorTerm] {
            get { json["nodeSelectorTerms"].list(CoreV1.NodeSelectorTerm.self) }
            set { json.put("nodeSelectorTerms", list: newValue) }
        }
    }

    public struct NodeSelectorRequirement: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var key: String? {
            get { json["key"].stringValue }
            set { json.put("key", string: newValue) }
        }
        public var `operator`: String? {
            get { json["operator"].stringValue }
            set { json.put("operator", string: newValue) }
        }
        public var values: [String] {
            get { json["values"].strings }
            set { json.put("values", strings: newValue) }
        }
    }

    public struct NodeSelectorTerm: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var matchExpressions: [CoreV1.NodeSelectorRequirement] {
            get { json["matchExpressions"].list(CoreV1.NodeSelectorRequirement.self) }
            set { json.put("matchExpressions", list: newValue) }
        }
        public var matchFields: [CoreV1.NodeSelectorRequirement] {
            get { json["matchFields"].list(CoreV1.NodeSelectorRequirement.self) }
            set { json.put("matchFields", list: newValue) }
        }
    }

    public struct NodeSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var configSource: CoreV1.NodeConfigSource {
            get { CoreV1.NodeConfigSource(json: json["configSource"]) }
            set { json.put("configSource", newValue.json) }
        }
        public var externalID: String? {
            get { json["externalID"].stringValue }
            set { json.put("externalID", string: newValue) }
        }
        public var podCIDR: String? {
            get { json["podCIDR"].stringValue }
            set { json.put("podCIDR", string: newValue) }
        }
        public var podCIDRs: [String] {
            get { json["podCIDRs"].strings }
            set { json.put("podCIDRs", strings: newValue) }
        }
        public var providerID: String? {
            get { json["providerID"].stringValue }
            set { json.put("providerID", string: newValue) }
        }
        public var taints: [CoreV1.Taint] {
            get { json["taints"].list(CoreV1.Taint.self) }
            set { json.put("taints", list: newValue) }
        }
        public var unschedulable: Bool? {
            get { json["unschedulable"].boolValue }
            set { json.put("unschedulable", bool: newValue) }
        }
    }

    public struct NodeStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var addresses: [CoreV1.NodeAddress] {
            get { json["addresses"].list(CoreV1.NodeAddress.self) }
            set { json.put("addresses", list: newValue) }
        }
        public var allocatable: [String: String] {
            get { json["allocatable"].quantityMap }
            set { json.put("allocatable", stringMap: newValue) }
        }
        public var capacity: [String: String] {
            get { json["capacity"].quantityMap }
            set { json.put("capacity", stringMap: newValue) }
        }
        public var conditions: [CoreV1.NodeCondition] {
            get { json["conditions"].list(CoreV1.NodeCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var config: CoreV1.NodeConfigStatus {
            get { CoreV1.NodeConfigStatus(json: json["config"]) }
            set { json.put("config", newValue.json) }
        }
        public var daemonEndpoints: CoreV1.NodeDaemonEndpoints {
            get { CoreV1.NodeDaemonEndpoints(json: json["daemonEndpoints"]) }
            set { json.put("daemonEndpoints", newValue.json) }
        }
        public var features: CoreV1.NodeFeatures {
            get { CoreV1.NodeFeatures(json: json["features"]) }
            set { json.put("features", newValue.json) }
        }
        public var images: [CoreV1.ContainerImage] {
            get { json["images"].list(CoreV1.ContainerImage.self) }
            set { json.put("images", list: newValue) }
        }
        public var nodeInfo: CoreV1.NodeSystemInfo {
            get { CoreV1.NodeSystemInfo(json: json["nodeInfo"]) }
            set { json.put("nodeInfo", newValue.json) }
        }
        public var phase: String? {
            get { json["phase"].stringValue }
            set { json.put("phase", string: newValue) }
        }
        public var runtimeHandlers: [CoreV1.NodeRuntimeHandler] {
            get { json["runtimeHandlers"].list(CoreV1.NodeRuntimeHandler.self) }
            set { json.put("runtimeHandlers", list: newValue) }
        }
        public var volumesAttached: [CoreV1.AttachedVolume] {
            get { json["volumesAttached"].list(CoreV1.AttachedVolume.self) }
            set { json.put("volumesAttached", list: newValue) }
        }
        public var volumesInUse: [String] {
            get { json["volumesInUse"].strings }
            set { json.put("volumesInUse", strings: newValue) }
        }
    }

    public struct NodeSwapStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var capacity: Int64? {
            get { json["capacity"].intValue }
            set { json.put("capacity", int64: newValue) }
        }
    }

    public struct NodeSystemInfo: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var architecture: String? {
            get { json["architecture"].stringValue }
            set { json.put("architecture", string: newValue) }
        }
        public var bootID: String? {
            get { json["bootID"].stringValue }
            set { json.put("bootID", string: newValue) }
        }
        public var containerRuntimeVersion: String? {
            get { json["containerRuntimeVersion"].stringValue }
            set { json.put("containerRuntimeVersion", string: newValue) }
        }
        public var kernelVersion: String? {
            get { json["kernelVersion"].stringValue }
            set { json.put("kernelVersion", string: newValue) }
        }
        public var kubeProxyVersion: String? {
            get { json["kubeProxyVersion"].stringValue }
            set { json.put("kubeProxyVersion", string: newValue) }
        }
        public var kubeletVersion: String? {
            get { json["kubeletVersion"].stringValue }
            set { json.put("kubeletVersion", string: newValue) }
        }
        public var machineID: String? {
            get { json["machineID"].stringValue }
            set { json.put("machineID", string: newValue) }
        }
        public var operatingSystem: String? {
            get { json["operatingSystem"].stringValue }
            set { json.put("operatingSystem", string: newValue) }
        }
        public var osImage: String? {
            get { json["osImage"].stringValue }
            set { json.put("osImage", string: newValue) }
        }
        public var swap: CoreV1.NodeSwapStatus {
            get { CoreV1.NodeSwapStatus(json: json["swap"]) }
            set { json.put("swap", newValue.json) }
        }
        public var systemUUID: String? {
            get { json["systemUUID"].stringValue }
            set { json.put("systemUUID", string: newValue) }
        }
    }

    public struct ObjectFieldSelector: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var fieldPath: String? {
            get { json["fieldPath"].stringValue }
            set { json.put("fieldPath", string: newValue) }
        }
    }

    public struct ObjectReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var fieldPath: String? {
            get { json["fieldPath"].stringValue }
            set { json.put("fieldPath", string: newValue) }
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
        public var resourceVersion: String? {
            get { json["resourceVersion"].stringValue }
            set { json.put("resourceVersion", string: newValue) }
        }
        public var uid: String? {
            get { json["uid"].stringValue }
            set { json.put("uid", string: newValue) }
        }
    }

    public struct PersistentVolume: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("PersistentVolume")]) }
        public typealias List = CoreV1.PersistentVolumeList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "PersistentVolume" }
        public static var resource: String { "persistentvolumes" }
        public static var namespaced: Bool { false }
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
        public var spec: CoreV1.PersistentVolumeSpec {
            get { CoreV1.PersistentVolumeSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.PersistentVolumeStatus {
            get { CoreV1.PersistentVolumeStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct PersistentVolumeClaim: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("PersistentVolumeClaim")]) }
        public typealias List = CoreV1.PersistentVolumeClaimList
        public static var apiVersion: String { "v1" }
        public static var kind: String { "PersistentVolumeClaim" }
        public static var resource: String { "persistentvolumeclaims" }
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
        public var spec: CoreV1.PersistentVolumeClaimSpec {
            get { CoreV1.PersistentVolumeClaimSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: CoreV1.PersistentVolumeClaimStatus {
            get { CoreV1.PersistentVolumeClaimStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct PersistentVolumeClaimCondition: JSONBacked {
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

    public struct PersistentVolumeClaimList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("PersistentVolumeClaimList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoreV1.PersistentVolumeClaim] {
            get { json["items"].list(CoreV1.PersistentVolumeClaim.self) }
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
}
