/// The arithmetic NodeResourcesFit and NodeResourcesBalancedAllocation share: each resource's
/// allocatable and requested amount on a node with the pod added.
struct ResourceAllocationScorer: Sendable {
    let resources: [ScoringStrategy.Resource]
    /// Use the pods' actual requests instead of the non-zero defaults for CPU and memory.
    let useRequested: Bool

    func podRequest(_ pod: PodInfo, _ name: String) -> Int64 {
        if !useRequested {
            if name == "cpu" { return pod.requests.nonZeroMilliCPU }
            if name == "memory" { return pod.requests.nonZeroMemory }
        }
        return pod.requests.requests.amount(name)
    }

    /// (allocatable, requested including the pod); (0, 0) to leave the resource out.
    func allocatableAndRequested(_ node: NodeInfo, _ name: String, podRequest: Int64) -> (Int64, Int64) {
        guard let n = node.node else { return (0, 0) }
        switch name {
        case "cpu":
            return (n.allocatable.milliCPU, (useRequested ? node.requested.milliCPU : node.nonZeroMilliCPU) + podRequest)
        case "memory":
            return (n.allocatable.memory, (useRequested ? node.requested.memory : node.nonZeroMemory) + podRequest)
        case "ephemeral-storage":
            return (n.allocatable.ephemeralStorage, node.requested.ephemeralStorage + podRequest)
        default:
            if podRequest == 0 { return (0, 0) }
            guard let alloc = n.allocatable.scalar[name] else { return (0, 0) }
            return (alloc, (node.requested.scalar[name] ?? 0) + podRequest)
        }
    }
}
