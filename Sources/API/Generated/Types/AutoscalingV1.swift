// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum AutoscalingV1 {}

extension AutoscalingV1 {
    public struct Scale: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("autoscaling/v1"), "kind": .string("Scale")]) }
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
        public var spec: AutoscalingV1.ScaleSpec {
            get { AutoscalingV1.ScaleSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: AutoscalingV1.ScaleStatus {
            get { AutoscalingV1.ScaleStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct ScaleSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var replicas: Int32? {
            get { json["replicas"].int32Value }
            set { json.put("replicas", int32: newValue) }
        }
    }

    public struct ScaleStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var replicas: Int32? {
            get { json["replicas"].int32Value }
            set { json.put("replicas", int32: newValue) }
        }
        public var selector: String? {
            get { json["selector"].stringValue }
            set { json.put("selector", string: newValue) }
        }
    }
}
