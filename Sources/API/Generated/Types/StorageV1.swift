// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum StorageV1 {}

extension StorageV1 {
    public struct StorageClass: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("storage.k8s.io/v1"), "kind": .string("StorageClass")]) }
        public typealias List = StorageV1.StorageClassList
        public static var apiVersion: String { "storage.k8s.io/v1" }
        public static var kind: String { "StorageClass" }
        public static var resource: String { "storageclasses" }
        public static var namespaced: Bool { false }
        public var allowVolumeExpansion: Bool? {
            get { json["allowVolumeExpansion"].boolValue }
            set { json.put("allowVolumeExpansion", bool: newValue) }
        }
        public var allowedTopologies: [CoreV1.TopologySelectorTerm] {
            get { json["allowedTopologies"].list(CoreV1.TopologySelectorTerm.self) }
            set { json.put("allowedTopologies", list: newValue) }
        }
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
        public var mountOptions: [String] {
            get { json["mountOptions"].strings }
            set { json.put("mountOptions", strings: newValue) }
        }
        public var parameters: [String: String] {
            get { json["parameters"].stringMap }
            set { json.put("parameters", stringMap: newValue) }
        }
        public var provisioner: String? {
            get { json["provisioner"].stringValue }
            set { json.put("provisioner", string: newValue) }
        }
        public var reclaimPolicy: String? {
            get { json["reclaimPolicy"].stringValue }
            set { json.put("reclaimPolicy", string: newValue) }
        }
        public var volumeBindingMode: String? {
            get { json["volumeBindingMode"].stringValue }
            set { json.put("volumeBindingMode", string: newValue) }
        }
    }

    public struct StorageClassList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("storage.k8s.io/v1"), "kind": .string("StorageClassList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [StorageV1.StorageClass] {
            get { json["items"].list(StorageV1.StorageClass.self) }
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
