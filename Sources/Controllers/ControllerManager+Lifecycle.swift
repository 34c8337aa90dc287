import Client

extension ControllerManager {
    /// The lifecycle controllers: namespaces, garbage collection, service accounts, endpoints, jobs,
    /// disruption budgets, pod GC and node lifecycle.
    static func makeLifecycleControllers(_ context: ControllerContext) -> [any ManagedController] {
        let c = context.client
        let i = context.informers
        let l = context.logger
        let candidates: [any ManagedController] = [
            NamespaceController(client: c, informers: i, logger: l),
            GarbageCollector(client: c, logger: l),
            ServiceAccountController(client: c, informers: i, logger: l),
            EndpointSliceController(client: c, informers: i, logger: l),
            EndpointsController(client: c, informers: i, logger: l),
            JobController(client: c, informers: i, logger: l),
            CronJobController(client: c, informers: i, logger: l),
            DisruptionController(client: c, informers: i, logger: l),
            PodGCController(client: c, informers: i, logger: l),
            NodeLifecycleController(context),
        ]
        var all = candidates
        if let cidr = context.options.clusterCIDR {
            if let ipam = NodeIPAMController(client: c, informers: i, logger: l, clusterCIDR: cidr, nodeMaskSize: context.options.nodeCIDRMaskSize) {
                all.append(ipam)
            } else {
                l.error("node IPAM disabled: cannot split cluster CIDR \(cidr) into /\(context.options.nodeCIDRMaskSize) node CIDRs")
            }
        }
        return all.filter { context.options.isEnabled($0.name) }
    }
}
