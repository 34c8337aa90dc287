import APIMachinery
@testable import Kubelet
import Testing

@Suite struct PodPlanTests {
    func pod(restartPolicy: String = "Always", initContainers: [String] = [], containers: [String] = ["main"], phase: String = "Pending") -> JSON {
        [
            "metadata": ["name": "p", "namespace": "default", "uid": "u1"],
            "spec": [
                "restartPolicy": .string(restartPolicy),
                "initContainers": .array(initContainers.map { ["name": .string($0), "image": "busybox"] }),
                "containers": .array(containers.map { ["name": .string($0), "image": "busybox"] }),
            ],
            "status": ["phase": .string(phase)],
        ]
    }

    let sandbox = SandboxInfo(id: "s1", attempt: 0, ready: true, createdAt: 1, ip: "10.42.0.5")

    func container(_ name: String, attempt: UInt32 = 0, state: ContainerInfo.State, exitCode: Int32 = 0, finishedAt: Double = 0, sandbox: String = "s1") -> ContainerInfo {
        ContainerInfo(id: "\(name)-\(attempt)", sandboxID: sandbox, name: name, attempt: attempt, state: state,
                      createdAt: Int64(attempt), finishedAt: Int64(finishedAt * 1e9), exitCode: exitCode)
    }

    @Test func newPodGetsASandboxFirst() {
        let plan = PodPlan.compute(pod: pod(), runtime: RuntimePod(), now: 100)
        #expect(plan.createSandbox == 0)
        #expect(plan.start.isEmpty)
    }

    @Test func deadSandboxIsReplacedWithTheNextAttempt() {
        var dead = sandbox
        dead.ready = false
        let plan = PodPlan.compute(pod: pod(), runtime: RuntimePod(sandboxes: [dead], containers: [container("main", state: .exited)]), now: 100)
        #expect(plan.createSandbox == 1)
        #expect(plan.stopSandboxes == ["s1"])
    }

    @Test func initContainersRunOneAtATimeInOrder() {
        let spec = pod(initContainers: ["a", "b"])
        var plan = PodPlan.compute(pod: spec, runtime: RuntimePod(sandboxes: [sandbox]), now: 100)
        #expect(plan.start.map { $0.container["name"].stringValue } == ["a"])
        #expect(!plan.initialized)

        plan = PodPlan.compute(pod: spec, runtime: RuntimePod(sandboxes: [sandbox], containers: [container("a", state: .running)]), now: 100)
        #expect(plan.start.isEmpty)

        plan = PodPlan.compute(pod: spec, runtime: RuntimePod(sandboxes: [sandbox], containers: [container("a", state: .exited)]), now: 100)
        #expect(plan.start.map { $0.container["name"].stringValue } == ["b"])

        plan = PodPlan.compute(pod: spec, runtime: RuntimePod(sandboxes: [sandbox], containers: [container("a", state: .exited), container("b", state: .exited)]), now: 100)
        #expect(plan.initialized)
        #expect(plan.start.map { $0.container["name"].stringValue } == ["main"])
        #expect(plan.start.first?.kind == .app)
    }

    @Test func failedInitContainerFailsANeverRestartPod() {
        let plan = PodPlan.compute(pod: pod(restartPolicy: "Never", initContainers: ["a"]),
                                   runtime: RuntimePod(sandboxes: [sandbox], containers: [container("a", state: .exited, exitCode: 1)]), now: 100)
        #expect(plan.terminalPhase == "Failed")
        #expect(plan.start.isEmpty)
    }

    @Test func crashingContainerBacksOffExponentially() {
        // First exit: restart at once.
        var plan = PodPlan.compute(pod: pod(), runtime: RuntimePod(sandboxes: [sandbox], containers: [container("main", attempt: 0, state: .exited, exitCode: 1, finishedAt: 99)]), now: 100)
        #expect(plan.start.first?.attempt == 1)
        // Second exit: 10 s back-off.
        plan = PodPlan.compute(pod: pod(), runtime: RuntimePod(sandboxes: [sandbox], containers: [container("main", attempt: 1, state: .exited, exitCode: 1, finishedAt: 99)]), now: 100)
        #expect(plan.start.isEmpty)
        #expect(plan.backOff["main"] == 9)
        // Third exit: 20 s.
        plan = PodPlan.compute(pod: pod(), runtime: RuntimePod(sandboxes: [sandbox], containers: [container("main", attempt: 2, state: .exited, exitCode: 1, finishedAt: 100)]), now: 100)
        #expect(plan.backOff["main"] == 20)
        plan = PodPlan.compute(pod: pod(), runtime: RuntimePod(sandboxes: [sandbox], containers: [container("main", attempt: 2, state: .exited, exitCode: 1, finishedAt: 100)]), now: 121)
        #expect(plan.start.first?.attempt == 3)
        #expect(PodPlan.backOffSeconds(afterAttempt: 10) == 300)
    }

    @Test func restartPoliciesDecideWhetherAnExitedContainerRunsAgain() {
        let exitedOK = RuntimePod(sandboxes: [sandbox], containers: [container("main", state: .exited, exitCode: 0)])
        let exitedFail = RuntimePod(sandboxes: [sandbox], containers: [container("main", state: .exited, exitCode: 2)])
        #expect(PodPlan.compute(pod: pod(restartPolicy: "Always"), runtime: exitedOK, now: 100).start.count == 1)
        let onFailureOK = PodPlan.compute(pod: pod(restartPolicy: "OnFailure"), runtime: exitedOK, now: 100)
        #expect(onFailureOK.start.isEmpty)
        #expect(onFailureOK.terminalPhase == "Succeeded")
        #expect(PodPlan.compute(pod: pod(restartPolicy: "OnFailure"), runtime: exitedFail, now: 100).start.count == 1)
        let never = PodPlan.compute(pod: pod(restartPolicy: "Never"), runtime: exitedFail, now: 100)
        #expect(never.start.isEmpty)
        #expect(never.terminalPhase == "Failed")
    }

    @Test func olderRunsAreRemovedButThePreviousOneIsKeptForLogs() {
        let runtime = RuntimePod(sandboxes: [sandbox], containers: [
            container("main", attempt: 0, state: .exited), container("main", attempt: 1, state: .exited), container("main", attempt: 2, state: .running),
        ])
        let plan = PodPlan.compute(pod: pod(), runtime: runtime, now: 100)
        #expect(plan.remove == ["main-0"])
        #expect(runtime.previous(of: "main", before: 2)?.id == "main-1")
    }

    @Test func terminalPodsHaveEverythingStopped() {
        let runtime = RuntimePod(sandboxes: [sandbox], containers: [container("main", state: .running)])
        let plan = PodPlan.compute(pod: pod(phase: "Succeeded"), runtime: runtime, now: 100)
        #expect(plan.kill == ["main-0"])
        #expect(plan.stopSandboxes == ["s1"])
        #expect(plan.createSandbox == nil)
    }
}
