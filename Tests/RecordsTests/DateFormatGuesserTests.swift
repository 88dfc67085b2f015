import Testing
@testable import Records

@Suite("DateFormatGuesser")
struct DateFormatGuesserTests {
    @Test("one format per file, from a sample", arguments: [
        (["07/01/26", "07/15/26", "12/31/26"], DateFormat.usShort),
        (["07/01/26", "13/01/26"], .dayFirstSlashShort),
        (["26/07/01", "26/12/31"], .japaneseShort),
        (["26/07/15", "26/08/03", "26/09/30"], .japaneseShort),
        (["15/07/26", "03/08/26", "30/09/26"], .dayFirstSlashShort),
        (["15.07.26", "01.08.26"], .germanShort),
        (["15.07.2026"], .germanLong),
        (["2026/07/01", "2026/7/2"], .yearFirstSlash),
        (["2026-07-01T08:15:00+00:00", "2026-07-02", ""], .iso8601),
        (["2026-11-27 08:15:00"], .iso8601),
        (["2026年11月27日", "2026年11月28日 09:00"], .chinese),
        (["07/01/2026", "31/01/2026"], .dayFirstSlashLong),
    ])
    func guesses(samples: [String], expected: DateFormat) {
        #expect(DateFormatGuesser.guess(samples) == expected)
    }

    @Test("ambiguous values prefer US month-first")
    func ambiguous() {
        #expect(DateFormatGuesser.guess(["01/02/03"]) == .usShort)
        #expect(DateFormatGuesser.guess(["01/02/2003"]) == .usLong)
    }

    @Test("no format for mixed or empty samples")
    func none() {
        #expect(DateFormatGuesser.guess(["07/01/26", "2026-07-01"]) == nil)
        #expect(DateFormatGuesser.guess([String]()) == nil)
        #expect(DateFormatGuesser.guess(["", "  "]) == nil)
        #expect(throws: RecordsError.self) {
            try DateFormatGuesser.guessOrThrow(["yesterday"], column: "Date", file: "f.tsv", line: 2)
        }
    }

    @Test("the generated feedback file's dates are read with one format")
    func fixture() throws {
        let (_, records, _) = try readFixture("amazon-feedback-6col.tsv")
        let format = try #require(DateFormatGuesser.guess(records.map { $0.fields[0] }))
        #expect(format == .usShort)
        let parser = DateParser(format: format)
        #expect(records.compactMap { parser.parse($0.fields[0])?.iso } == ["2026-07-01", "2026-07-15", "2026-12-31"])
    }
}
