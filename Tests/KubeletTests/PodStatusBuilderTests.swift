import APIMachinery
@testable import Kubelet
import Testing

@Suite struct PodStatusBuilderTests {
    let pod: JSON = [
        "metadata": ["name": "p", "namespace": "default", "uid": "u1"],
        "spec": ["restartPolicy": "Always", "containers": [["name": "main", "image": "busybox", "resources": ["limits": ["cpu": "1", "memory": "64Mi"]]]]],
        "status": ["phase": "Pending"],
    ]
    let sandbox = SandboxInfo(id: "s1", attempt: 0, ready: true, createdAt: 1, ip: "10.42.0.5")

    @Test func runningContainerMakesThePodRunningAndReady() throws {
        let running = ContainerInfo(id: "c1", sandboxID: "s1", name: "main", attempt: 0, state: .running, startedAt: 1_700_000_000_000_000_000, imageRef: "sha256:abc")
        let runtime = RuntimePod(sandboxes: [sandbox], containers: [running])
        let plan = PodPlan.compute(pod: pod, runtime: runtime, now: 1_700_000_001)
        let status = PodStatusBuilder(hostIP: "192.0.2.1", now: "2023-11-14T22:13:21Z").build(pod: pod, runtime: runtime, plan: plan)
        #expect(status["phase"] == "Running")
        #expect(status["podIP"] == "10.42.0.5")
        #expect(status["qosClass"] == "Guaranteed")
        let conditions = Dictionary(uniqueKeysWithValues: (status["conditions"].arrayValue ?? []).map { ($0["type"].stringValue ?? "", $0["status"].stringValue ?? "") })
        #expect(conditions == ["PodReadyToStartContainers": "True", "Initialized": "True", "Ready": "True", "ContainersReady": "True", "PodScheduled": "True"])
        let container = try #require(status["containerStatuses"].arrayValue?.first)
        #expect(container["ready"] == true)
        #expect(container["containerID"] == "containerd://c1")
        #expect(container["state"]["running"]["startedAt"] == "2023-11-14T22:13:20Z")
    }

    @Test func crashLoopShowsWaitingWithTheLastTermination() throws {
        let crashed = ContainerInfo(id: "c2", sandboxID: "s1", name: "main", attempt: 1, state: .exited, finishedAt: 100_000_000_000, exitCode: 1, reason: "Error")
        let runtime = RuntimePod(sandboxes: [sandbox], containers: [crashed])
        let plan = PodPlan.compute(pod: pod, runtime: runtime, now: 101)
        let status = PodStatusBuilder(hostIP: "192.0.2.1", now: "x").build(pod: pod, runtime: runtime, plan: plan)
        let container = try #require(status["containerStatuses"].arrayValue?.first)
        #expect(container["state"]["waiting"]["reason"] == "CrashLoopBackOff")
        #expect(container["lastState"]["terminated"]["exitCode"] == 1)
        #expect(container["restartCount"] == 1)
        #expect(status["conditions"].arrayValue?.first { $0["type"] == "Ready" }?["status"] == "False")
    }

    @Test func oomKilledReasonIsKept() {
        let killed = ContainerInfo(id: "c3", sandboxID: "s1", name: "main", attempt: 0, state: .exited, exitCode: 137, reason: "OOMKilled")
        let t = PodStatusBuilder(hostIP: "h", now: "x").terminated(killed)
        #expect(t["reason"] == "OOMKilled")
        #expect(t["exitCode"] == 137)
    }
}
