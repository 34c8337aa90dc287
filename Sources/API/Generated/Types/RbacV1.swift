// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum RbacV1 {}

extension RbacV1 {
    public struct AggregationRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var clusterRoleSelectors: [MetaV1.LabelSelector] {
            get { json["clusterRoleSelectors"].list(MetaV1.LabelSelector.self) }
            set { json.put("clusterRoleSelectors", list: newValue) }
        }
    }

    public struct ClusterRole: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("ClusterRole")]) }
        public typealias List = RbacV1.ClusterRoleList
        public static var apiVersion: String { "rbac.authorization.k8s.io/v1" }
        public static var kind: String { "ClusterRole" }
        public static var resource: String { "clusterroles" }
        public static var namespaced: Bool { false }
        public var aggregationRule: RbacV1.AggregationRule {
            get { RbacV1.AggregationRule(json: json["aggregationRule"]) }
            set { json.put("aggregationRule", newValue.json) }
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
        public var rules: [RbacV1.PolicyRule] {
            get { json["rules"].list(RbacV1.PolicyRule.self) }
            set { json.put("rules", list: newValue) }
        }
    }

    public struct ClusterRoleBinding: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("ClusterRoleBinding")]) }
        public typealias List = RbacV1.ClusterRoleBindingList
        public static var apiVersion: String { "rbac.authorization.k8s.io/v1" }
        public static var kind: String { "ClusterRoleBinding" }
        public static var resource: String { "clusterrolebindings" }
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
        public var roleRef: RbacV1.RoleRef {
            get { RbacV1.RoleRef(json: json["roleRef"]) }
            set { json.put("roleRef", newValue.json) }
        }
        public var subjects: [RbacV1.Subject] {
            get { json["subjects"].list(RbacV1.Subject.self) }
            set { json.put("subjects", list: newValue) }
        }
    }

    public struct ClusterRoleBindingList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("ClusterRoleBindingList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [RbacV1.ClusterRoleBinding] {
            get { json["items"].list(RbacV1.ClusterRoleBinding.self) }
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

    public struct ClusterRoleList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("ClusterRoleList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [RbacV1.ClusterRole] {
            get { json["items"].list(RbacV1.ClusterRole.self) }
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

    public struct PolicyRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiGroups: [String] {
            get { json["apiGroups"].strings }
            set { json.put("apiGroups", strings: newValue) }
        }
        public var nonResourceURLs: [String] {
            get { json["nonResourceURLs"].strings }
            set { json.put("nonResourceURLs", strings: newValue) }
        }
        public var resourceNames: [String] {
            get { json["resourceNames"].strings }
            set { json.put("resourceNames", strings: newValue) }
        }
        public var resources: [String] {
            get { json["resources"].strings }
            set { json.put("resources", strings: newValue) }
        }
        public var verbs: [String] {
            get { json["verbs"].strings }
            set { json.put("verbs", strings: newValue) }
        }
    }

    public struct Role: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("Role")]) }
        public typealias List = RbacV1.RoleList
        public static var apiVersion: String { "rbac.authorization.k8s.io/v1" }
        public static var kind: String { "Role" }
        public static var resource: String { "roles" }
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
        public var rules: [RbacV1.PolicyRule] {
            get { json["rules"].list(RbacV1.PolicyRule.self) }
            set { json.put("rules", list: newValue) }
        }
    }

    public struct RoleBinding: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("RoleBinding")]) }
        public typealias List = RbacV1.RoleBindingList
        public static var apiVersion: String { "rbac.authorization.k8s.io/v1" }
        public static var kind: String { "RoleBinding" }
        public static var resource: String { "rolebindings" }
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
        public var roleRef: RbacV1.RoleRef {
            get { RbacV1.RoleRef(json: json["roleRef"]) }
            set { json.put("roleRef", newValue.json) }
        }
        public var subjects: [RbacV1.Subject] {
            get { json["subjects"].list(RbacV1.Subject.self) }
            set { json.put("subjects", list: newValue) }
        }
    }

    public struct RoleBindingList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("RoleBindingList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [RbacV1.RoleBinding] {
            get { json["items"].list(RbacV1.RoleBinding.self) }
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

    public struct RoleList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("rbac.authorization.k8s.io/v1"), "kind": .string("RoleList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [RbacV1.Role] {
            get { json["items"].list(RbacV1.Role.self) }
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

    public struct RoleRef: JSONBacked {
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

    public struct Subject: JSONBacked {
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
}
