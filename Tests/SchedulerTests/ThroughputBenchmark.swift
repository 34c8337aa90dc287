import APIMachinery
import API
import Foundation
import Testing
@testable import Scheduler

/// The decision path alone (no API server): 5,000 nodes, 1,000 pods already bound, then 10,000
/// pods scheduled one after another through the cache, snapshot refresh and plugins, as the
/// scheduling loop does. Run with `APUS_SCHED_BENCH=1` (ideally `-c release -Xswiftc -enable-testing`).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["APUS_SCHED_BENCH"] != nil)) struct ThroughputBenchmark {
    static let nodes = Int(ProcessInfo.processInfo.environment["APUS_SCHED_BENCH_NODES"] ?? "") ?? 5000
    static let pods = Int(ProcessInfo.processInfo.environment["APUS_SCHED_BENCH_PODS"] ?? "") ?? 10000

    func run(_ name: String, makePod: (Int) -> PodInfo) throws {
        let cache = SchedulerCache()
        for i in 0..<Self.nodes {
            cache.upsertNode(makeNode("node-\(i)", cpu: "8", memory: "32Gi", pods: "110", labels: ["topology.kubernetes.io/zone": "zone-\(i % 3)"]))
        }
        for i in 0..<1000 {
            try cache.assume(PodInfo(copying: makePod(-i - 1), nodeName: "node-\(i % Self.nodes)"))
        }
        let fw = Framework.make(profile: SchedulerProfile(), defaultSpreadSelector: { p in
            p.labels["app"].map { LabelSelector(matchLabels: ["app": $0]) }
        })
        let algo = SchedulingAlgorithm()
        let snapshot = Snapshot()
        let pods = (0..<Self.pods).map(makePod)
        let start = ContinuousClock.now
        var scheduled = 0
        for pod in pods {
            cache.updateSnapshot(snapshot)
            let state = CycleState(snapshot: snapshot)
            if case .scheduled(let r) = algo.schedule(framework: fw, state: state, pod: pod, snapshot: snapshot) {
                try cache.assume(PodInfo(copying: pod, nodeName: r.suggestedHost))
                scheduled += 1
            }
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("[bench] \(name): \(scheduled)/\(Self.pods) pods on \(Self.nodes) nodes in \(String(format: "%.2f", seconds)) s = \(String(format: "%.0f", Double(scheduled) / seconds)) pods/s")
        #expect(scheduled == Self.pods)
    }

    @Test func basic() throws {
        try run("basic") { i in makePodForBench("p\(i)", cpu: "100m", memory: "128Mi") }
    }

    @Test func withOwnerSpreading() throws {
        try run("default topology spread (owned pods)") { i in makePodForBench("p\(i)", cpu: "100m", memory: "128Mi", labels: ["app": "rs\(abs(i) % 10)"]) }
    }

    @Test func antiAffinity() throws {
        let term = affinityTerm(["app": "anti"], topologyKey: "kubernetes.io/hostname")
        try run("pod anti-affinity") { i in
            makePodForBench(
                "p\(i)", cpu: "100m", memory: "128Mi", labels: ["app": i < 0 ? "other" : "anti"],
                spec: i < 0 ? [:] : ["affinity": ["podAntiAffinity": ["requiredDuringSchedulingIgnoredDuringExecution": [term]]]])
        }
    }

    @Test func topologySpread() throws {
        let c: JSON = [
            "maxSkew": 1, "topologyKey": "topology.kubernetes.io/zone", "whenUnsatisfiable": "DoNotSchedule",
            "labelSelector": labelSelector(["app": "spread"]),
        ]
        try run("topology spread") { i in
            makePodForBench("p\(i)", cpu: "100m", memory: "128Mi", labels: ["app": "spread"], spec: i < 0 ? [:] : ["topologySpreadConstraints": [c]])
        }
    }
}

func makePodForBench(_ name: String, cpu: String, memory: String, labels: [String: String] = [:], spec: [String: JSON] = [:]) -> PodInfo {
    makePod(name, cpu: cpu, memory: memory, labels: labels, spec: spec)
}
