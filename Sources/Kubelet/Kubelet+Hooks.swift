import APIMachinery
import AsyncHTTPClient
import CRI
import Foundation
import NIOCore

extension Kubelet {
    /// Runs a lifecycle hook of a container; returns nil on success, the error text otherwise.
    func runHook(_ hook: LifecycleHook, containerID: String, podIP: String, timeoutSeconds: Int) async -> String? {
        let timeout = max(1, timeoutSeconds)
        switch hook.action {
        case .exec(let command):
            do {
                let result = try await cri.execSync(containerID: containerID, command: command, commandTimeoutSeconds: Int64(timeout), timeout: .seconds(5))
                if result.exitCode == 0 { return nil }
                let output = String(decoding: result.stdout + result.stderr, as: UTF8.self)
                return "command '\(command.joined(separator: " "))' exited with \(result.exitCode): \(output)"
            } catch {
                return "\(error)"
            }
        case .httpGet(let scheme, let host, let port, let path, let headers):
            var request = HTTPClientRequest(url: "\(scheme)://\(host ?? podIP):\(port)\(path)")
            request.headers.add(name: "User-Agent", value: "kube-lifecycle/1.33")
            for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
            do {
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(Int64(timeout)))
                let code = Int(response.status.code)
                return (200..<400).contains(code) ? nil : "HTTP lifecycle hook (\(path)) failed with status \(code)"
            } catch {
                return "\(error)"
            }
        case .sleep(let seconds):
            try? await Task.sleep(for: .seconds(min(seconds, timeout)))
            return nil
        }
    }

    /// Runs the container's postStart hook right after it started. A failed hook kills the
    /// container (its restart policy then applies) and records a FailedPostStartHook event.
    /// Returns false when the hook failed.
    func runPostStart(pod: JSON, container: JSON, containerID: String, podIP: String) async -> Bool {
        guard let hook = LifecycleHook.parse(.postStart, container: container) else { return true }
        let grace = Int(pod["spec"]["terminationGracePeriodSeconds"].intValue ?? 30)
        guard let error = await runHook(hook, containerID: containerID, podIP: podIP, timeoutSeconds: max(30, grace)) else { return true }
        let name = container["name"].stringValue ?? ""
        let message = hook.failureMessage(container: name, pod: pod["metadata"]["name"].stringValue ?? "", error: error)
        logger.info("\(message)")
        await recordEvent(pod: pod, reason: hook.failureReason, message: message)
        try? await cri.stopContainer(id: containerID, gracePeriodSeconds: Int64(grace))
        return false
    }

    /// Runs the preStop hook of each running container that has one (in parallel), within
    /// `gracePeriod` seconds; returns the seconds of the grace period left for stopping them.
    func runPreStopHooks(pod: JSON, containers: [(id: String, name: String)], podIP: String, gracePeriod: Int64) async -> Int64 {
        let specs = (pod["spec"]["containers"].arrayValue ?? []) + (pod["spec"]["initContainers"].arrayValue ?? [])
        var hooks: [(id: String, name: String, hook: LifecycleHook)] = []
        for container in containers {
            guard let spec = specs.first(where: { $0["name"].stringValue == container.name }),
                  let hook = LifecycleHook.parse(.preStop, container: spec) else { continue }
            hooks.append((container.id, container.name, hook))
        }
        guard !hooks.isEmpty, gracePeriod > 0 else { return gracePeriod }
        let start = Date()
        await withTaskGroup(of: Void.self) { group in
            for (id, name, hook) in hooks {
                group.addTask {
                    // The hook gets at most the grace period; stopping continues after it either way.
                    let result = await withTaskGroup(of: String??.self) { race in
                        race.addTask { await self.runHook(hook, containerID: id, podIP: podIP, timeoutSeconds: Int(gracePeriod)) }
                        race.addTask {
                            try? await Task.sleep(for: .seconds(gracePeriod))
                            return .some("timed out after \(gracePeriod)s")
                        }
                        let first = await race.next() ?? nil
                        race.cancelAll()
                        return first ?? nil
                    }
                    if let error = result {
                        let message = hook.failureMessage(container: name, pod: pod["metadata"]["name"].stringValue ?? "", error: error)
                        self.logger.info("\(message)")
                        await self.recordEvent(pod: pod, reason: hook.failureReason, message: message)
                    }
                }
            }
        }
        let elapsed = Int64(Date().timeIntervalSince(start).rounded(.up))
        // As upstream: at least 2 seconds are left for the container to stop after its hook.
        return max(2, gracePeriod - elapsed)
    }
}
