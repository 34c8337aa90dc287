/// One cause of a failed request: the field at fault and what is wrong with it (`metav1.StatusCause`).
public struct StatusCause: Sendable, Hashable {
    /// Machine-readable reason such as `FieldValueRequired`, `FieldValueInvalid`, `FieldValueNotSupported`.
    public var type: String
    public var message: String
    /// JSON path of the offending field, e.g. `spec.containers[0].image`.
    public var field: String

    public init(type: String, message: String, field: String) {
        self.type = type
        self.message = message
        self.field = field
    }

    public var json: JSON {
        var o: [String: JSON] = [:]
        if !type.isEmpty { o["reason"] = .string(type) }
        if !message.isEmpty { o["message"] = .string(message) }
        if !field.isEmpty { o["field"] = .string(field) }
        return .object(o)
    }
}

/// An API error rendered as a `meta.k8s.io/v1` `Status` with the upstream reason and code.
public struct APIError: Error, Sendable, CustomStringConvertible {
    public var code: Int
    public var reason: String
    public var message: String
    public var name: String?
    public var group: String?
    public var kind: String?
    public var causes: [StatusCause]
    public var retryAfterSeconds: Int?

    public init(
        code: Int, reason: String, message: String, name: String? = nil, group: String? = nil, kind: String? = nil,
        causes: [StatusCause] = [], retryAfterSeconds: Int? = nil
    ) {
        self.code = code
        self.reason = reason
        self.message = message
        self.name = name
        self.group = group
        self.kind = kind
        self.causes = causes
        self.retryAfterSeconds = retryAfterSeconds
    }

    public var description: String { message }

    /// The `Status` object clients parse.
    public var status: JSON {
        var o: [String: JSON] = [
            "kind": "Status", "apiVersion": "v1", "metadata": .object([:]),
            "status": "Failure", "message": .string(message), "code": .int(Int64(code)),
        ]
        if !reason.isEmpty { o["reason"] = .string(reason) }
        var details: [String: JSON] = [:]
        if let name, !name.isEmpty { details["name"] = .string(name) }
        if let group, !group.isEmpty { details["group"] = .string(group) }
        if let kind, !kind.isEmpty { details["kind"] = .string(kind) }
        if !causes.isEmpty { details["causes"] = .array(causes.map(\.json)) }
        if let retryAfterSeconds { details["retryAfterSeconds"] = .int(Int64(retryAfterSeconds)) }
        if !details.isEmpty { o["details"] = .object(details) }
        return .object(o)
    }

    /// `pods "x" not found`.
    public static func notFound(group: String, resource: String, name: String) -> APIError {
        APIError(
            code: 404, reason: "NotFound", message: "\(qualified(group, resource)) \"\(name)\" not found", name: name,
            group: group, kind: resource)
    }

    public static func alreadyExists(group: String, resource: String, name: String) -> APIError {
        APIError(
            code: 409, reason: "AlreadyExists", message: "\(qualified(group, resource)) \"\(name)\" already exists",
            name: name, group: group, kind: resource)
    }

    public static func conflict(group: String, resource: String, name: String, detail: String) -> APIError {
        APIError(
            code: 409, reason: "Conflict",
            message: "Operation cannot be fulfilled on \(qualified(group, resource)) \"\(name)\": \(detail)", name: name,
            group: group, kind: resource)
    }

    public static func modifiedConflict(group: String, resource: String, name: String) -> APIError {
        conflict(
            group: group, resource: resource, name: name,
            detail: "the object has been modified; please apply your changes to the latest version and try again")
    }

    /// `Deployment.apps "x" is invalid: [spec.replicas: Invalid value: -1: must be ..., ...]`.
    public static func invalid(group: String, kind: String, name: String, causes: [StatusCause]) -> APIError {
        let qualifiedKind = group.isEmpty ? kind : "\(kind).\(group)"
        let list = causes.map { c -> String in c.field.isEmpty ? c.message : "\(c.field): \(c.message)" }
        let joined = list.count == 1 ? list[0] : "[" + list.joined(separator: ", ") + "]"
        return APIError(
            code: 422, reason: "Invalid", message: "\(qualifiedKind) \"\(name)\" is invalid: \(joined)", name: name,
            group: group, kind: kind, causes: causes)
    }

    public static func badRequest(_ message: String) -> APIError {
        APIError(code: 400, reason: "BadRequest", message: message)
    }

    public static func methodNotSupported(group: String, resource: String, verb: String) -> APIError {
        APIError(
            code: 405, reason: "MethodNotAllowed",
            message: "\(verb) is not supported on resources of kind \"\(qualified(group, resource))\"", group: group,
            kind: resource)
    }

    public static func gone(_ message: String) -> APIError {
        APIError(code: 410, reason: "Expired", message: message)
    }

    public static func unauthorized() -> APIError {
        APIError(code: 401, reason: "Unauthorized", message: "Unauthorized")
    }

    public static func forbidden(_ message: String) -> APIError {
        APIError(code: 403, reason: "Forbidden", message: message)
    }

    public static func internalError(_ message: String) -> APIError {
        APIError(code: 500, reason: "InternalError", message: "Internal error occurred: \(message)")
    }

    public static func tooLarge() -> APIError {
        APIError(code: 413, reason: "RequestEntityTooLarge", message: "Request entity too large: limit is 3145728")
    }

    public static func unsupportedMediaType(_ type: String) -> APIError {
        APIError(code: 415, reason: "UnsupportedMediaType", message: "the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf")
    }

    public static func notAcceptable(_ type: String) -> APIError {
        APIError(code: 406, reason: "NotAcceptable", message: "only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf")
    }

    static func qualified(_ group: String, _ resource: String) -> String {
        group.isEmpty ? resource : "\(resource).\(group)"
    }
}

extension StatusCause {
    public static func required(_ field: String) -> StatusCause {
        StatusCause(type: "FieldValueRequired", message: "Required value", field: field)
    }

    public static func invalid(_ field: String, _ value: JSON, _ detail: String) -> StatusCause {
        StatusCause(type: "FieldValueInvalid", message: "Invalid value: \(Self.render(value)): \(detail)", field: field)
    }

    public static func notSupported(_ field: String, _ value: JSON, _ supported: [String]) -> StatusCause {
        let list = supported.map { "\"\($0)\"" }.joined(separator: ", ")
        return StatusCause(
            type: "FieldValueNotSupported", message: "Unsupported value: \(Self.render(value)): supported values: \(list)",
            field: field)
    }

    public static func forbidden(_ field: String, _ detail: String) -> StatusCause {
        StatusCause(type: "FieldValueForbidden", message: "Forbidden: \(detail)", field: field)
    }

    public static func duplicate(_ field: String, _ value: JSON) -> StatusCause {
        StatusCause(type: "FieldValueDuplicate", message: "Duplicate value: \(Self.render(value))", field: field)
    }

    public static func tooLong(_ field: String, _ max: Int) -> StatusCause {
        StatusCause(type: "FieldValueTooLong", message: "Too long: may not be more than \(max) bytes", field: field)
    }

    public static func typeInvalid(_ field: String, _ value: JSON, _ detail: String) -> StatusCause {
        StatusCause(type: "FieldValueTypeInvalid", message: "Invalid value: \(Self.render(value)): \(detail)", field: field)
    }

    /// Value rendering as upstream field errors print it: strings quoted, numbers bare.
    static func render(_ v: JSON) -> String {
        switch v {
        case .string(let s): return "\"\(s)\""
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        case .null: return "null"
        default: return "\"" + v.serializedString() + "\""
        }
    }
}
