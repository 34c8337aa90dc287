import Foundation
import HTTPKit
import Logging
import NIOHTTP1

/// The kubelet's HTTPS server: `/healthz`, and for the API server (client certificate from the
/// cluster CA) container logs, exec, attach and port-forward.
enum KubeletServer {
    /// Starts the server with a serving certificate kept under the data dir (made on first start).
    static func start(kubelet: Kubelet, options: KubeletOptions, logger: Logger) async throws -> HTTPServer {
        let (cert, key) = try servingCertificate(options: options, hostIP: kubelet.hostIP)
        if options.clientCAPEM == nil {
            logger.warning("kubelet server has no client CA: only /healthz is served")
        }
        let tls = HTTPServer.TLS(certificatePEM: cert, keyPEM: key, clientCAPEM: options.clientCAPEM)
        return try await HTTPServer(
            host: options.bindAddress, port: options.port, tls: tls, responder: KubeletResponder(kubelet: kubelet), threads: 1)
    }

    static func servingCertificate(options: KubeletOptions, hostIP: String) throws -> (String, String) {
        let dir = options.dataDir + "/pki"
        let certPath = dir + "/kubelet.crt"
        let keyPath = dir + "/kubelet.key"
        if let cert = try? String(contentsOfFile: certPath, encoding: .utf8), let key = try? String(contentsOfFile: keyPath, encoding: .utf8) {
            return (cert, key)
        }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var sans = [options.nodeName, "localhost", "127.0.0.1", hostIP]
        sans += HostAddresses.all()
        var seen = Set<String>()
        let (cert, key) = try Certificates.selfSigned(commonName: "\(options.nodeName)@kubelet", sans: sans.filter { seen.insert($0).inserted })
        try cert.write(toFile: certPath, atomically: true, encoding: .utf8)
        try key.write(toFile: keyPath, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyPath)
        return (cert, key)
    }
}

/// Routes the kubelet's HTTP requests.
struct KubeletResponder: HTTPResponder {
    let kubelet: Kubelet

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if request.path == "/healthz" {
            return HTTPResponse(status: .ok, headers: ["content-type": "text/plain"], body: .bytes(Array("ok".utf8)))
        }
        // Everything else is for the API server, which presents a certificate from the cluster CA.
        guard kubelet.options.clientCAPEM != nil, request.user != nil else { return KubeletHTTPError.unauthorized.response }
        do {
            switch parts.first {
            case "containerLogs" where parts.count == 4 && request.method == .GET:
                return try await kubelet.containerLogs(namespace: parts[1], pod: parts[2], container: parts[3], query: request.query)
            case "exec" where parts.count == 4 || parts.count == 5:
                return try await kubelet.exec(namespace: parts[1], pod: parts[2], container: parts[parts.count - 1], request: request)
            case "attach" where parts.count == 4 || parts.count == 5:
                return try await kubelet.attach(namespace: parts[1], pod: parts[2], container: parts[parts.count - 1], request: request)
            case "stats" where parts == ["stats", "summary"] && request.method == .GET:
                return try await kubelet.statsSummary()
            case "metrics" where parts == ["metrics", "resource"] && request.method == .GET:
                return try await kubelet.resourceMetrics()
            case "portForward" where parts.count == 3 || parts.count == 4:
                return try await kubelet.portForward(namespace: parts[1], pod: parts[2], request: request)
            default:
                return KubeletHTTPError.notFound("the server could not find the requested resource").response
            }
        } catch let error as KubeletHTTPError {
            return error.response
        } catch {
            return KubeletHTTPError.internalError("\(error)").response
        }
    }
}
