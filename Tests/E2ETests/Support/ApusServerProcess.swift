import Foundation
import Synchronization

/// A real `apus server` started for one test: temporary data dir, free port, admin kubeconfig.
/// Stopped (SIGTERM, then SIGKILL) and its data dir removed when the test ends, also on failure.
final class ApusServerProcess: @unchecked Sendable {
    let dataDir: String
    let kubeconfig: String
    let port: Int
    let process: Process
    private let output: OutputCollector
    /// Whether the process was stopped and reaped (it must be reaped once only).
    private let stopped = Mutex(false)

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }

    static var binary: String {
        if let b = ProcessInfo.processInfo.environment["APUS_BIN"] { return b }
        return "\(packageRoot)/.build/debug/apus"
    }

    /// Starts a server; `extraArgs` are appended to `apus server`. Reuses `dataDir` when given (restart tests).
    /// Without `controlPlane` the in-process scheduler and controller manager are off (API-only tests);
    /// without `localNode` it runs no local node (`--disable-agent`).
    static func start(
        dataDir existing: String? = nil, port fixedPort: Int? = nil, controlPlane: Bool = false, localNode: Bool = false,
        extraArgs: [String] = []
    ) async throws -> ApusServerProcess {
        let dir = existing ?? NSTemporaryDirectory() + "apus-e2e-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let port = fixedPort ?? FreePort.find()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["server", "--data-dir", dir, "--secure-port", String(port), "--bind-address", "127.0.0.1"]
            + (controlPlane ? [] : ["--disable-scheduler", "--disable-controller-manager"])
            + (localNode ? [] : ["--disable-agent"]) + extraArgs
        let collector = OutputCollector()
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { h in
            let d = h.availableData
            if !d.isEmpty { collector.append(d) }
        }
        try p.run()
        let server = ApusServerProcess(dataDir: dir, kubeconfig: "\(dir)/admin.kubeconfig", port: port, process: p, output: collector)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if collector.text.contains("API server ready") { return server }
            if !p.isRunning { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        server.stop(removeData: existing == nil)
        throw E2EError("apus server did not become ready:\n\(collector.text)")
    }

    private init(dataDir: String, kubeconfig: String, port: Int, process: Process, output: OutputCollector) {
        self.dataDir = dataDir
        self.kubeconfig = kubeconfig
        self.port = port
        self.process = process
        self.output = output
    }

    var log: String { output.text }

    /// Stops the server: SIGTERM, and SIGKILL if it has not exited after 10 s.
    func stop(removeData: Bool = true) {
        stopped.withLock { done in
            if !done { ChildExit.stop(process, after: 0) }
            done = true
        }
        if removeData { try? FileManager.default.removeItem(atPath: dataDir) }
    }

    /// Kills the server with SIGKILL (crash test); the data dir stays.
    func kill9() {
        stopped.withLock { done in
            if !done {
                kill(process.processIdentifier, SIGKILL)
                ChildExit.wait(process, timeout: 10)
            }
            done = true
        }
    }
}

final class OutputCollector: @unchecked Sendable {
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

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

enum FreePort {
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
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
