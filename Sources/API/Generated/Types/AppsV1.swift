// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum AppsV1 {}

extension AppsV1 {
    public struct ControllerRevision: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("ControllerRevision")]) }
        public typealias List = AppsV1.ControllerRevisionList
        public static var apiVersion: String { "apps/v1" }
        public static var kind: String { "ControllerRevision" }
        public static var resource: String { "controllerrevisions" }
        public static var namespaced: Bool { true }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var data: JSON? {
            get { json["data"].nonNull }
            set { json.put("data", newValue ?? .null) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var revision: Int64? {
            get { json["revision"].intValue }
            set { json.put("revision", int64: newValue) }
        }
    }

    public struct ControllerRevisionList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("ControllerRevisionList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [AppsV1.ControllerRevision] {
            get { json["items"].list(AppsV1.ControllerRevision.self) }
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

    public struct DaemonSet: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("DaemonSet")]) }
        public typealias List = AppsV1.DaemonSetList
        public static var apiVersion: String { "apps/v1" }
        public static var kind: String { "DaemonSet" }
        public static var resource: String { "daemonsets" }
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
        public var spec: AppsV1.DaemonSetSpec {
            get { AppsV1.DaemonSetSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: AppsV1.DaemonSetStatus {
            get { AppsV1.DaemonSetStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct DaemonSetCondition: JSONBacked {
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

    public struct DaemonSetList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("DaemonSetList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [AppsV1.DaemonSet] {
            get { json["items"].list(AppsV1.DaemonSet.self) }
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

    public struct DaemonSetSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var minReadySeconds: Int32? {
            get { json["minReadySeconds"].int32Value }
            set { json.put("minReadySeconds", int32: newValue) }
        }
        public var revisionHistoryLimit: Int32? {
            get { json["revisionHistoryLimit"].int32Value }
            set { json.put("revisionHistoryLimit", int32: newValue) }
        }
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
        public var template: CoreV1.PodTemplateSpec {
            get { CoreV1.PodTemplateSpec(json: json["template"]) }
            set { json.put("template", newValue.json) }
        }
        public var updateStrategy: AppsV1.DaemonSetUpdateStrategy {
            get { AppsV1.DaemonSetUpdateStrategy(json: json["updateStrategy"]) }
            set { json.put("updateStrategy", newValue.json) }
        }
    }

    public struct DaemonSetStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var collisionCount: Int32? {
            get { json["collisionCount"].int32Value }
            set { json.put("collisionCount", int32: newValue) }
        }
        public var conditions: [AppsV1.DaemonSetCondition] {
            get { json["conditions"].list(AppsV1.DaemonSetCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var currentNumberScheduled: Int32? {
            get { json["currentNumberScheduled"].int32Value }
            set { json.put("currentNumberScheduled", int32: newValue) }
        }
        public var desiredNumberScheduled: Int32? {
            get { json["desiredNumberScheduled"].int32Value }
            set { json.put("desiredNumberScheduled", int32: newValue) }
        }
        public var numberAvailable: Int32? {
            get { json["numberAvailable"].int32Value }
            set { json.put("numberAvailable", int32: newValue) }
        }
        public var numberMisscheduled: Int32? {
            get { json["numberMisscheduled"].int32Value }
            set { json.put("numberMisscheduled", int32: newValue) }
        }
        public var numberReady: Int32? {
            get { json["numberReady"].int32Value }
            set { json.put("numberReady", int32: newValue) }
        }
        public var numberUnavailable: Int32? {
            get { json["numberUnavailable"].int32Value }
            set { json.put("numberUnavailable", int32: newValue) }
        }
        public var observedGeneration: Int64? {
            get { json["observedGeneration"].intValue }
            set { json.put("observedGeneration", int64: newValue) }
        }
        public var updatedNumberScheduled: Int32? {
            get { json["updatedNumberScheduled"].int32Value }
            set { json.put("updatedNumberScheduled", int32: newValue) }
        }
    }

    public struct DaemonSetUpdateStrategy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var rollingUpdate: AppsV1.RollingUpdateDaemonSet {
            get { AppsV1.RollingUpdateDaemonSet(json: json["rollingUpdate"]) }
            set { json.put("rollingUpdate", newValue.json) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct Deployment: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("Deployment")]) }
        public typealias List = AppsV1.DeploymentList
        public static var apiVersion: String { "apps/v1" }
        public static var kind: String { "Deployment" }
        public static var resource: String { "deployments" }
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
        public var spec: AppsV1.DeploymentSpec {
            get { AppsV1.DeploymentSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: AppsV1.DeploymentStatus {
            get { AppsV1.DeploymentStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct DeploymentCondition: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var lastTransitionTime: String? {
            get { json["lastTransitionTime"].stringValue }
            set { json.put("lastTransitionTime", string: newValue) }
        }
        public var lastUpdateTime: String? {
            get { json["lastUpdateTime"].stringValue }
            set { json.put("lastUpdateTime", string: newValue) }
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

    public struct DeploymentList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("DeploymentList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [AppsV1.Deployment] {
            get { json["items"].list(AppsV1.Deployment.self) }
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

    public struct DeploymentSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var minReadySeconds: Int32? {
            get { json["minReadySeconds"].int32Value }
            set { json.put("minReadySeconds", int32: newValue) }
        }
        public var paused: Bool? {
            get { json["paused"].boolValue }
            set { json.put("paused", bool: newValue) }
        }
        public var progressDeadlineSeconds: Int32? {
            get { json["progressDeadlineSeconds"].int32Value }
            set { json.put("progressDeadlineSeconds", int32: newValue) }
        }
        public var replicas: Int32? {
            get { json["replicas"].int32Value }
            set { json.put("replicas", int32: newValue) }
        }
        public var revisionHistoryLimit: Int32? {
            get { json["revisionHistoryLimit"].int32Value }
            set { json.put("revisionHistoryLimit", int32: newValue) }
        }
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
        public var strategy: AppsV1.DeploymentStrategy {
            get { AppsV1.DeploymentStrategy(json: json["strategy"]) }
            set { json.put("strategy", newValue.json) }
        }
        public var template: CoreV1.PodTemplateSpec {
            get { CoreV1.PodTemplateSpec(json: json["template"]) }
            set { json.put("template", newValue.json) }
        }
    }

    public struct DeploymentStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var availableReplicas: Int32? {
            get { json["availableReplicas"].int32Value }
            set { json.put("availableReplicas", int32: newValue) }
        }
        public var collisionCount: Int32? {
            get { json["collisionCount"].int32Value }
            set { json.put("collisionCount", int32: newValue) }
        }
        public var conditions: [AppsV1.DeploymentCondition] {
            get { json["conditions"].list(AppsV1.DeploymentCondition.self) }
            set { json.put("conditions", list: newValue) }
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
        public var terminatingReplicas: Int32? {
            get { json["terminatingReplicas"].int32Value }
            set { json.put("terminatingReplicas", int32: newValue) }
        }
        public var unavailableReplicas: Int32? {
            get { json["unavailableReplicas"].int32Value }
            set { json.put("unavailableReplicas", int32: newValue) }
        }
        public var updatedReplicas: Int32? {
            get { json["updatedReplicas"].int32Value }
            set { json.put("updatedReplicas", int32: newValue) }
        }
    }

    public struct DeploymentStrategy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var rollingUpdate: AppsV1.RollingUpdateDeployment {
            get { AppsV1.RollingUpdateDeployment(json: json["rollingUpdate"]) }
            set { json.put("rollingUpdate", newValue.json) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct ReplicaSet: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("ReplicaSet")]) }
        public typealias List = AppsV1.ReplicaSetList
        public static var apiVersion: String { "apps/v1" }
        public static var kind: String { "ReplicaSet" }
        public static var resource: String { "replicasets" }
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
        public var spec: AppsV1.ReplicaSetSpec {
            get { AppsV1.ReplicaSetSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: AppsV1.ReplicaSetStatus {
            get { AppsV1.ReplicaSetStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct ReplicaSetCondition: JSONBacked {
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

    public struct ReplicaSetList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("ReplicaSetList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [AppsV1.ReplicaSet] {
            get { json["items"].list(AppsV1.ReplicaSet.self) }
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

    public struct ReplicaSetSpec: JSONBacked {
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
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
        public var template: CoreV1.PodTemplateSpec {
            get { CoreV1.PodTemplateSpec(json: json["template"]) }
            set { json.put("template", newValue.json) }
        }
    }

    public struct ReplicaSetStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var availableReplicas: Int32? {
            get { json["availableReplicas"].int32Value }
            set { json.put("availableReplicas", int32: newValue) }
        }
        public var conditions: [AppsV1.ReplicaSetCondition] {
            get { json["conditions"].list(AppsV1.ReplicaSetCondition.self) }
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
        public var terminatingReplicas: Int32? {
            get { json["terminatingReplicas"].int32Value }
            set { json.put("terminatingReplicas", int32: newValue) }
        }
    }

    public struct RollingUpdateDaemonSet: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var maxSurge: IntOrString? {
            get { IntOrString(json: json["maxSurge"]) }
            set { json.put("maxSurge", intOrString: newValue) }
        }
        public var maxUnavailable: IntOrString? {
            get { IntOrString(json: json["maxUnavailable"]) }
            set { json.put("maxUnavailable", intOrString: newValue) }
        }
    }

    public struct RollingUpdateDeployment: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var maxSurge: IntOrString? {
            get { IntOrString(json: json["maxSurge"]) }
            set { json.put("maxSurge", intOrString: newValue) }
        }
        public var maxUnavailable: IntOrString? {
            get { IntOrString(json: json["maxUnavailable"]) }
            set { json.put("maxUnavailable", intOrString: newValue) }
        }
    }

    public struct RollingUpdateStatefulSetStrategy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var maxUnavailable: IntOrString? {
            get { IntOrString(json: json["maxUnavailable"]) }
            set { json.put("maxUnavailable", intOrString: newValue) }
        }
        public var partition: Int32? {
            get { json["partition"].int32Value }
            set { json.put("partition", int32: newValue) }
        }
    }

    public struct StatefulSet: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("StatefulSet")]) }
        public typealias List = AppsV1.StatefulSetList
        public static var apiVersion: String { "apps/v1" }
        public static var kind: String { "StatefulSet" }
        public static var resource: String { "statefulsets" }
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
        public var spec: AppsV1.StatefulSetSpec {
            get { AppsV1.StatefulSetSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: AppsV1.StatefulSetStatus {
            get { AppsV1.StatefulSetStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct StatefulSetCondition: JSONBacked {
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

    public struct StatefulSetList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apps/v1"), "kind": .string("StatefulSetList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [AppsV1.StatefulSet] {
            get { json["items"].list(AppsV1.StatefulSet.self) }
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

    public struct StatefulSetOrdinals: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var start: Int32? {
            get { json["start"].int32Value }
            set { json.put("start", int32: newValue) }
        }
    }

    public struct StatefulSetPersistentVolumeClaimRetentionPolicy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var whenDeleted: String? {
            get { json["whenDeleted"].stringValue }
            set { json.put("whenDeleted", string: newValue) }
        }
        public var whenScaled: String? {
            get { json["whenScaled"].stringValue }
            set { json.put("whenScaled", string: newValue) }
        }
    }

    public struct StatefulSetSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var minReadySeconds: Int32? {
            get { json["minReadySeconds"].int32Value }
            set { json.put("minReadySeconds", int32: newValue) }
        }
        public var ordinals: AppsV1.StatefulSetOrdinals {
            get { AppsV1.StatefulSetOrdinals(json: json["ordinals"]) }
            set { json.put("ordinals", newValue.json) }
        }
        public var persistentVolumeClaimRetentionPolicy: AppsV1.StatefulSetPersistentVolumeClaimRetentionPolicy {
            get { AppsV1.StatefulSetPersistentVolumeClaimRetentionPolicy(json: json["persistentVolumeClaimRetentionPolicy"]) }
            set { json.put("persistentVolumeClaimRetentionPolicy", newValue.json) }
        }
        public var podManagementPolicy: String? {
            get { json["podManagementPolicy"].stringValue }
            set { json.put("podManagementPolicy", string: newValue) }
        }
        public var replicas: Int32? {
            get { json["replicas"].int32Value }
            set { json.put("replicas", int32: newValue) }
        }
        public var revisionHistoryLimit: Int32? {
            get { json["revisionHistoryLimit"].int32Value }
            set { json.put("revisionHistoryLimit", int32: newValue) }
        }
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
        public var serviceName: String? {
            get { json["serviceName"].stringValue }
            set { json.put("serviceName", string: newValue) }
        }
        public var template: CoreV1.PodTemplateSpec {
            get { CoreV1.PodTemplateSpec(json: json["template"]) }
            set { json.put("template", newValue.json) }
        }
        public var updateStrategy: AppsV1.StatefulSetUpdateStrategy {
            get { AppsV1.StatefulSetUpdateStrategy(json: json["updateStrategy"]) }
            set { json.put("updateStrategy", newValue.json) }
        }
        public var volumeClaimTemplates: [CoreV1.PersistentVolumeClaim] {
            get { json["volumeClaimTemplates"].list(CoreV1.PersistentVolumeClaim.self) }
            set { json.put("volumeClaimTemplates", list: newValue) }
        }
    }

    public struct StatefulSetStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var availableReplicas: Int32? {
            get { json["availableReplicas"].int32Value }
            set { json.put("availableReplicas", int32: newValue) }
        }
        public var collisionCount: Int32? {
            get { json["collisionCount"].int32Value }
            set { json.put("collisionCount", int32: newValue) }
        }
        public var conditions: [AppsV1.StatefulSetCondition] {
            get { json["conditions"].list(AppsV1.StatefulSetCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var currentReplicas: Int32? {
            get { json["currentReplicas"].int32Value }
            set { json.put("currentReplicas", int32: newValue) }
        }
        public var currentRevision: String? {
            get { json["currentRevision"].stringValue }
            set { json.put("currentRevision", string: newValue) }
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
        public var updateRevision: String? {
            get { json["updateRevision"].stringValue }
            set { json.put("updateRevision", string: newValue) }
        }
        public var updatedReplicas: Int32? {
            get { json["updatedReplicas"].int32Value }
            set { json.put("updatedReplicas", int32: newValue) }
        }
    }

    public struct StatefulSetUpdateStrategy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var rollingUpdate: AppsV1.RollingUpdateStatefulSetStrategy {
            get { AppsV1.RollingUpdateStatefulSetStrategy(json: json["rollingUpdate"]) }
            set { json.put("rollingUpdate", newValue.json) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }
}
