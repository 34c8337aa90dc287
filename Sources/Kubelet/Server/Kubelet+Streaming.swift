import API
import APIMachinery
import CRI
import Client
import Foundation
import HTTPKit
import NIOHTTP1

/// Logs, exec, attach and port-forward: the kubelet finds the container, asks the runtime for a
/// streaming URL and relays the client's upgraded connection to it.
extension Kubelet {
    func pod(namespace: String, name: String) throws -> CoreV1.Pod {
        // A mirror pod stands for its static pod, whose UID the runtime knows.
        if let staticPod = staticPod(for: ObjectKey(namespace: namespace, name: name)) { return CoreV1.Pod(json: staticPod) }
        guard let pod = pods.get(namespace: namespace, name: name) else {
            throw KubeletHTTPError.notFound("pod \"\(name)\" not found")
        }
        return pod
    }

    /// The newest container of that name in the pod (or the one before it with `previous`).
    func container(namespace: String, pod name: String, container: String, previous: Bool = false) async throws -> ContainerInfo {
        let pod = try pod(namespace: namespace, name: name)
        let runtime = try await observe(uid: pod.uid)
        guard let latest = runtime.latestByName[container] else {
            if Self.containerNames(pod.json).contains(container) {
                throw KubeletHTTPError.badRequest("container \"\(container)\" in pod \"\(name)\" is waiting to start: ContainerCreating")
            }
            throw KubeletHTTPError.badRequest("container \(container) is not valid for pod \(name)")
        }
        if previous {
            guard let before = runtime.previous(of: container, before: latest.attempt) else {
                throw KubeletHTTPError.badRequest("previous terminated container \"\(container)\" in pod \"\(name)\" not found")
            }
            return before
        }
        return latest
    }

    static func containerNames(_ pod: JSON) -> [String] {
        let spec = pod["spec"]
        return (spec["initContainers"].arrayValue ?? []).compactMap { $0["name"].stringValue }
            + (spec["containers"].arrayValue ?? []).compactMap { $0["name"].stringValue }
            + (spec["ephemeralContainers"].arrayValue ?? []).compactMap { $0["name"].stringValue }
    }

    // MARK: logs

    func containerLogs(namespace: String, pod: String, container name: String, query: [String: [String]]) async throws -> HTTPResponse {
        let options = LogOptions(query: query)
        let container = try await container(namespace: namespace, pod: pod, container: name, previous: options.previous)
        let path = try await cri.containerStatus(id: container.id).status.logPath
        guard !path.isEmpty else { throw KubeletHTTPError.notFound("container \"\(name)\" has no log file") }
        let first = ContainerLogReader.LogFile(containerID: container.id, path: path)
        let reader = ContainerLogReader(file: first, options: options) { [weak self] file in
            guard let self else { return .end }
            return await self.logFollowOutcome(namespace: namespace, pod: pod, following: file)
        }
        let headers: HTTPHeaders = ["content-type": "text/plain"]
        if options.follow && !options.previous {
            return HTTPResponse(status: .ok, headers: headers, body: .stream { writer in try await reader.follow(to: writer) })
        }
        return HTTPResponse(status: .ok, headers: headers, body: .bytes(try reader.collect()))
    }

    /// Where `kubectl logs -f` goes once the followed run's log is quiet: on waiting while it runs
    /// or will be restarted, on to the next run's log file, or to the end.
    func logFollowOutcome(
        namespace: String, pod name: String, following file: ContainerLogReader.LogFile
    ) async -> ContainerLogReader.FollowOutcome {
        guard let pod = try? pod(namespace: namespace, name: name), let runtime = try? await observe(uid: pod.uid) else { return .end }
        // A run the runtime no longer has cannot be followed further.
        guard let current = runtime.containers.first(where: { $0.id == file.containerID }) else { return .end }
        switch LogFollowStep.decide(following: current, pod: pod.json, runtime: runtime) {
        case .wait: return .wait
        case .end: return .end
        case .next(let newer):
            guard let path = try? await cri.containerStatus(id: newer.id).status.logPath, !path.isEmpty else { return .wait }
            return .moveTo(ContainerLogReader.LogFile(containerID: newer.id, path: path))
        }
    }

    // MARK: exec, attach, port-forward

    func exec(namespace: String, pod: String, container name: String, request: HTTPRequest) async throws -> HTTPResponse {
        let container = try await runningContainer(namespace: namespace, pod: pod, container: name)
        let flags = StreamFlags(query: request.query)
        let commands = request.query["command"] ?? []
        guard !commands.isEmpty else { throw KubeletHTTPError.badRequest("you must specify at least 1 command") }
        var exec = Runtime_V1_ExecRequest()
        exec.containerID = container.id
        exec.cmd = commands
        exec.tty = flags.tty
        exec.stdin = flags.stdin
        exec.stdout = flags.stdout
        exec.stderr = flags.stderr && !flags.tty
        let url = try await cri.exec(exec, timeout: .seconds(10))
        return try await proxyStream(to: url, request: request)
    }

    func attach(namespace: String, pod: String, container name: String, request: HTTPRequest) async throws -> HTTPResponse {
        let container = try await runningContainer(namespace: namespace, pod: pod, container: name)
        let flags = StreamFlags(query: request.query)
        var attach = Runtime_V1_AttachRequest()
        attach.containerID = container.id
        attach.tty = flags.tty
        attach.stdin = flags.stdin
        attach.stdout = flags.stdout
        attach.stderr = flags.stderr && !flags.tty
        let url = try await cri.attach(attach, timeout: .seconds(10))
        return try await proxyStream(to: url, request: request)
    }

    func portForward(namespace: String, pod name: String, request: HTTPRequest) async throws -> HTTPResponse {
        let pod = try pod(namespace: namespace, name: name)
        let runtime = try await observe(uid: pod.uid)
        guard let sandbox = runtime.readySandbox else {
            throw KubeletHTTPError.badRequest("pod \"\(name)\" has no running sandbox")
        }
        let ports = (request.query["port"] ?? []).compactMap { Int32($0) }
        let url = try await cri.portForward(podSandboxID: sandbox.id, ports: ports, timeout: .seconds(10))
        return try await proxyStream(to: url, request: request)
    }

    func runningContainer(namespace: String, pod: String, container name: String) async throws -> ContainerInfo {
        let container = try await container(namespace: namespace, pod: pod, container: name)
        guard container.state == .running else {
            throw KubeletHTTPError.badRequest("container \(name) is not running in pod \(pod)")
        }
        return container
    }

    /// Sends the client's upgrade request to the runtime's streaming URL and relays the
    /// connection once the runtime switched protocols.
    func proxyStream(to url: String, request: HTTPRequest) async throws -> HTTPResponse {
        guard let target = StreamingURL(url) else { throw KubeletHTTPError.internalError("bad streaming URL from the runtime: \(url)") }
        var headers: [(name: String, value: String)] = []
        for (name, value) in request.headers where UpgradeHeaders.forwarded.contains(name.lowercased()) {
            headers.append((name, value))
        }
        let method = request.method == .GET ? "GET" : "POST"
        let exchange = try await BackendExchange.start(
            host: target.host, port: target.port, tls: nil, request: RawRequest(method: method, target: target.path, headers: headers))
        return Self.response(relaying: exchange)
    }

    /// The backend's answer as this server's response: an upgrade relayed byte for byte, or the
    /// error it sent.
    static func response(relaying exchange: BackendExchange) -> HTTPResponse {
        var headers = HTTPHeaders()
        for (name, value) in exchange.head.headers where name.lowercased() != "content-length" && name.lowercased() != "transfer-encoding" {
            headers.add(name: name, value: value)
        }
        if exchange.head.status == 101 {
            return HTTPResponse(status: .switchingProtocols, headers: headers, body: .upgrade { client in await exchange.relay(with: client) })
        }
        return HTTPResponse(
            status: HTTPResponseStatus(statusCode: exchange.head.status), headers: headers,
            body: .stream { writer in try await exchange.streamBody(to: writer) })
    }
}

/// stdin/stdout/stderr/tty of an exec or attach request, as the API server passes them on
/// (`input`, `output`, `error`, `tty`; also accepting the API's own names).
struct StreamFlags: Equatable {
    var stdin = false
    var stdout = false
    var stderr = false
    var tty = false

    init(query: [String: [String]]) {
        func on(_ names: String...) -> Bool {
            names.contains { name in query[name]?.contains { $0 == "1" || $0 == "true" } ?? false }
        }
        stdin = on("input", "stdin")
        stdout = on("output", "stdout")
        stderr = on("error", "stderr")
        tty = on("tty")
    }
}

/// The runtime's streaming server URL (`http://127.0.0.1:PORT/exec/TOKEN`).
struct StreamingURL: Equatable {
    var host: String
    var port: Int
    var path: String

    init?(_ url: String) {
        guard let components = URLComponents(string: url), components.scheme == "http", let host = components.host else { return nil }
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? 80
        let query = components.percentEncodedQuery.map { "?" + $0 } ?? ""
        self.path = (components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath) + query
    }
}
