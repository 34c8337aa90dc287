import API
import APIMachinery
import Testing

@Suite struct GeneratedTypesTests {
    private static let podText = #"""
        {
          "apiVersion": "v1",
          "kind": "Pod",
          "metadata": {"name": "web-0", "namespace": "shop", "labels": {"app": "web"}, "futureMeta": 1},
          "spec": {
            "futureSpecField": {"a": [1, 2]},
            "containers": [{
              "name": "web",
              "image": "nginx:1.27",
              "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"}],
              "resources": {"requests": {"cpu": "250m", "memory": 1024}, "limits": {"cpu": "1"}},
              "livenessProbe": {"httpGet": {"path": "/healthz", "port": "http"}},
              "readinessProbe": {"tcpSocket": {"port": 8080}},
              "futureContainerField": true
            }],
            "volumes": [{"name": "scratch", "emptyDir": {}}, {"name": "config", "configMap": {"name": "cfg"}}]
          },
          "futureTopLevel": "kept"
        }
        """#

    @Test func buildDeploymentThroughTypedAPI() throws {
        var container = CoreV1.Container()
        container.name = "nginx"
        container.image = "nginx:1.27"
        var port = CoreV1.ContainerPort()
        port.containerPort = 80
        container.ports = [port]
        container.resources.requests = ["cpu": "100m"]

        var deployment = AppsV1.Deployment()
        deployment.metadata.name = "web"
        deployment.metadata.namespace = "default"
        deployment.metadata.labels = ["app": "web"]
        deployment.spec.replicas = 3
        deployment.spec.selector.matchLabels = ["app": "web"]
        deployment.spec.strategy.type = "RollingUpdate"
        deployment.spec.strategy.rollingUpdate.maxSurge = "25%"
        deployment.spec.strategy.rollingUpdate.maxUnavailable = 1
        deployment.spec.template.metadata.labels = ["app": "web"]
        deployment.spec.template.spec.containers = [container]

        let expected = try JSON.parse(
            #"""
            {"apiVersion": "apps/v1", "kind": "Deployment",
             "metadata": {"name": "web", "namespace": "default", "labels": {"app": "web"}},
             "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web"}},
                      "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": 1}},
                      "template": {"metadata": {"labels": {"app": "web"}},
                                   "spec": {"containers": [{"name": "nginx", "image": "nginx:1.27",
                                                            "ports": [{"containerPort": 80}],
                                                            "resources": {"requests": {"cpu": "100m"}}}]}}}}
            """#)
        #expect(deployment.json == expected)
        #expect(deployment.spec.replicas == 3)
        #expect(deployment.spec.template.spec.containers.first?.ports.first?.containerPort == 80)
    }

    @Test func readParsedPod() throws {
        let pod = CoreV1.Pod(json: try JSON.parse(Self.podText))
        #expect(pod.name == "web-0")
        #expect(pod.metadata.namespace == "shop")
        #expect(pod.metadata.labels == ["app": "web"])
        let container = try #require(pod.spec.containers.first)
        #expect(container.ports.first?.containerPort == 8080)
        #expect(container.ports.first?.containerPort == Int32(8080))
        #expect(container.resources.requests["cpu"] == "250m")
        #expect(container.resources.requests["memory"] == "1024")
        #expect(container.resources.requests.quantity("cpu")?.milliValue == 250)
        #expect(container.resources.limits.quantity("cpu")?.value == 1)
        #expect(container.livenessProbe.httpGet.port == .string("http"))
        #expect(container.readinessProbe.tcpSocket.port == .int(8080))
        #expect(container.readinessProbe.tcpSocket.port?.intValue == 8080)
        #expect(pod.spec.nodeName == nil)
        #expect(pod.status.conditions.isEmpty)
        #expect(!pod.status.isPresent)
        #expect(pod.spec.volumes.map { $0.emptyDir.isPresent } == [true, false])
        #expect(pod.spec.volumes.last?.configMap.name == "cfg")
        #expect(Set([pod, CoreV1.Pod(json: pod.json)]).count == 1)
    }

    @Test func unknownFieldsSurviveTypedChanges() throws {
        let original = try JSON.parse(Self.podText)
        var pod = CoreV1.Pod(json: original)
        pod.spec.containers[0].image = "nginx:1.28"
        pod.spec.containers[0].ports[0].containerPort = 9090
        pod.metadata.labels["tier"] = "front"
        pod.status.phase = "Running"

        #expect(pod.json["futureTopLevel"] == "kept")
        #expect(pod.json["metadata"]["futureMeta"] == 1)
        #expect(pod.json["spec"]["futureSpecField"] == original["spec"]["futureSpecField"])
        let container = pod.json["spec"]["containers"][0]
        #expect(container["futureContainerField"] == true)
        #expect(container["image"] == "nginx:1.28")
        #expect(container["ports"][0] == ["name": "http", "containerPort": 9090, "protocol": "TCP"])
        #expect(pod.json["metadata"]["labels"] == ["app": "web", "tier": "front"])
        #expect(pod.json["status"] == ["phase": "Running"])

        // Undo every change: what is left is the original object.
        pod.spec.containers[0].image = "nginx:1.27"
        pod.spec.containers[0].ports[0].containerPort = 8080
        pod.metadata.labels["tier"] = nil
        pod.status.phase = nil
        #expect(pod.json["status"] == [:])
        pod.status = .absent
        #expect(pod.json == original)
    }

    @Test func absentAndNilMembers() {
        var pod = CoreV1.Pod()
        _ = pod.spec.containers
        _ = pod.status.phase
        pod.spec.nodeName = nil
        #expect(pod.json == ["apiVersion": "v1", "kind": "Pod"])

        pod.spec.nodeName = "node-1"
        #expect(pod.json["spec"] == ["nodeName": "node-1"])
        pod.spec.nodeName = nil
        #expect(pod.json["spec"] == [:])

        var volume = CoreV1.Volume()
        volume.name = "scratch"
        volume.emptyDir = CoreV1.EmptyDirVolumeSource()
        #expect(volume.json == ["name": "scratch", "emptyDir": [:]])
        #expect(volume.emptyDir.isPresent)

        var service = CoreV1.Service()
        service.spec.ports = []
        #expect(service.json["spec"]["ports"] == [])
        var servicePort = CoreV1.ServicePort()
        servicePort.port = 80
        servicePort.targetPort = "http"
        service.spec.ports = [servicePort]
        #expect(service.json["spec"]["ports"] == [["port": 80, "targetPort": "http"]])
    }

    @Test func kindStatics() {
        #expect(CoreV1.Pod.apiVersion == "v1")
        #expect(CoreV1.Pod.kind == "Pod")
        #expect(CoreV1.Pod.resource == "pods")
        #expect(CoreV1.Pod.namespaced)
        #expect(CoreV1.Pod.group == "")
        #expect(AppsV1.Deployment.apiVersion == "apps/v1")
        #expect(AppsV1.Deployment.group == "apps")
        #expect(AppsV1.Deployment.resource == "deployments")
        #expect(!CoreV1.Node.namespaced)
        #expect(!RbacV1.ClusterRole.namespaced)
        #expect(RbacV1.ClusterRole.apiVersion == "rbac.authorization.k8s.io/v1")
        #expect(EventsV1.Event.apiVersion == "events.k8s.io/v1")
        #expect(CoreV1.Event.apiVersion == "v1")
        #expect(CoordinationV1.Lease.resource == "leases")
        #expect(DiscoveryV1.EndpointSlice.resource == "endpointslices")
        #expect(PolicyV1.PodDisruptionBudget.resource == "poddisruptionbudgets")
        #expect(SchedulingV1.PriorityClass.resource == "priorityclasses")
        #expect(ApiextensionsV1.CustomResourceDefinition.resource == "customresourcedefinitions")
        #expect(BatchV1.Job.List.init().json == ["apiVersion": "batch/v1", "kind": "JobList"])
        #expect(PolicyV1.Eviction().json == ["apiVersion": "policy/v1", "kind": "Eviction"])
    }

    @Test func generatedKindsMatchTheCatalog() {
        let catalog = Set(
            ResourceCatalog.builtIn.map { "\($0.groupVersion) \($0.kind) \($0.resource) \($0.namespaced)" })
        let generated = Set(GeneratedKinds.all.map { "\($0.apiVersion) \($0.kind) \($0.resource) \($0.namespaced)" })
        #expect(generated == catalog)
        #expect(GeneratedKinds.all.count == ResourceCatalog.builtIn.count)
        for type in GeneratedKinds.all {
            let object = type.init()
            #expect(object.json == ["apiVersion": .string(type.apiVersion), "kind": .string(type.kind)])
        }
    }

    @Test func genericCodeGetsApiVersionAndKind() {
        func make<T: KubernetesObject>(_: T.Type) -> T { T() }
        #expect(make(CoordinationV1.Lease.self).json == ["apiVersion": "coordination.k8s.io/v1", "kind": "Lease"])
    }

    @Test func intOrStringScaling() {
        let percent: IntOrString = "25%"
        #expect(percent.scaledValue(total: 10, roundUp: true) == 3)
        #expect(percent.scaledValue(total: 10, roundUp: false) == 2)
        #expect(IntOrString.int(4).scaledValue(total: 10, roundUp: true) == 4)
        #expect(IntOrString.string("x").scaledValue(total: 10, roundUp: true) == nil)
        #expect(IntOrString(json: .double(3)) == .int(3))
        #expect(IntOrString(json: .bool(true)) == nil)
    }
}
