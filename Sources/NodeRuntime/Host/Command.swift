import Foundation

/// Runs a program to completion and collects its output (for build-time tools: gcc, busybox,
/// ctr). Never used for pod work, which goes through CRI.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum Command {
    public struct Failed: Error, CustomStringConvertible {
        public var command: [String]
        public var result: CommandResult
        public var description: String {
            "\(command.joined(separator: " ")) exited with status \(result.status): \(result.stderr.isEmpty ? result.stdout : result.stderr)"
        }
    }

    /// Runs `executable` with `arguments`; throws ``Failed`` on a non-zero exit when `check` is true.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], check: Bool = true) async throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let result: CommandResult = try await withCheckedThrowingContinuation { continuation in
            // Pipes are drained on their own threads so a chatty child never blocks on a full pipe.
            DispatchQueue.global().async {
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                let group = DispatchGroup()
                nonisolated(unsafe) var stdout = Data()
                nonisolated(unsafe) var stderr = Data()
                DispatchQueue.global().async(group: group) { stdout = out.fileHandleForReading.readDataToEndOfFile() }
                DispatchQueue.global().async(group: group) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
                group.wait()
                process.waitUntilExit()
                continuation.resume(returning: CommandResult(
                    status: process.terminationStatus,
                    stdout: String(decoding: stdout, as: UTF8.self),
                    stderr: String(decoding: stderr, as: UTF8.self)
                ))
            }
        }
        if check && result.status != 0 { throw Failed(command: [executable] + arguments, result: result) }
        return result
    }
}
