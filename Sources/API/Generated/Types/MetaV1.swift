// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum MetaV1 {}

extension MetaV1 {
    public struct APIGroup: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("APIGroup")]) }
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
        public var preferredVersion: MetaV1.GroupVersionForDiscovery {
            get { MetaV1.GroupVersionForDiscovery(json: json["preferredVersion"]) }
            set { json.put("preferredVersion", newValue.json) }
        }
        public var serverAddressByClientCIDRs: [MetaV1.ServerAddressByClientCIDR] {
            get { json["serverAddressByClientCIDRs"].list(MetaV1.ServerAddressByClientCIDR.self) }
            set { json.put("serverAddressByClientCIDRs", list: newValue) }
        }
        public var versions: [MetaV1.GroupVersionForDiscovery] {
            get { json["versions"].list(MetaV1.GroupVersionForDiscovery.self) }
            set { json.put("versions", list: newValue) }
        }
    }

    public struct APIGroupList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("APIGroupList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var groups: [MetaV1.APIGroup] {
            get { json["groups"].list(MetaV1.APIGroup.self) }
            set { json.put("groups", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
    }

    public struct APIResource: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var categories: [String] {
            get { json["categories"].strings }
            set { json.put("categories", strings: newValue) }
        }
        public var group: String? {
            get { json["group"].stringValue }
            set { json.put("group", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var namespaced: Bool? {
            get { json["namespaced"].boolValue }
            set { json.put("namespaced", bool: newValue) }
        }
        public var shortNames: [String] {
            get { json["shortNames"].strings }
            set { json.put("shortNames", strings: newValue) }
        }
        public var singularName: String? {
            get { json["singularName"].stringValue }
            set { json.put("singularName", string: newValue) }
        }
        public var storageVersionHash: String? {
            get { json["storageVersionHash"].stringValue }
            set { json.put("storageVersionHash", string: newValue) }
        }
        public var verbs: [String] {
            get { json["verbs"].strings }
            set { json.put("verbs", strings: newValue) }
        }
        public var version: String? {
            get { json["version"].stringValue }
            set { json.put("version", string: newValue) }
        }
    }

    public struct APIResourceList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("APIResourceList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var groupVersion: String? {
            get { json["groupVersion"].stringValue }
            set { json.put("groupVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var resources: [MetaV1.APIResource] {
            get { json["resources"].list(MetaV1.APIResource.self) }
            set { json.put("resources", list: newValue) }
        }
    }

    public struct APIVersions: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("APIVersions")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var serverAddressByClientCIDRs: [MetaV1.ServerAddressByClientCIDR] {
            get { json["serverAddressByClientCIDRs"].list(MetaV1.ServerAddressByClientCIDR.self) }
            set { json.put("serverAddressByClientCIDRs", list: newValue) }
        }
        public var versions: [String] {
            get { json["versions"].strings }
            set { json.put("versions", strings: newValue) }
        }
    }

    public struct Condition: JSONBacked {
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

    public struct DeleteOptions: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var dryRun: [String] {
            get { json["dryRun"].strings }
            set { json.put("dryRun", strings: newValue) }
        }
        public var gracePeriodSeconds: Int64? {
            get { json["gracePeriodSeconds"].intValue }
            set { json.put("gracePeriodSeconds", int64: newValue) }
        }
        public var ignoreStoreReadErrorWithClusterBreakingPotential: Bool? {
            get { json["ignoreStoreReadErrorWithClusterBreakingPotential"].boolValue }
            set { json.put("ignoreStoreReadErrorWithClusterBreakingPotential", bool: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var orphanDependents: Bool? {
            get { json["orphanDependents"].boolValue }
            set { json.put("orphanDependents", bool: newValue) }
        }
        public var preconditions: MetaV1.Preconditions {
            get { MetaV1.Preconditions(json: json["preconditions"]) }
            set { json.put("preconditions", newValue.json) }
        }
        public var propagationPolicy: String? {
            get { json["propagationPolicy"].stringValue }
            set { json.put("propagationPolicy", string: newValue) }
        }
    }

    public struct FieldSelectorRequirement: JSONBacked {
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

    public struct GroupVersionForDiscovery: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var groupVersion: String? {
            get { json["groupVersion"].stringValue }
            set { json.put("groupVersion", string: newValue) }
        }
        public var version: String? {
            get { json["version"].stringValue }
            set { json.put("version", string: newValue) }
        }
    }

    public struct LabelSelector: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var matchExpressions: [MetaV1.LabelSelectorRequirement] {
            get { json["matchExpressions"].list(MetaV1.LabelSelectorRequirement.self) }
            set { json.put("matchExpressions", list: newValue) }
        }
        public var matchLabels: [String: String] {
            get { json["matchLabels"].stringMap }
            set { json.put("matchLabels", stringMap: newValue) }
        }
    }

    public struct LabelSelectorRequirement: JSONBacked {
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

    public struct ListMeta: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var `continue`: String? {
            get { json["continue"].stringValue }
            set { json.put("continue", string: newValue) }
        }
        public var remainingItemCount: Int64? {
            get { json["remainingItemCount"].intValue }
            set { json.put("remainingItemCount", int64: newValue) }
        }
        public var resourceVersion: String? {
            get { json["resourceVersion"].stringValue }
            set { json.put("resourceVersion", string: newValue) }
        }
        public var selfLink: String? {
            get { json["selfLink"].stringValue }
            set { json.put("selfLink", string: newValue) }
        }
    }

    public struct ManagedFieldsEntry: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var fieldsType: String? {
            get { json["fieldsType"].stringValue }
            set { json.put("fieldsType", string: newValue) }
        }
        public var fieldsV1: JSON? {
            get { json["fieldsV1"].nonNull }
            set { json.put("fieldsV1", newValue ?? .null) }
        }
        public var manager: String? {
            get { json["manager"].stringValue }
            set { json.put("manager", string: newValue) }
        }
        public var operation: String? {
            get { json["operation"].stringValue }
            set { json.put("operation", string: newValue) }
        }
        public var subresource: String? {
            get { json["subresource"].stringValue }
            set { json.put("subresource", string: newValue) }
        }
        public var time: String? {
            get { json["time"].stringValue }
            set { json.put("time", string: newValue) }
        }
    }

    public struct ObjectMeta: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var annotations: [String: String] {
            get { json["annotations"].stringMap }
            set { json.put("annotations", stringMap: newValue) }
        }
        public var creationTimestamp: String? {
            get { json["creationTimestamp"].stringValue }
            set { json.put("creationTimestamp", string: newValue) }
        }
        public var deletionGracePeriodSeconds: Int64? {
            get { json["deletionGracePeriodSeconds"].intValue }
            set { json.put("deletionGracePeriodSeconds", int64: newValue) }
        }
        public var deletionTimestamp: String? {
            get { json["deletionTimestamp"].stringValue }
            set { json.put("deletionTimestamp", string: newValue) }
        }
        public var finalizers: [String] {
            get { json["finalizers"].strings }
            set { json.put("finalizers", strings: newValue) }
        }
        public var generateName: String? {
            get { json["generateName"].stringValue }
            set { json.put("generateName", string: newValue) }
        }
        public var generation: Int64? {
            get { json["generation"].intValue }
            set { json.put("generation", int64: newValue) }
        }
        public var labels: [String: String] {
            get { json["labels"].stringMap }
            set { json.put("labels", stringMap: newValue) }
        }
        public var managedFields: [MetaV1.ManagedFieldsEntry] {
            get { json["managedFields"].list(MetaV1.ManagedFieldsEntry.self) }
            set { json.put("managedFields", list: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var namespace: String? {
            get { json["namespace"].stringValue }
            set { json.put("namespace", string: newValue) }
        }
        public var ownerReferences: [MetaV1.OwnerReference] {
            get { json["ownerReferences"].list(MetaV1.OwnerReference.self) }
            set { json.put("ownerReferences", list: newValue) }
        }
        public var resourceVersion: String? {
            get { json["resourceVersion"].stringValue }
            set { json.put("resourceVersion", string: newValue) }
        }
        public var selfLink: String? {
            get { json["selfLink"].stringValue }
            set { json.put("selfLink", string: newValue) }
        }
        public var uid: String? {
            get { json["uid"].stringValue }
            set { json.put("uid", string: newValue) }
        }
    }

    public struct OwnerReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var blockOwnerDeletion: Bool? {
            get { json["blockOwnerDeletion"].boolValue }
            set { json.put("blockOwnerDeletion", bool: newValue) }
        }
        public var controller: Bool? {
            get { json["controller"].boolValue }
            set { json.put("controller", bool: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var uid: String? {
            get { json["uid"].stringValue }
            set { json.put("uid", string: newValue) }
        }
    }

    public struct Preconditions: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var resourceVersion: String? {
            get { json["resourceVersion"].stringValue }
            set { json.put("resourceVersion", string: newValue) }
        }
        public var uid: String? {
            get { json["uid"].stringValue }
            set { json.put("uid", string: newValue) }
        }
    }

    public struct ServerAddressByClientCIDR: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var clientCIDR: String? {
            get { json["clientCIDR"].stringValue }
            set { json.put("clientCIDR", string: newValue) }
        }
        public var serverAddress: String? {
            get { json["serverAddress"].stringValue }
            set { json.put("serverAddress", string: newValue) }
        }
    }

    public struct Status: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("v1"), "kind": .string("Status")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var code: Int32? {
            get { json["code"].int32Value }
            set { json.put("code", int32: newValue) }
        }
        public var details: MetaV1.StatusDetails {
            get { MetaV1.StatusDetails(json: json["details"]) }
            set { json.put("details", newValue.json) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var metadata: MetaV1.ListMeta {
            get { MetaV1.ListMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var status: String? {
            get { json["status"].stringValue }
            set { json.put("status", string: newValue) }
        }
    }

    public struct StatusCause: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var field: String? {
            get { json["field"].stringValue }
            set { json.put("field", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
    }

    public struct StatusDetails: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var causes: [MetaV1.StatusCause] {
            get { json["causes"].list(MetaV1.StatusCause.self) }
            set { json.put("causes", list: newValue) }
        }
        public var group: String? {
            get { json["group"].stringValue }
            set { json.put("group", string: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var retryAfterSeconds: Int32? {
            get { json["retryAfterSeconds"].int32Value }
            set { json.put("retryAfterSeconds", int32: newValue) }
        }
        public var uid: String? {
            get { json["uid"].stringValue }
            set { json.put("uid", string: newValue) }
        }
    }

    public struct WatchEvent: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var object: JSON? {
            get { json["object"].nonNull }
            set { json.put("object", newValue ?? .null) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }
}
