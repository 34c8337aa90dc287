// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum CoordinationV1 {}

extension CoordinationV1 {
    public struct Lease: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("coordination.k8s.io/v1"), "kind": .string("Lease")]) }
        public typealias List = CoordinationV1.LeaseList
        public static var apiVersion: String { "coordination.k8s.io/v1" }
        public static var kind: String { "Lease" }
        public static var resource: String { "leases" }
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
        public var spec: CoordinationV1.LeaseSpec {
            get { CoordinationV1.LeaseSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
    }

    public struct LeaseList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("coordination.k8s.io/v1"), "kind": .string("LeaseList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [CoordinationV1.Lease] {
            get { json["items"].list(CoordinationV1.Lease.self) }
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

    public struct LeaseSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var acquireTime: String? {
            get { json["acquireTime"].stringValue }
            set { json.put("acquireTime", string: newValue) }
        }
        public var holderIdentity: String? {
            get { json["holderIdentity"].stringValue }
            set { json.put("holderIdentity", string: newValue) }
        }
        public var leaseDurationSeconds: Int32? {
            get { json["leaseDurationSeconds"].int32Value }
            set { json.put("leaseDurationSeconds", int32: newValue) }
        }
        public var leaseTransitions: Int32? {
            get { json["leaseTransitions"].int32Value }
            set { json.put("leaseTransitions", int32: newValue) }
        }
        public var preferredHolder: String? {
            get { json["preferredHolder"].stringValue }
            set { json.put("preferredHolder", string: newValue) }
        }
        public var renewTime: String? {
            get { json["renewTime"].stringValue }
            set { json.put("renewTime", string: newValue) }
        }
        public var strategy: String? {
            get { json["strategy"].stringValue }
            set { json.put("strategy", string: newValue) }
        }
    }
}
