import Foundation

/// Runs a real kubectl binary against a test server.
struct Kubectl: Sendable, CustomStringConvertible {
    let path: String
    let kubeconfig: String

    static let v127 = "/usr/lib/google-cloud-sdk/bin/kubectl.1.27"
    static let v133 = "/usr/lib/google-cloud-sdk/bin/kubectl.1.33"
    static var v137: String { "\(ApusServerProcess.packageRoot)/.build-tools/kubectl-1.37/bin/kubectl" }
    static var all: [String] { [v127, v133, v137] }

    var description: String { (path as NSString).lastPathComponent }

    struct Result: CustomStringConvertible {
        let status: Int32
        let stdout: String
        let stderr: String
        var description: String { "exit \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    @discardableResult
    func run(_ args: [String], stdin: String? = nil, timeout: TimeInterval = 60) async throws -> Result {
        try await ProcessRunner.run(path, ["--kubeconfig", kubeconfig] + args, stdin: stdin, timeout: timeout)
    }

    /// Runs and requires exit status 0.
    @discardableResult
    func ok(_ args: [String], stdin: String? = nil) async throws -> String {
        let r = try await run(args, stdin: stdin)
        guard r.status == 0 else { throw E2EError("kubectl \(args.joined(separator: " ")) failed: \(r)") }
        return r.stdout
    }
}

enum ProcessRunner {
    /// Runs a program to completion. The waiting happens on a Dispatch thread, never on the cooperative pool
    /// (blocking it would starve every other test task of the process).
    static func run(_ exe: String, _ args: [String], stdin: String? = nil, env: [String: String]? = nil, timeout: TimeInterval = 60) async throws -> Kubectl.Result {
        try await withCheckedThrowingContinuation { c in
            DispatchQueue.global().async {
                c.resume(with: Result { try runBlocking(exe, args, stdin: stdin, env: env, timeout: timeout) })
            }
        }
    }

    static func runBlocking(_ exe: String, _ args: [String], stdin: String?, env: [String: String]?, timeout: TimeInterval) throws -> Kubectl.Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        if let env {
            p.environment = ProcessInfo.processInfo.environment.merging(env) { _, b in b }
        }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        let outC = OutputCollector(), errC = OutputCollector()
        out.fileHandleForReading.readabilityHandler = { h in let d = h.availableData; if !d.isEmpty { outC.append(d) } }
        err.fileHandleForReading.readabilityHandler = { h in let d = h.availableData; if !d.isEmpty { errC.append(d) } }
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? inp.fileHandleForWriting.close()
        let status = ChildExit.stop(p, after: timeout)
        out.fileHandleForReading.readabilityHandler = nil
        err.fileHandleForReading.readabilityHandler = nil
        if let rest = try? out.fileHandleForReading.readToEnd() { outC.append(rest) }
        if let rest = try? err.fileHandleForReading.readToEnd() { errC.append(rest) }
        return Kubectl.Result(status: status, stdout: outC.text, stderr: errC.text)
    }
}

/// Waits for child processes by reaping them with `waitpid`, not with `Process.waitUntilExit()`: Foundation on
/// Linux sometimes misses a child's exit when many children come and go (the child stays a zombie), and
/// `waitUntilExit()` then spins forever.
enum ChildExit {
    /// Waits up to `timeout` seconds for `p` to exit; its exit status (the signal number when killed by one),
    /// or nil if it is still running.
    static func wait(_ p: Process, timeout: TimeInterval) -> Int32? {
        let pid = p.processIdentifier
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { return status & 0x7f == 0 ? (status >> 8) & 0xff : status & 0x7f }
            if r == -1 && errno == ECHILD {
                // Foundation reaped it first; its status is set when it marks the process finished.
                let until = Date().addingTimeInterval(5)
                while p.isRunning && Date() < until { usleep(5_000) }
                return p.isRunning ? -1 : p.terminationStatus
            }
            if Date() >= deadline { return nil }
            usleep(10_000)
        }
    }

    /// Waits up to `after` seconds, then SIGTERM, and SIGKILL 10 s later; returns the exit status.
    @discardableResult
    static func stop(_ p: Process, after timeout: TimeInterval) -> Int32 {
        if let s = wait(p, timeout: timeout) { return s }
        kill(p.processIdentifier, SIGTERM)
        if let s = wait(p, timeout: 10) { return s }
        kill(p.processIdentifier, SIGKILL)
        return wait(p, timeout: 10) ?? -1
    }
}
