import Testing
@testable import Records

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("day numbers round-trip and match known dates", arguments: [
        (1970, 1, 1, 0), (2000, 3, 1, 11017), (2026, 7, 1, 20635), (1969, 12, 31, -1), (2024, 2, 29, 19782),
    ])
    func dayNumber(y: Int, m: Int, d: Int, n: Int) throws {
        let date = try #require(CalendarDate(year: y, month: m, day: d))
        #expect(date.dayNumber == n)
        #expect(CalendarDate(dayNumber: n) == date)
    }

    @Test("every day of 1900–2100 round-trips")
    func roundTrip() throws {
        let start = try #require(CalendarDate(year: 1900, month: 1, day: 1)).dayNumber
        let end = try #require(CalendarDate(year: 2100, month: 12, day: 31)).dayNumber
        var previous: CalendarDate?
        for n in start...end {
            let d = CalendarDate(dayNumber: n)
            #expect(d.dayNumber == n)
            if let p = previous { #expect(p < d) }
            previous = d
        }
    }

    @Test("invalid days are rejected", arguments: [(2026, 2, 29), (2026, 13, 1), (2026, 4, 31), (2026, 0, 10), (1900, 2, 29)])
    func invalid(y: Int, m: Int, d: Int) {
        #expect(CalendarDate(year: y, month: m, day: d) == nil)
    }

    @Test("ISO formatting and arithmetic")
    func formatting() throws {
        let d = try #require(CalendarDate(year: 2026, month: 7, day: 1))
        #expect(d.iso == "2026-07-01")
        #expect(d.adding(days: 60).iso == "2026-08-30")
        #expect(d.adding(days: -1).iso == "2026-06-30")
        let t = try #require(CalendarDate(year: 2026, month: 7, day: 1, secondsOfDay: 8 * 3600 + 15 * 60, utcOffsetSeconds: -5 * 3600))
        #expect(t.isoTimestamp == "2026-07-01T08:15:00-05:00")
        #expect(t.epochSeconds == 20635 * 86400 + 8 * 3600 + 15 * 60 + 5 * 3600)
    }

    @Test("timestamps convert to the calendar date of another offset", arguments: [
        ("2026-07-01T23:30:00Z", 8 * 3600, "2026-07-02T07:30:00+08:00"),
        ("2026-07-01T02:00:00+00:00", -7 * 3600, "2026-06-30T19:00:00-07:00"),
        ("2026-01-01T00:30:00+01:00", 0, "2025-12-31T23:30:00Z"),
        ("2026-07-01T08:15:00", 8 * 3600, "2026-07-01T08:15:00+08:00"),
    ])
    func convert(text: String, offset: Int, expected: String) throws {
        let d = try #require(DateParser(format: .iso8601).parse(text))
        #expect(d.converted(toUTCOffset: offset).isoTimestamp == expected)
    }
}
