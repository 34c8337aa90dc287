import APIMachinery
import Foundation
import HTTPKit
import NIOHTTP1

/// `pods/log`, `pods/exec`, `pods/attach` and `pods/portforward`: validated here, then served by
/// the kubelet of the pod's node through a connection the API server opens to it.
extension APIServer {
    /// `GET pods/NAME/log`: streams the kubelet's `/containerLogs`.
    func podLog(_ req: ResourceRequest) async throws -> HTTPResponse {
        let (pod, endpoint) = try await podAndKubelet(req)
        let container = try Self.validContainer(req.http.query("container"), pod: pod)
        let namespace = req.info.namespace ?? "default"
        var query: [String] = []
        for name in ["follow", "previous", "timestamps", "sinceSeconds", "sinceTime", "tailLines", "limitBytes"] {
            if let value = req.http.query(name), !value.isEmpty { query.append("\(name)=\(Self.queryEscape(value))") }
        }
        let target = "/containerLogs/\(namespace)/\(req.name)/\(container)" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        let exchange = try await kubeletExchange(endpoint, RawRequest(method: "GET", target: target, headers: []))
        if exchange.head.status != 200 { return try await Self.kubeletError(exchange) }
        let follow = req.http.query("follow") == "true"
        if !follow {
            let body = try await exchange.body(limit: 256 << 20)
            return HTTPResponse(status: .ok, headers: ["content-type": "text/plain"], body: .bytes(body))
        }
        return HTTPResponse(status: .ok, headers: ["content-type": "text/plain"], body: .stream { writer in
            try await exchange.streamBody(to: writer)
        })
    }

    /// `pods/NAME/exec`, `attach`, `portforward`: an upgraded connection (SPDY/3.1, or WebSocket)
    /// relayed to the kubelet.
    func podStream(_ req: ResourceRequest, kind: String) async throws -> HTTPResponse {
        let (pod, endpoint) = try await podAndKubelet(req)
        let namespace = req.info.namespace ?? "default"
        let query = req.http.query
        let target: String
        switch kind {
        case "portforward":
            let ports = (query["ports"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
            for port in ports where Int(port).map({ $0 < 1 || $0 > 65535 }) ?? true {
                throw APIError.badRequest("invalid port \(port)")
            }
            target = "/portForward/\(namespace)/\(req.name)" + (ports.isEmpty ? "" : "?" + ports.map { "port=\($0)" }.joined(separator: "&"))
        default:
            let container = try Self.validContainer(req.http.query("container"), pod: pod)
            let flags = ["stdin": "input", "stdout": "output", "stderr": "error", "tty": "tty"]
            var params: [String] = []
            for (api, kubelet) in flags.sorted(by: { $0.key < $1.key }) where query[api]?.contains(where: { $0 == "true" || $0 == "1" }) == true {
                params.append("\(kubelet)=1")
            }
            if !params.contains(where: { $0.hasPrefix("input") || $0.hasPrefix("output") || $0.hasPrefix("error") }) {
                throw APIError.badRequest("you must specify at least 1 of stdin, stdout, stderr")
            }
            if kind == "exec" {
                let commands = query["command"] ?? []
                if commands.isEmpty { throw APIError.badRequest("you must specify at least 1 command") }
                params += commands.map { "command=\(Self.queryEscape($0))" }
            }
            target = "/\(kind)/\(namespace)/\(req.name)/\(container)?" + params.joined(separator: "&")
        }
        guard Self.isUpgrade(req.http) else {
            throw APIError.badRequest("Upgrade request required")
        }
        let method = req.http.method == .GET ? "GET" : "POST"
        if let translated = try await translatedStream(req, kind: kind, endpoint: endpoint, target: target, method: method) {
            return translated
        }
        var headers: [(name: String, value: String)] = []
        for (name, value) in req.http.headers where UpgradeHeaders.forwarded.contains(name.lowercased()) {
            headers.append((name, value))
        }
        let exchange = try await kubeletExchange(endpoint, RawRequest(method: method, target: target, headers: headers))
        guard exchange.head.status == 101 else { return try await Self.kubeletError(exchange) }
        var responseHeaders = HTTPHeaders()
        for (name, value) in exchange.head.headers where name.lowercased() != "content-length" {
            responseHeaders.add(name: name, value: value)
        }
        return HTTPResponse(status: .switchingProtocols, headers: responseHeaders, body: .upgrade { client in
            await exchange.relay(with: client)
        })
    }

    /// WebSocket requests the kubelet side cannot serve as they are (v5 remote commands,
    /// tunnelled port-forward): answered here over an SPDY connection to the kubelet. Nil when
    /// the request is relayed unchanged.
    func translatedStream(_ req: ResourceRequest, kind: String, endpoint: KubeletEndpoint, target: String, method: String) async throws -> HTTPResponse? {
        guard req.http.headers.first(name: "upgrade")?.lowercased() == "websocket" else { return nil }
        let offered = WebSocketConnection.offeredProtocols(req.http.headers["sec-websocket-protocol"])
        let chosen: String
        let backendProtocol: String
        if kind == "portforward" {
            guard offered.contains(StreamTranslation.portForwardTunnel) else { return nil }
            chosen = StreamTranslation.portForwardTunnel
            backendProtocol = StreamTranslation.portForward
        } else {
            guard offered.contains(StreamTranslation.remoteCommandV5) else { return nil }
            chosen = StreamTranslation.remoteCommandV5
            backendProtocol = StreamTranslation.remoteCommandV4
        }
        let headers: [(name: String, value: String)] = [
            ("Connection", "Upgrade"), ("Upgrade", "SPDY/3.1"), ("X-Stream-Protocol-Version", backendProtocol),
        ]
        let exchange = try await kubeletExchange(endpoint, RawRequest(method: "POST", target: target, headers: headers))
        guard exchange.head.status == 101 else { return try await Self.kubeletError(exchange) }
        if kind == "portforward" {
            return HTTPResponse(status: .switchingProtocols, body: .webSocket(subprotocol: chosen) { client in
                try await exchange.run { backend in try await StreamTranslation.tunnel(client: client, backend: &backend) }
            })
        }
        func flag(_ name: String) -> Bool { req.http.query[name]?.contains { $0 == "true" || $0 == "1" } ?? false }
        let (stdin, stdout, stderr, tty) = (flag("stdin"), flag("stdout"), flag("stderr"), flag("tty"))
        return HTTPResponse(status: .switchingProtocols, body: .webSocket(subprotocol: chosen) { client in
            try await exchange.run { backend in
                try await StreamTranslation.remoteCommand(client: client, backend: &backend, stdin: stdin, stdout: stdout, stderr: stderr, tty: tty)
            }
        })
    }

    /// `GET nodes/NAME/proxy/PATH`: the kubelet's answer for PATH (stats, metrics, healthz).
    func nodeProxy(_ req: ResourceRequest) async throws -> HTTPResponse {
        guard let (node, _) = try await load(req.key) else { throw req.notFound() }
        guard let endpoint = KubeletEndpoint(node: node) else {
            throw APIError.internalError("node \(req.name) has no address for its kubelet")
        }
        let uri = req.http.uri
        let query = uri.firstIndex(of: "?").map { String(uri[$0...]) } ?? ""
        let target = (req.info.proxyPath ?? "/") + query
        let exchange = try await kubeletExchange(endpoint, RawRequest(method: "GET", target: target, headers: [("Accept", req.http.headers.first(name: "accept") ?? "*/*")]))
        var headers = HTTPHeaders()
        if let type = exchange.head.header("content-type") { headers.add(name: "content-type", value: type) }
        let body = try await exchange.body(limit: 64 << 20)
        return HTTPResponse(status: HTTPResponseStatus(statusCode: exchange.head.status), headers: headers, body: .bytes(body))
    }

    static func isUpgrade(_ request: HTTPRequest) -> Bool {
        request.headers["connection"].contains { $0.lowercased().split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "upgrade" } }
            && !request.headers["upgrade"].isEmpty
    }

    /// The pod (which must be on a node) and where that node's kubelet listens.
    func podAndKubelet(_ req: ResourceRequest) async throws -> (JSON, KubeletEndpoint) {
        let podKey = req.resource.key(namespace: req.info.namespace, name: req.name)
        guard let (pod, _) = try await load(podKey) else { throw req.notFound() }
        guard let nodeName = pod["spec"]["nodeName"].stringValue, !nodeName.isEmpty else {
            throw APIError.badRequest("pod \(req.name) does not have a host assigned")
        }
        guard let nodes = resource(group: "", version: "v1", resource: "nodes"),
              let (node, _) = try await load(nodes.key(namespace: nil, name: nodeName))
        else {
            throw APIError.notFound(group: "", resource: "nodes", name: nodeName)
        }
        guard let endpoint = KubeletEndpoint(node: node) else {
            throw APIError.internalError("node \(nodeName) has no address for its kubelet")
        }
        return (pod, endpoint)
    }

    func kubeletExchange(_ endpoint: KubeletEndpoint, _ request: RawRequest) async throws -> BackendExchange {
        guard let kubeletClient else { throw APIError.internalError("this API server has no kubelet client credentials") }
        do {
            return try await BackendExchange.start(host: endpoint.host, port: endpoint.port, tls: kubeletClient.tls, request: request)
        } catch {
            let host = endpoint.host.contains(":") ? "[\(endpoint.host)]" : endpoint.host
            throw APIError.internalError("error dialing backend: dial tcp \(host):\(endpoint.port): \(error)")
        }
    }

    /// A kubelet's refusal as this server's answer: its Status when it sent one.
    static func kubeletError(_ exchange: BackendExchange) async throws -> HTTPResponse {
        let body = (try? await exchange.body(limit: 64 << 10)) ?? []
        if let status = try? JSON.parse(body), status["kind"].stringValue == "Status" {
            return json(status, status: HTTPResponseStatus(statusCode: exchange.head.status))
        }
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return error(APIError(code: exchange.head.status >= 400 ? exchange.head.status : 500, reason: "InternalError",
                              message: text.isEmpty ? "kubelet answered \(exchange.head.status)" : text))
    }

    /// The container a request names, or the pod's only container.
    static func validContainer(_ name: String?, pod: JSON) throws -> String {
        let podName = pod["metadata"]["name"].stringValue ?? ""
        let containers = (pod["spec"]["containers"].arrayValue ?? []).compactMap { $0["name"].stringValue }
        let initContainers = (pod["spec"]["initContainers"].arrayValue ?? []).compactMap { $0["name"].stringValue }
        let ephemeral = (pod["spec"]["ephemeralContainers"].arrayValue ?? []).compactMap { $0["name"].stringValue }
        guard let name, !name.isEmpty else {
            switch containers.count {
            case 1: return containers[0]
            case 0: throw APIError.badRequest("pod \(podName) does not have a container")
            default:
                var message = "a container name must be specified for pod \(podName), choose one of: [\(containers.joined(separator: " "))]"
                if !initContainers.isEmpty { message += " or one of the init containers: [\(initContainers.joined(separator: " "))]" }
                throw APIError.badRequest(message)
            }
        }
        guard containers.contains(name) || initContainers.contains(name) || ephemeral.contains(name) else {
            throw APIError.badRequest("container \(name) is not valid for pod \(podName)")
        }
        return name
    }

    static func queryEscape(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
