import APIMachinery
import Client
import Foundation

/// Computes a pod's status from its spec, the runtime's state and the plan (pure).
struct PodStatusBuilder {
    var hostIP: String
    /// RFC 3339 "now".
    var now: String
    /// Errors the kubelet met per container (image pull, create), shown as waiting reasons.
    var containerErrors: [String: (reason: String, message: String)] = [:]
    /// Set while the sandbox could not be created.
    var sandboxError: String?
    /// Readiness verdicts of running containers that have a readiness probe (by container ID).
    var probeReady: [String: Bool] = [:]
    /// Startup verdicts of running containers that have a startup probe.
    var probeStarted: [String: Bool] = [:]

    static let runtimePrefix = "containerd://"

    func build(pod: JSON, runtime: RuntimePod, plan: PodPlan) -> JSON {
        let spec = pod["spec"]
        let old = pod["status"]
        let sandbox = runtime.readySandbox
        let latest = runtime.latestByName

        let initStatuses = (spec["initContainers"].arrayValue ?? []).map { containerStatus($0, runtime: runtime, latest: latest, plan: plan, isInit: true) }
        let appStatuses = (spec["containers"].arrayValue ?? []).map { containerStatus($0, runtime: runtime, latest: latest, plan: plan, isInit: false) }

        let allRunning = !appStatuses.isEmpty && appStatuses.allSatisfy { $0["state"]["running"].objectValue != nil && $0["ready"].boolValue == true }
        let anyRunning = appStatuses.contains { $0["state"]["running"].objectValue != nil }
        let phase: String
        if let terminal = plan.terminalPhase {
            phase = terminal
        } else if anyRunning || (plan.initialized && appStatuses.contains { $0["state"]["terminated"].objectValue != nil } && sandbox != nil) {
            phase = "Running"
        } else {
            phase = "Pending"
        }
        let ready = allRunning && phase == "Running"
        let sandboxReady = sandbox != nil && plan.terminalPhase == nil

        func condition(_ type: String, _ value: Bool, reason: String? = nil) -> JSON {
            let status = value ? "True" : "False"
            let previous = (old["conditions"].arrayValue ?? []).first { $0["type"].stringValue == type }
            let transition = previous?["status"].stringValue == status ? (previous?["lastTransitionTime"] ?? .string(now)) : .string(now)
            var c: JSON = ["type": .string(type), "status": .string(status), "lastProbeTime": .null, "lastTransitionTime": transition]
            if let reason, !value { c["reason"] = .string(reason) }
            return c
        }
        let terminalReason = plan.terminalPhase == "Succeeded" ? "PodCompleted" : nil
        var status: JSON = [
            "phase": .string(phase),
            "conditions": [
                condition("PodReadyToStartContainers", sandboxReady),
                condition("Initialized", plan.initialized, reason: "ContainersNotInitialized"),
                condition("Ready", ready, reason: terminalReason ?? "ContainersNotReady"),
                condition("ContainersReady", ready, reason: terminalReason ?? "ContainersNotReady"),
                condition("PodScheduled", true),
            ],
            "hostIP": .string(hostIP),
            "hostIPs": [["ip": .string(hostIP)]],
            "startTime": old["startTime"].isNull ? .string(now) : old["startTime"],
            "qosClass": .string(QoS.of(pod: pod).rawValue),
            "containerStatuses": .array(appStatuses),
        ]
        let podIP = spec["hostNetwork"].boolValue == true ? hostIP : (sandbox?.ip ?? "")
        if !podIP.isEmpty {
            status["podIP"] = .string(podIP)
            status["podIPs"] = [["ip": .string(podIP)]]
        } else if !old["podIP"].isNull, plan.terminalPhase != nil {
            status["podIP"] = old["podIP"]
            status["podIPs"] = old["podIPs"]
        }
        if !initStatuses.isEmpty { status["initContainerStatuses"] = .array(initStatuses) }
        if let sandboxError, sandbox == nil {
            status["message"] = .string(sandboxError)
        }
        return status
    }

    func containerStatus(_ container: JSON, runtime: RuntimePod, latest: [String: ContainerInfo], plan: PodPlan, isInit: Bool) -> JSON {
        let name = container["name"].stringValue ?? ""
        var status: JSON = [
            "name": .string(name), "image": container["image"], "imageID": "", "ready": false,
            "restartCount": 0, "started": false,
        ]
        guard let info = latest[name] else {
            let (reason, message) = containerErrors[name] ?? ((isInit || plan.initialized) ? ("ContainerCreating", "") : ("PodInitializing", ""))
            var waiting: JSON = ["reason": .string(reason)]
            if !message.isEmpty { waiting["message"] = .string(message) }
            status["state"] = ["waiting": waiting]
            status["lastState"] = .emptyObject
            return status
        }
        status["restartCount"] = .int(Int64(info.attempt))
        status["containerID"] = .string(Self.runtimePrefix + info.id)
        if !info.imageRef.isEmpty { status["imageID"] = .string(info.imageRef) }
        if let previous = runtime.previous(of: name, before: info.attempt), previous.state == .exited {
            status["lastState"] = ["terminated": terminated(previous)]
        } else {
            status["lastState"] = .emptyObject
        }
        switch info.state {
        case .running:
            status["state"] = ["running": ["startedAt": .string(Self.time(info.startedAt))]]
            status["ready"] = .bool(!isInit && (probeReady[info.id] ?? true))
            status["started"] = .bool(probeStarted[info.id] ?? true)
        case .exited:
            if let wait = plan.backOff[name] {
                status["state"] = ["waiting": [
                    "reason": "CrashLoopBackOff",
                    "message": .string("back-off \(Int(PodPlan.backOffSeconds(afterAttempt: info.attempt > 0 ? info.attempt - 1 : 0)))s restarting failed container=\(name) (\(Int(wait.rounded(.up)))s left)"),
                ]]
                status["lastState"] = ["terminated": terminated(info)]
            } else if let error = containerErrors[name] {
                status["state"] = ["waiting": ["reason": .string(error.reason), "message": .string(error.message)]]
                status["lastState"] = ["terminated": terminated(info)]
            } else {
                status["state"] = ["terminated": terminated(info)]
                status["ready"] = .bool(isInit && info.exitCode == 0)
            }
        case .created, .unknown:
            status["state"] = ["waiting": ["reason": "ContainerCreating"]]
        }
        return status
    }

    func terminated(_ info: ContainerInfo) -> JSON {
        var reason = info.reason
        if reason.isEmpty || reason == "Exited" { reason = info.exitCode == 0 ? "Completed" : "Error" }
        var t: JSON = [
            "exitCode": .int(Int64(info.exitCode)), "reason": .string(reason),
            "startedAt": .string(Self.time(info.startedAt)), "finishedAt": .string(Self.time(info.finishedAt)),
            "containerID": .string(Self.runtimePrefix + info.id),
        ]
        if !info.message.isEmpty { t["message"] = .string(info.message) }
        return t
    }

    /// Nanoseconds since the epoch → RFC 3339 (seconds).
    static func time(_ nanoseconds: Int64) -> String {
        MicroTime.formatSeconds(Date(timeIntervalSince1970: Double(nanoseconds / 1_000_000_000)))
    }
}
