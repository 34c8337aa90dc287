import APIMachinery

extension APIError {
    /// Decodes a `Status` object returned by the server. `httpCode` is used when the body carries no code.
    public init(status: JSON, httpCode: Int) {
        let code = status["code"].intValue.map { Int($0) } ?? httpCode
        let details = status["details"]
        var causes: [StatusCause] = []
        for c in details["causes"].arrayValue ?? [] {
            causes.append(
                StatusCause(
                    type: c["reason"].stringValue ?? "", message: c["message"].stringValue ?? "",
                    field: c["field"].stringValue ?? ""))
        }
        self.init(
            code: code,
            reason: status["reason"].stringValue ?? APIError.reason(forHTTPCode: code),
            message: status["message"].stringValue ?? "",
            name: details["name"].stringValue,
            group: details["group"].stringValue,
            kind: details["kind"].stringValue,
            causes: causes,
            retryAfterSeconds: details["retryAfterSeconds"].intValue.map { Int($0) })
    }

    /// The error for a failed response: its `Status` body when there is one, otherwise a status
    /// derived from the HTTP code with the body text as message.
    public init(httpCode: Int, body: [UInt8]) {
        if let json = try? JSON.parse(body), json["kind"].stringValue == "Status" {
            self.init(status: json, httpCode: httpCode)
            return
        }
        let text = String(decoding: body.prefix(4096), as: UTF8.self)
        let reason = APIError.reason(forHTTPCode: httpCode)
        self.init(
            code: httpCode, reason: reason,
            message: text.isEmpty ? "the server responded with the status code \(httpCode) (\(reason))" : text)
    }

    /// The upstream `StatusReason` for an HTTP status code without a `Status` body.
    public static func reason(forHTTPCode code: Int) -> String {
        switch code {
        case 400: return "BadRequest"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "NotFound"
        case 405: return "MethodNotAllowed"
        case 406: return "NotAcceptable"
        case 409: return "Conflict"
        case 410: return "Gone"
        case 413: return "RequestEntityTooLarge"
        case 415: return "UnsupportedMediaType"
        case 422: return "Invalid"
        case 429: return "TooManyRequests"
        case 500: return "InternalError"
        case 503: return "ServiceUnavailable"
        case 504: return "Timeout"
        default: return "Unknown"
        }
    }

    public var isNotFound: Bool { reason == "NotFound" || (code == 404 && reason.isEmpty) }
    /// A write lost an optimistic-concurrency race (`409 Conflict`, not `AlreadyExists`).
    public var isConflict: Bool { reason == "Conflict" || (code == 409 && reason != "AlreadyExists") }
    public var isAlreadyExists: Bool { reason == "AlreadyExists" }
    /// The requested resourceVersion is no longer available (`410`, reason `Expired` or `Gone`).
    public var isGone: Bool { code == 410 || reason == "Expired" || reason == "Gone" }
    public var isInvalid: Bool { reason == "Invalid" || code == 422 }
    public var isForbidden: Bool { reason == "Forbidden" || code == 403 }
    public var isUnauthorized: Bool { reason == "Unauthorized" || code == 401 }
    public var isTooManyRequests: Bool { reason == "TooManyRequests" || code == 429 }
    public var isTimeout: Bool { reason == "Timeout" || code == 504 }

    /// Whether `error` is an ``APIError`` that is ``isNotFound``.
    public static func isNotFound(_ error: any Error) -> Bool { (error as? APIError)?.isNotFound ?? false }
    public static func isConflict(_ error: any Error) -> Bool { (error as? APIError)?.isConflict ?? false }
    public static func isAlreadyExists(_ error: any Error) -> Bool { (error as? APIError)?.isAlreadyExists ?? false }
    public static func isGone(_ error: any Error) -> Bool { (error as? APIError)?.isGone ?? false }
}
