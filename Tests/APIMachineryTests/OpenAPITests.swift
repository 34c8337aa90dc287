import API
import APIMachinery
import Testing

/// What `kubectl` checks before it sends `?dryRun=` or `?fieldValidation=`: a PATCH operation tagged with the
/// kind's group-version-kind that lists the query parameter.
private func patchSupports(_ document: JSON, _ gvk: GroupVersionKind, _ parameter: String) -> Bool {
    for (_, item) in document["paths"].objectValue ?? [:] {
        let patch = item["patch"]
        let tag = patch["x-kubernetes-group-version-kind"]
        guard tag["group"].stringValue == gvk.group, tag["version"].stringValue == gvk.version,
            tag["kind"].stringValue == gvk.kind
        else { continue }
        for p in patch["parameters"].arrayValue ?? [] where p["name"].stringValue == parameter && p["in"] == "query" {
            return true
        }
    }
    return false
}

/// Every `$ref` in `json` that does not name an entry of `targets` under `prefix`.
private func unresolvedRefs(in json: JSON, prefix: String, targets: [String: JSON]) -> [String] {
    var missing: [String] = []
    func walk(_ value: JSON) {
        switch value {
        case .object(let object):
            if let ref = object["$ref"]?.stringValue {
                if !ref.hasPrefix(prefix) || targets[String(ref.dropFirst(prefix.count))] == nil { missing.append(ref) }
            }
            for child in object.values { walk(child) }
        case .array(let array): for child in array { walk(child) }
        default: break
        }
    }
    walk(json)
    return missing
}

private let deploymentGVK = GroupVersionKind(group: "apps", version: "v1", kind: "Deployment")

@Suite struct OpenAPITests {
    static let v2: JSON = {
        let clock = ContinuousClock()
        var document: JSON = .null
        let elapsed = clock.measure { document = OpenAPIV2(version: "v1.33.0").document() }
        print("OpenAPI v2 document built in \(elapsed)")
        return document
    }()

    static let appsV1: JSON? = {
        let clock = ContinuousClock()
        var document: JSON?
        let elapsed = clock.measure { document = OpenAPIV3().document(groupVersion: "apps/v1") }
        print("OpenAPI v3 apps/v1 document built in \(elapsed)")
        return document
    }()

    @Test func v2PatchOfDeploymentsTakesDryRunAndFieldValidation() throws {
        let v2 = Self.v2
        #expect(v2["swagger"] == "2.0")
        #expect(v2["info"]["version"] == "v1.33.0")
        #expect(v2["info"]["title"] == "Kubernetes")
        let item = v2["paths"]["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]
        let patch = item["patch"]
        #expect(patch["x-kubernetes-action"] == "patch")
        #expect(patch["operationId"] == "patchAppsV1NamespacedDeployment")
        #expect(patch["x-kubernetes-group-version-kind"] == ["group": "apps", "version": "v1", "kind": "Deployment"])
        let names = Set((patch["parameters"].arrayValue ?? []).compactMap { $0["name"].stringValue })
        #expect(names.isSuperset(of: ["body", "dryRun", "fieldManager", "fieldValidation", "force"]))
        #expect(patch["consumes"].arrayValue?.contains("application/strategic-merge-patch+json") == true)
        #expect(patch["consumes"].arrayValue?.contains("application/apply-patch+yaml") == true)
        #expect(patchSupports(v2, deploymentGVK, "dryRun"))
        #expect(patchSupports(v2, deploymentGVK, "fieldValidation"))
        for resource in ResourceCatalog.builtIn where resource.verbs.contains("patch") {
            #expect(patchSupports(v2, resource.gvk, "fieldValidation"), "\(resource.gvk)")
        }
        let post = v2["paths"]["/apis/apps/v1/namespaces/{namespace}/deployments"]["post"]
        #expect(post["x-kubernetes-action"] == "post")
        let postNames = Set((post["parameters"].arrayValue ?? []).compactMap { $0["name"].stringValue })
        #expect(postNames.isSuperset(of: ["dryRun", "fieldManager", "fieldValidation"]))
        let pathParameters = (item["parameters"].arrayValue ?? []).compactMap { $0["name"].stringValue }
        #expect(pathParameters == ["name", "namespace", "pretty"])
    }

    @Test func v2OperationsCoverVerbsAndSubresources() {
        let paths = Self.v2["paths"]
        func operationID(_ path: String, _ method: String) -> String? { paths[path][method]["operationId"].stringValue }
        #expect(operationID("/api/v1/namespaces/{namespace}/pods", "get") == "listCoreV1NamespacedPod")
        #expect(operationID("/api/v1/namespaces/{namespace}/pods", "post") == "createCoreV1NamespacedPod")
        #expect(operationID("/api/v1/namespaces/{namespace}/pods", "delete") == "deleteCoreV1CollectionNamespacedPod")
        #expect(operationID("/api/v1/pods", "get") == "listCoreV1PodForAllNamespaces")
        #expect(operationID("/api/v1/nodes/{name}/status", "patch") == "patchCoreV1NodeStatus")
        #expect(operationID("/api/v1/namespaces/{name}/finalize", "put") == "replaceCoreV1NamespaceFinalize")
        #expect(operationID("/api/v1/namespaces/{namespace}/pods/{name}/log", "get") == "readCoreV1NamespacedPodLog")
        #expect(operationID("/api/v1/namespaces/{namespace}/pods/{name}/exec", "post") == "connectCoreV1PostNamespacedPodExec")
        #expect(operationID("/api/v1/namespaces/{namespace}/pods/{name}/binding", "post") == "createCoreV1NamespacedPodBinding")
        #expect(operationID("/api/v1/watch/namespaces/{namespace}/pods", "get") == "watchCoreV1NamespacedPodList")
        #expect(
            operationID("/apis/rbac.authorization.k8s.io/v1/clusterroles/{name}", "get")
                == "readRbacAuthorizationV1ClusterRole")
        #expect(paths["/apis/rbac.authorization.k8s.io/v1/clusterroles"]["get"]["tags"] == ["rbacAuthorization_v1"])
        #expect(paths["/api/v1/namespaces"]["delete"] == .null)  // namespaces have no deletecollection

        let list = paths["/api/v1/namespaces/{namespace}/pods"]["get"]
        #expect(list["x-kubernetes-action"] == "list")
        #expect(list["x-kubernetes-group-version-kind"]["kind"] == "Pod")
        #expect(list["responses"]["200"]["schema"]["$ref"] == "#/definitions/io.k8s.api.core.v1.PodList")
        let listNames = Set((list["parameters"].arrayValue ?? []).compactMap { $0["name"].stringValue })
        #expect(listNames == [
            "allowWatchBookmarks", "continue", "fieldSelector", "labelSelector", "limit", "resourceVersion",
            "resourceVersionMatch", "sendInitialEvents", "timeoutSeconds", "watch",
        ])
        let delete = paths["/api/v1/namespaces/{namespace}/pods/{name}"]["delete"]
        let deleteNames = Set((delete["parameters"].arrayValue ?? []).compactMap { $0["name"].stringValue })
        #expect(deleteNames.isSuperset(of: ["body", "dryRun", "gracePeriodSeconds", "propagationPolicy"]))

        let scale = paths["/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale"]["patch"]
        #expect(scale["operationId"] == "patchAppsV1NamespacedDeploymentScale")
        #expect(scale["x-kubernetes-group-version-kind"] == ["group": "autoscaling", "version": "v1", "kind": "Scale"])
        #expect(scale["responses"]["200"]["schema"]["$ref"] == "#/definitions/io.k8s.api.autoscaling.v1.Scale")
        let query = (paths["/api/v1/namespaces/{namespace}/pods/{name}"]["patch"]["parameters"].arrayValue ?? [])
            .first { $0["name"] == "dryRun" }
        #expect(query == [
            "name": "dryRun", "in": "query", "type": "string", "uniqueItems": true,
            "description": query?["description"] ?? .null,
        ])
    }

    @Test func v2DefinitionsCarryThePatchFactsAndResolve() throws {
        let definitions = try #require(Self.v2["definitions"].objectValue)
        #expect(unresolvedRefs(in: Self.v2, prefix: "#/definitions/", targets: definitions).isEmpty)
        for name in ["ObjectMeta", "ListMeta", "Status", "DeleteOptions", "WatchEvent", "Patch", "APIResourceList"] {
            #expect(definitions["io.k8s.apimachinery.pkg.apis.meta.v1." + name] != nil, "\(name)")
        }
        let deployment = try #require(definitions["io.k8s.api.apps.v1.Deployment"])
        #expect(deployment["x-kubernetes-group-version-kind"] == [["group": "apps", "kind": "Deployment", "version": "v1"]])
        #expect(deployment["description"].stringValue != nil)
        let containers = try #require(definitions["io.k8s.api.core.v1.PodSpec"])["properties"]["containers"]
        #expect(containers["x-kubernetes-patch-merge-key"] == "name")
        #expect(containers["x-kubernetes-patch-strategy"] == "merge")
        #expect(containers["x-kubernetes-list-type"] == "map")
        #expect(containers["x-kubernetes-list-map-keys"] == ["name"])
        #expect(containers["items"]["$ref"] == "#/definitions/io.k8s.api.core.v1.Container")
        #expect(containers["type"] == "array")
        let strategy = try #require(definitions["io.k8s.api.apps.v1.DeploymentSpec"])["properties"]["strategy"]
        #expect(strategy == [
            "$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentStrategy", "x-kubernetes-patch-strategy": "retainKeys",
        ])
        #expect(definitions["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] == ["type": "string", "format": "int-or-string"])
        #expect(definitions["io.k8s.apimachinery.pkg.api.resource.Quantity"] == ["type": "string"])
        #expect(definitions["io.k8s.api.core.v1.SeccompProfile"]?["x-kubernetes-unions"] != nil)
        // Only what the served paths reach; alpha and beta kinds stay out.
        #expect(definitions["io.k8s.api.apps.v1beta2.Deployment"] == nil)
        #expect(definitions.count < 707)
    }

    @Test func v3IndexListsTheDocuments() throws {
        let index = OpenAPIV3().index()
        let paths = try #require(index["paths"].objectValue)
        for path in ["api", "api/v1", "apis", "apis/apps", "apis/apps/v1", "apis/batch/v1", "apis/autoscaling/v2",
                     "apis/apiextensions.k8s.io/v1", "apis/rbac.authorization.k8s.io/v1"] {
            let url = paths[path]?["serverRelativeURL"].stringValue
            #expect(url?.hasPrefix("/openapi/v3/\(path)?hash=") == true, "\(path)")
        }
        #expect(paths.count == OpenAPIV3().documentPaths.count)
    }

    @Test func v3AppsDocumentDescribesDeployments() throws {
        let doc = try #require(Self.appsV1)
        #expect(doc["openapi"] == "3.0.0")
        let schemas = try #require(doc["components"]["schemas"].objectValue)
        #expect(unresolvedRefs(in: doc, prefix: "#/components/schemas/", targets: schemas).isEmpty)
        let deployment = try #require(schemas["io.k8s.api.apps.v1.Deployment"])
        #expect(deployment["x-kubernetes-group-version-kind"] == [["group": "apps", "kind": "Deployment", "version": "v1"]])
        // A field with its own description refers to its definition through allOf, as upstream writes it.
        #expect(deployment["properties"]["spec"]["allOf"] == [["$ref": "#/components/schemas/io.k8s.api.apps.v1.DeploymentSpec"]])
        #expect(deployment["properties"]["spec"]["description"].stringValue != nil)
        #expect(deployment["properties"]["metadata"] == ["$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"])
        #expect(schemas["io.k8s.api.apps.v1.DeploymentList"] != nil)
        #expect(schemas["io.k8s.api.autoscaling.v1.Scale"] != nil)
        #expect(schemas["io.k8s.api.core.v1.PodSpec"] != nil)
        #expect(schemas["io.k8s.api.core.v1.Pod"] == nil)  // not reachable from apps/v1
        let strategy = schemas["io.k8s.api.apps.v1.DeploymentSpec"]?["properties"]["strategy"]
        #expect(strategy == [
            "allOf": [["$ref": "#/components/schemas/io.k8s.api.apps.v1.DeploymentStrategy"]],
            "x-kubernetes-patch-strategy": "retainKeys",
        ])
        #expect(schemas["io.k8s.apimachinery.pkg.util.intstr.IntOrString"] == [
            "format": "int-or-string", "oneOf": [["type": "integer"], ["type": "string"]],
        ])
        #expect(schemas["io.k8s.apimachinery.pkg.api.resource.Quantity"] == [
            "oneOf": [["type": "string"], ["type": "number"]],
        ])
        #expect(patchSupports(doc, deploymentGVK, "dryRun"))
        #expect(patchSupports(doc, deploymentGVK, "fieldValidation"))
        let paths = try #require(doc["paths"].objectValue)
        #expect(paths.keys.allSatisfy { $0.hasPrefix("/apis/apps/v1/") })
        let patch = doc["paths"]["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]["patch"]
        #expect(patch["requestBody"]["content"]["application/strategic-merge-patch+json"]["schema"]["$ref"]
            == "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch")
        #expect(patch["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
            == "#/components/schemas/io.k8s.api.apps.v1.Deployment")
        let dryRun = (patch["parameters"].arrayValue ?? []).first { $0["name"] == "dryRun" }
        #expect(dryRun?["in"] == "query")
        #expect(dryRun?["schema"]["type"] == "string")
    }

    @Test func v3GroupAndRootDocuments() throws {
        let v3 = OpenAPIV3()
        let group = try #require(v3.document(path: "apis/apps"))
        #expect(group["paths"]["/apis/apps/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
            == "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.APIGroup")
        #expect(v3.document(path: "api")?["paths"]["/api/"]["get"]["operationId"] == "getCoreAPIVersions")
        #expect(v3.document(path: "apis")?["paths"]["/apis/"] != .null)
        let core = try #require(v3.document(groupVersion: "v1"))
        let schemas = try #require(core["components"]["schemas"].objectValue)
        #expect(schemas["io.k8s.api.core.v1.Pod"] != nil)
        #expect(schemas["io.k8s.api.policy.v1.Eviction"] != nil)
        #expect(unresolvedRefs(in: core, prefix: "#/components/schemas/", targets: schemas).isEmpty)
        #expect(patchSupports(core, GroupVersionKind(group: "", version: "v1", kind: "Pod"), "fieldValidation"))
        #expect(v3.document(groupVersion: "nope/v1") == nil)
    }

    @Test func cachedDocumentsFollowCustomResources() throws {
        let registry = SchemaRegistry(copying: .builtIn)
        let documents = OpenAPIDocuments(registry: registry, version: "v1.33.0")
        let clock = ContinuousClock()
        var v2: [UInt8] = []
        let v2Time = clock.measure { v2 = documents.serializedV2 }
        var index: [UInt8] = []
        let v3Time = clock.measure { index = documents.serializedV3Index }
        print("OpenAPI serialized: v2 \(v2.count) bytes in \(v2Time); every v3 document and the index in \(v3Time)")
        #expect(documents.serializedV2 == v2)
        #expect(try JSON.parse(v2)["swagger"] == "2.0")
        let parsedIndex = try JSON.parse(index)
        let apps = try #require(documents.serializedV3(groupVersion: "apps/v1"))
        let hash = try #require(documents.v3Hash(path: "apis/apps/v1"))
        #expect(hash == OpenAPIV3.hash(apps))
        #expect(parsedIndex["paths"]["apis/apps/v1"]["serverRelativeURL"].stringValue == "/openapi/v3/apis/apps/v1?hash=\(hash)")
        #expect(documents.serializedV3(path: "apis/example.com/v1") == nil)

        // A custom resource arrives.
        let gvk = GroupVersionKind(group: "example.com", version: "v1", kind: "Widget")
        let schema = try registry.makeSchema(fromJSONSchema: [
            "type": "object",
            "properties": [
                "spec": ["type": "object", "properties": ["size": ["type": "integer"]]],
                "metadata": ["$ref": "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"],
            ],
        ])
        registry.register(name: "com.example.v1.Widget", schema: schema, gvks: [gvk])
        let listSchema = try registry.makeSchema(fromJSONSchema: [
            "type": "object", "properties": ["items": ["type": "array", "items": ["$ref": "com.example.v1.Widget"]]],
        ])
        registry.register(
            name: "com.example.v1.WidgetList", schema: listSchema,
            gvks: [GroupVersionKind(group: "example.com", version: "v1", kind: "WidgetList")])
        let widget = ResourceInfo(
            group: "example.com", version: "v1", resource: "widgets", kind: "Widget", namespaced: true,
            definitionName: "com.example.v1.Widget")
        documents.setResources(ResourceCatalog.builtIn + [widget])
        let newIndex = try JSON.parse(documents.serializedV3Index)
        #expect(newIndex["paths"]["apis/example.com/v1"] != .null)
        #expect(newIndex["paths"]["apis/apps/v1"] == parsedIndex["paths"]["apis/apps/v1"])
        let doc = try JSON.parse(try #require(documents.serializedV3(groupVersion: "example.com/v1")))
        #expect(doc["components"]["schemas"]["com.example.v1.Widget"]["x-kubernetes-group-version-kind"]
            == [["group": "example.com", "kind": "Widget", "version": "v1"]])
        #expect(patchSupports(doc, gvk, "fieldValidation"))
        let patch = doc["paths"]["/apis/example.com/v1/namespaces/{namespace}/widgets/{name}"]["patch"]
        #expect(patch["requestBody"]["content"]["application/merge-patch+json"] != .null)
        #expect(patch["requestBody"]["content"]["application/strategic-merge-patch+json"] == .null)
        #expect(patch["operationId"] == "patchExampleComV1NamespacedWidget")
        #expect(try JSON.parse(documents.serializedV2)["definitions"]["com.example.v1.Widget"] != .null)
    }

    @Test func hashesAreStable() {
        #expect(OpenAPIV3.hash(Array("abc".utf8)) == OpenAPIV3.hash(Array("abc".utf8)))
        #expect(OpenAPIV3.hash(Array("abc".utf8)) != OpenAPIV3.hash(Array("abd".utf8)))
        #expect(OpenAPIV3.hash([]).count == 32)
    }
}
