import APIMachinery

/// What following a container's log does once its file has gone quiet: keep waiting, move on to
/// the container's next run (the kubelet restarted it), or end.
enum LogFollowStep: Sendable, Equatable {
    case wait
    case end
    case next(ContainerInfo)

    /// Decides from the pod (nil once it is gone from this node) and what the runtime has for it.
    /// `current` is the run being followed.
    static func decide(following current: ContainerInfo, pod: JSON?, runtime: RuntimePod) -> LogFollowStep {
        guard let pod else { return .end }
        if let newer = runtime.containers.filter({ $0.name == current.name && $0.attempt > current.attempt })
            .min(by: { $0.attempt < $1.attempt }) {
            return .next(newer)
        }
        guard let now = runtime.containers.first(where: { $0.id == current.id }) else { return .end }
        switch now.state {
        case .running, .created: return .wait
        case .exited, .unknown: break
        }
        if pod["metadata"]["deletionTimestamp"].stringValue != nil { return .end }
        let phase = pod["status"]["phase"].stringValue
        if phase == "Succeeded" || phase == "Failed" { return .end }
        return willRestart(name: current.name, exitCode: now.exitCode, spec: pod["spec"]) ? .wait : .end
    }

    /// Whether the kubelet runs the named container again after it exited with `exitCode`.
    static func willRestart(name: String, exitCode: Int32, spec: JSON) -> Bool {
        let policy = spec["restartPolicy"].stringValue ?? "Always"
        let initContainer = (spec["initContainers"].arrayValue ?? []).first { $0["name"].stringValue == name }
        if let initContainer {
            // A sidecar (an init container that always restarts) runs again whatever its exit.
            if initContainer["restartPolicy"].stringValue == "Always" { return true }
            return exitCode != 0 && policy != "Never"
        }
        switch policy {
        case "Never": return false
        case "OnFailure": return exitCode != 0
        default: return true
        }
    }
}
