import Testing
@testable import Records

@Suite("DateParser")
struct DateParserTests {
    @Test("formats from the reports", arguments: [
        (DateFormat.usShort, "07/01/26", "2026-07-01"),
        (.usShort, "7/1/26", "2026-07-01"),
        (.usLong, "12/31/2026", "2026-12-31"),
        (.germanShort, "15.07.26", "2026-07-15"),
        (.germanLong, "01.08.2026", "2026-08-01"),
        (.japaneseShort, "26/07/01", "2026-07-01"),
        (.yearFirstSlash, "2026/07/01", "2026-07-01"),
        (.iso8601, "2026-07-01", "2026-07-01"),
        (.iso8601, "2026-07-01T08:15:00+00:00", "2026-07-01T08:15:00Z"),
        (.iso8601, "2026-07-01T08:15:00Z", "2026-07-01T08:15:00Z"),
        (.iso8601, "2026-07-01 08:15:00", "2026-07-01T08:15:00"),
        (.iso8601, "2026-07-01T08:15:00.123+05:30", "2026-07-01T08:15:00+05:30"),
        (.iso8601, " 2026-07-01T08:15-0800 ", "2026-07-01T08:15:00-08:00"),
        (.chinese, "2026年11月27日", "2026-11-27"),
        (.chinese, "2026年1月5日 08:15", "2026-01-05T08:15:00"),
        (.chinese, "2026年11月27日 08:15:30", "2026-11-27T08:15:30"),
        (.usShort, "01/01/70", "1970-01-01"),
        (.usShort, "02/29/68", "2068-02-29"),
    ])
    func parses(format: DateFormat, text: String, expected: String) throws {
        let date = try #require(DateParser(format: format).parse(text))
        #expect(date.isoTimestamp == expected)
    }

    @Test("values that do not fit", arguments: [
        (DateFormat.usShort, "07/01/2026"), (.usShort, "13/01/26"), (.usShort, "02/30/26"), (.iso8601, "2026-7"),
        (.iso8601, "2026-07-01T25:00"), (.iso8601, "2026-07-01 garbage"), (.germanShort, "07/01/26"), (.chinese, "2026-11-27"),
        (.iso8601, ""), (.japaneseShort, "26/13/01"),
    ])
    func rejects(format: DateFormat, text: String) {
        #expect(DateParser(format: format).parse(text) == nil)
    }

    @Test("explicit format strings", arguments: [
        ("DD/MM/YYYY", "31/12/2026", "2026-12-31"),
        ("%d.%m.%Y", "1.8.2026", "2026-08-01"),
        ("YYYYMMDD", "20260701", "2026-07-01"),
        ("YYYY-MM-DD HH:mm:ss", "2026-07-01 10:00:00", "2026-07-01T10:00:00"),
        ("YYYY年MM月DD日", "2026年07月01日", "2026-07-01"),
        ("MM-DD-YY", "07-04-26", "2026-07-04"),
    ])
    func explicit(pattern: String, text: String, expected: String) throws {
        let parser = try DateParser(pattern: pattern)
        #expect(parser.parse(text)?.isoTimestamp == expected)
    }

    @Test("bad format strings are errors", arguments: ["", "YYY-MM-DD", "MM/DD", "Q/MM/YYYY"])
    func badPattern(pattern: String) {
        #expect(throws: RecordsError.self) { try DateParser(pattern: pattern) }
    }

    @Test("a failed parse names file, line and format")
    func error() {
        do {
            _ = try DateParser(format: .usShort).parse("2026-07-01", file: "feedback.tsv", line: 7)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)" == "feedback.tsv:7: error: cannot read date '2026-07-01' as MM/DD/YY")
        }
    }
}
