// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum DiscoveryV1 {}

extension DiscoveryV1 {
    public struct Endpoint: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var addresses: [String] {
            get { json["addresses"].strings }
            set { json.put("addresses", strings: newValue) }
        }
        public var conditions: DiscoveryV1.EndpointConditions {
            get { DiscoveryV1.EndpointConditions(json: json["conditions"]) }
            set { json.put("conditions", newValue.json) }
        }
        public var deprecatedTopology: [String: String] {
            get { json["deprecatedTopology"].stringMap }
            set { json.put("deprecatedTopology", stringMap: newValue) }
        }
        public var hints: DiscoveryV1.EndpointHints {
            get { DiscoveryV1.EndpointHints(json: json["hints"]) }
            set { json.put("hints", newValue.json) }
        }
        public var hostname: String? {
            get { json["hostname"].stringValue }
            set { json.put("hostname", string: newValue) }
        }
        public var nodeName: String? {
            get { json["nodeName"].stringValue }
            set { json.put("nodeName", string: newValue) }
        }
        public var targetRef: CoreV1.ObjectReference {
            get { CoreV1.ObjectReference(json: json["targetRef"]) }
            set { json.put("targetRef", newValue.json) }
        }
        public var zone: String? {
            get { json["zone"].stringValue }
            set { json.put("zone", string: newValue) }
        }
    }

    public struct EndpointConditions: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ready: Bool? {
            get { json["ready"].boolValue }
            set { json.put("ready", bool: newValue) }
        }
        public var serving: Bool? {
            get { json["serving"].boolValue }
            set { json.put("serving", bool: newValue) }
        }
        public var terminating: Bool? {
            get { json["terminating"].boolValue }
            set { json.put("terminating", bool: newValue) }
        }
    }

    public struct EndpointHints: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var forNodes: [DiscoveryV1.ForNode] {
            get { json["forNodes"].list(DiscoveryV1.ForNode.self) }
            set { json.put("forNodes", list: newValue) }
        }
        public var forZones: [DiscoveryV1.ForZone] {
            get { json["forZones"].list(DiscoveryV1.ForZone.self) }
            set { json.put("forZones", list: newValue) }
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

    public struct EndpointSlice: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("discovery.k8s.io/v1"), "kind": .string("EndpointSlice")]) }
        public typealias List = DiscoveryV1.EndpointSliceList
        public static var apiVersion: String { "discovery.k8s.io/v1" }
        public static var kind: String { "EndpointSlice" }
        public static var resource: String { "endpointslices" }
        public static var namespaced: Bool { true }
        public var addressType: String? {
            get { json["addressType"].stringValue }
            set { json.put("addressType", string: newValue) }
        }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var endpoints: [DiscoveryV1.Endpoint] {
            get { json["endpoints"].list(DiscoveryV1.Endpoint.self) }
            set { json.put("endpoints", list: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var metadata: MetaV1.ObjectMeta {
            get { MetaV1.ObjectMeta(json: json["metadata"]) }
            set { json.put("metadata", newValue.json) }
        }
        public var ports: [DiscoveryV1.EndpointPort] {
            get { json["ports"].list(DiscoveryV1.EndpointPort.self) }
            set { json.put("ports", list: newValue) }
        }
    }

    public struct EndpointSliceList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("discovery.k8s.io/v1"), "kind": .string("EndpointSliceList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [DiscoveryV1.EndpointSlice] {
            get { json["items"].list(DiscoveryV1.EndpointSlice.self) }
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

    public struct ForNode: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }

    public struct ForZone: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
    }
}
