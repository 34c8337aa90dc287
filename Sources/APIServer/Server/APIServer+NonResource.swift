import API
import APIMachinery
import Foundation
import NIOHTTP1

/// The version Apus reports, shaped like upstream's `/version`.
public enum ApusVersion {
    public static let gitVersion = "v1.33.0-apus.0.1.0"
    public static let major = "1"
    public static let minor = "33"
    public static let apus = "0.1.0"

    public static var json: JSON {
        [
            "major": .string(major), "minor": .string(minor), "emulationMajor": .string(major),
            "emulationMinor": .string(minor), "minCompatibilityMajor": .string(major), "minCompatibilityMinor": "32",
            "gitVersion": .string(gitVersion), "gitCommit": "0000000000000000000000000000000000000000",
            "gitTreeState": "clean", "buildDate": "2026-11-22T00:00:00Z", "goVersion": "swift6.3",
            "compiler": "swiftc", "platform": "linux/amd64",
        ]
    }
}

extension APIServer {
    static let healthChecks = ["ping", "log", "etcd", "poststarthook/start-apiextensions-informers", "poststarthook/bootstrap-controller"]

    func handleNonResource(_ request: HTTPRequest) async -> HTTPResponse {
        let path = request.path
        guard request.method == .GET || request.method == .HEAD else {
            return Self.error(APIError(code: 405, reason: "MethodNotAllowed", message: "the server does not allow this method on the requested resource"))
        }
        switch path {
        case "/healthz", "/livez", "/readyz":
            return await health(request)
        case "/version", "/version/":
            return Self.json(ApusVersion.json)
        case "/api", "/api/":
            if let v = Self.aggregatedVersion(request) {
                return Self.aggregatedResponse(discovery.aggregated(legacy: true, version: v), version: v)
            }
            return Self.json(discovery.apiVersions(serverAddress: request.headers.first(name: "host") ?? "127.0.0.1:6443"))
        case "/apis", "/apis/":
            if let v = Self.aggregatedVersion(request) {
                return Self.aggregatedResponse(discovery.aggregated(legacy: false, version: v), version: v)
            }
            return Self.json(discovery.groupList())
        case "/api/v1":
            if let list = discovery.resourceList(group: "", version: "v1") { return Self.json(list) }
        case "/openapi/v2":
            let accept = request.headers[canonicalForm: "accept"].joined(separator: ",")
            if accept.contains(OpenAPIV2Protobuf.mediaType) || accept.contains(OpenAPIV2Protobuf.legacyMediaType) {
                return Self.raw(openAPI.serializedV2Protobuf, contentType: OpenAPIV2Protobuf.mediaType, headers: ["vary": "Accept"])
            }
            return Self.raw(openAPI.serializedV2, headers: ["vary": "Accept"])
        case "/openapi/v3", "/openapi/v3/":
            return Self.raw(openAPI.serializedV3Index)
        default:
            break
        }
        if path.hasPrefix("/healthz/") || path.hasPrefix("/livez/") || path.hasPrefix("/readyz/") {
            let check = path.split(separator: "/").dropFirst().joined(separator: "/")
            if Self.healthChecks.contains(check) { return Self.text("ok") }
            return Self.text("404 page not found\n", status: .notFound)
        }
        if path.hasPrefix("/openapi/v3/") {
            let docPath = String(path.dropFirst("/openapi/v3/".count))
            if let bytes = openAPI.serializedV3(path: docPath) {
                var headers: HTTPHeaders = [:]
                if request.query["hash"] != nil { headers.add(name: "cache-control", value: "public, immutable") }
                headers.add(name: "etag", value: "\"\(openAPI.v3Hash(path: docPath) ?? "")\"")
                return Self.raw(bytes, headers: headers)
            }
            return Self.text("404 page not found\n", status: .notFound)
        }
        let parts = path.split(separator: "/").map(String.init)
        if parts.count == 2, parts[0] == "apis", let g = discovery.group(parts[1]) {
            return Self.json(g)
        }
        if parts.count == 3, parts[0] == "apis", let list = discovery.resourceList(group: parts[1], version: parts[2]) {
            return Self.json(list)
        }
        return Self.error(APIError(code: 404, reason: "NotFound", message: "the server could not find the requested resource"))
    }

    func health(_ request: HTTPRequest) async -> HTTPResponse {
        var ok = true
        do { _ = try await store.currentRevision() } catch { ok = false }
        let verbose = request.query["verbose"] != nil
        if verbose {
            var lines: [String] = []
            for c in Self.healthChecks {
                lines.append("[\(c == "etcd" && !ok ? "-" : "+")]\(c) \(c == "etcd" && !ok ? "failed" : "ok")")
            }
            lines.append(ok ? "\(request.path.dropFirst()) check passed" : "\(request.path.dropFirst()) check failed")
            return Self.text(lines.joined(separator: "\n") + "\n", status: ok ? .ok : .internalServerError)
        }
        return Self.text(ok ? "ok" : "[-]etcd failed: reason withheld\nhealthz check failed\n", status: ok ? .ok : .internalServerError)
    }

    /// The aggregated discovery version the client accepts (`v2` or `v2beta1`), nil for the legacy form.
    static func aggregatedVersion(_ request: HTTPRequest) -> String? {
        let accept = request.headers[canonicalForm: "accept"].joined(separator: ",")
        for part in accept.split(separator: ",") {
            let p = part.replacingOccurrences(of: " ", with: "")
            guard p.contains("g=apidiscovery.k8s.io"), p.contains("as=APIGroupDiscoveryList") else {
                if p.hasPrefix("application/json") || p.hasPrefix("*/*") { return nil }
                continue
            }
            if p.contains("v=v2beta1") { return "v2beta1" }
            if p.contains("v=v2") { return "v2" }
        }
        return nil
    }

    static func aggregatedResponse(_ doc: JSON, version: String) -> HTTPResponse {
        raw(doc.serialized(), contentType: "application/json;g=apidiscovery.k8s.io;v=\(version);as=APIGroupDiscoveryList")
    }
}
