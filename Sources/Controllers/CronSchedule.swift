import Foundation

/// A parsed cron schedule as CronJobs use it: five fields (minute, hour, day of month, month,
/// day of week) or a descriptor (`@yearly`/`@annually`, `@monthly`, `@weekly`, `@daily`/`@midnight`,
/// `@hourly`, `@every <duration>`), optionally prefixed by `CRON_TZ=<zone>` or `TZ=<zone>`.
///
/// Field syntax: `*`, `?`, numbers, ranges `a-b`, steps `*/n`, `a-b/n`, `a/n`, lists `a,b`, and
/// month (`JAN`...) and weekday (`SUN`...) names; weekday 7 is Sunday. As in standard cron, when both
/// day of month and day of week are restricted, a day matching either matches.
///
/// Times are computed in the schedule's time zone (UTC unless given). A local time skipped by a
/// daylight-saving jump does not occur; a local time that occurs twice matches twice.
public struct CronSchedule: Sendable, Hashable {
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
        init(_ m: String) { message = m }
    }

    var minutes: Set<Int> = []
    var hours: Set<Int> = []
    var daysOfMonth: Set<Int> = []
    var months: Set<Int> = []
    var daysOfWeek: Set<Int> = []
    var domStar = false
    var dowStar = false
    /// `@every`: a fixed interval instead of fields.
    var every: Int64?
    /// Time zone identifier; nil means UTC (or the zone given to `parse(_:timeZone:)`).
    public private(set) var timeZone: TimeZone

    /// Parses `spec`; `timeZone` is the CronJob's `spec.timeZone` (a `CRON_TZ=` prefix overrides it).
    public init(_ spec: String, timeZone zoneName: String? = nil) throws(ParseError) {
        var text = spec.trimmingCharacters(in: .whitespaces)
        var zone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        if let zoneName, !zoneName.isEmpty {
            guard let z = TimeZone(identifier: zoneName) else { throw ParseError("unknown time zone \(zoneName)") }
            zone = z
        }
        if text.hasPrefix("CRON_TZ=") || text.hasPrefix("TZ=") {
            guard let space = text.firstIndex(of: " ") else { throw ParseError("missing fields after time zone in \"\(spec)\"") }
            let eq = text.index(after: text.firstIndex(of: "=") ?? text.startIndex)
            let name = String(text[eq..<space])
            guard let z = TimeZone(identifier: name) else { throw ParseError("provided bad location \(name)") }
            zone = z
            text = text[space...].trimmingCharacters(in: .whitespaces)
        }
        timeZone = zone
        if text.hasPrefix("@") {
            try parseDescriptor(text)
            return
        }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            throw ParseError("expected exactly 5 fields, found \(fields.count): \(text)")
        }
        (minutes, _) = try Self.parseField(fields[0], 0, 59, names: [:])
        (hours, _) = try Self.parseField(fields[1], 0, 23, names: [:])
        (daysOfMonth, domStar) = try Self.parseField(fields[2], 1, 31, names: [:])
        (months, _) = try Self.parseField(fields[3], 1, 12, names: Self.monthNames)
        var dow: Set<Int>
        (dow, dowStar) = try Self.parseField(fields[4], 0, 7, names: Self.dayNames)
        if dow.contains(7) {
            dow.remove(7)
            dow.insert(0)
        }
        daysOfWeek = dow
    }

    static let monthNames = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11,
        "dec": 12,
    ]
    static let dayNames = ["sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6]

    private mutating func parseDescriptor(_ text: String) throws(ParseError) {
        let all = { (lo: Int, hi: Int) in Set(lo...hi) }
        minutes = [0]
        hours = [0]
        daysOfMonth = all(1, 31)
        months = all(1, 12)
        daysOfWeek = all(0, 6)
        domStar = true
        dowStar = true
        switch text.lowercased() {
        case "@yearly", "@annually":
            daysOfMonth = [1]
            months = [1]
            domStar = false
        case "@monthly":
            daysOfMonth = [1]
            domStar = false
        case "@weekly":
            daysOfWeek = [0]
            dowStar = false
        case "@daily", "@midnight":
            break
        case "@hourly":
            hours = all(0, 23)
        default:
            if text.lowercased().hasPrefix("@every ") {
                let d = String(text.dropFirst(7)).trimmingCharacters(in: .whitespaces)
                guard let secs = Self.parseGoDuration(d), secs > 0 else {
                    throw ParseError("failed to parse duration \(text)")
                }
                every = max(1, secs)
                return
            }
            throw ParseError("unrecognized descriptor: \(text)")
        }
    }

    /// Go's duration syntax, whole seconds (`1h30m`, `90s`, `2h`).
    static func parseGoDuration(_ s: String) -> Int64? {
        var total = 0.0
        var num = ""
        var chars = Array(s)
        if chars.isEmpty { return nil }
        var i = 0
        var sawUnit = false
        while i < chars.count {
            let c = chars[i]
            if c.isNumber || c == "." {
                num.append(c)
                i += 1
                continue
            }
            var unit = String(c)
            if c == "m", i + 1 < chars.count, chars[i + 1] == "s" { unit = "ms"; i += 1 }
            if c == "u" || c == "µ", i + 1 < chars.count, chars[i + 1] == "s" { unit = "us"; i += 1 }
            if c == "n", i + 1 < chars.count, chars[i + 1] == "s" { unit = "ns"; i += 1 }
            guard let v = Double(num) else { return nil }
            let scale: Double
            switch unit {
            case "h": scale = 3600
            case "m": scale = 60
            case "s": scale = 1
            case "ms": scale = 0.001
            case "us": scale = 0.000001
            case "ns": scale = 0.000000001
            default: return nil
            }
            total += v * scale
            num = ""
            sawUnit = true
            i += 1
        }
        chars = []
        guard num.isEmpty, sawUnit else { return nil }
        return Int64(total.rounded(.down))
    }

    /// Parses one field into its values; the flag says the field was `*`/`?` with no step.
    static func parseField(_ field: String, _ lo: Int, _ hi: Int, names: [String: Int]) throws(ParseError) -> (Set<Int>, Bool) {
        var values = Set<Int>()
        var star = false
        for part in field.split(separator: ",", omittingEmptySubsequences: false) {
            let rangeAndStep = part.split(separator: "/", omittingEmptySubsequences: false)
            guard rangeAndStep.count <= 2, let rangeText = rangeAndStep.first else {
                throw ParseError("too many slashes: \(part)")
            }
            var start: Int
            var end: Int
            var isStar = false
            if rangeText == "*" || rangeText == "?" {
                start = lo
                end = hi
                isStar = true
            } else {
                let bounds = rangeText.split(separator: "-", omittingEmptySubsequences: false)
                guard bounds.count <= 2 else { throw ParseError("too many hyphens: \(part)") }
                start = try value(String(bounds[0]), names)
                end = bounds.count == 2 ? try value(String(bounds[1]), names) : start
                if bounds.count == 1 && rangeAndStep.count == 2 { end = hi }
            }
            var step = 1
            if rangeAndStep.count == 2 {
                guard let s = Int(rangeAndStep[1]), s > 0 else { throw ParseError("step must be a positive number: \(part)") }
                step = s
            }
            guard start >= lo else { throw ParseError("beginning of range (\(start)) below minimum (\(lo)): \(part)") }
            guard end <= hi else { throw ParseError("end of range (\(end)) above maximum (\(hi)): \(part)") }
            guard start <= end else { throw ParseError("beginning of range (\(start)) beyond end of range (\(end)): \(part)") }
            if isStar && step == 1 { star = true }
            for v in stride(from: start, through: end, by: step) { values.insert(v) }
        }
        return (values, star)
    }

    static func value(_ text: String, _ names: [String: Int]) throws(ParseError) -> Int {
        if let n = names[text.lowercased()] { return n }
        guard let v = Int(text), v >= 0 else { throw ParseError("failed to parse int from \(text)") }
        return v
    }

    func dayMatches(day: Int, month: Int, weekday: Int) -> Bool {
        guard months.contains(month) else { return false }
        let dom = daysOfMonth.contains(day)
        let dow = daysOfWeek.contains(weekday)
        if domStar || dowStar { return dom && dow }
        return dom || dow
    }

    /// The first activation strictly after `date`, nil when there is none within five years.
    public func next(after date: Date) -> Date? {
        let afterSecs = Int64(date.timeIntervalSince1970.rounded(.down))
        if let every {
            // `@every` runs at whole seconds, `every` after the previous activation.
            return Date(timeIntervalSince1970: Double(afterSecs + every))
        }
        let offset = Int64(timeZone.secondsFromGMT(for: date))
        let local = afterSecs + offset
        let startDay = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let sortedHours = hours.sorted()
        let sortedMinutes = minutes.sorted()
        // When the zone's offset is the same a day before and two days after, wall clocks in that
        // window map to instants with that offset and no DST arithmetic is needed.
        let stable = Int64(timeZone.secondsFromGMT(for: date.addingTimeInterval(-86_400))) == offset
            && Int64(timeZone.secondsFromGMT(for: date.addingTimeInterval(2 * 86_400))) == offset
        // Look one day further back than the local day too: around DST changes the wall clock of an
        // activation after `date` may precede the wall clock of `date` itself (by at most a few hours).
        for dayOffset in Int64(-1)..<(366 * 5 + 1) {
            let day = startDay + dayOffset
            let (_, m, d) = ControllerKit.civil(fromDays: day)
            let weekday = Int(((day % 7) + 11) % 7)  // 1970-01-01 was a Thursday (4).
            guard dayMatches(day: Int(d), month: Int(m), weekday: weekday) else { continue }
            for h in sortedHours {
                if day * 86_400 + Int64(h) * 3600 + 3599 <= local - 10_800 { continue }
                for mi in sortedMinutes {
                    let wall = day * 86_400 + Int64(h) * 3600 + Int64(mi) * 60
                    if wall <= local - 10_800 { continue }
                    if stable {
                        if wall <= local { continue }
                        if wall - local < 86_400 { return Date(timeIntervalSince1970: Double(wall - offset)) }
                    }
                    for t in absoluteTimes(wall: wall) where t > afterSecs {
                        return Date(timeIntervalSince1970: Double(t))
                    }
                }
            }
        }
        return nil
    }

    /// The instants whose wall clock in `timeZone` is `wall` (seconds of a UTC-labelled wall time):
    /// none in a gap, two in an overlap.
    func absoluteTimes(wall: Int64) -> [Int64] {
        var out: [Int64] = []
        for probe in [wall - 43_200, wall + 43_200] {
            let off = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(probe))))
            let t = wall - off
            if Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t)))) == off, !out.contains(t) {
                out.append(t)
            }
        }
        return out.sorted()
    }

    /// The activations after `earliest` up to and including `now`: the most recent one and how many there were
    /// (counting stops at `limit`, then the most recent one is still found by skipping ahead).
    public func mostRecent(after earliest: Date, upTo now: Date, limit: Int = 100_000) -> (time: Date?, count: Int) {
        var t = earliest
        var last: Date?
        var count = 0
        while let n = next(after: t), n <= now {
            last = n
            count += 1
            t = n
            if count >= limit { break }
        }
        return (last, count)
    }
}
