import API
import APIMachinery
import Client
import Controllers
import Foundation
import Logging
import Testing

/// A real `apus server` for the workload controller tests (temporary data dir, free port),
/// stopped by PID even when a test fails.
final class WorkloadTestServer: @unchecked Sendable {
    let dataDir: String
    let process: Process
    private let lock = NSLock()
    private var output = Data()

    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["APUS_BIN"] { return b }
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        return root + "/.build/debug/apus"
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    var kubeconfig: String { dataDir + "/admin.kubeconfig" }

    init() throws {
        dataDir = NSTemporaryDirectory() + "apus-workloads-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["server", "--data-dir", dataDir, "--secure-port", String(Self.freePort()), "--bind-address", "127.0.0.1", "--disable-scheduler", "--disable-controller-manager", "--disable-agent"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] h in
            let d = h.availableData
            guard let self, !d.isEmpty else { return }
            self.lock.lock()
            self.output.append(d)
            self.lock.unlock()
        }
        try process.run()
    }

    var log: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: output, as: UTF8.self)
    }

    func waitReady() async throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if log.contains("API server ready") && FileManager.default.fileExists(atPath: kubeconfig) { return }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ClientError("apus server did not become ready:\n\(log)")
    }

    func stop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: dataDir)
    }

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}

/// Runs the workload controllers against a real server; a fake kubelet marks pods Running and Ready.
@Suite(.serialized, .enabled(if: WorkloadTestServer.isAvailable)) struct WorkloadE2ETests {
    static let controllers: Set<String> = ["replicaset", "replicationcontroller", "deployment", "statefulset", "daemonset"]

    func withCluster(_ body: (APIClient) async throws -> Void) async throws {
        let server = try WorkloadTestServer()
        defer { server.stop() }
        try await server.waitReady()
        var logger = Logger(label: "test.controllers")
        logger.logLevel = .warning
        let client = try APIClient(kubeconfig: server.kubeconfig, logger: logger)
        let manager = ControllerManager(client: client, logger: logger, options: ControllerManagerOptions(workers: 2, controllers: Self.controllers))
        let running = Task { await manager.run() }
        let kubelet = Task { await Self.fakeKubelet(client) }
        defer {
            running.cancel()
            kubelet.cancel()
        }
        try await body(client)
        running.cancel()
        kubelet.cancel()
        _ = await running.value
        try? await client.shutdown()
    }

    /// Marks every pending pod Running and Ready (no nodes or kubelet in these tests).
    static func fakeKubelet(_ client: APIClient) async {
        while !Task.isCancelled {
            if let pods = try? await client.list(CoreV1.Pod.self) {
                for var p in pods.items where p.status.phase != "Running" && (p.metadata.deletionTimestamp ?? "").isEmpty {
                    let now = JSON.string(Workloads.formatTime(Date()))
                    p.json["status"] = [
                        "phase": "Running", "podIP": "10.0.0.1",
                        "conditions": [
                            ["type": "Ready", "status": "True", "lastTransitionTime": now],
                            ["type": "ContainersReady", "status": "True", "lastTransitionTime": now],
                        ],
                    ]
                    _ = try? await client.updateStatus(p)
                }
            }
            try? await Task.sleep(for: .milliseconds(150))
        }
    }

    func eventually<T>(_ what: String, timeout: Double = 30, _ probe: () async throws -> T?) async throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        var last: Error?
        while Date() < deadline {
            do {
                if let v = try await probe() { return v }
            } catch {
                last = error
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw ClientError("timed out waiting for \(what)\(last.map { ": \($0)" } ?? "")")
    }

    static func deploymentJSON(image: String, replicas: Int = 3) -> JSON {
        [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": ["name": "web", "namespace": "default", "annotations": ["kubernetes.io/change-cause": "first"]],
            "spec": [
                "replicas": .int(Int64(replicas)), "selector": ["matchLabels": ["app": "web"]],
                "strategy": ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 1, "maxUnavailable": 0]],
                "template": [
                    "metadata": ["labels": ["app": "web"]],
                    "spec": ["containers": [["name": "web", "image": .string(image)]]],
                ],
            ],
        ]
    }

    func replicaSets(_ client: APIClient) async throws -> [AppsV1.ReplicaSet] {
        try await client.list(AppsV1.ReplicaSet.self, namespace: "default").items
    }

    func complete(_ client: APIClient, replicas: Int32) async throws -> AppsV1.Deployment {
        try await eventually("deployment rollout to complete") { () -> AppsV1.Deployment? in
            let d = try await client.get(AppsV1.Deployment.self, namespace: "default", name: "web")
            let s = d.status
            let progressing = s.conditions.first { $0.type == "Progressing" }
            guard (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 1), s.updatedReplicas == replicas, s.replicas == replicas,
                s.availableReplicas == replicas, progressing?.reason == "NewReplicaSetAvailable"
            else { return nil }
            return d
        }
    }

    @Test func deploymentRollsOutUpdatesAndRollsBack() async throws {
        try await withCluster { client in
            _ = try await client.create(AppsV1.Deployment(json: Self.deploymentJSON(image: "nginx:1")), namespace: "default")
            var d = try await complete(client, replicas: 3)
            #expect(d.metadata.annotations[DeploymentRollout.revisionAnnotation] == "1")
            #expect(d.status.conditions.first { $0.type == "Available" }?.status == "True")
            let rs1 = try #require(try await replicaSets(client).first)
            let hash = DeploymentRollout.podTemplateHash(d)
            #expect(rs1.name == "web-" + hash)
            #expect(rs1.metadata.annotations[DeploymentRollout.revisionAnnotation] == "1")
            #expect(rs1.metadata.annotations["kubernetes.io/change-cause"] == "first")
            let pods = try await client.list(CoreV1.Pod.self, namespace: "default").items
            #expect(pods.count == 3)
            #expect(pods.allSatisfy { $0.name.hasPrefix("web-\(hash)-") && $0.labels[Workloads.podTemplateHashLabel] == hash })
            #expect(pods.allSatisfy { $0.metadata.ownerReferences.first?.uid == rs1.uid })

            // New image: a second ReplicaSet takes over.
            _ = try await client.patch(
                AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge,
                ["spec": ["template": ["spec": ["containers": [["name": "web", "image": "nginx:2"]]]]]])
            d = try await complete(client, replicas: 3)
            #expect(d.metadata.annotations[DeploymentRollout.revisionAnnotation] == "2")
            let afterUpdate = try await replicaSets(client)
            #expect(afterUpdate.count == 2)
            let rs2 = try #require(afterUpdate.first { $0.uid != rs1.uid })
            #expect(rs2.spec.replicas == 3)
            #expect(afterUpdate.first { $0.uid == rs1.uid }?.spec.replicas == 0)

            // Rollback as kubectl rollout undo does: the old template comes back, the old ReplicaSet is reused.
            var oldTemplate = rs1.json["spec"]["template"]
            oldTemplate[path: ["metadata", "labels", Workloads.podTemplateHashLabel]] = .null
            _ = try await client.patch(
                AppsV1.Deployment.self, namespace: "default", name: "web", type: .json,
                [["op": "replace", "path": "/spec/template", "value": oldTemplate]])
            d = try await complete(client, replicas: 3)
            #expect(d.metadata.annotations[DeploymentRollout.revisionAnnotation] == "3")
            let afterUndo = try await replicaSets(client)
            #expect(afterUndo.count == 2)
            let reused = try #require(afterUndo.first { $0.uid == rs1.uid })
            #expect(reused.spec.replicas == 3)
            #expect(reused.metadata.annotations[DeploymentRollout.revisionAnnotation] == "3")
            #expect(reused.metadata.annotations[DeploymentRollout.revisionHistoryAnnotation] == "1")

            // Scale, and a deleted pod is replaced.
            _ = try await client.patch(AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge, ["spec": ["replicas": 5]])
            _ = try await complete(client, replicas: 5)
            let victim = try #require(try await client.list(CoreV1.Pod.self, namespace: "default").items.first)
            try await client.delete(CoreV1.Pod.self, namespace: "default", name: victim.name, gracePeriodSeconds: 0)
            _ = try await eventually("the deleted pod to be replaced") { () -> Bool? in
                let pods = try await client.list(CoreV1.Pod.self, namespace: "default").items
                return pods.count == 5 && !pods.contains { $0.uid == victim.uid } ? true : nil
            }

            // Pause: template changes wait; resume rolls them out.
            _ = try await client.patch(AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge, ["spec": ["paused": true]])
            _ = try await client.patch(
                AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge,
                ["spec": ["template": ["metadata": ["annotations": ["kubectl.kubernetes.io/restartedAt": "2026-01-01T00:00:00Z"]]]]])
            let paused = try await eventually("the paused condition") { () -> AppsV1.Deployment? in
                let d = try await client.get(AppsV1.Deployment.self, namespace: "default", name: "web")
                return d.status.conditions.contains { $0.reason == "DeploymentPaused" } && d.status.observedGeneration == d.metadata.generation ? d : nil
            }
            #expect(try await replicaSets(client).count == 2)
            #expect(paused.metadata.annotations[DeploymentRollout.revisionAnnotation] == "3")
            _ = try await client.patch(AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge, ["spec": ["paused": false]])
            d = try await complete(client, replicas: 5)
            #expect(d.metadata.annotations[DeploymentRollout.revisionAnnotation] == "4")
            #expect(try await replicaSets(client).count == 3)

            // What kubectl describe shows.
            let events = try await client.list(ResourcePath(group: "", version: "v1", resource: "events", namespace: "default"))
            let reasons = Set((events["items"].arrayValue ?? []).compactMap { $0["reason"].stringValue })
            #expect(reasons.isSuperset(of: ["ScalingReplicaSet", "SuccessfulCreate", "SuccessfulDelete"]))
        }
    }

    @Test func recreateAndReplicaSetAdoption() async throws {
        try await withCluster { client in
            // An orphan pod matching a new ReplicaSet is adopted instead of creating one more.
            var orphan = CoreV1.Pod(json: [
                "apiVersion": "v1", "kind": "Pod",
                "metadata": ["name": "stray", "namespace": "default", "labels": ["app": "cache"]],
                "spec": ["containers": [["name": "c", "image": "redis"]]],
            ])
            orphan = try await client.create(orphan, namespace: "default")
            try await Task.sleep(for: .seconds(1))  // let the pod informer see it first
            let rs = AppsV1.ReplicaSet(json: [
                "apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": ["name": "cache", "namespace": "default"],
                "spec": [
                    "replicas": 2, "selector": ["matchLabels": ["app": "cache"]],
                    "template": ["metadata": ["labels": ["app": "cache"]], "spec": ["containers": [["name": "c", "image": "redis"]]]],
                ],
            ])
            let created = try await client.create(rs, namespace: "default")
            let status = try await eventually("replica set status") { () -> AppsV1.ReplicaSet? in
                let r = try await client.get(AppsV1.ReplicaSet.self, namespace: "default", name: "cache")
                return r.status.replicas == 2 && r.status.readyReplicas == 2 && r.status.availableReplicas == 2 && r.status.observedGeneration == 1 ? r : nil
            }
            #expect(status.status.fullyLabeledReplicas == 2)
            let pods = try await client.list(CoreV1.Pod.self, namespace: "default", labelSelector: "app=cache").items
            #expect(pods.count == 2)
            #expect(pods.allSatisfy { $0.metadata.ownerReferences.first?.uid == created.uid })
            #expect(pods.contains { $0.name == "stray" })
            // Scale down to zero.
            _ = try await client.patch(AppsV1.ReplicaSet.self, namespace: "default", name: "cache", type: .merge, ["spec": ["replicas": 0]])
            _ = try await eventually("pods deleted") { () -> Bool? in
                try await client.list(CoreV1.Pod.self, namespace: "default", labelSelector: "app=cache").items.isEmpty ? true : nil
            }

            // A ReplicationController works the same way.
            let rc = CoreV1.ReplicationController(json: [
                "apiVersion": "v1", "kind": "ReplicationController", "metadata": ["name": "legacy", "namespace": "default"],
                "spec": [
                    "replicas": 2, "selector": ["app": "legacy"],
                    "template": ["metadata": ["labels": ["app": "legacy"]], "spec": ["containers": [["name": "c", "image": "redis"]]]],
                ],
            ])
            _ = try await client.create(rc, namespace: "default")
            _ = try await eventually("replication controller status") { () -> Bool? in
                let r = try await client.get(CoreV1.ReplicationController.self, namespace: "default", name: "legacy")
                return r.status.replicas == 2 && r.status.readyReplicas == 2 && r.status.availableReplicas == 2 ? true : nil
            }
            let rcPods = try await client.list(CoreV1.Pod.self, namespace: "default", labelSelector: "app=legacy").items
            #expect(rcPods.count == 2)
            #expect(rcPods.allSatisfy { $0.name.hasPrefix("legacy-") && $0.metadata.ownerReferences.first?.kind == "ReplicationController" })

            // Recreate: all old pods go before new ones come.
            var json = Self.deploymentJSON(image: "nginx:1", replicas: 2)
            json[path: ["spec", "strategy"]] = ["type": "Recreate"]
            _ = try await client.create(AppsV1.Deployment(json: json), namespace: "default")
            _ = try await complete(client, replicas: 2)
            _ = try await client.patch(
                AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge,
                ["spec": ["template": ["spec": ["containers": [["name": "web", "image": "nginx:2"]]]]]])
            let d = try await complete(client, replicas: 2)
            #expect(d.metadata.annotations[DeploymentRollout.revisionAnnotation] == "2")
        }
    }

    @Test func statefulSetOrderedAndDaemonSetPerNode() async throws {
        try await withCluster { client in
            let sts = AppsV1.StatefulSet(json: [
                "apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": ["name": "db", "namespace": "default"],
                "spec": [
                    "replicas": 3, "serviceName": "db", "selector": ["matchLabels": ["app": "db"]],
                    "template": ["metadata": ["labels": ["app": "db"]], "spec": ["containers": [["name": "db", "image": "postgres:1"]]]],
                ],
            ])
            _ = try await client.create(sts, namespace: "default")
            let ready = try await eventually("statefulset ready") { () -> AppsV1.StatefulSet? in
                let s = try await client.get(AppsV1.StatefulSet.self, namespace: "default", name: "db")
                return s.status.readyReplicas == 3 && s.status.updatedReplicas == 3 ? s : nil
            }
            let rev = try #require(ready.status.updateRevision)
            #expect(ready.status.currentRevision == rev)
            let pods = try await client.list(CoreV1.Pod.self, namespace: "default", labelSelector: "app=db").items
            #expect(Set(pods.map(\.name)) == ["db-0", "db-1", "db-2"])
            #expect(pods.allSatisfy { $0.labels[Workloads.controllerRevisionHashLabel] == rev })
            #expect(pods.allSatisfy { $0.labels[StatefulSetDecisions.podNameLabel] == $0.name })
            let created = pods.sorted { $0.name < $1.name }.map { Workloads.parseTime($0.metadata.creationTimestamp) ?? .distantPast }
            #expect(created == created.sorted(), "created in ordinal order")
            let revisions = try await client.list(AppsV1.ControllerRevision.self, namespace: "default").items
            #expect(revisions.map(\.name) == [rev])

            // Rolling update: every pod gets the new revision.
            _ = try await client.patch(
                AppsV1.StatefulSet.self, namespace: "default", name: "db", type: .merge,
                ["spec": ["template": ["spec": ["containers": [["name": "db", "image": "postgres:2"]]]]]])
            let updated = try await eventually("statefulset rolling update", timeout: 60) { () -> AppsV1.StatefulSet? in
                let s = try await client.get(AppsV1.StatefulSet.self, namespace: "default", name: "db")
                guard let u = s.status.updateRevision, u != rev, s.status.currentRevision == u, s.status.updatedReplicas == 3,
                    s.status.readyReplicas == 3
                else { return nil }
                return s
            }
            let newPods = try await client.list(CoreV1.Pod.self, namespace: "default", labelSelector: "app=db").items
            #expect(newPods.allSatisfy { $0.labels[Workloads.controllerRevisionHashLabel] == updated.status.updateRevision })
            #expect(newPods.allSatisfy { $0.spec.containers.first?.image == "postgres:2" })

            // DaemonSet: one pod pinned to each eligible node.
            for (name, taints) in [("n1", JSON.null), ("n2", JSON.null), ("n3", [["key": "dedicated", "value": "x", "effect": "NoSchedule"]])] {
                var node: JSON = ["apiVersion": "v1", "kind": "Node", "metadata": ["name": .string(name)]]
                if !taints.isNull { node["spec"] = ["taints": taints] }
                _ = try await client.create(CoreV1.Node(json: node))
            }
            let ds = AppsV1.DaemonSet(json: [
                "apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": ["name": "agent", "namespace": "default"],
                "spec": [
                    "selector": ["matchLabels": ["app": "agent"]],
                    "template": ["metadata": ["labels": ["app": "agent"]], "spec": ["containers": [["name": "a", "image": "agent:1"]]]],
                ],
            ])
            _ = try await client.create(ds, namespace: "default")
            let dsReady = try await eventually("daemonset status") { () -> AppsV1.DaemonSet? in
                let d = try await client.get(AppsV1.DaemonSet.self, namespace: "default", name: "agent")
                return d.status.desiredNumberScheduled == 2 && d.status.numberReady == 2 && d.status.updatedNumberScheduled == 2 ? d : nil
            }
            #expect(dsReady.status.currentNumberScheduled == 2)
            let dsPods = try await client.list(CoreV1.Pod.self, namespace: "default", labelSelector: "app=agent").items
            #expect(Set(dsPods.compactMap(DaemonSetDecisions.targetNodeName)) == ["n1", "n2"])
            #expect(dsPods.allSatisfy { $0.spec.tolerations.contains { $0.key == "node.kubernetes.io/unschedulable" } })
        }
    }

    @Test func leaderElectionGatesTheControllers() async throws {
        let server = try WorkloadTestServer()
        defer { server.stop() }
        try await server.waitReady()
        var logger = Logger(label: "test.controllers")
        logger.logLevel = .warning
        let client = try APIClient(kubeconfig: server.kubeconfig, logger: logger)
        let log = logger
        func manager(_ id: String) -> ControllerManager {
            ControllerManager(
                client: client, logger: log,
                options: ControllerManagerOptions(
                    leaderElect: true, leaderElectionIdentity: id, leaseDuration: .seconds(4), renewDeadline: .seconds(3),
                    retryPeriod: .milliseconds(500), workers: 2, controllers: Self.controllers))
        }
        let firstManager = manager("first"), secondManager = manager("second")
        let first = Task { await firstManager.run() }
        let lease = try await eventually("the leader lease") { () -> JSON? in
            let l = try await client.get(ResourcePath(group: "coordination.k8s.io", version: "v1", resource: "leases", namespace: "kube-system", name: "kube-controller-manager"))
            return l["spec"]["holderIdentity"].stringValue == "first" ? l : nil
        }
        #expect(lease["spec"]["leaseDurationSeconds"] == 4)
        let second = Task { await secondManager.run() }
        defer {
            first.cancel()
            second.cancel()
        }
        let kubelet = Task { await Self.fakeKubelet(client) }
        defer { kubelet.cancel() }
        _ = try await client.create(AppsV1.Deployment(json: Self.deploymentJSON(image: "nginx:1", replicas: 2)), namespace: "default")
        _ = try await complete(client, replicas: 2)
        // The leader steps down (releasing the lease): the other one takes over and keeps reconciling.
        first.cancel()
        _ = await first.value
        _ = try await eventually("the second leader", timeout: 20) { () -> Bool? in
            let l = try await client.get(ResourcePath(group: "coordination.k8s.io", version: "v1", resource: "leases", namespace: "kube-system", name: "kube-controller-manager"))
            return l["spec"]["holderIdentity"].stringValue == "second" ? true : nil
        }
        _ = try await client.patch(AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge, ["spec": ["replicas": 3]])
        _ = try await complete(client, replicas: 3)
        second.cancel()
        kubelet.cancel()
        _ = await second.value
        try? await client.shutdown()
    }

    /// A 1,000-replica Deployment from create to all available, then a rolling update of it
    /// (set APUS_WORKLOAD_BENCH=1 to run; prints the timings).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["APUS_WORKLOAD_BENCH"] != nil)) func thousandReplicaRollout() async throws {
        try await withCluster { client in
            var json = Self.deploymentJSON(image: "nginx:1", replicas: 1000)
            json[path: ["spec", "strategy"]] = ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": "25%", "maxUnavailable": "25%"]]
            let start = Date()
            _ = try await client.create(AppsV1.Deployment(json: json), namespace: "default")
            _ = try await eventually("1000 replicas", timeout: 300) { () -> Bool? in
                let d = try await client.get(AppsV1.Deployment.self, namespace: "default", name: "web")
                return d.status.availableReplicas == 1000 && d.status.updatedReplicas == 1000 ? true : nil
            }
            let created = Date().timeIntervalSince(start)
            let update = Date()
            _ = try await client.patch(
                AppsV1.Deployment.self, namespace: "default", name: "web", type: .merge,
                ["spec": ["template": ["spec": ["containers": [["name": "web", "image": "nginx:2"]]]]]])
            _ = try await complete(client, replicas: 1000)
            print("1000-replica deployment: available after \(created) s, rolled to a new template in \(Date().timeIntervalSince(update)) s")
        }
    }

    // MARK: kubectl

    static var kubectl: String? {
        let root = URL(fileURLWithPath: WorkloadTestServer.binary).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let candidates = [ProcessInfo.processInfo.environment["KUBECTL"], root + "/.build-tools/kubectl-1.37/bin/kubectl"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs kubectl without blocking a thread of the cooperative pool; returns (status, output).
    static func run(_ kubectl: String, _ kubeconfig: String, _ args: [String]) async throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: kubectl)
        p.arguments = ["--kubeconfig", kubeconfig] + args
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("kubectl-" + UUID().uuidString)
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let handle = try FileHandle(forWritingTo: out)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        let deadline = Date().addingTimeInterval(90)
        while p.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
        while p.isRunning { try await Task.sleep(for: .milliseconds(10)) }
        try handle.close()
        let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: out)
        return (p.terminationStatus, text)
    }

    @Test(.enabled(if: WorkloadE2ETests.kubectl != nil)) func kubectlRolloutCommands() async throws {
        let kubectl = try #require(Self.kubectl)
        let server = try WorkloadTestServer()
        defer { server.stop() }
        try await server.waitReady()
        var logger = Logger(label: "test.controllers")
        logger.logLevel = .warning
        let client = try APIClient(kubeconfig: server.kubeconfig, logger: logger)
        let manager = ControllerManager(client: client, logger: logger, options: ControllerManagerOptions(workers: 2, controllers: Self.controllers))
        let running = Task { await manager.run() }
        let kubelet = Task { await Self.fakeKubelet(client) }
        defer {
            running.cancel()
            kubelet.cancel()
        }
        func k(_ args: String...) async throws -> String {
            let (status, out) = try await Self.run(kubectl, server.kubeconfig, args)
            #expect(status == 0, "kubectl \(args.joined(separator: " ")) failed: \(out)")
            return out
        }
        _ = try await k("create", "deployment", "web", "--image=nginx:1", "--replicas=2")
        #expect(try await k("rollout", "status", "deployment/web", "--timeout=60s").contains("deployment \"web\" successfully rolled out"))
        _ = try await k("set", "image", "deployment/web", "nginx=nginx:2")
        #expect(try await k("rollout", "status", "deployment/web", "--timeout=60s").contains("successfully rolled out"))
        let history = try await k("rollout", "history", "deployment/web")
        #expect(history.contains("1 ") && history.contains("2 "))
        #expect(try await k("rollout", "undo", "deployment/web").contains("rolled back"))
        #expect(try await k("rollout", "status", "deployment/web", "--timeout=60s").contains("successfully rolled out"))
        let history3 = try await k("rollout", "history", "deployment/web", "--revision=3")
        #expect(history3.contains("nginx:1"))
        let rs = try await k("get", "rs", "-o", "name")
        #expect(rs.split(separator: "\n").count == 2, "undo reuses the first ReplicaSet: \(rs)")
        _ = try await k("rollout", "pause", "deployment/web")
        _ = try await k("set", "image", "deployment/web", "nginx=nginx:3")
        try await Task.sleep(for: .seconds(1))
        #expect(try await k("get", "rs", "-o", "name").split(separator: "\n").count == 2, "paused: no new ReplicaSet")
        _ = try await k("rollout", "resume", "deployment/web")
        #expect(try await k("rollout", "status", "deployment/web", "--timeout=60s").contains("successfully rolled out"))
        #expect(try await k("get", "rs", "-o", "name").split(separator: "\n").count == 3)
        _ = try await k("rollout", "restart", "deployment/web")
        #expect(try await k("rollout", "status", "deployment/web", "--timeout=60s").contains("successfully rolled out"))
        #expect(try await k("get", "rs", "-o", "name").split(separator: "\n").count == 4)
        let revision = try await k("get", "deployment", "web", "-o", "jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}")
        #expect(revision.trimmingCharacters(in: .whitespacesAndNewlines) == "5")
        _ = try await k("scale", "deployment/web", "--replicas=4")
        #expect(try await k("rollout", "status", "deployment/web", "--timeout=60s").contains("successfully rolled out"))

        // StatefulSet and DaemonSet rollouts through kubectl.
        let stsYAML = """
            apiVersion: apps/v1
            kind: StatefulSet
            metadata: {name: db, namespace: default}
            spec:
              replicas: 2
              serviceName: db
              selector: {matchLabels: {app: db}}
              template:
                metadata: {labels: {app: db}}
                spec: {containers: [{name: db, image: "postgres:1"}]}
            """
        let file = server.dataDir + "/sts.yaml"
        try stsYAML.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try await k("apply", "-f", file)
        #expect(try await k("rollout", "status", "statefulset/db", "--timeout=60s").contains("roll out complete: 2 new pods have been updated"))
        _ = try await k("set", "image", "statefulset/db", "db=postgres:2")
        #expect(try await k("rollout", "status", "statefulset/db", "--timeout=60s").contains("roll out complete: 2 new pods have been updated"))
        let stsHistory = try await k("rollout", "history", "statefulset/db")
        #expect(stsHistory.contains("1 ") && stsHistory.contains("2 "))
        #expect(try await k("rollout", "undo", "statefulset/db").contains("rolled back"))
        #expect(try await k("rollout", "status", "statefulset/db", "--timeout=60s").contains("roll out complete: 2 new pods have been updated"))
        let image = try await k("get", "pod", "db-0", "-o", "jsonpath={.spec.containers[0].image}")
        #expect(image.trimmingCharacters(in: .whitespacesAndNewlines) == "postgres:1")
        let revisions = try await k("get", "controllerrevisions", "-o", "name")
        #expect(revisions.split(separator: "\n").count == 2, "undo reuses the first revision: \(revisions)")
        running.cancel()
        kubelet.cancel()
        _ = await running.value
        try? await client.shutdown()
    }
}
