import APIMachinery
import Client
import Foundation
import Logging
import Testing

@testable import Controllers

/// A real `apus server` (temporary data dir, free port) for the lifecycle controller tests; stopped
/// by PID even when a test fails.
final class LifecycleTestServer: @unchecked Sendable {
    let dataDir: String
    let process: Process
    private let lock = NSLock()
    private var output = Data()

    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["APUS_BIN"] { return b }
        // Tests/ControllersTests/<file> → package root, through symlinks.
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        return root + "/.build/debug/apus"
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// `--disable-scheduler --disable-controller-manager` when this build of `apus server` has them.
    static let standaloneFlags: [String] = {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["server", "--help"]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        guard (try? p.run()) != nil else { return [] }
        let help = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return ["--disable-scheduler", "--disable-controller-manager", "--disable-agent"].filter { help.contains($0) }
    }()

    var kubeconfig: String { dataDir + "/admin.kubeconfig" }

    init() throws {
        dataDir = NSTemporaryDirectory() + "apus-ctrl-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dataDir, withIntermediateDirectories: true)
        process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        // The test runs the controllers under test itself (and plays the node): no in-process scheduler or manager.
        process.arguments = [
            "server", "--data-dir", dataDir, "--secure-port", String(Self.freePort()), "--bind-address", "127.0.0.1",
        ] + Self.standaloneFlags
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
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}

/// Runs `body` with a server and the controllers `make` returns running.
func withLifecycleControllers(
    _ make: (APIClient, SharedInformerFactory, Logger) -> [any ManagedController] = defaultLifecycleControllers,
    _ body: (APIClient, LifecycleTestServer) async throws -> Void
) async throws {
    let server = try LifecycleTestServer()
    defer { server.stop() }
    try await server.waitReady()
    let client = try APIClient(kubeconfig: server.kubeconfig)
    let informers = SharedInformerFactory(client: client)
    var logger = Logger(label: "test.controllers")
    logger.logLevel = .warning
    let controllers = make(client, informers, logger)
    informers.start()
    let tasks = controllers.map { c in Task { await c.run() } }
    defer {
        for t in tasks { t.cancel() }
        informers.shutdown()
    }
    do {
        try await body(client, server)
    } catch {
        try? await client.shutdown()
        throw error
    }
    for t in tasks { t.cancel() }
    informers.shutdown()
    try? await client.shutdown()
}

/// The namespace, garbage collector and service account controllers.
func defaultLifecycleControllers(_ client: APIClient, _ informers: SharedInformerFactory, _ logger: Logger) -> [any ManagedController] {
    [
        NamespaceController(client: client, informers: informers, logger: logger, recheckInterval: .milliseconds(300)),
        GarbageCollector(client: client, logger: logger, rediscoveryInterval: .seconds(5)),
        ServiceAccountController(client: client, informers: informers, logger: logger),
    ]
}

/// Runs the real kubectl (`KUBECTL` or `/usr/bin/kubectl`) against `server`; returns its exit status and output.
func runKubectl(_ server: LifecycleTestServer, _ args: [String]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: ProcessInfo.processInfo.environment["KUBECTL"] ?? "/usr/bin/kubectl")
    p.arguments = ["--kubeconfig", server.kubeconfig] + args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

var kubectlAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: ProcessInfo.processInfo.environment["KUBECTL"] ?? "/usr/bin/kubectl")
}

/// Polls `check` until it returns true or `timeout` passes.
func waitUntil(_ what: String, timeout: Duration = .seconds(30), _ check: () async throws -> Bool) async throws {
    let start = ContinuousClock.now
    while ContinuousClock.now - start < timeout {
        if (try? await check()) == true { return }
        try await Task.sleep(for: .milliseconds(100))
    }
    Issue.record("timed out waiting for \(what)")
    throw ClientError("timed out waiting for \(what)")
}

func objectExists(_ client: APIClient, _ path: ResourcePath) async throws -> Bool {
    do {
        _ = try await client.get(path)
        return true
    } catch let e as APIError where e.code == 404 {
        return false
    }
}

@Suite(.serialized, .enabled(if: LifecycleTestServer.isAvailable))
struct LifecycleE2ETests {
    let configMaps = ResourcePath(group: "", version: "v1", resource: "configmaps")
    let namespaces = ResourcePath(group: "", version: "v1", resource: "namespaces")

    func configMap(_ client: APIClient, _ ns: String, _ name: String, owner: JSON? = nil) async throws -> JSON {
        var cm: JSON = ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": .string(name)], "data": ["k": "v"]]
        if let owner {
            cm[path: ["metadata", "ownerReferences"]] = [[
                "apiVersion": "v1", "kind": "ConfigMap", "name": owner["metadata"]["name"],
                "uid": owner["metadata"]["uid"], "blockOwnerDeletion": true,
            ]]
        }
        var path = configMaps
        path.namespace = ns
        return try await client.create(path, cm)
    }

    func cm(_ ns: String, _ name: String) -> ResourcePath {
        var p = configMaps
        p.namespace = ns
        return p.named(name)
    }

    @Test func lifecycleControllersAgainstARealServer() async throws {
        try await withLifecycleControllers { client, _ in
            // A new namespace gets its default ServiceAccount, recreated when deleted.
            _ = try await client.create(namespaces, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "team-a"]])
            let sa = ResourcePath(group: "", version: "v1", resource: "serviceaccounts", namespace: "team-a", name: "default")
            try await waitUntil("default service account") { try await objectExists(client, sa) }
            try await client.delete(sa)
            try await waitUntil("default service account recreated") { try await objectExists(client, sa) }

            // Background cascade: the dependent of a deleted owner goes.
            let owner = try await configMap(client, "default", "owner-bg")
            _ = try await configMap(client, "default", "dep-bg", owner: owner)
            try await client.delete(cm("default", "owner-bg"))
            try await waitUntil("background dependent deleted") { try await !objectExists(client, cm("default", "dep-bg")) }

            // Foreground cascade: the owner stays (with its finalizer) until the dependent is gone.
            let fgOwner = try await configMap(client, "default", "owner-fg")
            var dep = try await configMap(client, "default", "dep-fg", owner: fgOwner)
            // Hold the dependent with a finalizer of our own so the order is observable.
            dep[path: ["metadata", "finalizers"]] = ["example.com/hold"]
            dep = try await client.update(cm("default", "dep-fg"), dep)
            let deleted = try await client.delete(cm("default", "owner-fg"), propagationPolicy: .foreground)
            #expect((deleted["metadata"]["finalizers"].arrayValue ?? []).contains("foregroundDeletion"))
            try await waitUntil("dependent marked for deletion") {
                !(try await client.get(cm("default", "dep-fg")))["metadata"]["deletionTimestamp"].isNull
            }
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await objectExists(client, cm("default", "owner-fg")))
            var held = try await client.get(cm("default", "dep-fg"))
            held[path: ["metadata", "finalizers"]] = .null
            _ = try await client.update(cm("default", "dep-fg"), held)
            try await waitUntil("foreground owner deleted after its dependent") { try await !objectExists(client, cm("default", "owner-fg")) }
            #expect(try await !objectExists(client, cm("default", "dep-fg")))

            // Orphan: the owner goes, the dependent stays without the reference.
            let orphanOwner = try await configMap(client, "default", "owner-or")
            _ = try await configMap(client, "default", "dep-or", owner: orphanOwner)
            try await client.delete(cm("default", "owner-or"), propagationPolicy: .orphan)
            try await waitUntil("orphaning owner deleted") { try await !objectExists(client, cm("default", "owner-or")) }
            let orphan = try await client.get(cm("default", "dep-or"))
            #expect((orphan["metadata"]["ownerReferences"].arrayValue ?? []).isEmpty)

            // Namespace deletion empties the namespace, then removes it.
            _ = try await configMap(client, "team-a", "settings")
            _ = try await client.create(
                ResourcePath(group: "", version: "v1", resource: "secrets", namespace: "team-a"),
                ["apiVersion": "v1", "kind": "Secret", "metadata": ["name": "token"], "stringData": ["a": "b"]])
            try await client.delete(namespaces.named("team-a"))
            try await waitUntil("namespace removed", timeout: .seconds(60)) { try await !objectExists(client, namespaces.named("team-a")) }
            #expect(try await !objectExists(client, cm("team-a", "settings")))
        }
    }

    /// Marks a pod as a node would: phase, IP and readiness.
    func setPodStatus(_ client: APIClient, _ ns: String, _ name: String, phase: String, ip: String? = nil, ready: Bool = false) async throws {
        let path = ResourcePath(group: "", version: "v1", resource: "pods", namespace: ns, name: name)
        for attempt in 0..<10 {
            var pod = try await client.get(path)
            var status: JSON = [
            "phase": .string(phase),
            "conditions": [["type": "Ready", "status": ready ? "True" : "False"]],
        ]
            if let ip { status["podIP"] = .string(ip); status["podIPs"] = [["ip": .string(ip)]] }
            pod["status"] = status
            do {
                _ = try await client.updateStatus(path, pod)
                return
            } catch let e as APIError where e.code == 409 && attempt < 9 {
                continue
            }
        }
    }

    @Test func jobsRunToCompletionAndEndpointsFollowPods() async throws {
        try await withLifecycleControllers({ client, informers, logger in
            [
                JobController(client: client, informers: informers, logger: logger),
                EndpointSliceController(client: client, informers: informers, logger: logger),
                EndpointsController(client: client, informers: informers, logger: logger),
            ]
        }) { client, _ in
            // A Job with two completions: the test plays the node and finishes its pods.
            let jobs = ResourcePath(group: "batch", version: "v1", resource: "jobs", namespace: "default")
            let pods = ResourcePath(group: "", version: "v1", resource: "pods", namespace: "default")
            _ = try await client.create(jobs, [
                "apiVersion": "batch/v1", "kind": "Job", "metadata": ["name": "count"],
                "spec": [
                    "completions": 2, "parallelism": 2,
                    "template": ["spec": ["restartPolicy": "Never", "containers": [["name": "c", "image": "busybox"]]]],
                ],
            ])
            var names: [String] = []
            try await waitUntil("two job pods") {
                let list = try await client.list(pods, labelSelector: "batch.kubernetes.io/job-name=count")
                names = (list["items"].arrayValue ?? []).compactMap { $0["metadata"]["name"].stringValue }
                return names.count == 2
            }
            let first = try await client.get(pods.named(names[0]))
            #expect(first["metadata"]["finalizers"] == ["batch.kubernetes.io/job-tracking"])
            for n in names { try await setPodStatus(client, "default", n, phase: "Succeeded") }
            try await waitUntil("job complete") {
                let job = try await client.get(jobs.named("count"))
                let complete = (job["status"]["conditions"].arrayValue ?? []).contains {
                    $0["type"].stringValue == "Complete" && $0["status"].stringValue == "True"
                }
                return complete && job["status"]["succeeded"].intValue == 2
            }
            try await waitUntil("job events") {
                let events = try await client.list(ResourcePath(group: "", version: "v1", resource: "events", namespace: "default"))
                let reasons = Set((events["items"].arrayValue ?? []).filter { $0["involvedObject"]["name"].stringValue == "count" }
                    .compactMap { $0["reason"].stringValue })
                return reasons.isSuperset(of: ["SuccessfulCreate", "Completed"])
            }
            try await waitUntil("tracking finalizers removed") {
                let list = try await client.list(pods, labelSelector: "batch.kubernetes.io/job-name=count")
                return (list["items"].arrayValue ?? []).allSatisfy { ($0["metadata"]["finalizers"].arrayValue ?? []).isEmpty }
            }

            // A Service and a ready pod: an EndpointSlice and Endpoints publish it.
            _ = try await client.create(ResourcePath(group: "", version: "v1", resource: "services", namespace: "default"), [
                "apiVersion": "v1", "kind": "Service", "metadata": ["name": "web"],
                "spec": ["selector": ["app": "web"], "ports": [["name": "http", "port": 80, "targetPort": "http"]]],
            ])
            _ = try await client.create(pods, [
                "apiVersion": "v1", "kind": "Pod", "metadata": ["name": "web-1", "labels": ["app": "web"]],
                "spec": ["containers": [["name": "c", "image": "nginx", "ports": [["name": "http", "containerPort": 8080]]]]],
            ])
            try await setPodStatus(client, "default", "web-1", phase: "Running", ip: "10.1.2.3", ready: true)
            let slices = ResourcePath(group: "discovery.k8s.io", version: "v1", resource: "endpointslices", namespace: "default")
            try await waitUntil("endpoint slice") {
                let list = try await client.list(slices, labelSelector: "kubernetes.io/service-name=web")
                guard let s = list["items"].arrayValue?.first else { return false }
                return s["endpoints"][0]["addresses"] == ["10.1.2.3"] && s["ports"][0]["port"].intValue == 8080
                    && s["endpoints"][0]["conditions"]["ready"].boolValue == true
                    && s["metadata"]["labels"]["endpointslice.kubernetes.io/managed-by"].stringValue == "endpointslice-controller.k8s.io"
            }
            let endpoints = ResourcePath(group: "", version: "v1", resource: "endpoints", namespace: "default")
            try await waitUntil("endpoints") {
                let ep = try await client.get(endpoints.named("web"))
                return ep["subsets"][0]["addresses"][0]["ip"].stringValue == "10.1.2.3" && ep["subsets"][0]["ports"][0]["port"].intValue == 8080
            }
            // The pod stops being ready: it moves to notReadyAddresses.
            try await setPodStatus(client, "default", "web-1", phase: "Running", ip: "10.1.2.3", ready: false)
            try await waitUntil("not ready address") {
                let ep = try await client.get(endpoints.named("web"))
                return ep["subsets"][0]["notReadyAddresses"][0]["ip"].stringValue == "10.1.2.3"
            }
        }
    }

    @Test func cronJobsStartJobsAndBudgetsReportHealth() async throws {
        try await withLifecycleControllers({ client, informers, logger in
            [
                CronJobController(client: client, informers: informers, logger: logger),
                DisruptionController(client: client, informers: informers, logger: logger),
            ]
        }) { client, _ in
            // A CronJob every two seconds starts `<name>-<minutes>` Jobs and lists them as active.
            let cronJobs = ResourcePath(group: "batch", version: "v1", resource: "cronjobs", namespace: "default")
            _ = try await client.create(cronJobs, [
                "apiVersion": "batch/v1", "kind": "CronJob", "metadata": ["name": "tick"],
                "spec": [
                    "schedule": "@every 2s", "concurrencyPolicy": "Forbid",
                    "jobTemplate": ["spec": ["template": ["spec": ["restartPolicy": "Never", "containers": [["name": "c", "image": "busybox"]]]]]],
                ],
            ])
            let jobs = ResourcePath(group: "batch", version: "v1", resource: "jobs", namespace: "default")
            try await waitUntil("cron job's job", timeout: .seconds(20)) {
                let list = try await client.list(jobs)
                guard let job = list["items"].arrayValue?.first else { return false }
                return job["metadata"]["name"].stringValue?.hasPrefix("tick-") == true
                    && !job["metadata"]["annotations"]["batch.kubernetes.io/cronjob-scheduled-timestamp"].isNull
                    && job["metadata"]["ownerReferences"][0]["kind"].stringValue == "CronJob"
            }
            try await waitUntil("active and lastScheduleTime") {
                let cj = try await client.get(cronJobs.named("tick"))
                return (cj["status"]["active"].arrayValue ?? []).count == 1 && !cj["status"]["lastScheduleTime"].isNull
            }
            // Forbid: the running Job blocks the next ones.
            try await Task.sleep(for: .seconds(3))
            #expect((try await client.list(jobs))["items"].arrayValue?.count == 1)

            // A PodDisruptionBudget over two ready pods of a ReplicaSet-less owner reports its numbers.
            let pods = ResourcePath(group: "", version: "v1", resource: "pods", namespace: "default")
            for i in 1...2 {
                _ = try await client.create(pods, [
                    "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string("db-\(i)"), "labels": ["app": "db"]],
                    "spec": ["containers": [["name": "c", "image": "busybox"]]],
                ])
                try await setPodStatus(client, "default", "db-\(i)", phase: "Running", ip: "10.2.0.\(i)", ready: true)
            }
            let pdbs = ResourcePath(group: "policy", version: "v1", resource: "poddisruptionbudgets", namespace: "default")
            _ = try await client.create(pdbs, [
                "apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": ["name": "db"],
                "spec": ["minAvailable": 1, "selector": ["matchLabels": ["app": "db"]]],
            ])
            try await waitUntil("pdb status") {
                let pdb = try await client.get(pdbs.named("db"))
                let st = pdb["status"]
                return st["currentHealthy"].intValue == 2 && st["desiredHealthy"].intValue == 1 && st["disruptionsAllowed"].intValue == 1
                    && st["expectedPods"].intValue == 2 && st["conditions"][0]["reason"].stringValue == "SufficientPods"
            }
            try await setPodStatus(client, "default", "db-2", phase: "Running", ip: "10.2.0.2", ready: false)
            try await waitUntil("pdb insufficient") {
                let st = try await client.get(pdbs.named("db"))["status"]
                return st["disruptionsAllowed"].intValue == 0 && st["conditions"][0]["reason"].stringValue == "InsufficientPods"
            }
        }
    }

    @Test(.enabled(if: kubectlAvailable)) func kubectlCascadeOptions() async throws {
        try await withLifecycleControllers { client, server in
            for (mode, keepsDependent) in [("foreground", false), ("background", false), ("orphan", true)] {
                let owner = try await configMap(client, "default", "owner-\(mode)")
                _ = try await configMap(client, "default", "dep-\(mode)", owner: owner)
                let result = try runKubectl(server, ["delete", "configmap", "owner-\(mode)", "--cascade=\(mode)", "--timeout=30s"])
                #expect(result.status == 0, "kubectl delete --cascade=\(mode): \(result.output)")
                #expect(try await !objectExists(client, cm("default", "owner-\(mode)")))
                if keepsDependent {
                    try await Task.sleep(for: .milliseconds(500))
                    let dep = try await client.get(cm("default", "dep-\(mode)"))
                    #expect((dep["metadata"]["ownerReferences"].arrayValue ?? []).isEmpty)
                } else {
                    try await waitUntil("dependent of \(mode) deletion gone") { try await !objectExists(client, cm("default", "dep-\(mode)")) }
                }
            }
            // Deleting a namespace with kubectl waits until the controller has emptied and removed it.
            _ = try await client.create(namespaces, ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "scratch"]])
            _ = try await configMap(client, "scratch", "c1")
            let result = try runKubectl(server, ["delete", "namespace", "scratch", "--timeout=60s"])
            #expect(result.status == 0, "kubectl delete namespace: \(result.output)")
            #expect(try await !objectExists(client, namespaces.named("scratch")))
        }
    }
}
