import APIMachinery
import CRI
@testable import Kubelet
import Testing

@Suite struct TranslationTests {
    let pod: JSON = [
        "metadata": ["name": "web", "namespace": "shop", "uid": "u9", "labels": ["app": "web"]],
        "spec": [
            "nodeName": "n1",
            "hostname": "front",
            "containers": [[
                "name": "c", "image": "busybox",
                "command": ["sh", "-c"], "args": ["echo $(GREETING) $$(HOME)"],
                "env": [
                    ["name": "GREETING", "value": "hello $(POD)"],
                    ["name": "POD", "valueFrom": ["fieldRef": ["fieldPath": "metadata.name"]]],
                    ["name": "IP", "valueFrom": ["fieldRef": ["fieldPath": "status.podIP"]]],
                ],
                "ports": [["containerPort": 80, "hostPort": 8080]],
                "resources": ["requests": ["cpu": "250m", "memory": "32Mi"], "limits": ["cpu": "500m", "memory": "64Mi"]],
                "volumeMounts": [["name": "scratch", "mountPath": "/scratch"]],
            ]],
            "volumes": [["name": "scratch", "emptyDir": .emptyObject]],
        ],
    ]

    @Test func sandboxCarriesIdentityLogsCgroupAndHostPorts() {
        let config = SandboxConfigBuilder(logRoot: "/d/pods-logs", cgroupRoot: "/apus").build(pod: pod, attempt: 2)
        #expect(config.metadata.name == "web" && config.metadata.namespace == "shop" && config.metadata.uid == "u9" && config.metadata.attempt == 2)
        #expect(config.hostname == "front")
        #expect(config.logDirectory == "/d/pods-logs/shop_web_u9")
        #expect(config.linux.cgroupParent == "/apus/podu9")
        #expect(config.labels["app"] == "web" && config.labels["io.kubernetes.pod.uid"] == "u9")
        #expect(config.portMappings.map { [$0.containerPort, $0.hostPort] } == [[80, 8080]])
        #expect(!config.hasDnsConfig)
    }

    @Test func clusterDNSIsUsedForClusterFirst() {
        var builder = SandboxConfigBuilder(logRoot: "/l", cgroupRoot: "/apus")
        builder.clusterDNS = ["10.43.0.10"]
        let config = builder.build(pod: pod, attempt: 0)
        #expect(config.dnsConfig.servers == ["10.43.0.10"])
        #expect(config.dnsConfig.searches.first == "shop.svc.cluster.local")
    }

    @Test func containerConfigExpandsEnvAndSetsResources() throws {
        let builder = ContainerConfigBuilder(nodeMemoryBytes: 1 << 30, hostIP: "192.0.2.1", nodeName: "n1") { "/d/pods/\($0)/volumes" }
        let container = pod["spec"]["containers"][0]
        let config = try builder.build(pod: pod, container: container, kind: .app, attempt: 3, podIP: "10.42.0.7")
        #expect(config.metadata.name == "c" && config.metadata.attempt == 3)
        #expect(config.logPath == "c/3.log")
        let env = Dictionary(uniqueKeysWithValues: config.envs.map { ($0.key, String(decoding: $0.value, as: UTF8.self)) })
        // GREETING refers to POD before it is defined, so it stays literal (as upstream).
        #expect(env == ["GREETING": "hello $(POD)", "POD": "web", "IP": "10.42.0.7"])
        #expect(config.args == ["echo hello $(POD) $(HOME)"])
        #expect(config.linux.resources.cpuShares == 256)
        #expect(config.linux.resources.cpuQuota == 50_000 && config.linux.resources.cpuPeriod == 100_000)
        #expect(config.linux.resources.memoryLimitInBytes == 64 << 20)
        #expect(config.linux.resources.oomScoreAdj == 1000 - 1000 * (32 << 20) / (1 << 30))
        #expect(config.mounts.map(\.hostPath) == ["/d/pods/u9/volumes/empty-dir/scratch"])
        #expect(config.labels["io.kubernetes.container.name"] == "c")
    }

    @Test func envExpansion() {
        let vars = ["A": "1", "B": "two"]
        #expect(EnvExpansion.expand("$(A)-$(B)-$(C)-$$(A)-$", { vars[$0] }) == "1-two-$(C)-$(A)-$")
    }

    @Test func qosClasses() {
        #expect(QoS.of(pod: ["spec": ["containers": [["name": "a"]]]]) == .bestEffort)
        #expect(QoS.of(pod: ["spec": ["containers": [["name": "a", "resources": ["limits": ["cpu": "1", "memory": "1Gi"]]]]]]) == .guaranteed)
        #expect(QoS.of(pod: ["spec": ["containers": [["name": "a", "resources": ["requests": ["cpu": "1"]]]]]]) == .burstable)
        #expect(QoS.of(pod: pod) == .burstable)
    }

    @Test func machineInfoParsers() throws {
        let bytes: Int64 = try #require(MachineInfo.parseMemTotal("MemTotal:       24576000 kB\nMemFree: 1 kB\n"))
        let expected: Int64 = 24_576_000 * 1024
        #expect(bytes == expected)
        #expect(MachineInfo.parsePrettyName("NAME=x\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n") == "Debian GNU/Linux 12 (bookworm)")
    }
}
