import Foundation

/// The status line and headers of an HTTP/1.1 response read from raw bytes.
public struct RawResponseHead: Sendable, Equatable {
    public var status: Int
    public var reason: String
    public var headers: [(name: String, value: String)]

    public init(status: Int, reason: String, headers: [(name: String, value: String)]) {
        self.status = status
        self.reason = reason
        self.headers = headers
    }

    /// The first value of a header (names compare case-insensitively).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public static func == (a: RawResponseHead, b: RawResponseHead) -> Bool {
        a.status == b.status && a.reason == b.reason && a.headers.map(\.name) == b.headers.map(\.name)
            && a.headers.map(\.value) == b.headers.map(\.value)
    }

    /// Parses a response head from the start of `bytes`. Returns the head and how many bytes it
    /// took, nil when the blank line ending the head has not arrived yet; throws on bytes that
    /// are not an HTTP/1.x response.
    public static func parse(_ bytes: [UInt8]) throws -> (RawResponseHead, Int)? {
        guard let end = headEnd(bytes) else {
            if bytes.count > 64 * 1024 { throw RawHTTPError.malformed("response head over 64 KiB") }
            return nil
        }
        let text = String(decoding: bytes[..<end], as: UTF8.self)
        var lines = text.components(separatedBy: "\r\n")
        guard !lines.isEmpty else { throw RawHTTPError.malformed("empty response") }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), let status = Int(parts[1]) else {
            throw RawHTTPError.malformed("bad status line \(statusLine.prefix(80))")
        }
        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw RawHTTPError.malformed("bad header line") }
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
        }
        return (RawResponseHead(status: status, reason: parts.count > 2 ? String(parts[2]) : "", headers: headers), end + 4)
    }

    static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for i in 0...(bytes.count - 4) where bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
            return i
        }
        return nil
    }
}

public enum RawHTTPError: Error, CustomStringConvertible {
    case malformed(String)
    case closed

    public var description: String {
        switch self {
        case .malformed(let why): "malformed HTTP response: \(why)"
        case .closed: "connection closed before the response was complete"
        }
    }
}

/// Decodes a `Transfer-Encoding: chunked` body fed in pieces.
public struct ChunkedDecoder: Sendable {
    private enum State: Sendable { case size, data(Int), dataEnd, trailer, done }
    private var state: State = .size
    private var line: [UInt8] = []

    public init() {}

    public var isDone: Bool { if case .done = state { true } else { false } }

    /// Feeds bytes; returns the body bytes they contained.
    public mutating func feed(_ bytes: some Collection<UInt8>) throws -> [UInt8] {
        var out: [UInt8] = []
        var it = bytes.makeIterator()
        while let b = it.next() {
            switch state {
            case .size, .trailer, .dataEnd:
                line.append(b)
                guard line.count >= 2, line[line.count - 2] == 13, line[line.count - 1] == 10 else {
                    if line.count > 4096 { throw RawHTTPError.malformed("chunk line too long") }
                    continue
                }
                let text = String(decoding: line.dropLast(2), as: UTF8.self)
                line = []
                switch state {
                case .size:
                    let hex = text.split(separator: ";", maxSplits: 1).first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
                    guard let size = Int(hex, radix: 16), size >= 0 else { throw RawHTTPError.malformed("bad chunk size \(text.prefix(20))") }
                    state = size == 0 ? .trailer : .data(size)
                case .dataEnd:
                    guard text.isEmpty else { throw RawHTTPError.malformed("chunk not followed by CRLF") }
                    state = .size
                default:
                    if text.isEmpty { state = .done }
                }
            case .data(let remaining):
                out.append(b)
                state = remaining == 1 ? .dataEnd : .data(remaining - 1)
            case .done:
                return out
            }
        }
        return out
    }
}
