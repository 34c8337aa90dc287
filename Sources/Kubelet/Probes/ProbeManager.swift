import APIMachinery
import AsyncHTTPClient
import CRI
import Client
import NIOCore
import NIOPosix
import Synchronization

/// Runs the liveness, readiness and startup probes of running containers, one task per probe,
/// with the probe's timing fields; tells the kubelet (through `onChange`) when a verdict flips.
final class ProbeManager: Sendable {
    struct Key: Hashable, Sendable {
        var containerID: String
        var kind: Probe.Kind
    }

    private struct Worker: Sendable {
        var probe: Probe
        var verdict: ProbeVerdict
        var task: Task<Void, Never>?
    }

    private let workers = Mutex<[Key: Worker]>([:])
    /// Container IDs probed per pod, to stop the workers of containers that went away.
    private let byPod = Mutex<[ObjectKey: Set<String>]>([:])
    private let cri: CRIClient
    private let onChange: @Sendable (ObjectKey) -> Void

    init(cri: CRIClient, onChange: @escaping @Sendable (ObjectKey) -> Void) {
        self.cri = cri
        self.onChange = onChange
    }

    /// Starts probes for the pod's running containers and stops those of containers no longer running.
    func update(pod podKey: ObjectKey, running: [(id: String, container: JSON)], podIP: String) {
        let ids = Set(running.map(\.id))
        let gone = byPod.withLock { pods -> Set<String> in
            let before = pods[podKey] ?? []
            pods[podKey] = ids.isEmpty ? nil : ids
            return before.subtracting(ids)
        }
        for id in gone { stop(containerID: id) }
        for (id, container) in running {
            for kind in [Probe.Kind.startup, .liveness, .readiness] {
                guard let probe = Probe.parse(kind, container: container) else { continue }
                let key = Key(containerID: id, kind: kind)
                let isNew = workers.withLock { all -> Bool in
                    guard all[key] == nil else { return false }
                    all[key] = Worker(probe: probe, verdict: ProbeVerdict(kind: kind))
                    return true
                }
                guard isNew else { continue }
                let task = Task { await self.loop(key: key, probe: probe, pod: podKey, podIP: podIP) }
                workers.withLock { all in
                    if all[key] != nil { all[key]?.task = task } else { task.cancel() }
                }
            }
        }
    }

    /// Stops every probe of the pod (it is being removed).
    func forget(pod key: ObjectKey) {
        let ids = byPod.withLock { $0.removeValue(forKey: key) } ?? []
        for id in ids { stop(containerID: id) }
    }

    private func stop(containerID: String) {
        let tasks = workers.withLock { all -> [Task<Void, Never>] in
            let keys = all.keys.filter { $0.containerID == containerID }
            return keys.compactMap { all.removeValue(forKey: $0)?.task }
        }
        for task in tasks { task.cancel() }
    }

    /// The verdict of a container's probe; nil when it has no such probe.
    func passing(_ containerID: String, _ kind: Probe.Kind) -> Bool? {
        workers.withLock { $0[Key(containerID: containerID, kind: kind)]?.verdict.passing }
    }

    /// True when the container must be restarted: its liveness probe failed, or its startup
    /// probe failed `failureThreshold` times before ever passing.
    func mustRestart(_ containerID: String) -> Bool {
        workers.withLock { all in
            if let liveness = all[Key(containerID: containerID, kind: .liveness)], !liveness.verdict.passing { return true }
            if let startup = all[Key(containerID: containerID, kind: .startup)], !startup.verdict.passing,
               startup.verdict.failures >= startup.probe.failureThreshold { return true }
            return false
        }
    }

    private func loop(key: Key, probe: Probe, pod: ObjectKey, podIP: String) async {
        if probe.initialDelaySeconds > 0 { try? await Task.sleep(for: .seconds(probe.initialDelaySeconds)) }
        while !Task.isCancelled {
            // Liveness and readiness wait for the startup probe to pass.
            if key.kind != .startup, passing(key.containerID, .startup) == false {
                try? await Task.sleep(for: .seconds(1))
                continue
            }
            let success = await run(probe, containerID: key.containerID, podIP: podIP)
            if Task.isCancelled { return }
            let changed = workers.withLock { all -> Bool in
                guard var worker = all[key] else { return false }
                let changed = worker.verdict.record(success: success, probe: probe)
                let failedOut = key.kind == .startup && !worker.verdict.passing && worker.verdict.failures == probe.failureThreshold
                all[key] = worker
                return changed || failedOut
            }
            if changed { onChange(pod) }
            // A passed startup probe is done.
            if key.kind == .startup, passing(key.containerID, .startup) == true { return }
            try? await Task.sleep(for: .seconds(probe.periodSeconds))
        }
    }

    /// Runs one probe; true on success.
    func run(_ probe: Probe, containerID: String, podIP: String) async -> Bool {
        let timeout = TimeAmount.seconds(Int64(probe.timeoutSeconds))
        switch probe.action {
        case .exec(let command):
            guard let result = try? await cri.execSync(containerID: containerID, command: command, commandTimeoutSeconds: Int64(probe.timeoutSeconds), timeout: .seconds(probe.timeoutSeconds + 5)) else { return false }
            return result.exitCode == 0
        case .httpGet(let scheme, let host, let port, let path, let headers):
            var request = HTTPClientRequest(url: "\(scheme)://\(host ?? podIP):\(port)\(path.hasPrefix("/") ? path : "/" + path)")
            request.headers.add(name: "User-Agent", value: "kube-probe/1.33")
            for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
            guard let response = try? await HTTPClient.shared.execute(request, timeout: timeout) else { return false }
            return (200..<400).contains(Int(response.status.code))
        case .tcpSocket(let host, let port):
            return await connects(host: host ?? podIP, port: port, timeout: timeout)
        case .grpc(let port, let service):
            // grpc.health.v1.Health/Check; SERVING passes.
            return await GRPCHealthCheck.check(host: podIP, port: port, service: service, timeout: .seconds(probe.timeoutSeconds))
        }
    }

    private func connects(host: String, port: Int, timeout: TimeAmount) async -> Bool {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connectTimeout(timeout)
        guard let channel = try? await bootstrap.connect(host: host, port: port).get() else { return false }
        try? await channel.close()
        return true
    }
}
