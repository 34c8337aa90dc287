// GENERATED FILE: do not edit.
// Written by scripts/generate-types.py from the JSON Schema definitions of the PyPI package
// kubernetes-validate (kubernetes-json-schema/v1.33.0-local/_definitions.json) and
// Sources/API/ResourceCatalog.swift. No description text is copied. Regenerate with:
//
//     pip download --no-deps kubernetes-validate==1.33.0 -d /tmp/kv
//     python3 scripts/generate-api.py /tmp/kv/kubernetes_validate-1.33.0-py3-none-any.whl

import APIMachinery

public enum ApiextensionsV1 {}

extension ApiextensionsV1 {
    public struct CustomResourceColumnDefinition: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var description: String? {
            get { json["description"].stringValue }
            set { json.put("description", string: newValue) }
        }
        public var format: String? {
            get { json["format"].stringValue }
            set { json.put("format", string: newValue) }
        }
        public var jsonPath: String? {
            get { json["jsonPath"].stringValue }
            set { json.put("jsonPath", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var priority: Int32? {
            get { json["priority"].int32Value }
            set { json.put("priority", int32: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
    }

    public struct CustomResourceConversion: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var strategy: String? {
            get { json["strategy"].stringValue }
            set { json.put("strategy", string: newValue) }
        }
        public var webhook: ApiextensionsV1.WebhookConversion {
            get { ApiextensionsV1.WebhookConversion(json: json["webhook"]) }
            set { json.put("webhook", newValue.json) }
        }
    }

    public struct CustomResourceDefinition: KubernetesObject {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apiextensions.k8s.io/v1"), "kind": .string("CustomResourceDefinition")]) }
        public typealias List = ApiextensionsV1.CustomResourceDefinitionList
        public static var apiVersion: String { "apiextensions.k8s.io/v1" }
        public static var kind: String { "CustomResourceDefinition" }
        public static var resource: String { "customresourcedefinitions" }
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
        public var spec: ApiextensionsV1.CustomResourceDefinitionSpec {
            get { ApiextensionsV1.CustomResourceDefinitionSpec(json: json["spec"]) }
            set { json.put("spec", newValue.json) }
        }
        public var status: ApiextensionsV1.CustomResourceDefinitionStatus {
            get { ApiextensionsV1.CustomResourceDefinitionStatus(json: json["status"]) }
            set { json.put("status", newValue.json) }
        }
    }

    public struct CustomResourceDefinitionCondition: JSONBacked {
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

    public struct CustomResourceDefinitionList: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public init() { json = .object(["apiVersion": .string("apiextensions.k8s.io/v1"), "kind": .string("CustomResourceDefinitionList")]) }
        public var apiVersion: String? {
            get { json["apiVersion"].stringValue }
            set { json.put("apiVersion", string: newValue) }
        }
        public var items: [ApiextensionsV1.CustomResourceDefinition] {
            get { json["items"].list(ApiextensionsV1.CustomResourceDefinition.self) }
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

    public struct CustomResourceDefinitionNames: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var categories: [String] {
            get { json["categories"].strings }
            set { json.put("categories", strings: newValue) }
        }
        public var kind: String? {
            get { json["kind"].stringValue }
            set { json.put("kind", string: newValue) }
        }
        public var listKind: String? {
            get { json["listKind"].stringValue }
            set { json.put("listKind", string: newValue) }
        }
        public var plural: String? {
            get { json["plural"].stringValue }
            set { json.put("plural", string: newValue) }
        }
        public var shortNames: [String] {
            get { json["shortNames"].strings }
            set { json.put("shortNames", strings: newValue) }
        }
        public var singular: String? {
            get { json["singular"].stringValue }
            set { json.put("singular", string: newValue) }
        }
    }

    public struct CustomResourceDefinitionSpec: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var conversion: ApiextensionsV1.CustomResourceConversion {
            get { ApiextensionsV1.CustomResourceConversion(json: json["conversion"]) }
            set { json.put("conversion", newValue.json) }
        }
        public var group: String? {
            get { json["group"].stringValue }
            set { json.put("group", string: newValue) }
        }
        public var names: ApiextensionsV1.CustomResourceDefinitionNames {
            get { ApiextensionsV1.CustomResourceDefinitionNames(json: json["names"]) }
            set { json.put("names", newValue.json) }
        }
        public var preserveUnknownFields: Bool? {
            get { json["preserveUnknownFields"].boolValue }
            set { json.put("preserveUnknownFields", bool: newValue) }
        }
        public var scope: String? {
            get { json["scope"].stringValue }
            set { json.put("scope", string: newValue) }
        }
        public var versions: [ApiextensionsV1.CustomResourceDefinitionVersion] {
            get { json["versions"].list(ApiextensionsV1.CustomResourceDefinitionVersion.self) }
            set { json.put("versions", list: newValue) }
        }
    }

    public struct CustomResourceDefinitionStatus: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var acceptedNames: ApiextensionsV1.CustomResourceDefinitionNames {
            get { ApiextensionsV1.CustomResourceDefinitionNames(json: json["acceptedNames"]) }
            set { json.put("acceptedNames", newValue.json) }
        }
        public var conditions: [ApiextensionsV1.CustomResourceDefinitionCondition] {
            get { json["conditions"].list(ApiextensionsV1.CustomResourceDefinitionCondition.self) }
            set { json.put("conditions", list: newValue) }
        }
        public var storedVersions: [String] {
            get { json["storedVersions"].strings }
            set { json.put("storedVersions", strings: newValue) }
        }
    }

    public struct CustomResourceDefinitionVersion: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var additionalPrinterColumns: [ApiextensionsV1.CustomResourceColumnDefinition] {
            get { json["additionalPrinterColumns"].list(ApiextensionsV1.CustomResourceColumnDefinition.self) }
            set { json.put("additionalPrinterColumns", list: newValue) }
        }
        public var deprecated: Bool? {
            get { json["deprecated"].boolValue }
            set { json.put("deprecated", bool: newValue) }
        }
        public var deprecationWarning: String? {
            get { json["deprecationWarning"].stringValue }
            set { json.put("deprecationWarning", string: newValue) }
        }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var schema: ApiextensionsV1.CustomResourceValidation {
            get { ApiextensionsV1.CustomResourceValidation(json: json["schema"]) }
            set { json.put("schema", newValue.json) }
        }
        public var selectableFields: [ApiextensionsV1.SelectableField] {
            get { json["selectableFields"].list(ApiextensionsV1.SelectableField.self) }
            set { json.put("selectableFields", list: newValue) }
        }
        public var served: Bool? {
            get { json["served"].boolValue }
            set { json.put("served", bool: newValue) }
        }
        public var storage: Bool? {
            get { json["storage"].boolValue }
            set { json.put("storage", bool: newValue) }
        }
        public var subresources: ApiextensionsV1.CustomResourceSubresources {
            get { ApiextensionsV1.CustomResourceSubresources(json: json["subresources"]) }
            set { json.put("subresources", newValue.json) }
        }
    }

    public struct CustomResourceSubresourceScale: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var labelSelectorPath: String? {
            get { json["labelSelectorPath"].stringValue }
            set { json.put("labelSelectorPath", string: newValue) }
        }
        public var specReplicasPath: String? {
            get { json["specReplicasPath"].stringValue }
            set { json.put("specReplicasPath", string: newValue) }
        }
        public var statusReplicasPath: String? {
            get { json["statusReplicasPath"].stringValue }
            set { json.put("statusReplicasPath", string: newValue) }
        }
    }

    public struct CustomResourceSubresources: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var scale: ApiextensionsV1.CustomResourceSubresourceScale {
            get { ApiextensionsV1.CustomResourceSubresourceScale(json: json["scale"]) }
            set { json.put("scale", newValue.json) }
        }
        public var status: JSON? {
            get { json["status"].nonNull }
            set { json.put("status", newValue ?? .null) }
        }
    }

    public struct CustomResourceValidation: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var openAPIV3Schema: ApiextensionsV1.JSONSchemaProps {
            get { ApiextensionsV1.JSONSchemaProps(json: json["openAPIV3Schema"]) }
            set { json.put("openAPIV3Schema", newValue.json) }
        }
    }

    public struct ExternalDocumentation: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var description: String? {
            get { json["description"].stringValue }
            set { json.put("description", string: newValue) }
        }
        public var url: String? {
            get { json["url"].stringValue }
            set { json.put("url", string: newValue) }
        }
    }

    public struct JSONSchemaProps: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var ref: String? {
            get { json["$ref"].stringValue }
            set { json.put("$ref", string: newValue) }
        }
        public var schema: String? {
            get { json["$schema"].stringValue }
            set { json.put("$schema", string: newValue) }
        }
        public var additionalItems: JSON? {
            get { json["additionalItems"].nonNull }
            set { json.put("additionalItems", newValue ?? .null) }
        }
        public var additionalProperties: JSON? {
            get { json["additionalProperties"].nonNull }
            set { json.put("additionalProperties", newValue ?? .null) }
        }
        public var allOf: [ApiextensionsV1.JSONSchemaProps] {
            get { json["allOf"].list(ApiextensionsV1.JSONSchemaProps.self) }
            set { json.put("allOf", list: newValue) }
        }
        public var anyOf: [ApiextensionsV1.JSONSchemaProps] {
            get { json["anyOf"].list(ApiextensionsV1.JSONSchemaProps.self) }
            set { json.put("anyOf", list: newValue) }
        }
        public var `default`: JSON? {
            get { json["default"].nonNull }
            set { json.put("default", newValue ?? .null) }
        }
        public var definitions: [String: ApiextensionsV1.JSONSchemaProps] {
            get { json["definitions"].dictionary(ApiextensionsV1.JSONSchemaProps.self) }
            set { json.put("definitions", map: newValue) }
        }
        public var dependencies: [String: JSON] {
            get { json["dependencies"].jsonMap }
            set { json.put("dependencies", .object(newValue)) }
        }
        public var description: String? {
            get { json["description"].stringValue }
            set { json.put("description", string: newValue) }
        }
        public var `enum`: [JSON] {
            get { json["enum"].jsons }
            set { json.put("enum", .array(newValue)) }
        }
        public var example: JSON? {
            get { json["example"].nonNull }
            set { json.put("example", newValue ?? .null) }
        }
        public var exclusiveMaximum: Bool? {
            get { json["exclusiveMaximum"].boolValue }
            set { json.put("exclusiveMaximum", bool: newValue) }
        }
        public var exclusiveMinimum: Bool? {
            get { json["exclusiveMinimum"].boolValue }
            set { json.put("exclusiveMinimum", bool: newValue) }
        }
        public var externalDocs: ApiextensionsV1.ExternalDocumentation {
            get { ApiextensionsV1.ExternalDocumentation(json: json["externalDocs"]) }
            set { json.put("externalDocs", newValue.json) }
        }
        public var format: String? {
            get { json["format"].stringValue }
            set { json.put("format", string: newValue) }
        }
        public var id: String? {
            get { json["id"].stringValue }
            set { json.put("id", string: newValue) }
        }
        public var items: JSON? {
            get { json["items"].nonNull }
            set { json.put("items", newValue ?? .null) }
        }
        public var maxItems: Int64? {
            get { json["maxItems"].intValue }
            set { json.put("maxItems", int64: newValue) }
        }
        public var maxLength: Int64? {
            get { json["maxLength"].intValue }
            set { json.put("maxLength", int64: newValue) }
        }
        public var maxProperties: Int64? {
            get { json["maxProperties"].intValue }
            set { json.put("maxProperties", int64: newValue) }
        }
        public var maximum: Double? {
            get { json["maximum"].doubleValue }
            set { json.put("maximum", double: newValue) }
        }
        public var minItems: Int64? {
            get { json["minItems"].intValue }
            set { json.put("minItems", int64: newValue) }
        }
        public var minLength: Int64? {
            get { json["minLength"].intValue }
            set { json.put("minLength", int64: newValue) }
        }
        public var minProperties: Int64? {
            get { json["minProperties"].intValue }
            set { json.put("minProperties", int64: newValue) }
        }
        public var minimum: Double? {
            get { json["minimum"].doubleValue }
            set { json.put("minimum", double: newValue) }
        }
        public var multipleOf: Double? {
            get { json["multipleOf"].doubleValue }
            set { json.put("multipleOf", double: newValue) }
        }
        public var not: ApiextensionsV1.JSONSchemaProps {
            get { ApiextensionsV1.JSONSchemaProps(json: json["not"]) }
            set { json.put("not", newValue.json) }
        }
        public var nullable: Bool? {
            get { json["nullable"].boolValue }
            set { json.put("nullable", bool: newValue) }
        }
        public var oneOf: [ApiextensionsV1.JSONSchemaProps] {
            get { json["oneOf"].list(ApiextensionsV1.JSONSchemaProps.self) }
            set { json.put("oneOf", list: newValue) }
        }
        public var pattern: String? {
            get { json["pattern"].stringValue }
            set { json.put("pattern", string: newValue) }
        }
        public var patternProperties: [String: ApiextensionsV1.JSONSchemaProps] {
            get { json["patternProperties"].dictionary(ApiextensionsV1.JSONSchemaProps.self) }
            set { json.put("patternProperties", map: newValue) }
        }
        public var properties: [String: ApiextensionsV1.JSONSchemaProps] {
            get { json["properties"].dictionary(ApiextensionsV1.JSONSchemaProps.self) }
            set { json.put("properties", map: newValue) }
        }
        public var required: [String] {
            get { json["required"].strings }
            set { json.put("required", strings: newValue) }
        }
        public var title: String? {
            get { json["title"].stringValue }
            set { json.put("title", string: newValue) }
        }
        public var type: String? {
            get { json["type"].stringValue }
            set { json.put("type", string: newValue) }
        }
        public var uniqueItems: Bool? {
            get { json["uniqueItems"].boolValue }
            set { json.put("uniqueItems", bool: newValue) }
        }
        public var xKubernetesEmbeddedResource: Bool? {
            get { json["x-kubernetes-embedded-resource"].boolValue }
            set { json.put("x-kubernetes-embedded-resource", bool: newValue) }
        }
        public var xKubernetesIntOrString: Bool? {
            get { json["x-kubernetes-int-or-string"].boolValue }
            set { json.put("x-kubernetes-int-or-string", bool: newValue) }
        }
        public var xKubernetesListMapKeys: [String] {
            get { json["x-kubernetes-list-map-keys"].strings }
            set { json.put("x-kubernetes-list-map-keys", strings: newValue) }
        }
        public var xKubernetesListType: String? {
            get { json["x-kubernetes-list-type"].stringValue }
            set { json.put("x-kubernetes-list-type", string: newValue) }
        }
        public var xKubernetesMapType: String? {
            get { json["x-kubernetes-map-type"].stringValue }
            set { json.put("x-kubernetes-map-type", string: newValue) }
        }
        public var xKubernetesPreserveUnknownFields: Bool? {
            get { json["x-kubernetes-preserve-unknown-fields"].boolValue }
            set { json.put("x-kubernetes-preserve-unknown-fields", bool: newValue) }
        }
        public var xKubernetesValidations: [ApiextensionsV1.ValidationRule] {
            get { json["x-kubernetes-validations"].list(ApiextensionsV1.ValidationRule.self) }
            set { json.put("x-kubernetes-validations", list: newValue) }
        }
    }

    public struct SelectableField: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var jsonPath: String? {
            get { json["jsonPath"].stringValue }
            set { json.put("jsonPath", string: newValue) }
        }
    }

    public struct ServiceReference: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var name: String? {
            get { json["name"].stringValue }
            set { json.put("name", string: newValue) }
        }
        public var namespace: String? {
            get { json["namespace"].stringValue }
            set { json.put("namespace", string: newValue) }
        }
        public var path: String? {
            get { json["path"].stringValue }
            set { json.put("path", string: newValue) }
        }
        public var port: Int32? {
            get { json["port"].int32Value }
            set { json.put("port", int32: newValue) }
        }
    }

    public struct ValidationRule: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var fieldPath: String? {
            get { json["fieldPath"].stringValue }
            set { json.put("fieldPath", string: newValue) }
        }
        public var message: String? {
            get { json["message"].stringValue }
            set { json.put("message", string: newValue) }
        }
        public var messageExpression: String? {
            get { json["messageExpression"].stringValue }
            set { json.put("messageExpression", string: newValue) }
        }
        public var optionalOldSelf: Bool? {
            get { json["optionalOldSelf"].boolValue }
            set { json.put("optionalOldSelf", bool: newValue) }
        }
        public var reason: String? {
            get { json["reason"].stringValue }
            set { json.put("reason", string: newValue) }
        }
        public var rule: String? {
            get { json["rule"].stringValue }
            set { json.put("rule", string: newValue) }
        }
    }

    public struct WebhookClientConfig: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var caBundle: String? {
            get { json["caBundle"].stringValue }
            set { json.put("caBundle", string: newValue) }
        }
        public var service: ApiextensionsV1.ServiceReference {
            get { ApiextensionsV1.ServiceReference(json: json["service"]) }
            set { json.put("service", newValue.json) }
        }
        public var url: String? {
            get { json["url"].stringValue }
            set { json.put("url", string: newValue) }
        }
    }

    public struct WebhookConversion: JSONBacked {
        public var json: JSON
        public init(json: JSON) { self.json = json }
        public var clientConfig: ApiextensionsV1.WebhookClientConfig {
            get { ApiextensionsV1.WebhookClientConfig(json: json["clientConfig"]) }
            set { json.put("clientConfig", newValue.json) }
        }
        public var conversionReviewVersions: [String] {
            get { json["conversionReviewVersions"].strings }
            set { json.put("conversionReviewVersions", strings: newValue) }
        }
    }
}
