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
        let reader = ContainerLogReader(path: path, options: options) { running.value }
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
