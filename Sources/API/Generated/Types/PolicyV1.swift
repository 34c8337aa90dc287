// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum PolicyV1 {}

extension PolicyV1 {
    public struct Eviction: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("policy/v1"), "kind": .string("Eviction")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var deleteOptions: MetaV1.DeleteOptions {
            get { MetaV1.DeleteOptions(json: json["deleteOptions"]) }
            set { json.put("deleteOptions", newValue.json) }
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

    public struct PodDisruptionBudget: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("policy/v1"), "kind": .string("PodDisruptionBudget")]) }
        public typealias List = PolicyV1.PodDisruptionBudgetList
        public static var apiVersion: String { "policy/v1" }
        public static var kind: String { "PodDisruptionBudget" }
        public static var resource: String { "poddisruptionbudgets" }
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
        public var spec: PolicyV1.PodDisruptionBudgetSpec {
            get { PolicyV1.PodDisruptionBudgetSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: PolicyV1.PodDisruptionBudgetStatus {
            get { PolicyV1.PodDisruptionBudgetStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct PodDisruptionBudgetList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("policy/v1"), "kind": .string("PodDisruptionBudgetList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [PolicyV1.PodDisruptionBudget] {
            get { json["items"].list(PolicyV1.PodDisruptionBudget.self) }
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

    public struct PodDisruptionBudgetSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var maxUnavailable: IntOrString? {
            get { IntOrString(json: json["maxUnavailable"]) }
            set { json.put("maxUnavailable", intOrString: newValue) }
        }
        public var minAvailable: IntOrString? {
            get { IntOrString(json: json["minAvailable"]) }
            set { json.put("minAvailable", intOrString: newValue) }
        }
        public var selector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["selector"]) }
            set { json.put("selector", newValue.json) }
        }
        public var unhealthyPodEvictionPolicy: String? {
            get { json["unhealthyPodEvictionPolicy"].stringValue }
            set { json.put("unhealthyPodEvictionPolicy", string: newValue) }
        }
    }

    public struct PodDisruptionBudgetStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var conditions: [MetaV1.Condition] {
            get { json["conditions"].list(MetaV1.Condition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var currentHealthy: Int32? {
            get { json["currentHealthy"].int32Value }
            set { json.put("currentHealthy", int32: newValue) }
        }
        public var desiredHealthy: Int32? {
            get { json["desiredHealthy"].int32Value }
            set { json.put("desiredHealthy", int32: newValue) }
        }
        public var disruptedPods: [String: String] {
            get { json["disruptedPods"].stringMap }
            set { json.put("disruptedPods", stringMap: newValue) }
        }
        public var disruptionsAllowed: Int32? {
            get { json["disruptionsAllowed"].int32Value }
            set { json.put("disruptionsAllowed", int32: newValue) }
        }
        public var expectedPods: Int32? {
            get { json["expectedPods"].int32Value }
            set { json.put("expectedPods", int32: newValue) }
        }
        public var observedGeneration: Int64? {
            get { json["observedGeneration"].intValue }
            set { json.put("observedGeneration", int64: newValue) }
        }
    }
}
