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
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
        }
        p.waitUntilExit()
        out.fileHandleForReading.readabilityHandler = nil
        err.fileHandleForReading.readabilityHandler = nil
        if let rest = try? out.fileHandleForReading.readToEnd() { outC.append(rest) }
        if let rest = try? err.fileHandleForReading.readToEnd() { errC.append(rest) }
        return Kubectl.Result(status: p.terminationStatus, stdout: outC.text, stderr: errC.text)
    }
}
