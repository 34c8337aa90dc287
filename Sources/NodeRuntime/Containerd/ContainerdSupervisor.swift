import CRI
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Runs the node's own containerd as a child process: writes its config and the CNI network under
/// the data dir, starts `containerd --config …`, waits until its CRI answers, and stops it (by its
/// PID) on ``stop()``.
///
/// Containers keep running across a containerd restart (their shims are separate processes); the
/// kubelet removes pods before it stops the runtime when it shuts down for good.
public actor ContainerdSupervisor {
    public struct Options: Sendable {
        public var config: ContainerdConfig
        public var network: CNINetworkConfig
        /// The containerd binary.
        public var binary: String
        /// How long to wait for the CRI to answer after the start.
        public var startTimeout: Duration
        /// How long containerd gets to exit after SIGTERM before SIGKILL.
        public var stopTimeout: Duration

        public init(
            config: ContainerdConfig,
            network: CNINetworkConfig,
            binary: String = "/usr/bin/containerd",
            startTimeout: Duration = .seconds(30),
            stopTimeout: Duration = .seconds(10)
        ) {
            self.config = config
            self.network = network
            self.binary = binary
            self.startTimeout = startTimeout
            self.stopTimeout = stopTimeout
        }

        /// The usual options for a node whose data dir is `dataDir` and pod CIDR `podCIDR`.
        public static func node(dataDir: String, podCIDR: String, bridge: String = "apus0") -> Options {
            let layout = NodeRuntimeLayout(dataDir: dataDir)
            return Options(
                config: ContainerdConfig(layout: layout),
                network: CNINetworkConfig(bridge: bridge, podCIDR: podCIDR, ipamDataDir: layout.cniIPAMDir)
            )
        }
    }

    public enum SupervisorError: Error, CustomStringConvertible {
        case binaryMissing(String)
        case exited(status: Int32, log: String)
        case notReady(after: Duration, log: String)

        public var description: String {
            switch self {
            case .binaryMissing(let path): "containerd not found at \(path) (apt-get install containerd)"
            case .exited(let status, let log): "containerd exited with status \(status); its log ends with:\n\(log)"
            case .notReady(let after, let log): "containerd's CRI did not answer within \(after); its log ends with:\n\(log)"
            }
        }
    }

    public let options: Options
    private let logger: Logger
    private var process: Process?

    public init(options: Options, logger: Logger = Logger(label: "apus.containerd")) {
        self.options = options
        self.logger = logger
    }

    public var layout: NodeRuntimeLayout { options.config.layout }

    /// containerd's PID while it runs.
    public var pid: Int32? { process.map(\.processIdentifier) }

    /// Writes the config files, starts containerd and returns once its CRI answers `Version`.
    public func start() async throws {
        if let process, process.isRunning { return }
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: options.binary) else { throw SupervisorError.binaryMissing(options.binary) }
        try writeFiles()

        let log = layout.containerdLog
        fm.createFile(atPath: log, contents: nil)
        let logHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try logHandle.seekToEnd()
        // A socket left by a containerd that died would make the new one fail to listen.
        try? fm.removeItem(atPath: layout.containerdSocket)
        try? fm.removeItem(atPath: layout.containerdSocket + ".ttrpc")

        await stopLeftover()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: options.binary)
        child.arguments = ["--config", layout.containerdConfig]
        child.standardInput = FileHandle.nullDevice
        child.standardOutput = logHandle
        child.standardError = logHandle
        try child.run()
        try? logHandle.close()
        process = child
        try? String(child.processIdentifier).write(toFile: layout.containerdPIDFile, atomically: true, encoding: .utf8)
        logger.info("containerd started", metadata: ["pid": "\(child.processIdentifier)", "socket": "\(layout.containerdSocket)"])

        do {
            try await waitUntilReady(child)
        } catch {
            await stop()
            throw error
        }
    }

    private func writeFiles() throws {
        let fm = FileManager.default
        for dir in [layout.containerdDir, layout.containerdRoot, layout.containerdState, layout.cniConfDir, layout.cniIPAMDir, layout.podLogsDir] {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        try options.config.render().write(toFile: layout.containerdConfig, atomically: true, encoding: .utf8)
        // Only the agent's network may be in the conf dir: the runtime uses the first file it finds.
        for file in (try? fm.contentsOfDirectory(atPath: layout.cniConfDir)) ?? [] where file != options.network.fileName {
            try? fm.removeItem(atPath: layout.cniConfDir + "/" + file)
        }
        try options.network.render().write(toFile: layout.cniConfDir + "/" + options.network.fileName, atomically: true, encoding: .utf8)
    }

    private func waitUntilReady(_ child: Process) async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + options.startTimeout
        while clock.now < deadline {
            if !child.isRunning {
                throw SupervisorError.exited(status: child.terminationStatus, log: logTail())
            }
            if FileManager.default.fileExists(atPath: layout.containerdSocket) {
                let client = try CRIClient.connect(socketPath: layout.containerdSocket, defaultTimeout: .seconds(2))
                let answered = (try? await client.version()) != nil
                await client.close()
                if answered { return }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw SupervisorError.notReady(after: options.startTimeout, log: logTail())
    }

    /// The last lines of containerd's log, for error messages.
    public func logTail(lines: Int = 20) -> String {
        guard let data = FileManager.default.contents(atPath: layout.containerdLog) else { return "" }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").suffix(lines).joined(separator: "\n")
    }

    /// Stops containerd: SIGTERM to its PID, SIGKILL after the stop timeout. Idempotent; works in a
    /// cancelled task too (shutdown paths run there).
    public func stop() async {
        guard let child = process else { return }
        process = nil
        let pid = child.processIdentifier
        guard !Self.hasExited(child) else { return }
        kill(pid, SIGTERM)
        let clock = ContinuousClock()
        let deadline = clock.now + options.stopTimeout
        while !Self.hasExited(child) && clock.now < deadline {
            await sleepIgnoringCancellation(milliseconds: 20)
        }
        if !Self.hasExited(child) {
            logger.warning("containerd did not exit after SIGTERM; killing it", metadata: ["pid": "\(pid)"])
            kill(pid, SIGKILL)
            while !Self.hasExited(child) { await sleepIgnoringCancellation(milliseconds: 20) }
        }
        logger.info("containerd stopped", metadata: ["pid": "\(pid)"])
    }

    /// A containerd this supervisor started for the same data dir and that outlived its agent
    /// (killed with SIGKILL) would hold the metadata lock: stop it, by the PID it recorded.
    private func stopLeftover() async {
        guard let text = try? String(contentsOfFile: layout.containerdPIDFile, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1 else { return }
        let cmdline = (FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard cmdline.contains("containerd"), cmdline.contains(layout.containerdConfig) else { return }
        logger.warning("stopping a containerd left running by an earlier agent", metadata: ["pid": "\(pid)"])
        kill(pid, SIGTERM)
        for _ in 0..<500 where kill(pid, 0) == 0 {
            if let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat"), String(decoding: stat, as: UTF8.self).contains(") Z ") { break }
            await sleepIgnoringCancellation(milliseconds: 20)
        }
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }

    /// Whether the child has exited, reaping it when Foundation has not done so yet.
    static func hasExited(_ child: Process) -> Bool {
        if !child.isRunning { return true }
        var status: Int32 = 0
        let result = waitpid(child.processIdentifier, &status, WNOHANG)
        return result == child.processIdentifier || (result == -1 && errno == ECHILD)
    }
}

/// Sleeps even in a cancelled task (shutdown paths must still wait for children to exit).
func sleepIgnoringCancellation(milliseconds: Int) async {
    await Task.detached { try? await Task.sleep(for: .milliseconds(milliseconds)) }.value
}
