import APIMachinery
@testable import Kubelet
import Testing

@Suite struct EnvSourcesTests {
    let builder = ContainerConfigBuilder(nodeMemoryBytes: 1 << 30, hostIP: "192.0.2.1", nodeName: "n1") { "/v/\($0)" }
    let pod: JSON = ["metadata": ["name": "p", "namespace": "ns", "uid": "u"]]

    @Test func envFromComesFirstAndEnvOverridesIt() throws {
        let container: JSON = [
            "name": "c",
            "envFrom": [["configMapRef": ["name": "settings"], "prefix": "CFG_"], ["secretRef": ["name": "creds"]]],
            "env": [
                ["name": "COLOR", "valueFrom": ["configMapKeyRef": ["name": "settings", "key": "color"]]],
                ["name": "PASSWORD", "valueFrom": ["secretKeyRef": ["name": "creds", "key": "password"]]],
                ["name": "OPTIONAL", "valueFrom": ["configMapKeyRef": ["name": "absent", "key": "x", "optional": true]]],
                ["name": "MEM", "valueFrom": ["resourceFieldRef": ["resource": "limits.memory", "divisor": "1Mi"]]],
            ],
            "resources": ["limits": ["memory": "64Mi"]],
        ]
        let refs = EnvSources.references(container)
        #expect(refs.configMaps == ["settings", "absent"])
        #expect(refs.secrets == ["creds"])
        var sources = EnvSources()
        sources.configMaps["settings"] = EnvSources.configMapData(["data": ["color": "blue"]])
        sources.secrets["creds"] = EnvSources.secretData(["data": ["password": "czNjcjN0"]])
        let env = try builder.environment(pod: pod, container: container, podIP: "10.0.0.1", sources: sources)
        #expect(env.map { "\($0.0)=\($0.1)" } == ["CFG_color=blue", "password=s3cr3t", "COLOR=blue", "PASSWORD=s3cr3t", "MEM=64"])
    }

    @Test func aMissingRequiredReferenceIsAConfigError() {
        let container: JSON = ["name": "c", "env": [["name": "X", "valueFrom": ["secretKeyRef": ["name": "nope", "key": "k"]]]]]
        #expect(throws: KubeletError.self) { try builder.environment(pod: pod, container: container, podIP: "", sources: EnvSources()) }
        do {
            _ = try builder.environment(pod: pod, container: container, podIP: "", sources: EnvSources())
        } catch {
            #expect(error.reason == "CreateContainerConfigError")
            #expect(error.message == "secret \"nope\" not found")
        }
    }
}
