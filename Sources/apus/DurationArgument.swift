import ArgumentParser

/// A duration flag written as upstream components take it, in Go's syntax: `40s`, `1m30s`, `500ms`, `2h`.
struct DurationArgument: ExpressibleByArgument, CustomStringConvertible, Sendable {
    let duration: Duration
    let description: String

    init(_ text: String, _ duration: Duration) {
        self.description = text
        self.duration = duration
    }

    init?(argument: String) {
        guard let d = Self.parse(argument) else { return nil }
        self.init(argument, d)
    }

    /// Parses a sequence of decimal numbers each followed by a unit (`h`, `m`, `s`, `ms`, `us`, `µs`, `ns`);
    /// `0` alone is also accepted. Returns nil for anything else, negative durations included.
    static func parse(_ text: String) -> Duration? {
        if text == "0" { return .zero }
        let units: [(String, Double)] = [
            ("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("ms", 1e-3), ("h", 3600), ("m", 60), ("s", 1),
        ]
        var rest = Substring(text)
        var seconds = 0.0
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            guard let (unit, scale) = units.first(where: { rest.hasPrefix($0.0) }) else { return nil }
            rest = rest.dropFirst(unit.count)
            seconds += value * scale
        }
        return .nanoseconds(Int64((seconds * 1e9).rounded()))
    }
}
