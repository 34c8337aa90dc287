import APIMachinery
import API

/// How names of a kind are validated.
public enum NameRule: Sendable {
    /// DNS-1123 subdomain (most kinds).
    case subdomain
    /// DNS-1123 label (namespaces).
    case label
    /// DNS-1035 label (services).
    case dns1035
    /// Any name that is a valid path segment (RBAC kinds, events...).
    case pathSegment
}

/// The per-kind rules on top of the shared REST machinery: defaults, validation, what create and update reset.
public struct ResourceStrategy: Sendable {
    public var nameRule: NameRule = .subdomain
    /// Whether `metadata.generation` is maintained (bumped on spec changes).
    public var tracksGeneration = false
    /// Called on create before defaulting: resets fields the client may not set (usually status).
    public var prepareForCreate: @Sendable (inout JSON) -> Void = { _ in }
    /// Called on update of the main resource: keeps fields the main resource may not change (usually status).
    public var prepareForUpdate: @Sendable (_ new: inout JSON, _ old: JSON) -> Void = { new, old in
        new["status"] = old["status"]
    }
    /// Called on update of the status subresource: keeps everything but status.
    public var prepareForStatusUpdate: @Sendable (_ new: inout JSON, _ old: JSON) -> Void = { new, old in
        let status = new["status"]
        new = old
        new["status"] = status
    }
    public var defaults: @Sendable (inout JSON) -> Void = { _ in }
    public var validate: @Sendable (JSON) -> [StatusCause] = { _ in [] }
    public var validateUpdate: @Sendable (_ new: JSON, _ old: JSON) -> [StatusCause] = { _, _ in [] }
    /// Field selector values beyond metadata.name and metadata.namespace.
    public var fields: @Sendable (JSON) -> [String: String] = { _ in [:] }
    /// The field selector labels the kind supports beyond metadata.name and metadata.namespace.
    public var supportedFields: Set<String> = []
    /// For pods: deletion is graceful (deletionTimestamp first) when the object says so.
    public var gracefulDeletion: (@Sendable (JSON, Int64?) -> Int64?)? = nil
    /// Whether a completed delete answers with the deleted object (pods, service accounts, storage classes,
    /// namespaces) rather than a success `Status`, as upstream.
    public var returnsDeletedObject = false
    /// Whether an update without resourceVersion is allowed.
    public var allowUnconditionalUpdate = true

    public init() {}
}
