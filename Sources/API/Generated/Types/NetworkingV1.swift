// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum NetworkingV1 {}

extension NetworkingV1 {
    public struct HTTPIngressPath: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var backend: NetworkingV1.IngressBackend {
            get { NetworkingV1.IngressBackend(json: json["backend"]) }
            set { json.put("backend", newValue.json) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var pathType: String? {
            get { json["pathType"].stringValue }
            set { json.put("pathType", string: newValue) }
        }
    }

    public struct HTTPIngressRuleValue: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var paths: [NetworkingV1.HTTPIngressPath] {
            get { json["paths"].list(NetworkingV1.HTTPIngressPath.self) }
            set { json.put("paths", list: newValue) }
        }
    }

    public struct IPBlock: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var cidr: String? {
            get { json["cidr"].stringValue }
            set { json.put("cidr", string: newValue) }
        }
        public var except: [String] {
            get { json["except"].strings }
            set { json.put("except", strings: newValue) }
        }
    }

    public struct Ingress: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("networking.k8s.io/v1"), "kind": .string("Ingress")]) }
        public typealias List = NetworkingV1.IngressList
        public static var apiVersion: String { "networking.k8s.io/v1" }
        public static var kind: String { "Ingress" }
        public static var resource: String { "ingresses" }
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
        public var spec: NetworkingV1.IngressSpec {
            get { NetworkingV1.IngressSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: NetworkingV1.IngressStatus {
            get { NetworkingV1.IngressStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct IngressBackend: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var resource: CoreV1.TypedLocalObjectReference {
            get { CoreV1.TypedLocalObjectReference(json: json["resource"]) }
            set { json.put("resource", newValue.json) }
        }
        public var service: NetworkingV1.IngressServiceBackend {
            get { NetworkingV1.IngressServiceBackend(json: json["service"]) }
            set { json.put("service", newValue.json) }
        }
    }

    public struct IngressClass: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("networking.k8s.io/v1"), "kind": .string("IngressClass")]) }
        public typealias List = NetworkingV1.IngressClassList
        public static var apiVersion: String { "networking.k8s.io/v1" }
        public static var kind: String { "IngressClass" }
        public static var resource: String { "ingressclasses" }
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
        public var spec: NetworkingV1.IngressClassSpec {
            get { NetworkingV1.IngressClassSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
    }

    public struct IngressClassList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("networking.k8s.io/v1"), "kind": .string("IngressClassList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [NetworkingV1.IngressClass] {
            get { json["items"].list(NetworkingV1.IngressClass.self) }
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

    public struct IngressClassParametersReference: JSONBacked {
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
        public var scope: String? {
            get { json["scope"].stringValue }
            set { json.put("scope", string: newValue) }
        }
    }

    public struct IngressClassSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var controller: String? {
            get { json["controller"].stringValue }
            set { json.put("controller", string: newValue) }
        }
        public var parameters: NetworkingV1.IngressClassParametersReference {
            get { NetworkingV1.IngressClassParametersReference(json: json["parameters"]) }
            set { json.put("parameters", newValue.json) }
        }
    }

    public struct IngressList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("networking.k8s.io/v1"), "kind": .string("IngressList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [NetworkingV1.Ingress] {
            get { json["items"].list(NetworkingV1.Ingress.self) }
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

    public struct IngressLoadBalancerIngress: JSONBacked {
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
        public var ports: [NetworkingV1.IngressPortStatus] {
            get { json["ports"].list(NetworkingV1.IngressPortStatus.self) }
            set { json.put("ports", list: newValue) }
        }
    }

    public struct IngressLoadBalancerStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ingress: [NetworkingV1.IngressLoadBalancerIngress] {
            get { json["ingress"].list(NetworkingV1.IngressLoadBalancerIngress.self) }
            set { json.put("ingress", list: newValue) }
        }
    }

    public struct IngressPortStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var error: String? {
            get { json["error"].stringValue }
            set { json.put("error", string: newValue) }
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

    public struct IngressRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var host: String? {
            get { json["host"].stringValue }
            set { json.put("host", string: newValue) }
        }
        public var http: NetworkingV1.HTTPIngressRuleValue {
            get { NetworkingV1.HTTPIngressRuleValue(json: json["http"]) }
            set { json.put("http", newValue.json) }
        }
    }

    public struct IngressServiceBackend: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var port: NetworkingV1.ServiceBackendPort {
            get { NetworkingV1.ServiceBackendPort(json: json["port"]) }
            set { json.put("port", newValue.json) }
        }
    }

    public struct IngressSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var defaultBackend: NetworkingV1.IngressBackend {
            get { NetworkingV1.IngressBackend(json: json["defaultBackend"]) }
            set { json.put("defaultBackend", newValue.json) }
        }
        public var ingressClassName: String? {
            get { json["ingressClassName"].stringValue }
            set { json.put("ingressClassName", string: newValue) }
        }
        public var rules: [NetworkingV1.IngressRule] {
            get { json["rules"].list(NetworkingV1.IngressRule.self) }
            set { json.put("rules", list: newValue) }
        }
        public var tls: [NetworkingV1.IngressTLS] {
            get { json["tls"].list(NetworkingV1.IngressTLS.self) }
            set { json.put("tls", list: newValue) }
        }
    }

    public struct IngressStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var loadBalancer: NetworkingV1.IngressLoadBalancerStatus {
            get { NetworkingV1.IngressLoadBalancerStatus(json: json["loadBalancer"]) }
            set { json.put("loadBalancer", newValue.json) }
        }
    }

    public struct IngressTLS: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var hosts: [String] {
            get { json["hosts"].strings }
            set { json.put("hosts", strings: newValue) }
        }
        public var secretName: String? {
            get { json["secretName"].stringValue }
            set { json.put("secretName", string: newValue) }
        }
    }

    public struct NetworkPolicy: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("networking.k8s.io/v1"), "kind": .string("NetworkPolicy")]) }
        public typealias List = NetworkingV1.NetworkPolicyList
        public static var apiVersion: String { "networking.k8s.io/v1" }
        public static var kind: String { "NetworkPolicy" }
        public static var resource: String { "networkpolicies" }
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
        public var spec: NetworkingV1.NetworkPolicySpec {
            get { NetworkingV1.NetworkPolicySpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
    }

    public struct NetworkPolicyEgressRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ports: [NetworkingV1.NetworkPolicyPort] {
            get { json["ports"].list(NetworkingV1.NetworkPolicyPort.self) }
            set { json.put("ports", list: newValue) }
        }
        public var to: [NetworkingV1.NetworkPolicyPeer] {
            get { json["to"].list(NetworkingV1.NetworkPolicyPeer.self) }
            set { json.put("to", list: newValue) }
        }
    }

    public struct NetworkPolicyIngressRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var from: [NetworkingV1.NetworkPolicyPeer] {
            get { json["from"].list(NetworkingV1.NetworkPolicyPeer.self) }
            set { json.put("from", list: newValue) }
        }
        public var ports: [NetworkingV1.NetworkPolicyPort] {
            get { json["ports"].list(NetworkingV1.NetworkPolicyPort.self) }
            set { json.put("ports", list: newValue) }
        }
    }

    public struct NetworkPolicyList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("networking.k8s.io/v1"), "kind": .string("NetworkPolicyList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [NetworkingV1.NetworkPolicy] {
            get { json["items"].list(NetworkingV1.NetworkPolicy.self) }
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

    public struct NetworkPolicyPeer: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ipBlock: NetworkingV1.IPBlock {
            get { NetworkingV1.IPBlock(json: json["ipBlock"]) }
            set { json.put("ipBlock", newValue.json) }
        }
        public var namespaceSelector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["namespaceSelector"]) }
            set { json.put("namespaceSelector", newValue.json) }
        }
        public var podSelector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["podSelector"]) }
            set { json.put("podSelector", newValue.json) }
        }
    }

    public struct NetworkPolicyPort: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var endPort: Int32? {
            get { json["endPort"].int32Value }
            set { json.put("endPort", int32: newValue) }
        }
        public var port: IntOrString? {
            get { IntOrString(json: json["port"]) }
            set { json.put("port", intOrString: newValue) }
        }
        public var `protocol`: String? {
            get { json["protocol"].stringValue }
            set { json.put("protocol", string: newValue) }
        }
    }

    public struct NetworkPolicySpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var egress: [NetworkingV1.NetworkPolicyEgressRule] {
            get { json["egress"].list(NetworkingV1.NetworkPolicyEgressRule.self) }
            set { json.put("egress", list: newValue) }
        }
        public var ingress: [NetworkingV1.NetworkPolicyIngressRule] {
            get { json["ingress"].list(NetworkingV1.NetworkPolicyIngressRule.self) }
            set { json.put("ingress", list: newValue) }
        }
        public var podSelector: MetaV1.LabelSelector {
            get { MetaV1.LabelSelector(json: json["podSelector"]) }
            set { json.put("podSelector", newValue.json) }
        }
        public var policyTypes: [String] {
            get { json["policyTypes"].strings }
            set { json.put("policyTypes", strings: newValue) }
        }
    }

    public struct ServiceBackendPort: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var number: Int32? {
            get { json["number"].int32Value }
            set { json.put("number", int32: newValue) }
        }
    }
}
