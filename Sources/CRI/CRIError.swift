import GRPCCore

extension Error {
    /// True when a CRI call failed because the sandbox, container or image does not exist
    /// (gRPC NOT_FOUND), which callers removing things treat as success.
    public var isCRINotFound: Bool {
        guard let rpc = self as? RPCError else { return false }
        return rpc.code == .notFound
    }

    /// True when the runtime could not be reached (socket missing, runtime restarting).
    public var isCRIUnavailable: Bool {
        guard let rpc = self as? RPCError else { return false }
        return rpc.code == .unavailable
    }
}
