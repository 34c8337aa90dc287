import Foundation
import HTTPKit

/// Reads a container's CRI log file for `kubectl logs`: the whole file or its tail, filtered by
/// time, optionally followed while the container runs and on into its next runs.
struct ContainerLogReader: Sendable {
    /// One run's log: the runtime's container ID and its log file.
    struct LogFile: Sendable, Equatable {
        var containerID: String
        var path: String
    }

    /// What to do when the followed file is quiet.
    enum FollowOutcome: Sendable, Equatable {
        case wait
        case end
        case moveTo(LogFile)
    }

    let file: LogFile
    let options: LogOptions
    /// Asked about every second while the file is quiet, with the run being followed.
    let next: @Sendable (LogFile) async -> FollowOutcome

    init(file: LogFile, options: LogOptions, next: @escaping @Sendable (LogFile) async -> FollowOutcome) {
        self.file = file
        self.options = options
        self.next = next
    }

    /// Everything the options select, for a non-following request.
    func collect() throws -> [UInt8] {
        var formatter = LogFormatter(options: options)
        let data = try Self.read(file.path)
        var out: [UInt8] = []
        let start = options.tailLines.map { LogFormatter.tailStart(data, lines: $0) } ?? 0
        _ = Self.emitLines(data[start...], formatter: &formatter) { out += $0 }
        return out
    }

    /// Writes the selected lines, then new ones as they are appended, until the container stops
    /// for good (a restarted container's new log is followed too) or the client goes away.
    func follow(to writer: any ResponseStreamWriter) async throws {
        var formatter = LogFormatter(options: options)
        var file = self.file
        let initial = try Self.read(file.path)
        var offset = initial.count
        let start = options.tailLines.map { LogFormatter.tailStart(initial, lines: $0) } ?? 0
        var chunks: [[UInt8]] = []
        var pending = Array(Self.emitLines(initial[start...], formatter: &formatter) { chunks.append($0) })
        for chunk in chunks where !chunk.isEmpty { try await writer.write(chunk) }
        var idleChecks = 0
        while !formatter.limitReached {
            try Task.checkCancellation()
            let fresh = (try? Self.read(file.path, from: offset)) ?? []
            if fresh.isEmpty {
                idleChecks += 1
                // Look at the container about every second while the file is quiet.
                guard idleChecks % 4 == 0 else {
                    try await Task.sleep(for: .milliseconds(250))
                    continue
                }
                let outcome = await next(file)
                if outcome == .wait {
                    try await Task.sleep(for: .milliseconds(250))
                    continue
                }
                // One last read: lines written just before the container stopped.
                let last = (try? Self.read(file.path, from: offset)) ?? []
                pending += last
                chunks = []
                pending = Array(Self.emitLines(pending[...], formatter: &formatter) { chunks.append($0) })
                for chunk in chunks where !chunk.isEmpty { try await writer.write(chunk) }
                guard case .moveTo(let nextFile) = outcome else { return }
                file = nextFile
                offset = 0
                pending = []
                idleChecks = 0
                continue
            }
            idleChecks = 0
            offset += fresh.count
            pending += fresh
            chunks = []
            pending = Array(Self.emitLines(pending[...], formatter: &formatter) { chunks.append($0) })
            for chunk in chunks where !chunk.isEmpty { try await writer.write(chunk) }
        }
    }

    /// Formats the complete lines of `data`; returns the bytes of a trailing incomplete line.
    static func emitLines(_ data: ArraySlice<UInt8>, formatter: inout LogFormatter, _ emit: ([UInt8]) -> Void) -> ArraySlice<UInt8> {
        var rest = data
        var out: [UInt8] = []
        while !formatter.limitReached, let newline = rest.firstIndex(of: 0x0A) {
            if let line = CRILogLine.parse(rest[rest.startIndex..<newline]) {
                out += formatter.format(line)
            }
            rest = rest[rest.index(after: newline)...]
        }
        emit(out)
        return formatter.limitReached ? rest[rest.endIndex...] : rest
    }

    static func read(_ path: String, from offset: Int = 0) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw KubeletHTTPError.notFound("log file \(path) not found")
        }
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(offset))
        return Array(try handle.readToEnd() ?? Data())
    }
}
