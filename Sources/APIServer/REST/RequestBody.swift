import APIMachinery
import Foundation
import NIOHTTP1

/// Decoding of request bodies: JSON or YAML, size limit, content type.
enum RequestBody {
    /// Parses the body as JSON or YAML according to its content type.
    static func decode(_ request: HTTPRequest, allowed: [String] = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"]) throws -> JSON {
        if request.bodyTooLarge { throw APIError.tooLarge() }
        let contentType = mediaType(request.headers.first(name: "content-type") ?? "application/json")
        guard allowed.contains(contentType) || contentType.isEmpty else {
            throw APIError.unsupportedMediaType(contentType)
        }
        if request.body.isEmpty { throw APIError.badRequest("the body of the request was empty") }
        if contentType == KubernetesProtobuf.mediaType {
            do {
                return try KubernetesProtobuf.decode(request.body)
            } catch {
                throw APIError.badRequest("the body of the request could not be decoded as protobuf: \(error.message)")
            }
        }
        return try parse(request.body, yaml: contentType.hasSuffix("yaml"))
    }

    static func parse(_ body: [UInt8], yaml: Bool) throws -> JSON {
        if !yaml || body.first == UInt8(ascii: "{") {
            do {
                return try JSON.parse(body)
            } catch {
                if !yaml {
                    throw APIError.badRequest("the body of the request could not be decoded as JSON: \(error.message) (offset \(error.offset))")
                }
            }
        }
        do {
            return try JSON.parseYAML(body)
        } catch {
            throw APIError.badRequest("the body of the request could not be decoded as YAML: \(error)")
        }
    }

    /// `application/json; charset=utf-8` → `application/json`.
    static func mediaType(_ header: String) -> String {
        let base = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? header
        return base.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
