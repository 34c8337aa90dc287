import ArgumentParser
import SimulatedNodes

/// Flags of simulated nodes, shared by `apus server` and `apus agent`.
struct SimulatedNodeFlags: ParsableArguments {
    @Option(name: .long, help: "Run this many simulated nodes (pods on them become Running without containers).")
    var simulatedNodes: Int = 0

    @Option(name: .long, help: "CPU capacity of each simulated node.")
    var simulatedNodeCPU: String = "8"

    @Option(name: .long, help: "Memory capacity of each simulated node.")
    var simulatedNodeMemory: String = "32Gi"

    @Option(name: .long, help: "Pod capacity of each simulated node.")
    var simulatedNodePods: Int = 110

    @Option(name: .long, help: "Zones the simulated nodes are spread over (topology.kubernetes.io/zone).")
    var simulatedZones: Int = 3

    @Option(name: .long, help: "Name prefix of simulated nodes.")
    var simulatedNodePrefix: String = "sim-node-"

    @Option(name: .long, parsing: .singleValue, help: "A label for every simulated node (key=value); repeatable.")
    var simulatedNodeLabel: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "A taint for every simulated node (key=value:Effect); repeatable.")
    var simulatedNodeTaint: [String] = []

    @Option(name: .long, help: "Seconds a Job's pod runs on a simulated node before it succeeds.")
    var simulatedJobSeconds: Double = 5

    @Option(name: .long, help: "Seconds between Lease renewals of simulated nodes.")
    var simulatedLeaseSeconds: Int = 10

    var options: SimulatedNodeOptions {
        var o = SimulatedNodeOptions(count: simulatedNodes)
        o.cpu = simulatedNodeCPU
        o.memory = simulatedNodeMemory
        o.pods = simulatedNodePods
        o.zones = simulatedZones
        o.namePrefix = simulatedNodePrefix
        for l in simulatedNodeLabel {
            let kv = l.split(separator: "=", maxSplits: 1).map(String.init)
            if kv.count == 2 { o.labels[kv[0]] = kv[1] }
        }
        o.taints = simulatedNodeTaint
        o.jobPodSeconds = simulatedJobSeconds
        o.leaseInterval = .seconds(simulatedLeaseSeconds)
        return o
    }
}
