import Foundation
import Synchronization

/// Helpers for end-to-end tests against `apus server --simulated-nodes N` with its scheduler and controller
/// manager running in-process: start and wait for Ready nodes, read pods and nodes through kubectl, poll.
extension ApusServerProcess {
    /// Starts a whole control plane with `nodes` simulated nodes and waits until every node is Ready.
    static func startCluster(nodes: Int = 5, extraArgs: [String] = []) async throws -> ApusServerProcess {
        let server = try await start(controlPlane: true, extraArgs: ["--simulated-nodes", String(nodes)] + extraArgs)
        do {
            let k = Kubectl(path: Kubectl.v133, kubeconfig: server.kubeconfig)
            _ = try await eventually("\(nodes) Ready nodes", timeout: 60) { () -> Bool? in
                let ready = try await k.nodes().filter { $0.ready == "True" }
                return ready.count == nodes ? true : nil
            }
        } catch {
            server.stop()
            throw error
        }
        return server
    }
}

/// What the tests look at in a pod (decoded from `kubectl get pods -o json`).
struct PodSummary: Sendable, CustomStringConvertible {
    let name: String
    let node: String
    let phase: String
    let images: [String]
    let terminating: Bool
    let ready: Bool
    let labels: [String: String]
    let ownerKinds: [String]
    let priority: Int

    var description: String { "\(name)@\(node.isEmpty ? "-" : node) \(phase)\(terminating ? " terminating" : "") \(images)" }
    /// Running and Ready, not being deleted.
    var isServing: Bool { phase == "Running" && ready && !terminating }
}

/// What the tests look at in a node.
struct NodeSummary: Sendable, CustomStringConvertible {
    let name: String
    /// Status of the Ready condition ("True", "False", "Unknown").
    let ready: String
    let unschedulable: Bool
    let taints: [String]

    var description: String { "\(name) Ready=\(ready)\(unschedulable ? " unschedulable" : "") \(taints)" }
}

extension Kubectl {
    /// `kubectl get <args> -o json`, decoded.
    func getJSON(_ args: [String]) async throws -> [String: Any] {
        let text = try await ok(["get"] + args + ["-o", "json"])
        guard let obj = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw E2EError("kubectl get \(args) did not print a JSON object: \(text)")
        }
        return obj
    }

    /// The pods matching `selector` (all when nil) in `namespace` (default when nil).
    func pods(_ selector: String? = nil, namespace: String? = nil) async throws -> [PodSummary] {
        var args = ["pods"]
        if let selector { args += ["-l", selector] }
        if let namespace { args += ["-n", namespace] }
        let items = try await getJSON(args)["items"] as? [[String: Any]] ?? []
        return items.map { p in
            let meta = p["metadata"] as? [String: Any] ?? [:]
            let spec = p["spec"] as? [String: Any] ?? [:]
            let status = p["status"] as? [String: Any] ?? [:]
            let conditions = status["conditions"] as? [[String: Any]] ?? []
            let containers = spec["containers"] as? [[String: Any]] ?? []
            let owners = meta["ownerReferences"] as? [[String: Any]] ?? []
            return PodSummary(
                name: meta["name"] as? String ?? "",
                node: spec["nodeName"] as? String ?? "",
                phase: status["phase"] as? String ?? "",
                images: containers.compactMap { $0["image"] as? String },
                terminating: meta["deletionTimestamp"] != nil,
                ready: conditions.contains { $0["type"] as? String == "Ready" && $0["status"] as? String == "True" },
                labels: meta["labels"] as? [String: String] ?? [:],
                ownerKinds: owners.compactMap { $0["kind"] as? String },
                priority: spec["priority"] as? Int ?? 0)
        }
    }

    func nodes() async throws -> [NodeSummary] {
        let items = try await getJSON(["nodes"])["items"] as? [[String: Any]] ?? []
        return items.map { n in
            let meta = n["metadata"] as? [String: Any] ?? [:]
            let spec = n["spec"] as? [String: Any] ?? [:]
            let status = n["status"] as? [String: Any] ?? [:]
            let conditions = status["conditions"] as? [[String: Any]] ?? []
            let taints = spec["taints"] as? [[String: Any]] ?? []
            return NodeSummary(
                name: meta["name"] as? String ?? "",
                ready: conditions.first { $0["type"] as? String == "Ready" }?["status"] as? String ?? "",
                unschedulable: spec["unschedulable"] as? Bool ?? false,
                taints: taints.map { t in
                    let value = (t["value"] as? String).map { "=\($0)" } ?? ""
                    return "\(t["key"] as? String ?? "")\(value):\(t["effect"] as? String ?? "")"
                })
        }
    }

    /// `kubectl get <args> -o jsonpath=<path>`.
    func jsonpath(_ args: [String], _ path: String) async throws -> String {
        try await ok(["get"] + args + ["-o", "jsonpath=\(path)"])
    }
}

/// Polls `probe` until it returns a value; throws, with the last thing seen, when `timeout` seconds pass.
func eventually<T>(
    _ what: String, timeout: Double = 30, interval: Duration = .milliseconds(250), _ probe: () async throws -> T?
) async throws -> T {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while true {
        do {
            if let v = try await probe() { return v }
        } catch {
            last = ": \(error)"
        }
        if Date() >= deadline { break }
        try await Task.sleep(for: interval)
    }
    throw E2EError("timed out after \(Int(timeout)) s waiting for \(what)\(last)")
}

/// A second process started by a test (e.g. another `apus scheduler`), stopped by PID.
final class ChildProcess: @unchecked Sendable {
    let process = Process()
    let output = OutputCollector()

    init(_ executable: String, _ args: [String]) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let collector = output
        pipe.fileHandleForReading.readabilityHandler = { h in
            let d = h.availableData
            if !d.isEmpty { collector.append(d) }
        }
        try process.run()
    }

    private let stopped = Mutex(false)

    /// SIGTERM, then SIGKILL after 10 s; reaps the process once.
    func stop() {
        stopped.withLock { done in
            if !done { ChildExit.stop(process, after: 0) }
            done = true
        }
    }
}
