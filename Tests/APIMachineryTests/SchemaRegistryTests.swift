import API
import APIMachinery
import Testing

@Suite struct SchemaRegistryTests {
    let registry = SchemaRegistry.builtIn

    @Test func loadsEveryDefinition() {
        let clock = ContinuousClock()
        var fresh: SchemaRegistry?
        let elapsed = clock.measure { fresh = SchemaRegistry.makeBuiltIn() }
        print("SchemaRegistry: built-in definitions loaded in \(elapsed)")
        #expect(fresh?.definitions.count == 707)
        #expect(registry.definitions.count == 707)
        #expect(SchemaRegistry.builtInKubernetesVersion == "v1.33.0")
        for (name, schema) in registry.definitions {
            #expect(schema.definitionName == name)
        }
    }

    @Test func podContainersAreAMapListMergedByName() throws {
        let pod = try #require(registry.schema(named: "io.k8s.api.core.v1.Pod"))
        #expect(pod.isObject)
        #expect(pod.groupVersionKinds == [GroupVersionKind(group: "", version: "v1", kind: "Pod")])
        let spec = try #require(pod.properties["spec"])
        #expect(spec.definitionName == "io.k8s.api.core.v1.PodSpec")
        let containers = try #require(spec.properties["containers"])
        #expect(containers.isArray)
        #expect(containers.patchMergeKey == "name")
        #expect(containers.patchStrategy == "merge")
        #expect(containers.patchStrategies == ["merge"])
        #expect(containers.listType == "map")
        #expect(containers.listMapKeys == ["name"])
        #expect(spec.required.contains("containers"))
        let container = try #require(containers.items)
        #expect(container === registry.schema(named: "io.k8s.api.core.v1.Container"))
        #expect(container.properties["image"]?.types == ["string"])
        #expect(container.required == ["name"])
        #expect(container.properties["image"]?.summary != nil)
        #expect(pod.summary != nil)
    }

    @Test func refsPointAtTheSharedDefinition() throws {
        let meta = try #require(registry.schema(named: "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"))
        let deployment = try #require(registry.schema(named: "io.k8s.api.apps.v1.Deployment"))
        let service = try #require(registry.schema(named: "io.k8s.api.core.v1.Service"))
        #expect(deployment.properties["metadata"] === meta)
        #expect(service.properties["metadata"] === meta)
        // Recursive definitions resolve to themselves.
        let props = try #require(
            registry.schema(named: "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"))
        #expect(props.properties["not"] === props)
    }

    @Test func refsWithTheirOwnFactsKeepThem() throws {
        let spec = try #require(registry.schema(named: "io.k8s.api.apps.v1.DeploymentSpec"))
        let strategy = try #require(spec.properties["strategy"])
        let shared = try #require(registry.schema(named: "io.k8s.api.apps.v1.DeploymentStrategy"))
        #expect(strategy.patchStrategy == "retainKeys")
        #expect(shared.patchStrategy == nil)
        #expect(strategy.definitionName == "io.k8s.api.apps.v1.DeploymentStrategy")
        #expect(strategy.properties.keys.sorted() == shared.properties.keys.sorted())
    }

    @Test func typesDropTheNullAlternative() throws {
        let meta = try #require(registry.schema(named: "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"))
        #expect(meta.types == ["object"])
        #expect(meta.properties["generation"]?.types == ["integer"])
        #expect(meta.properties["generation"]?.format == "int64")
        #expect(meta.properties["labels"]?.additionalProperties?.types == ["string"])
        #expect(meta.properties["creationTimestamp"]?.format == "date-time")
        let selector = try #require(registry.schema(named: "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"))
        #expect(selector.mapType == "atomic")
        // The apiVersion/kind enums of the source only repeat the group-version-kind; they are not kept.
        let pod = try #require(registry.schema(named: "io.k8s.api.core.v1.Pod"))
        #expect(pod.properties["apiVersion"]?.enumValues == nil)
    }

    @Test func intOrStringAndQuantityAreRecognized() throws {
        let intOrString = try #require(registry.schema(named: "io.k8s.apimachinery.pkg.util.intstr.IntOrString"))
        #expect(intOrString.intOrString)
        #expect(!intOrString.quantity)
        let quantity = try #require(registry.schema(named: "io.k8s.apimachinery.pkg.api.resource.Quantity"))
        #expect(quantity.quantity)
        #expect(!quantity.intOrString)
        let port = registry.schema(named: "io.k8s.api.core.v1.ServicePort")?.properties["targetPort"]
        #expect(port === intOrString)
        let limits = registry.schema(named: "io.k8s.api.core.v1.ResourceRequirements")?.properties["limits"]
        #expect(limits?.additionalProperties === quantity)
    }

    @Test func lookupByGroupVersionKind() throws {
        let deployment = try #require(registry.schema(for: GroupVersionKind(group: "apps", version: "v1", kind: "Deployment")))
        #expect(deployment.definitionName == "io.k8s.api.apps.v1.Deployment")
        let list = registry.schema(for: GroupVersionKind(group: "apps", version: "v1", kind: "DeploymentList"))
        #expect(list?.definitionName == "io.k8s.api.apps.v1.DeploymentList")
        let options = registry.schema(for: GroupVersionKind(group: "batch", version: "v1", kind: "DeleteOptions"))
        #expect(options?.definitionName == "io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions")
        #expect(registry.schema(for: GroupVersionKind(group: "apps", version: "v1", kind: "Nope")) == nil)
    }

    @Test func everyServedResourceHasItsDefinitions() {
        for resource in ResourceCatalog.builtIn {
            let schema = registry.schema(named: resource.definitionName)
            #expect(schema != nil, "\(resource.definitionName)")
            #expect(registry.schema(for: resource.gvk) === schema, "\(resource.gvk)")
            let list = GroupVersionKind(group: resource.group, version: resource.version, kind: resource.listKind)
            #expect(registry.schema(for: list) != nil, "\(list)")
        }
        for name in ["ObjectMeta", "ListMeta", "Status", "DeleteOptions", "WatchEvent", "Patch", "APIResourceList",
                     "APIGroupList", "APIGroup", "APIVersions"] {
            #expect(registry.schema(named: "io.k8s.apimachinery.pkg.apis.meta.v1." + name) != nil, "\(name)")
        }
    }

    @Test func unionsAreKept() throws {
        let unions = try #require(registry.unions(ofDefinition: "io.k8s.api.core.v1.SeccompProfile"))
        #expect(unions[0]["discriminator"] == "type")
    }

    @Test func customResourcesRegisterAtRunTime() throws {
        let local = SchemaRegistry(copying: .builtIn)
        let gvk = GroupVersionKind(group: "example.com", version: "v1", kind: "Widget")
        let schema = try local.makeSchema(fromJSONSchema: [
            "type": "object",
            "description": "A widget.",
            "properties": [
                "metadata": ["$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"],
                "spec": [
                    "type": "object",
                    "properties": [
                        "size": ["x-kubernetes-int-or-string": true],
                        "parts": ["type": "array", "items": ["type": "string"], "x-kubernetes-list-type": "set"],
                    ],
                    "required": ["size"],
                ],
            ],
        ])
        let before = local.generation
        local.register(name: "com.example.v1.Widget", schema: schema, gvks: [gvk])
        #expect(local.generation == before + 1)
        #expect(local.schema(for: gvk) === schema)
        #expect(schema.definitionName == "com.example.v1.Widget")
        #expect(schema.summary == "A widget.")
        #expect(schema.properties["metadata"] === local.schema(named: "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"))
        #expect(schema.properties["spec"]?.properties["size"]?.intOrString == true)
        #expect(schema.properties["spec"]?.properties["parts"]?.listType == "set")
        #expect(local.definitions.count == 708)
        #expect(SchemaRegistry.builtIn.schema(for: gvk) == nil)
        local.unregister(name: "com.example.v1.Widget")
        #expect(local.schema(for: gvk) == nil)
        #expect(local.definitions.count == 707)
        #expect(throws: SchemaLoadError.self) { try local.makeSchema(fromJSONSchema: ["$ref": "#/definitions/missing"]) }
    }

    @Test func concurrentRegistrationIsSafe() async {
        let local = SchemaRegistry(copying: .builtIn)
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<50 {
                group.addTask {
                    let gvk = GroupVersionKind(group: "example.com", version: "v1", kind: "Kind\(i)")
                    local.register(name: "com.example.v1.Kind\(i)", schema: Schema(), gvks: [gvk])
                    _ = local.schema(for: gvk)
                    _ = local.definitions.count
                }
            }
        }
        #expect(local.definitions.count == 757)
    }
}
