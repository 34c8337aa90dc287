// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum AuthenticationV1 {}

extension AuthenticationV1 {
    public struct BoundObjectReference: JSONBacked {
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
        public var uid: String? {
            get { json["uid"].stringValue }
            set { json.put("uid", string: newValue) }
        }
    }

    public struct TokenRequest: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("authentication.k8s.io/v1"), "kind": .string("TokenRequest")]) }
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
        public var spec: AuthenticationV1.TokenRequestSpec {
            get { AuthenticationV1.TokenRequestSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: AuthenticationV1.TokenRequestStatus {
            get { AuthenticationV1.TokenRequestStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct TokenRequestSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var audiences: [String] {
            get { json["audiences"].strings }
            set { json.put("audiences", strings: newValue) }
        }
        public var boundObjectRef: AuthenticationV1.BoundObjectReference {
            get { AuthenticationV1.BoundObjectReference(json: json["boundObjectRef"]) }
            set { json.put("boundObjectRef", newValue.json) }
        }
        public var expirationSeconds: Int64? {
            get { json["expirationSeconds"].intValue }
            set { json.put("expirationSeconds", int64: newValue) }
        }
    }

    public struct TokenRequestStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var expirationTimestamp: String? {
            get { json["expirationTimestamp"].stringValue }
            set { json.put("expirationTimestamp", string: newValue) }
        }
        public var token: String? {
            get { json["token"].stringValue }
            set { json.put("token", string: newValue) }
        }
    }
}
