import CRI

/// What the runtime has for one pod: its sandboxes and containers, as the kubelet's decisions
/// need them (plain values, built from CRI listings).
struct RuntimePod: Sendable {
    var sandboxes: [SandboxInfo] = []
    var containers: [ContainerInfo] = []

    /// The newest ready sandbox.
    var readySandbox: SandboxInfo? {
        sandboxes.filter(\.ready).max { $0.createdAt < $1.createdAt }
    }

    /// The newest container (highest attempt) of each name.
    var latestByName: [String: ContainerInfo] {
        var latest: [String: ContainerInfo] = [:]
        for c in containers where (latest[c.name]?.attempt ?? 0) <= c.attempt || latest[c.name] == nil {
            if let current = latest[c.name], current.attempt == c.attempt, current.createdAt > c.createdAt { continue }
            latest[c.name] = c
        }
        return latest
    }

    /// The newest container of `name` before `attempt` (the previous run, for `lastState`).
    func previous(of name: String, before attempt: UInt32) -> ContainerInfo? {
        containers.filter { $0.name == name && $0.attempt < attempt }.max { $0.attempt < $1.attempt }
    }
}

struct SandboxInfo: Sendable, Equatable {
    var id: String
    var attempt: UInt32
    var ready: Bool
    var createdAt: Int64
    var ip: String = ""
}

struct ContainerInfo: Sendable, Equatable {
    enum State: Sendable, Equatable { case created, running, exited, unknown }

    var id: String
    var sandboxID: String
    var name: String
    var attempt: UInt32
    var state: State
    var createdAt: Int64 = 0
    /// Nanoseconds since the epoch, 0 when not yet.
    var startedAt: Int64 = 0
    var finishedAt: Int64 = 0
    var exitCode: Int32 = 0
    var reason: String = ""
    var message: String = ""
    var image: String = ""
    var imageRef: String = ""
}

extension ContainerInfo {
    init(status: Runtime_V1_ContainerStatus, sandboxID: String) {
        let state: State = switch status.state {
        case .containerCreated: .created
        case .containerRunning: .running
        case .containerExited: .exited
        default: .unknown
        }
        self.init(
            id: status.id, sandboxID: sandboxID, name: status.metadata.name, attempt: status.metadata.attempt, state: state,
            createdAt: status.createdAt, startedAt: status.startedAt, finishedAt: status.finishedAt, exitCode: status.exitCode,
            reason: status.reason, message: status.message, image: status.image.image, imageRef: status.imageRef
        )
    }
}
