import Client
import Foundation

/// One line of a CRI container log file: `<RFC 3339 nano time> <stdout|stderr> <P|F> <content>`.
/// A `P` (partial) line continues in the next one; `F` ends a line.
struct CRILogLine: Sendable, Equatable {
    var timestamp: String
    var stream: String
    var partial: Bool
    var content: ArraySlice<UInt8>

    /// Parses one line (without its trailing newline); nil when it is not in CRI format.
    static func parse(_ line: ArraySlice<UInt8>) -> CRILogLine? {
        guard let s1 = line.firstIndex(of: 0x20) else { return nil }
        let afterTime = line.index(after: s1)
        guard let s2 = line[afterTime...].firstIndex(of: 0x20) else { return nil }
        let stream = String(decoding: line[afterTime..<s2], as: UTF8.self)
        guard stream == "stdout" || stream == "stderr" else { return nil }
        let tagStart = line.index(after: s2)
        guard tagStart < line.endIndex else { return nil }
        let tagEnd = line[tagStart...].firstIndex(of: 0x20) ?? line.endIndex
        let tag = String(decoding: line[tagStart..<tagEnd], as: UTF8.self)
        let content = tagEnd < line.endIndex ? line[line.index(after: tagEnd)...] : line[line.endIndex...]
        return CRILogLine(
            timestamp: String(decoding: line[..<s1], as: UTF8.self), stream: stream,
            partial: tag.split(separator: ":").first == "P", content: content)
    }

    /// Seconds since the epoch of the line's timestamp (nanosecond precision kept as a Double).
    var time: Double? { Self.parseTime(timestamp) }

    static func parseTime(_ s: String) -> Double? {
        MicroTime.parse(s)?.timeIntervalSince1970
    }
}

/// What `kubectl logs` asked for.
struct LogOptions: Sendable, Equatable {
    var follow = false
    var previous = false
    var timestamps = false
    var tailLines: Int?
    var limitBytes: Int?
    /// Seconds since the epoch; lines older than this are skipped.
    var since: Double?

    /// From the kubelet's `/containerLogs` query (the same names as the API's pods/log).
    init(query: [String: [String]], now: Double = Date().timeIntervalSince1970) {
        func value(_ name: String) -> String? { query[name]?.first }
        follow = value("follow") == "true" || value("follow") == "1"
        previous = value("previous") == "true" || value("previous") == "1"
        timestamps = value("timestamps") == "true" || value("timestamps") == "1"
        tailLines = value("tailLines").flatMap { Int($0) }.map { max(0, $0) }
        limitBytes = value("limitBytes").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        if let seconds = value("sinceSeconds").flatMap({ Int($0) }), seconds > 0 {
            since = now - Double(seconds)
        } else if let time = value("sinceTime"), let t = CRILogLine.parseTime(time) {
            since = t
        }
    }

    init() {}
}

/// Turns the lines of a CRI log into what `kubectl logs` prints (pure).
struct LogFormatter: Sendable {
    var options: LogOptions
    private(set) var written = 0

    init(options: LogOptions) { self.options = options }

    var limitReached: Bool { options.limitBytes.map { written >= $0 } ?? false }

    /// The output for one parsed line; empty when the line is filtered out.
    mutating func format(_ line: CRILogLine) -> [UInt8] {
        if let since = options.since, let t = line.time, t < since { return [] }
        var out: [UInt8] = []
        if options.timestamps { out += Array(line.timestamp.utf8) + [0x20] }
        out += line.content
        if !line.partial { out.append(0x0A) }
        if let limit = options.limitBytes {
            let room = max(0, limit - written)
            if out.count > room { out = Array(out.prefix(room)) }
        }
        written += out.count
        return out
    }

    /// The byte offset in `data` where the last `n` lines start; a run of partial lines and the
    /// full line ending it count as one line, as upstream counts them.
    static func tailStart(_ data: [UInt8], lines n: Int) -> Int {
        guard n > 0 else { return data.count }
        var full = 0
        var end = data.count
        if end > 0 && data[end - 1] == 0x0A { end -= 1 }
        var i = end
        while true {
            // Find the start of the line ending at `end`.
            var start = i
            while start > 0 && data[start - 1] != 0x0A { start -= 1 }
            if let line = CRILogLine.parse(data[start..<end]), !line.partial {
                full += 1
                // This full line ends the line before the ones we keep.
                if full == n + 1 { return end + 1 }
            }
            if start == 0 { return 0 }
            end = start - 1
            i = end
        }
    }
}
