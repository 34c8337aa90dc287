// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum SchedulingV1 {}

extension SchedulingV1 {
    public struct PriorityClass: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("scheduling.k8s.io/v1"), "kind": .string("PriorityClass")]) }
        public typealias List = SchedulingV1.PriorityClassList
        public static var apiVersion: String { "scheduling.k8s.io/v1" }
        public static var kind: String { "PriorityClass" }
        public static var resource: String { "priorityclasses" }
        public static var namespaced: Bool { false }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var description: String? {
            get { json["description"].stringValue }
            set { json.put("description", string: newValue) }
        }
        public var globalDefault: Bool? {
            get { json["globalDefault"].boolValue }
            set { json.put("globalDefault", bool: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var preemptionPolicy: String? {
            get { json["preemptionPolicy"].stringValue }
            set { json.put("preemptionPolicy", string: newValue) }
        }
        public var value: Int32? {
            get { json["value"].int32Value }
            set { json.put("value", int32: newValue) }
        }
    }

    public struct PriorityClassList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("scheduling.k8s.io/v1"), "kind": .string("PriorityClassList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [SchedulingV1.PriorityClass] {
            get { json["items"].list(SchedulingV1.PriorityClass.self) }
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
