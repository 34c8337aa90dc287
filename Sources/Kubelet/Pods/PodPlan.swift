import APIMachinery

/// What the kubelet must do to bring one pod's runtime state to its spec (pure decisions).
struct PodPlan: Sendable {
    struct Start: Sendable {
        var container: JSON
        var kind: ContainerConfigBuilder.Kind
        var attempt: UInt32
    }

    /// Start a new sandbox with this attempt number.
    var createSandbox: UInt32?
    /// Sandboxes to stop (not ready, or superseded).
    var stopSandboxes: [String] = []
    /// Containers to start, in order (init containers one at a time).
    var start: [Start] = []
    /// Running containers to stop.
    var kill: [String] = []
    /// Exited containers no longer needed (older than the previous run).
    var remove: [String] = []
    /// Containers waiting in back-off: name → seconds left.
    var backOff: [String: Double] = [:]
    /// Every init container has succeeded.
    var initialized = false
    /// The pod reached a terminal phase.
    var terminalPhase: String?

    static let initialBackOff = 10.0
    static let maxBackOff = 300.0

    /// Back-off before restarting a container whose run number `attempt` just ended.
    static func backOffSeconds(afterAttempt attempt: UInt32) -> Double {
        min(maxBackOff, initialBackOff * pow2(Int(attempt)))
    }

    private static func pow2(_ n: Int) -> Double { n >= 30 ? Double(1 << 30) : Double(1 << n) }

    /// Decides what to do for `pod` given what the runtime has; `now` in seconds since the epoch.
    static func compute(pod: JSON, runtime: RuntimePod, now: Double) -> PodPlan {
        var plan = PodPlan()
        let spec = pod["spec"]
        let policy = spec["restartPolicy"].stringValue ?? "Always"
        let initContainers = spec["initContainers"].arrayValue ?? []
        let containers = spec["containers"].arrayValue ?? []
        let latest = runtime.latestByName
        let phase = pod["status"]["phase"].stringValue ?? "Pending"

        // Old exited runs: keep only the newest exited one of each name besides the latest.
        for (name, newest) in latest {
            let older = runtime.containers.filter { $0.name == name && $0.id != newest.id }.sorted { $0.attempt > $1.attempt }
            for extra in older.dropFirst() where extra.state != .running { plan.remove.append(extra.id) }
        }

        if phase == "Succeeded" || phase == "Failed" {
            plan.terminalPhase = phase
            plan.kill = runtime.containers.filter { $0.state == .running }.map(\.id)
            plan.stopSandboxes = runtime.sandboxes.filter(\.ready).map(\.id)
            plan.initialized = true
            return plan
        }

        // Run-to-completion pods whose containers all finished need no new sandbox.
        let appDone: (ContainerInfo?) -> Bool = { info in
            guard let info, info.state == .exited else { return false }
            return policy == "Never" || (policy == "OnFailure" && info.exitCode == 0)
        }
        let allAppDone = !containers.isEmpty && containers.allSatisfy { appDone(latest[$0["name"].stringValue ?? ""]) }

        guard let sandbox = runtime.readySandbox else {
            if allAppDone {
                plan.terminalPhase = containers.allSatisfy { latest[$0["name"].stringValue ?? ""]?.exitCode == 0 } ? "Succeeded" : "Failed"
                plan.initialized = true
                return plan
            }
            let nextAttempt = (runtime.sandboxes.map(\.attempt).max().map { $0 + 1 }) ?? 0
            plan.createSandbox = nextAttempt
            plan.stopSandboxes = runtime.sandboxes.map(\.id)
            plan.kill = runtime.containers.filter { $0.state == .running }.map(\.id)
            return plan
        }
        plan.stopSandboxes = runtime.sandboxes.filter { $0.id != sandbox.id && $0.ready }.map(\.id)
        // Containers of an older sandbox belong to a dead pod instance.
        plan.kill = runtime.containers.filter { $0.sandboxID != sandbox.id && $0.state == .running }.map(\.id)
        let current = runtime.containers.filter { $0.sandboxID == sandbox.id }
        let currentLatest = RuntimePod(sandboxes: [], containers: current).latestByName
        // Restart counts carry on across sandboxes.
        func nextAttempt(_ name: String) -> UInt32 { latest[name].map { $0.attempt + 1 } ?? 0 }

        // Init containers, one at a time, in order.
        for container in initContainers {
            let name = container["name"].stringValue ?? ""
            guard let info = currentLatest[name] else {
                plan.start.append(Start(container: container, kind: .initContainer, attempt: nextAttempt(name)))
                return plan
            }
            switch info.state {
            case .running:
                return plan
            case .created, .unknown:
                plan.remove.append(info.id)
                plan.start.append(Start(container: container, kind: .initContainer, attempt: nextAttempt(name)))
                return plan
            case .exited where info.exitCode == 0:
                continue
            case .exited:
                if policy == "Never" {
                    plan.terminalPhase = "Failed"
                    return plan
                }
                let wait = backOffLeft(info, now: now)
                if wait > 0 {
                    plan.backOff[name] = wait
                } else {
                    plan.start.append(Start(container: container, kind: .initContainer, attempt: info.attempt + 1))
                }
                return plan
            }
        }
        plan.initialized = true

        for container in containers {
            let name = container["name"].stringValue ?? ""
            guard let info = currentLatest[name] else {
                // A container that already finished for good in an earlier sandbox stays finished.
                if let earlier = latest[name], appDone(earlier) { continue }
                plan.start.append(Start(container: container, kind: .app, attempt: nextAttempt(name)))
                continue
            }
            switch info.state {
            case .running:
                continue
            case .created, .unknown:
                plan.remove.append(info.id)
                plan.start.append(Start(container: container, kind: .app, attempt: info.attempt + 1))
            case .exited:
                let restart = policy == "Always" || (policy == "OnFailure" && info.exitCode != 0)
                guard restart else { continue }
                let wait = backOffLeft(info, now: now)
                if wait > 0 {
                    plan.backOff[name] = wait
                } else {
                    plan.start.append(Start(container: container, kind: .app, attempt: info.attempt + 1))
                }
            }
        }
        if allAppDone && plan.start.isEmpty {
            plan.terminalPhase = containers.allSatisfy { latest[$0["name"].stringValue ?? ""]?.exitCode == 0 } ? "Succeeded" : "Failed"
        }
        return plan
    }

    /// Seconds until an exited container may restart; the first restart is immediate when the
    /// container ran for a while (as upstream: back-off grows only for repeated quick failures).
    static func backOffLeft(_ info: ContainerInfo, now: Double) -> Double {
        let finished = Double(info.finishedAt) / 1e9
        let delay = info.attempt == 0 ? 0 : backOffSeconds(afterAttempt: info.attempt - 1)
        return max(0, finished + delay - now)
    }
}
