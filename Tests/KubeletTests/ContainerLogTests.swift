import APIMachinery
import Foundation
import HTTPKit
@testable import Kubelet
import Testing

@Suite struct ContainerLogTests {
    static let file = """
        2026-11-22T10:00:00.000000001Z stdout F first
        2026-11-22T10:00:01.5Z stderr F oops
        2026-11-22T10:00:02Z stdout P par
        2026-11-22T10:00:02.1Z stdout F tial
        2026-11-22T10:00:03Z stdout F last

        """

    func format(_ options: LogOptions, _ text: String = file) -> String {
        var formatter = LogFormatter(options: options)
        let data = Array(text.utf8)
        let start = options.tailLines.map { LogFormatter.tailStart(data, lines: $0) } ?? 0
        var out: [UInt8] = []
        _ = ContainerLogReader.emitLines(data[start...], formatter: &formatter) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func criLinesParse() throws {
        let line = try #require(CRILogLine.parse(Array("2026-11-22T10:00:01.5Z stderr P a b ".utf8)[...]))
        #expect(line.stream == "stderr" && line.partial && String(decoding: line.content, as: UTF8.self) == "a b ")
        #expect(CRILogLine.parse(Array("garbage".utf8)[...]) == nil)
        #expect(CRILogLine.parse(Array("2026-11-22T10:00:01Z stdin F x".utf8)[...]) == nil)
        let empty = try #require(CRILogLine.parse(Array("2026-11-22T10:00:01Z stdout F".utf8)[...]))
        #expect(empty.content.isEmpty && !empty.partial)
        #expect(try #require(CRILogLine.parseTime("2026-11-22T10:00:01.5Z")) - (try #require(CRILogLine.parseTime("2026-11-22T10:00:01Z"))) == 0.5)
    }

    @Test func wholeLogJoinsPartialLines() {
        #expect(format(LogOptions()) == "first\noops\npartial\nlast\n")
    }

    @Test func tailCountsAPartialRunAsOneLine() {
        var options = LogOptions()
        options.tailLines = 2
        #expect(format(options) == "partial\nlast\n")
        options.tailLines = 1
        #expect(format(options) == "last\n")
        options.tailLines = 10
        #expect(format(options) == "first\noops\npartial\nlast\n")
        options.tailLines = 0
        #expect(format(options) == "")
    }

    @Test func timestampsSinceAndLimit() throws {
        var options = LogOptions()
        options.timestamps = true
        options.since = try #require(CRILogLine.parseTime("2026-11-22T10:00:02Z"))
        #expect(format(options) == "2026-11-22T10:00:02Z par2026-11-22T10:00:02.1Z tial\n2026-11-22T10:00:03Z last\n")
        var limited = LogOptions()
        limited.limitBytes = 8
        #expect(format(limited) == "first\noo")
    }

    @Test func optionsFromTheQuery() throws {
        let options = LogOptions(query: ["follow": ["true"], "tailLines": ["5"], "sinceSeconds": ["10"], "limitBytes": ["0"]], now: 1000)
        #expect(options.follow && options.tailLines == 5 && options.since == 990 && options.limitBytes == nil && !options.previous)
        let time = LogOptions(query: ["sinceTime": ["2026-11-22T10:00:02Z"], "previous": ["true"], "timestamps": ["true"]])
        #expect(time.since == CRILogLine.parseTime("2026-11-22T10:00:02Z") && time.previous && time.timestamps)
    }

    @Test func readerFollowsAppendedLinesUntilTheContainerStops() async throws {
        let path = NSTemporaryDirectory() + "apus-log-\(UUID().uuidString.prefix(8)).log"
        try "2026-11-22T10:00:00Z stdout F one\n2026-11-22T10:00:00Z stdout F tw".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let running = RunningFlag()
        var options = LogOptions()
        options.follow = true
        let reader = ContainerLogReader(file: .init(containerID: "c1", path: path), options: options) { _ in running.value ? .wait : .end }
        let writer = CollectingWriter()
        let task = Task { try await reader.follow(to: writer) }
        try await Task.sleep(for: .milliseconds(300))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("o\n2026-11-22T10:00:01Z stdout P thr\n2026-11-22T10:00:01Z stdout F ee\n".utf8))
        try handle.close()
        try await Task.sleep(for: .milliseconds(600))
        running.value = false
        try await task.value
        #expect(writer.text == "one\ntwo\nthree\n")
    }
}

extension ContainerLogTests {
    @Test func followMovesOnToTheRestartedContainersLog() async throws {
        let dir = NSTemporaryDirectory() + "apus-logs-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = dir + "/0.log", second = dir + "/1.log"
        try "2026-11-22T10:00:00Z stdout F run 0\n".write(toFile: first, atomically: true, encoding: .utf8)
        let state = RunningFlag()  // true: the second run exists
        state.value = false
        var options = LogOptions()
        options.follow = true
        let reader = ContainerLogReader(file: .init(containerID: "c0", path: first), options: options) { file in
            switch (file.containerID, state.value) {
            case ("c0", false): return .wait
            case ("c0", true): return .moveTo(.init(containerID: "c1", path: second))
            default: return FileManager.default.fileExists(atPath: second + ".done") ? .end : .wait
            }
        }
        let writer = CollectingWriter()
        let task = Task { try await reader.follow(to: writer) }
        try await Task.sleep(for: .milliseconds(400))
        try "2026-11-22T10:00:05Z stdout F run 1\n".write(toFile: second, atomically: true, encoding: .utf8)
        state.value = true
        try await Task.sleep(for: .milliseconds(1500))
        #expect(writer.text == "run 0\nrun 1\n")
        let handle = try #require(FileHandle(forWritingAtPath: second))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2026-11-22T10:00:06Z stdout F more\n".utf8))
        try handle.close()
        FileManager.default.createFile(atPath: second + ".done", contents: nil)
        try await task.value
        #expect(writer.text == "run 0\nrun 1\nmore\n")
    }

    static func container(_ id: String, attempt: UInt32, state: ContainerInfo.State, exit: Int32 = 0) -> ContainerInfo {
        var info = ContainerInfo(id: id, sandboxID: "s", name: "app", attempt: attempt, state: state)
        info.exitCode = exit
        return info
    }

    static func pod(policy: String, phase: String = "Running", deleting: Bool = false, initContainer: Bool = false) throws -> JSON {
        var text = #"{"metadata":{"name":"p""# + (deleting ? #","deletionTimestamp":"2026-11-22T10:00:00Z""# : "") + "},"
        let app = #"{"name":"app","image":"busybox"}"#
        text += #""spec":{"restartPolicy":""# + policy + #"","# + (initContainer ? #""initContainers":["# + app + #"],"containers":[{"name":"main"}]"# : #""containers":["# + app + "]")
        text += #"},"status":{"phase":""# + phase + #""}}"#
        return try JSON.parse(text)
    }

    @Test func followDecisions() throws {
        let running = Self.container("c0", attempt: 0, state: .running)
        let exited = Self.container("c0", attempt: 0, state: .exited, exit: 1)
        let exitedOK = Self.container("c0", attempt: 0, state: .exited, exit: 0)
        let restarted = Self.container("c1", attempt: 1, state: .running)
        func decide(_ c: ContainerInfo, _ pod: JSON?, _ all: [ContainerInfo]) -> LogFollowStep {
            LogFollowStep.decide(following: c, pod: pod, runtime: RuntimePod(sandboxes: [], containers: all))
        }
        let always = try Self.pod(policy: "Always")
        #expect(decide(running, always, [running]) == .wait)
        #expect(decide(exited, always, [exited]) == .wait)
        #expect(decide(exitedOK, always, [exitedOK]) == .wait)
        #expect(decide(exited, always, [exited, restarted]) == .next(restarted))
        #expect(decide(exited, nil, [exited, restarted]) == .end)
        #expect(decide(exited, always, []) == .end)
        #expect(decide(exited, try Self.pod(policy: "Always", deleting: true), [exited]) == .end)
        #expect(decide(exited, try Self.pod(policy: "Never"), [exited]) == .end)
        #expect(decide(exited, try Self.pod(policy: "OnFailure"), [exited]) == .wait)
        #expect(decide(exitedOK, try Self.pod(policy: "OnFailure"), [exitedOK]) == .end)
        #expect(decide(exited, try Self.pod(policy: "OnFailure", phase: "Failed"), [exited]) == .end)
        // An init container is run again only after a failure, and never under Never.
        #expect(decide(exitedOK, try Self.pod(policy: "Always", initContainer: true), [exitedOK]) == .end)
        #expect(decide(exited, try Self.pod(policy: "Always", initContainer: true), [exited]) == .wait)
        #expect(decide(exited, try Self.pod(policy: "Never", initContainer: true), [exited]) == .end)
    }
}

final class RunningFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = true
    var value: Bool {
        get { lock.withLock { flag } }
        set { lock.withLock { flag = newValue } }
    }
}

final class CollectingWriter: ResponseStreamWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    func write(_ chunk: [UInt8]) async throws { lock.withLock { bytes += chunk } }
    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}
