import Foundation
import Testing

@testable import Controllers

@Suite struct CronScheduleTests {
    func t(_ s: String) -> Date {
        guard let d = ControllerKit.parseTime(s) else {
            Issue.record("bad time \(s)")
            return Date(timeIntervalSince1970: 0)
        }
        return d
    }

    func next(_ spec: String, _ after: String, zone: String? = nil) throws -> String? {
        try CronSchedule(spec, timeZone: zone).next(after: t(after)).map(ControllerKit.timestamp)
    }

    @Test func everyFifteenMinutes() throws {
        #expect(try next("*/15 * * * *", "2024-05-01T10:07:30Z") == "2024-05-01T10:15:00Z")
        #expect(try next("*/15 * * * *", "2024-05-01T10:45:00Z") == "2024-05-01T11:00:00Z")
    }

    @Test func strictlyAfter() throws {
        #expect(try next("0 0 * * *", "2024-01-01T00:00:00Z") == "2024-01-02T00:00:00Z")
        #expect(try next("* * * * *", "2024-01-01T00:00:00Z") == "2024-01-01T00:01:00Z")
    }

    @Test func descriptors() throws {
        #expect(try next("@hourly", "2024-05-01T10:00:00Z") == "2024-05-01T11:00:00Z")
        #expect(try next("@daily", "2024-05-01T10:00:00Z") == "2024-05-02T00:00:00Z")
        #expect(try next("@midnight", "2024-05-01T10:00:00Z") == "2024-05-02T00:00:00Z")
        // 2024-05-01 is a Wednesday; the next Sunday is the 5th.
        #expect(try next("@weekly", "2024-05-01T10:00:00Z") == "2024-05-05T00:00:00Z")
        #expect(try next("@monthly", "2024-05-01T10:00:00Z") == "2024-06-01T00:00:00Z")
        #expect(try next("@yearly", "2024-05-01T10:00:00Z") == "2025-01-01T00:00:00Z")
        #expect(try next("@annually", "2024-05-01T10:00:00Z") == "2025-01-01T00:00:00Z")
        #expect(try next("@every 90m", "2024-05-01T10:00:00Z") == "2024-05-01T11:30:00Z")
    }

    @Test func namesRangesAndLists() throws {
        // Friday 2024-05-03 09:00 → next weekday Monday the 6th.
        #expect(try next("0 9 * * MON-FRI", "2024-05-03T09:00:00Z") == "2024-05-06T09:00:00Z")
        #expect(try next("0 9 * JAN,JUN *", "2024-05-03T09:00:00Z") == "2024-06-01T09:00:00Z")
        #expect(try next("5,10 1-2 * * *", "2024-05-03T01:07:00Z") == "2024-05-03T01:10:00Z")
        #expect(try next("5/20 * * * *", "2024-05-03T01:07:00Z") == "2024-05-03T01:25:00Z")
        // 7 is Sunday too.
        #expect(try next("0 0 * * 7", "2024-05-01T00:00:00Z") == "2024-05-05T00:00:00Z")
    }

    @Test func dayOfMonthOrDayOfWeek() throws {
        // Both restricted: the 13th or a Friday, whichever first. 2024-05-01 is a Wednesday: Friday the 3rd.
        #expect(try next("0 0 13 * 5", "2024-05-01T00:00:00Z") == "2024-05-03T00:00:00Z")
        // Only the day of month restricted.
        #expect(try next("0 0 13 * *", "2024-05-01T00:00:00Z") == "2024-05-13T00:00:00Z")
        // February 30th never comes.
        #expect(try next("0 0 30 2 *", "2024-01-01T00:00:00Z") == nil)
        // Leap day.
        #expect(try next("0 0 29 2 *", "2024-03-01T00:00:00Z") == "2028-02-29T00:00:00Z")
    }

    @Test func invalidSchedules() {
        #expect(throws: CronSchedule.ParseError.self) { try CronSchedule("61 * * * *") }
        #expect(throws: CronSchedule.ParseError.self) { try CronSchedule("* * *") }
        #expect(throws: CronSchedule.ParseError.self) { try CronSchedule("@fortnightly") }
        #expect(throws: CronSchedule.ParseError.self) { try CronSchedule("* * * * *", timeZone: "Mars/Olympus") }
        #expect(throws: CronSchedule.ParseError.self) { try CronSchedule("CRON_TZ=Nowhere/Land * * * * *") }
        #expect(throws: CronSchedule.ParseError.self) { try CronSchedule("5-1 * * * *") }
        #expect(throws: CronSchedule.ParseError.self) { try CronSchedule("*/0 * * * *") }
    }

    @Test func timeZones() throws {
        // New York is UTC-5 in January and UTC-4 in July.
        #expect(try next("CRON_TZ=America/New_York 0 9 * * *", "2024-01-15T00:00:00Z") == "2024-01-15T14:00:00Z")
        #expect(try next("TZ=America/New_York 0 9 * * *", "2024-07-15T00:00:00Z") == "2024-07-15T13:00:00Z")
        #expect(try next("0 9 * * *", "2024-07-15T00:00:00Z", zone: "Europe/Berlin") == "2024-07-15T07:00:00Z")
        #expect(try next("0 0 * * *", "2024-07-15T00:00:00Z", zone: "Asia/Kolkata") == "2024-07-15T18:30:00Z")
    }

    @Test func daylightSavingGapIsSkipped() throws {
        // 2024-03-10 02:30 does not exist in New York: the next run is on the 11th (EDT, UTC-4).
        #expect(try next("30 2 * * *", "2024-03-09T12:00:00Z", zone: "America/New_York") == "2024-03-11T06:30:00Z")
        // Hourly schedules just lose the missing hour.
        #expect(try next("0 * * * *", "2024-03-10T06:30:00Z", zone: "America/New_York") == "2024-03-10T07:00:00Z")
    }

    @Test func daylightSavingOverlapRunsTwice() throws {
        // 2024-11-03 01:30 happens twice in New York: 05:30Z (EDT) and 06:30Z (EST).
        #expect(try next("30 1 * * *", "2024-11-03T04:00:00Z", zone: "America/New_York") == "2024-11-03T05:30:00Z")
        #expect(try next("30 1 * * *", "2024-11-03T05:30:00Z", zone: "America/New_York") == "2024-11-03T06:30:00Z")
        #expect(try next("30 1 * * *", "2024-11-03T06:30:00Z", zone: "America/New_York") == "2024-11-04T06:30:00Z")
    }

    @Test func mostRecentCountsMissedRuns() throws {
        let s = try CronSchedule("*/10 * * * *")
        let r = s.mostRecent(after: t("2024-05-01T10:00:00Z"), upTo: t("2024-05-01T10:35:00Z"))
        #expect(r.count == 3)
        #expect(r.time.map(ControllerKit.timestamp) == "2024-05-01T10:30:00Z")
        let none = s.mostRecent(after: t("2024-05-01T10:00:00Z"), upTo: t("2024-05-01T10:05:00Z"))
        #expect(none.count == 0 && none.time == nil)
    }

    @Test func timestampsRoundTrip() {
        #expect(ControllerKit.timestamp(t("2024-02-29T23:59:59Z")) == "2024-02-29T23:59:59Z")
        #expect(ControllerKit.timestamp(t("2024-03-01T01:00:00+02:00")) == "2024-02-29T23:00:00Z")
        #expect(ControllerKit.parseTime("2024-03-01T01:00:00.123456Z") != nil)
        #expect(ControllerKit.parseTime("garbage") == nil)
        #expect(ControllerKit.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
