/// Why a pod fits no node: the per-node statuses of the filters, or the message of a PreFilter
/// that rejected it outright, plus what preemption said (upstream `framework.FitError`).
public struct FitError: Error, Sendable, CustomStringConvertible {
    public var numAllNodes: Int
    /// The failing status of each node that was evaluated.
    public var nodeStatuses: [(node: String, status: Status)]
    public var preFilterMessage: String
    /// Nodes not in ``nodeStatuses`` count with this status (e.g. after a PreFilter rejection).
    public var absentNodesStatus: Status?
    public var postFilterMessage: String
    /// Plugins that rejected the pod somewhere (for requeueing on relevant events).
    public var unschedulablePlugins: Set<String>

    public init(
        numAllNodes: Int, nodeStatuses: [(node: String, status: Status)] = [], preFilterMessage: String = "",
        absentNodesStatus: Status? = nil, postFilterMessage: String = "", unschedulablePlugins: Set<String> = []
    ) {
        self.numAllNodes = numAllNodes
        self.nodeStatuses = nodeStatuses
        self.preFilterMessage = preFilterMessage
        self.absentNodesStatus = absentNodesStatus
        self.postFilterMessage = postFilterMessage
        self.unschedulablePlugins = unschedulablePlugins
    }

    /// `0/5 nodes are available: 2 node(s) had untolerated taint {k: v}, 3 Insufficient cpu.` —
    /// reasons counted over nodes, each rendered `<count> <reason>` and sorted as strings, then the
    /// PreFilter or PostFilter messages as further sentences.
    public var description: String {
        var msg = "0/\(numAllNodes) nodes are available:"
        if !preFilterMessage.isEmpty {
            msg += " \(preFilterMessage)."
        } else {
            var counts: [String: Int] = [:]
            for (_, status) in nodeStatuses {
                for r in status.reasons { counts[r, default: 0] += 1 }
            }
            if let absent = absentNodesStatus {
                let missing = numAllNodes - nodeStatuses.count
                if missing > 0 { for r in absent.reasons { counts[r, default: 0] += missing } }
            }
            let parts = counts.map { "\($0.value) \($0.key)" }.sorted()
            if !parts.isEmpty { msg += " " + parts.joined(separator: ", ") + "." }
        }
        if !postFilterMessage.isEmpty { msg += " \(postFilterMessage)." }
        return msg
    }

    public var message: String { description }
}

/// Upstream's `ErrNoNodesAvailable`.
public struct NoNodesAvailableError: Error, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "no nodes available to schedule pods" }
}
