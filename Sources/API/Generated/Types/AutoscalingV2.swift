// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum AutoscalingV2 {}

extension AutoscalingV2 {
    public struct ContainerResourceMetricSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var container: String? {
            get { json["container"].stringValue }
            set { json.put("container", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var target: AutoscalingV2.MetricTarget {
            get { AutoscalingV2.MetricTarget(json: json["target"]) }
            set { json.put("target", newValue.json) }
        }
    }

    public struct ContainerResourceMetricStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var container: String? {
            get { json["container"].stringValue }
            set { json.put("container", string: newValue) }
        }
        public var current: AutoscalingV2.MetricValueStatus {
            get { AutoscalingV2.MetricValueStatus(json: json["current"]) }
            set { json.put("current", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct CrossVersionObjectReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
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

    public struct ExternalMetricSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var metric: AutoscalingV2.MetricIdentifier {
            get { AutoscalingV2.MetricIdentifier(json: json["metric"]) }
            set { json.put("metric", newValue.json) }
        }
        public var target: AutoscalingV2.MetricTarget {
            get { AutoscalingV2.MetricTarget(json: json["target"]) }
            set { json.put("target", newValue.json) }
        }
    }

    public struct ExternalMetricStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var current: AutoscalingV2.MetricValueStatus {
            get { AutoscalingV2.MetricValueStatus(json: json["current"]) }
            set { json.put("current", newValue.json) }
        }
        public var metric: AutoscalingV2.MetricIdentifier {
            get { AutoscalingV2.MetricIdentifier(json: json["metric"]) }
            set { json.put("metric", newValue.json) }
        }
    }

    public struct HPAScalingPolicy: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var periodSeconds: Int32? {
            get { json["periodSeconds"].int32Value }
            set { json.put("periodSeconds", int32: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
        public var value: Int32? {
            get { json["value"].int32Value }
            set { json.put("value", int32: newValue) }
        }
    }

    public struct HPAScalingRules: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var policies: [AutoscalingV2.HPAScalingPolicy] {
            get { json["policies"].list(AutoscalingV2.HPAScalingPolicy.self) }
            set { json.put("policies", list: newValue) }
        }
        public var selectPolicy: String? {
            get { json["selectPolicy"].stringValue }
            set { json.put("selectPolicy", string: newValue) }
        }
        public var stabilizationWindowSeconds: Int32? {
            get { json["stabilizationWindowSeconds"].int32Value }
            set { json.put("stabilizationWindowSeconds", int32: newValue) }
        }
        public var tolerance: String? {
            get { json["tolerance"].quantityString }
            set { json.put("tolerance", string: newValue) }
        }
    }

    public struct HorizontalPodAutoscaler: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("autoscaling/v2"), "kind": .string("HorizontalPodAutoscaler")]) }
        public typealias List = AutoscalingV2.HorizontalPodAutoscalerList
        public static var apiVersion: String { "autoscaling/v2" }
        public static var kind: String { "HorizontalPodAutoscaler" }
        public static var resource: String { "horizontalpodautoscalers" }
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
        public var spec: AutoscalingV2.HorizontalPodAutoscalerSpec {
            get { AutoscalingV2.HorizontalPodAutoscalerSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: AutoscalingV2.HorizontalPodAutoscalerStatus {
            get { AutoscalingV2.HorizontalPodAutoscalerStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct HorizontalPodAutoscalerBehavior: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var scaleDown: AutoscalingV2.HPAScalingRules {
            get { AutoscalingV2.HPAScalingRules(json: json["scaleDown"]) }
            set { json.put("scaleDown", newValue.json) }
        }
        public var scaleUp: AutoscalingV2.HPAScalingRules {
            get { AutoscalingV2.HPAScalingRules(json: json["scaleUp"]) }
            set { json.put("scaleUp", newValue.json) }
        }
    }

    public struct HorizontalPodAutoscalerCondition: JSONBacked {
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

    public struct HorizontalPodAutoscalerList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("autoscaling/v2"), "kind": .string("HorizontalPodAutoscalerList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [AutoscalingV2.HorizontalPodAutoscaler] {
            get { json["items"].list(AutoscalingV2.HorizontalPodAutoscaler.self) }
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

    public struct HorizontalPodAutoscalerSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var behavior: AutoscalingV2.HorizontalPodAutoscalerBehavior {
            get { AutoscalingV2.HorizontalPodAutoscalerBehavior(json: json["behavior"]) }
            set { json.put("behavior", newValue.json) }
        }
        public var maxReplicas: Int32? {
            get { json["maxReplicas"].int32Value }
            set { json.put("maxReplicas", int32: newValue) }
        }
        public var metrics: [AutoscalingV2.MetricSpec] {
            get { json["metrics"].list(AutoscalingV2.MetricSpec.self) }
            set { json.put("metrics", list: newValue) }
        }
        public var minReplicas: Int32? {
            get { json["minReplicas"].int32Value }
            set { json.put("minReplicas", int32: newValue) }
        }
        public var scaleTargetRef: AutoscalingV2.CrossVersionObjectReference {
            get { AutoscalingV2.CrossVersionObjectReference(json: json["scaleTargetRef"]) }
            set { json.put("scaleTargetRef", newValue.json) }
        }
    }

    public struct HorizontalPodAutoscalerStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var conditions: [AutoscalingV2.HorizontalPodAutoscalerCondition] {
            get { json["conditions"].list(AutoscalingV2.HorizontalPodAutoscalerCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var currentMetrics: [AutoscalingV2.MetricStatus] {
            get { json["currentMetrics"].list(AutoscalingV2.MetricStatus.self) }
            set { json.put("currentMetrics", list: newValue) }
        }
        public var currentReplicas: Int32? {
            get { json["currentReplicas"].int32Value }
            set { json.put("currentReplicas", int32: newValue) }
        }
        public var desiredReplicas: Int32? {
            get { json["desiredReplicas"].int32Value }
            set { json.put("desiredReplicas", int32: newValue) }
        }
        public var lastScaleTime: String? {
            get { json["lastScaleTime"].stringValue }
            set { json.put("lastScaleTime", string: newValue) }
        }
        public var observedGeneration: Int64? {
            get { json["observedGeneration"].intValue }
            set { json.put("observedGeneration", int64: newValue) }
        }
    }

    public struct MetricIdentifier: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
    }

    public struct MetricSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var containerResource: AutoscalingV2.ContainerResourceMetricSource {
            get { AutoscalingV2.ContainerResourceMetricSource(json: json["containerResource"]) }
            set { json.put("containerResource", newValue.json) }
        }
        public var external: AutoscalingV2.ExternalMetricSource {
            get { AutoscalingV2.ExternalMetricSource(json: json["external"]) }
            set { json.put("external", newValue.json) }
        }
        public var object: AutoscalingV2.ObjectMetricSource {
            get { AutoscalingV2.ObjectMetricSource(json: json["object"]) }
            set { json.put("object", newValue.json) }
        }
        public var pods: AutoscalingV2.PodsMetricSource {
            get { AutoscalingV2.PodsMetricSource(json: json["pods"]) }
            set { json.put("pods", newValue.json) }
        }
        public var resource: AutoscalingV2.ResourceMetricSource {
            get { AutoscalingV2.ResourceMetricSource(json: json["resource"]) }
            set { json.put("resource", newValue.json) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct MetricStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var containerResource: AutoscalingV2.ContainerResourceMetricStatus {
            get { AutoscalingV2.ContainerResourceMetricStatus(json: json["containerResource"]) }
            set { json.put("containerResource", newValue.json) }
        }
        public var external: AutoscalingV2.ExternalMetricStatus {
            get { AutoscalingV2.ExternalMetricStatus(json: json["external"]) }
            set { json.put("external", newValue.json) }
        }
        public var object: AutoscalingV2.ObjectMetricStatus {
            get { AutoscalingV2.ObjectMetricStatus(json: json["object"]) }
            set { json.put("object", newValue.json) }
        }
        public var pods: AutoscalingV2.PodsMetricStatus {
            get { AutoscalingV2.PodsMetricStatus(json: json["pods"]) }
            set { json.put("pods", newValue.json) }
        }
        public var resource: AutoscalingV2.ResourceMetricStatus {
            get { AutoscalingV2.ResourceMetricStatus(json: json["resource"]) }
            set { json.put("resource", newValue.json) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct MetricTarget: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var averageUtilization: Int32? {
            get { json["averageUtilization"].int32Value }
            set { json.put("averageUtilization", int32: newValue) }
        }
        public var averageValue: String? {
            get { json["averageValue"].quantityString }
            set { json.put("averageValue", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
        public var value: String? {
            get { json["value"].quantityString }
            set { json.put("value", string: newValue) }
        }
    }

    public struct MetricValueStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var averageUtilization: Int32? {
            get { json["averageUtilization"].int32Value }
            set { json.put("averageUtilization", int32: newValue) }
        }
        public var averageValue: String? {
            get { json["averageValue"].quantityString }
            set { json.put("averageValue", string: newValue) }
        }
        public var value: String? {
            get { json["value"].quantityString }
            set { json.put("value", string: newValue) }
        }
    }

    public struct ObjectMetricSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var describedObject: AutoscalingV2.CrossVersionObjectReference {
            get { AutoscalingV2.CrossVersionObjectReference(json: json["describedObject"]) }
            set { json.put("describedObject", newValue.json) }
        }
        public var metric: AutoscalingV2.MetricIdentifier {
            get { AutoscalingV2.MetricIdentifier(json: json["metric"]) }
            set { json.put("metric", newValue.json) }
        }
        public var target: AutoscalingV2.MetricTarget {
            get { AutoscalingV2.MetricTarget(json: json["target"]) }
            set { json.put("target", newValue.json) }
        }
    }

    public struct ObjectMetricStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var current: AutoscalingV2.MetricValueStatus {
            get { AutoscalingV2.MetricValueStatus(json: json["current"]) }
            set { json.put("current", newValue.json) }
        }
        public var describedObject: AutoscalingV2.CrossVersionObjectReference {
            get { AutoscalingV2.CrossVersionObjectReference(json: json["describedObject"]) }
            set { json.put("describedObject", newValue.json) }
        }
        public var metric: AutoscalingV2.MetricIdentifier {
            get { AutoscalingV2.MetricIdentifier(json: json["metric"]) }
            set { json.put("metric", newValue.json) }
        }
    }

    public struct PodsMetricSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var metric: AutoscalingV2.MetricIdentifier {
            get { AutoscalingV2.MetricIdentifier(json: json["metric"]) }
            set { json.put("metric", newValue.json) }
        }
        public var target: AutoscalingV2.MetricTarget {
            get { AutoscalingV2.MetricTarget(json: json["target"]) }
            set { json.put("target", newValue.json) }
        }
    }

    public struct PodsMetricStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var current: AutoscalingV2.MetricValueStatus {
            get { AutoscalingV2.MetricValueStatus(json: json["current"]) }
            set { json.put("current", newValue.json) }
        }
        public var metric: AutoscalingV2.MetricIdentifier {
            get { AutoscalingV2.MetricIdentifier(json: json["metric"]) }
            set { json.put("metric", newValue.json) }
        }
    }

    public struct ResourceMetricSource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var target: AutoscalingV2.MetricTarget {
            get { AutoscalingV2.MetricTarget(json: json["target"]) }
            set { json.put("target", newValue.json) }
        }
    }

    public struct ResourceMetricStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var current: AutoscalingV2.MetricValueStatus {
            get { AutoscalingV2.MetricValueStatus(json: json["current"]) }
            set { json.put("current", newValue.json) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }
}
