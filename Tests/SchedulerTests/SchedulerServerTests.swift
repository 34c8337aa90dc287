import APIMachinery
import API
import Client
import Foundation
import Logging
import Testing
import Scheduler

/// End-to-end checks against a real `apus server` (skipped when the binary is not built).
@Suite(.serialized, .enabled(if: SchedulerTestServer.isAvailable)) struct SchedulerServerTests {
    func startScheduler(_ client: APIClient, _ config: SchedulerConfiguration = SchedulerConfiguration()) -> Task<Void, Never> {
        var logger = Logger(label: "test.scheduler")
        logger.logLevel = .warning
        let scheduler = Scheduler(client: client, config: config, logger: logger)
        return Task { await scheduler.run() }
    }

    func nodeName(_ client: APIClient, _ pod: String) async throws -> String? {
        let p = try await client.get(CoreV1.Pod.self, namespace: "default", name: pod)
        guard let n = p.spec.nodeName, !n.isEmpty else { return nil }
        return n
    }

    func events(_ client: APIClient, pod: String) async throws -> [CoreV1.Event] {
        try await client.list(CoreV1.Event.self, namespace: "default").items.filter { $0.involvedObject.name == pod }
    }

    @Test func bindsPodsAndExplainsWhyOthersArePending() async throws {
        try await withSchedulerServer { _, client in
            for i in 1...3 { try await createNode(client, "node-\(i)", cpu: "2", labels: ["topology.kubernetes.io/zone": "z\(i % 2)"]) }
            let task = startScheduler(client)
            defer { task.cancel() }
            for i in 1...6 { try await createPod(client, "small-\(i)", cpu: "500m") }
            for i in 1...6 {
                let n = try await eventually { try await nodeName(client, "small-\(i)") }
                #expect(n != nil, "small-\(i) was not bound")
            }
            // LeastAllocated spreads 6 × 500m over 3 nodes of 2 CPUs: 2 each.
            let pods = try await client.list(CoreV1.Pod.self, namespace: "default").items
            var perNode: [String: Int] = [:]
            for p in pods { if let n = p.spec.nodeName { perNode[n, default: 0] += 1 } }
            #expect(perNode.values.sorted() == [2, 2, 2])

            let scheduled = try await eventually { try await events(client, pod: "small-1").first { $0.reason == "Scheduled" } }
            #expect(scheduled?.message?.hasPrefix("Successfully assigned default/small-1 to node-") == true)
            #expect(scheduled?.source.component == "default-scheduler")

            try await createPod(client, "huge", cpu: "10")
            let expected =
                "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.."
            let condition = try await eventually { () -> CoreV1.PodCondition? in
                let p = try await client.get(CoreV1.Pod.self, namespace: "default", name: "huge")
                return p.status.conditions.first { $0.type == "PodScheduled" && $0.status == "False" }
            }
            #expect(condition?.reason == "Unschedulable")
            #expect(condition?.message == expected)
            let failed = try await eventually { try await events(client, pod: "huge").first { $0.reason == "FailedScheduling" } }
            #expect(failed?.type == "Warning")
            #expect(failed?.message == expected)

            // A new big node lets the pending pod in (node add moves it back to the active queue).
            try await createNode(client, "big", cpu: "16")
            let n = try await eventually(timeout: .seconds(30)) { try await nodeName(client, "huge") }
            #expect(n == "big")
        }
    }

    @Test func aSecondSchedulerOnlyBindsItsOwnPods() async throws {
        try await withSchedulerServer { _, client in
            try await createNode(client, "n1")
            let task = startScheduler(client, .named("my-scheduler"))
            defer { task.cancel() }
            try await createPod(client, "mine", schedulerName: "my-scheduler")
            try await createPod(client, "theirs")
            let n = try await eventually { try await nodeName(client, "mine") }
            #expect(n == "n1")
            let e = try await eventually { try await events(client, pod: "mine").first { $0.reason == "Scheduled" } }
            #expect(e?.source.component == "my-scheduler")
            try await Task.sleep(for: .seconds(1))
            #expect(try await nodeName(client, "theirs") == nil)
        }
    }

    @Test func preemptsLowerPriorityPods() async throws {
        try await withSchedulerServer { _, client in
            try await createNode(client, "n1", cpu: "1")
            let high = SchedulingV1.PriorityClass(json: [
                "apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass", "metadata": ["name": "high"], "value": 1000,
            ])
            _ = try await client.create(high)
            let task = startScheduler(client)
            defer { task.cancel() }
            try await createPod(client, "low", cpu: "800m")
            #expect(try await eventually { try await nodeName(client, "low") } == "n1")
            try await createPod(client, "important", cpu: "800m", priorityClass: "high", extraSpec: ["priority": 1000])
            // The victim is deleted (force it when the server keeps it terminating without a kubelet).
            let gone = try await eventually(timeout: .seconds(20)) { () -> Bool? in
                do {
                    let p = try await client.get(CoreV1.Pod.self, namespace: "default", name: "low")
                    if p.metadata.deletionTimestamp != nil {
                        try await client.delete(CoreV1.Pod.self, namespace: "default", name: "low", gracePeriodSeconds: 0)
                    }
                    return nil
                } catch where APIError.isNotFound(error) {
                    return true
                }
            }
            #expect(gone == true)
            let n = try await eventually(timeout: .seconds(30)) { try await nodeName(client, "important") }
            #expect(n == "n1")
        }
    }

    @Test func podAntiAffinitySpreadsReplicas() async throws {
        try await withSchedulerServer { _, client in
            for i in 1...3 { try await createNode(client, "n\(i)") }
            let task = startScheduler(client)
            defer { task.cancel() }
            let anti: JSON = [
                "podAntiAffinity": [
                    "requiredDuringSchedulingIgnoredDuringExecution": [
                        ["labelSelector": ["matchLabels": ["app": "web"]], "topologyKey": "kubernetes.io/hostname"]
                    ]
                ]
            ]
            for i in 1...4 { try await createPod(client, "web-\(i)", labels: ["app": "web"], extraSpec: ["affinity": anti]) }
            var nodes: [String] = []
            for i in 1...3 {
                if let n = try await eventually(timeout: .seconds(20), { try await nodeName(client, "web-\(i)") }) { nodes.append(n) }
            }
            #expect(Set(nodes).count == 3)
            try await Task.sleep(for: .seconds(1))
            #expect(try await nodeName(client, "web-4") == nil)
            let cond = try await eventually { () -> String? in
                let p = try await client.get(CoreV1.Pod.self, namespace: "default", name: "web-4")
                return p.status.conditions.first { $0.type == "PodScheduled" }?.message
            }
            #expect(cond?.hasPrefix("0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules.") == true)
        }
    }

    @Test func leaderElectionLetsOneReplicaSchedule() async throws {
        try await withSchedulerServer { _, client in
            try await createNode(client, "n1")
            var config = SchedulerConfiguration()
            config.leaderElect = true
            let first = startScheduler(client, config)
            defer { first.cancel() }
            let holder = try await eventually { () -> String? in
                let lease = try? await client.get(
                    ResourcePath(group: "coordination.k8s.io", version: "v1", resource: "leases", namespace: "kube-system", name: "kube-scheduler"))
                return lease?["spec"]["holderIdentity"].stringValue
            }
            #expect(holder != nil)
            let second = startScheduler(client, config)
            defer { second.cancel() }
            try await createPod(client, "p")
            #expect(try await eventually { try await nodeName(client, "p") } == "n1")
        }
    }
}
