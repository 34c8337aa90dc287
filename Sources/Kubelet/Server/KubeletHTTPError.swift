import APIMachinery
import HTTPKit
import NIOHTTP1

/// A failed kubelet request, answered with a Kubernetes Status the API server passes on.
enum KubeletHTTPError: Error, CustomStringConvertible {
    case badRequest(String)
    case notFound(String)
    case unauthorized
    case internalError(String)

    var description: String {
        switch self {
        case .badRequest(let m), .notFound(let m), .internalError(let m): m
        case .unauthorized: "Unauthorized"
        }
    }

    var response: HTTPResponse {
        let (code, reason): (Int, String) = switch self {
        case .badRequest: (400, "BadRequest")
        case .notFound: (404, "NotFound")
        case .unauthorized: (401, "Unauthorized")
        case .internalError: (500, "InternalError")
        }
        let status: JSON = [
            "kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Failure",
            "message": .string(description), "reason": .string(reason), "code": .int(Int64(code)),
        ]
        return HTTPResponse(
            status: HTTPResponseStatus(statusCode: code), headers: ["content-type": "application/json"],
            body: .bytes(status.serialized()))
    }
}
