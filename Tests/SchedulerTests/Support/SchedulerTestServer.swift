import APIMachinery
import API
import Client
import Foundation

/// A real `apus server` for one end-to-end test: temporary data dir, free port, admin
/// kubeconfig. ``stop()`` ends it by PID (SIGTERM, then SIGKILL) and removes the data.
final class SchedulerTestServer: @unchecked Sendable {
    let dataDir: String
    let kubeconfig: String
    let process: Process
    private let output: Output

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    static var binary: String {
        ProcessInfo.processInfo.environment["APUS_BIN"] ?? "\(packageRoot)/.build/debug/apus"
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    static func start() async throws -> SchedulerTestServer {
        let dir = NSTemporaryDirectory() + "apus-sched-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let port = freePort()
        let output = Output()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["server", "--data-dir", dir, "--secure-port", String(port), "--bind-address", "127.0.0.1", "--disable-scheduler", "--disable-controller-manager", "--disable-agent"]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { h in
            let d = h.availableData
            if !d.isEmpty { output.append(d) }
        }
        try p.run()
        let server = SchedulerTestServer(dataDir: dir, process: p, output: output)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if output.text.contains("API server ready") { return server }
            if !p.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        server.stop()
        throw ClientError("apus server did not become ready:\n\(output.text)")
    }

    private init(dataDir: String, process: Process, output: Output) {
        self.dataDir = dataDir
        self.kubeconfig = dataDir + "/admin.kubeconfig"
        self.process = process
        self.output = output
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

    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ d: Data) {
            lock.lock()
            data.append(d)
            lock.unlock()
        }
        var text: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }
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

/// Runs `body` with a fresh server and an admin client; always stops both.
func withSchedulerServer(_ body: (SchedulerTestServer, APIClient) async throws -> Void) async throws {
    let server = try await SchedulerTestServer.start()
    let client: APIClient
    do {
        client = try APIClient(kubeconfig: server.kubeconfig)
    } catch {
        server.stop()
        throw error
    }
    do {
        try await body(server, client)
    } catch {
        try? await client.shutdown()
        server.stop()
        throw error
    }
    try? await client.shutdown()
    server.stop()
}

/// Creates a Ready node with the given allocatable resources and labels.
@discardableResult
func createNode(
    _ client: APIClient, _ name: String, cpu: String = "2", memory: String = "4Gi", pods: String = "110",
    labels: [String: String] = [:], taints: [JSON] = []
) async throws -> CoreV1.Node {
    var l = labels
    l["kubernetes.io/hostname"] = name
    let resources: JSON = ["cpu": .string(cpu), "memory": .string(memory), "pods": .string(pods)]
    var spec: JSON = .object([:])
    if !taints.isEmpty { spec["taints"] = .array(taints) }
    let status: JSON = [
        "capacity": resources, "allocatable": resources,
        "conditions": [["type": "Ready", "status": "True", "reason": "KubeletReady", "message": "ready"]],
    ]
    let json: JSON = [
        "apiVersion": "v1", "kind": "Node", "metadata": ["name": .string(name), "labels": .object(l.mapValues { .string($0) })],
        "spec": spec, "status": status,
    ]
    let created = try await client.create(CoreV1.Node(json: json))
    if created.status.allocatable["cpu"] == nil {
        var withStatus = created
        withStatus.json["status"] = status
        return try await client.updateStatus(withStatus)
    }
    return created
}

/// Creates a pod requesting `cpu`.
@discardableResult
func createPod(
    _ client: APIClient, _ name: String, cpu: String = "100m", schedulerName: String? = nil, priorityClass: String? = nil,
    labels: [String: String] = [:], extraSpec: [String: JSON] = [:]
) async throws -> CoreV1.Pod {
    var spec: [String: JSON] = [
        "containers": [["name": "app", "image": "busybox", "resources": ["requests": ["cpu": .string(cpu)]]]],
        "terminationGracePeriodSeconds": 0,
    ]
    if let schedulerName { spec["schedulerName"] = .string(schedulerName) }
    if let priorityClass { spec["priorityClassName"] = .string(priorityClass) }
    for (k, v) in extraSpec { spec[k] = v }
    var meta: JSON = ["name": .string(name), "namespace": "default"]
    if !labels.isEmpty { meta["labels"] = .object(labels.mapValues { .string($0) }) }
    return try await client.create(CoreV1.Pod(json: ["apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": .object(spec)]))
}

/// Polls until `check` returns a value or the timeout passes.
func eventually<T>(timeout: Duration = .seconds(20), _ check: () async throws -> T?) async throws -> T? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if let v = try await check() { return v }
        try await Task.sleep(for: .milliseconds(100))
    }
    return nil
}
