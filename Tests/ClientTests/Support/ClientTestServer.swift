import Client
import Foundation

/// A real `apus server` started for one test: temporary data dir, free port, admin kubeconfig.
/// Stop it with ``stop(removeData:)`` (SIGTERM, then SIGKILL, by PID) — ``withTestServer`` does so
/// even when the test fails.
final class ClientTestServer: @unchecked Sendable {
    let dataDir: String
    let kubeconfig: String
    let port: Int
    private(set) var process: Process
    private let output: ClientTestOutput

    static var packageRoot: String {
        // Tests/ClientTests/Support/<file> -> package root (the real path, also through symlinks).
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["APUS_BIN"] { return b }
        return "\(packageRoot)/.build/debug/apus"
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// Starts a server, reusing `dataDir` and `port` when given (restart tests).
    static func start(dataDir existing: String? = nil, port fixedPort: Int? = nil) async throws -> ClientTestServer {
        let dir = existing ?? NSTemporaryDirectory() + "apus-client-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let port = fixedPort ?? ClientTestPort.find()
        let output = ClientTestOutput()
        let p = try launch(dir: dir, port: port, output: output)
        let server = ClientTestServer(dataDir: dir, port: port, process: p, output: output)
        try await server.waitReady(removeOnFailure: existing == nil)
        return server
    }

    private static func launch(dir: String, port: Int, output: ClientTestOutput) throws -> Process {
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
        return p
    }

    private init(dataDir: String, port: Int, process: Process, output: ClientTestOutput) {
        self.dataDir = dataDir
        self.kubeconfig = "\(dataDir)/admin.kubeconfig"
        self.port = port
        self.process = process
        self.output = output
    }

    private func waitReady(removeOnFailure: Bool) async throws {
        let deadline = Date().addingTimeInterval(60)
        let mark = output.count
        while Date() < deadline {
            if output.text(from: mark).contains("API server ready") { return }
            if !process.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        stop(removeData: removeOnFailure)
        throw ClientError("apus server did not become ready:\n\(output.text(from: 0))")
    }

    var log: String { output.text(from: 0) }

    /// Stops the server process (SIGTERM, SIGKILL after 10 s) and removes its data dir.
    func stop(removeData: Bool = true) {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        if removeData { try? FileManager.default.removeItem(atPath: dataDir) }
    }

    /// Stops the server keeping its data and starts it again on the same port.
    func restart() async throws {
        stop(removeData: false)
        process = try Self.launch(dir: dataDir, port: port, output: output)
        try await waitReady(removeOnFailure: false)
    }
}

final class ClientTestOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ d: Data) {
        lock.lock()
        data.append(d)
        lock.unlock()
    }
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return data.count
    }
    func text(from offset: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data.suffix(from: min(offset, data.count)), as: UTF8.self)
    }
}

enum ClientTestPort {
    /// A TCP port on 127.0.0.1 that was free a moment ago.
    static func find() -> Int {
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

/// Runs `body` against a fresh server and a client of its admin kubeconfig; always stops both.
func withTestServer(_ body: (ClientTestServer, APIClient) async throws -> Void) async throws {
    let server = try await ClientTestServer.start()
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

/// Polls `condition` every 20 ms until it holds or `timeout` passes.
func eventually(
    timeout: Duration = .seconds(10), _ condition: @Sendable () async throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
