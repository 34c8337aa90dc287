import API
import APIMachinery
import Foundation
import Testing

@testable import APIServer

private typealias F = PrinterFixture

private func pod(
    containers: [String] = ["app"], initContainers: [JSON] = [], status: JSON, deleting: Bool = false, spec: [String: JSON] = [:]
) -> JSON {
    var m: [String: JSON] = ["name": "web", "namespace": "default", "creationTimestamp": F.ago(600)]
    if deleting { m["deletionTimestamp"] = F.ago(5) }
    var s: [String: JSON] = [
        "containers": .array(containers.map { ["name": .string($0), "image": "busybox"] }),
    ]
    if !initContainers.isEmpty { s["initContainers"] = .array(initContainers) }
    for (k, v) in spec { s[k] = v }
    return ["metadata": .object(m), "spec": .object(s), "status": status]
}

private func running(_ name: String, ready: Bool = true, restarts: Int64 = 0, lastFinished: JSON = nil) -> JSON {
    var s: JSON = ["name": .string(name), "ready": .bool(ready), "restartCount": .int(restarts), "state": ["running": ["startedAt": F.ago(60)]]]
    if !lastFinished.isNull { s["lastState"] = ["terminated": ["exitCode": 1, "reason": "Error", "finishedAt": lastFinished]] }
    return s
}

private func waiting(_ name: String, _ reason: String, restarts: Int64 = 0, lastFinished: JSON = nil) -> JSON {
    var s: JSON = ["name": .string(name), "ready": false, "restartCount": .int(restarts), "state": ["waiting": ["reason": .string(reason)]]]
    if !lastFinished.isNull { s["lastState"] = ["terminated": ["exitCode": 1, "reason": "Error", "finishedAt": lastFinished]] }
    return s
}

private func terminated(_ name: String, exitCode: Int64, reason: String? = nil, signal: Int64? = nil) -> JSON {
    var t: JSON = ["exitCode": .int(exitCode)]
    if let reason { t["reason"] = .string(reason) }
    if let signal { t["signal"] = .int(signal) }
    return ["name": .string(name), "ready": false, "restartCount": 0, "state": ["terminated": t]]
}

private func cells(_ object: JSON) -> [String: JSON] { F.cells("", "pods", object) }

@Suite struct PodPrinterTests {
    @Test func runningPod() {
        let p = pod(
            containers: ["a", "b"],
            status: [
                "phase": "Running", "podIP": "10.0.0.5", "podIPs": [["ip": "10.0.0.5"], ["ip": "fd00::5"]],
                "conditions": [["type": "Ready", "status": "True"]],
                "containerStatuses": [running("a"), running("b", ready: false)],
            ], spec: ["nodeName": "node-1"])
        let row = F.row("", "pods", p)
        #expect(row == ["web", "1/2", "Running", "0", "10m", "10.0.0.5", "node-1", "<none>", "<none>"])
    }

    @Test func pendingPodWithoutStatuses() {
        let c = cells(pod(status: ["phase": "Pending"]))
        #expect(c["Ready"] == "0/1")
        #expect(c["Status"] == "Pending")
        #expect(c["Restarts"] == "0")
        #expect(c["IP"] == "<none>")
        #expect(c["Node"] == "<none>")
    }

    @Test func statusReasonOverridesPhase() {
        #expect(cells(pod(status: ["phase": "Failed", "reason": "Evicted"]))["Status"] == "Evicted")
    }

    @Test func schedulingGated() {
        let p = pod(status: ["phase": "Pending", "conditions": [["type": "PodScheduled", "status": "False", "reason": "SchedulingGated"]]])
        #expect(cells(p)["Status"] == "SchedulingGated")
    }

    @Test func waitingReasonShows() {
        let p = pod(status: ["phase": "Pending", "containerStatuses": [waiting("app", "ContainerCreating")]])
        #expect(cells(p)["Status"] == "ContainerCreating")
        let pull = pod(status: ["phase": "Pending", "containerStatuses": [waiting("app", "ImagePullBackOff")]])
        #expect(cells(pull)["Status"] == "ImagePullBackOff")
    }

    @Test func crashLoopWithRestarts() {
        let p = pod(status: [
            "phase": "Running",
            "containerStatuses": [waiting("app", "CrashLoopBackOff", restarts: 5, lastFinished: F.ago(125))],
        ])
        let c = cells(p)
        #expect(c["Status"] == "CrashLoopBackOff")
        #expect(c["Ready"] == "0/1")
        #expect(c["Restarts"] == "5 (2m5s ago)")
    }

    @Test func restartsUseLatestTermination() {
        let p = pod(
            containers: ["a", "b"],
            status: [
                "phase": "Running", "conditions": [["type": "Ready", "status": "True"]],
                "containerStatuses": [
                    running("a", restarts: 2, lastFinished: F.ago(7200)), running("b", restarts: 1, lastFinished: F.ago(300)),
                ],
            ])
        let c = cells(p)
        #expect(c["Restarts"] == "3 (5m ago)")
        #expect(c["Status"] == "Running")
        #expect(c["Ready"] == "2/2")
    }

    @Test func restartsWithoutTerminationTime() {
        let p = pod(status: ["phase": "Running", "containerStatuses": [running("app", restarts: 4)]])
        #expect(cells(p)["Restarts"] == "4")
    }

    @Test func completedPod() {
        let p = pod(status: ["phase": "Succeeded", "containerStatuses": [terminated("app", exitCode: 0, reason: "Completed")]])
        let c = cells(p)
        #expect(c["Status"] == "Completed")
        #expect(c["Ready"] == "0/1")
    }

    @Test func completedContainerWithRunningSibling() {
        let ready = pod(
            containers: ["a", "b"],
            status: [
                "phase": "Running", "conditions": [["type": "Ready", "status": "True"]],
                "containerStatuses": [terminated("a", exitCode: 0, reason: "Completed"), running("b")],
            ])
        #expect(cells(ready)["Status"] == "Running")
        let notReady = pod(
            containers: ["a", "b"],
            status: [
                "phase": "Running", "conditions": [["type": "Ready", "status": "False"]],
                "containerStatuses": [terminated("a", exitCode: 0, reason: "Completed"), running("b")],
            ])
        #expect(cells(notReady)["Status"] == "NotReady")
    }

    @Test func terminatedWithoutReason() {
        let exit = pod(status: ["phase": "Failed", "containerStatuses": [terminated("app", exitCode: 3)]])
        #expect(cells(exit)["Status"] == "ExitCode:3")
        let signal = pod(status: ["phase": "Failed", "containerStatuses": [terminated("app", exitCode: 137, signal: 9)]])
        #expect(cells(signal)["Status"] == "Signal:9")
        let error = pod(status: ["phase": "Failed", "containerStatuses": [terminated("app", exitCode: 1, reason: "Error")]])
        #expect(cells(error)["Status"] == "Error")
    }

    @Test func initContainersProgress() {
        let inits: [JSON] = [["name": "i1", "image": "x"], ["name": "i2", "image": "x"]]
        let first = pod(initContainers: inits, status: [
            "phase": "Pending",
            "initContainerStatuses": [
                ["name": "i1", "ready": false, "restartCount": 0, "state": ["running": [:]]],
                ["name": "i2", "ready": false, "restartCount": 0, "state": ["waiting": ["reason": "PodInitializing"]]],
            ],
            "containerStatuses": [waiting("app", "PodInitializing")],
        ])
        #expect(cells(first)["Status"] == "Init:0/2")
        let second = pod(initContainers: inits, status: [
            "phase": "Pending",
            "initContainerStatuses": [terminated("i1", exitCode: 0, reason: "Completed"), ["name": "i2", "state": ["running": [:]]]],
        ])
        #expect(cells(second)["Status"] == "Init:1/2")
        #expect(cells(second)["Ready"] == "0/1")
    }

    @Test func initContainerFailures() {
        let inits: [JSON] = [["name": "i1", "image": "x"]]
        let crash = pod(initContainers: inits, status: [
            "phase": "Pending",
            "initContainerStatuses": [waiting("i1", "CrashLoopBackOff", restarts: 3, lastFinished: F.ago(30))],
            "containerStatuses": [waiting("app", "PodInitializing")],
        ])
        let c = cells(crash)
        #expect(c["Status"] == "Init:CrashLoopBackOff")
        #expect(c["Restarts"] == "3 (30s ago)")
        let error = pod(initContainers: inits, status: ["phase": "Pending", "initContainerStatuses": [terminated("i1", exitCode: 1, reason: "Error")]])
        #expect(cells(error)["Status"] == "Init:Error")
        let code = pod(initContainers: inits, status: ["phase": "Pending", "initContainerStatuses": [terminated("i1", exitCode: 2)]])
        #expect(cells(code)["Status"] == "Init:ExitCode:2")
        let signal = pod(initContainers: inits, status: ["phase": "Pending", "initContainerStatuses": [terminated("i1", exitCode: 2, signal: 15)]])
        #expect(cells(signal)["Status"] == "Init:Signal:15")
    }

    @Test func sidecarInitContainersCountAsContainers() {
        let inits: [JSON] = [["name": "proxy", "image": "x", "restartPolicy": "Always"]]
        let p = pod(initContainers: inits, status: [
            "phase": "Running",
            "conditions": [["type": "Initialized", "status": "True"], ["type": "Ready", "status": "True"]],
            "initContainerStatuses": [
                [
                    "name": "proxy", "ready": true, "started": true, "restartCount": 2, "state": ["running": [:]],
                    "lastState": ["terminated": ["exitCode": 1, "finishedAt": F.ago(3 * 3600)]],
                ]
            ],
            "containerStatuses": [running("app")],
        ])
        let c = cells(p)
        #expect(c["Ready"] == "2/2")
        #expect(c["Status"] == "Running")
        #expect(c["Restarts"] == "2 (3h ago)")
    }

    @Test func terminatingPod() {
        let p = pod(status: ["phase": "Running", "containerStatuses": [running("app")]], deleting: true)
        #expect(cells(p)["Status"] == "Terminating")
        let done = pod(status: ["phase": "Succeeded", "containerStatuses": [terminated("app", exitCode: 0, reason: "Completed")]], deleting: true)
        #expect(cells(done)["Status"] == "Completed")
        let lost = pod(status: ["phase": "Running", "reason": "NodeLost"], deleting: true)
        #expect(cells(lost)["Status"] == "Unknown")
        #expect(cells(pod(status: ["phase": "Unknown"]))["Status"] == "Unknown")
    }

    @Test func wideColumns() {
        let p = pod(
            status: [
                "phase": "Pending", "nominatedNodeName": "node-2",
                "conditions": [["type": "example.com/gate", "status": "True"], ["type": "other/gate", "status": "False"]],
            ],
            spec: ["readinessGates": [["conditionType": "example.com/gate"], ["conditionType": "other/gate"], ["conditionType": "missing"]]])
        let c = cells(p)
        #expect(c["Nominated Node"] == "node-2")
        #expect(c["Readiness Gates"] == "1/3")
    }

    @Test func podTemplate() {
        let t: JSON = [
            "metadata": F.meta("tpl"),
            "template": [
                "metadata": ["labels": ["b": "2", "a": "1"]],
                "spec": ["containers": [["name": "c1", "image": "i1"], ["name": "c2", "image": "i2"]]],
            ],
        ]
        #expect(F.row("", "podtemplates", t) == ["tpl", "c1,c2", "i1,i2", "a=1,b=2"])
    }
}
