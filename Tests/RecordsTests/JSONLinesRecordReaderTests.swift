import Testing
@testable import Records

@Suite("JSONLinesRecordReader")
struct JSONLinesRecordReaderTests {
    func read(_ text: String, chunkSize: Int = 1 << 20) throws -> [RecordOutcome<JSONRecord>] {
        var reader = JSONLinesRecordReader(ArrayChunkSource(text, chunkSize: chunkSize))
        return try reader.readAll()
    }

    @Test("fixture: scalars, nested values kept raw, blank line skipped, bad line reported")
    func fixture() throws {
        var reader = JSONLinesRecordReader(try FileChunkSource(path: Fixture.path("reviews-sample.jsonl")))
        let all = try reader.readAll()
        let records = all.compactMap(\.record)
        let problems = all.compactMap(\.problem)
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[0]["text"] == .string("Broke after a day \u{2014} \"cheap\""))
        #expect(records[0]["rating"]?.int == 1)
        #expect(records[0]["tags"] == .raw("[\"late\", \"damaged\"]"))
        #expect(records[1]["text"]?.text == "物流太慢")
        #expect(records[1]["meta"] == .raw("{\"seller\": {\"reply\": null}}"))
        #expect(records[1]["verified"] == .bool(true))
        #expect(records[2]["rating"] == .number("4.0"))
        #expect(records[2]["rating"]?.double == 4.0)
        #expect(problems.map(\.line) == [4])
        #expect(problems[0].reason.hasPrefix("invalid JSON: "))
    }

    @Test("invalid lines and their reasons", arguments: [
        ("{\"a\": 1", "invalid JSON: expected ',' or '}' at end of line"),
        ("[1, 2]", "invalid JSON: expected '{' (an object) at column 1"),
        ("{\"a\" 1}", "invalid JSON: expected ':' at column 6"),
        ("{\"a\": tru}", "invalid JSON: invalid literal at column 7"),
        ("{\"a\": 01}", "invalid JSON: expected ',' or '}' at column 8"),
        ("{\"a\": \"\\x\"}", "invalid JSON: invalid escape at column 9"),
        ("{\"a\": \"tab\there\"}", "invalid JSON: control character in string at column 11"),
        ("{\"a\": 1} trailing", "invalid JSON: unexpected text after the object at column 10"),
        ("{\"a\": [1, }", "invalid JSON: expected a value at column 11"),
        ("{\"评价\": \"未结束}", "invalid JSON: unterminated string at end of line"),
    ])
    func invalid(line: String, reason: String) throws {
        let all = try read("{\"ok\": true}\n" + line + "\n{\"ok\": false}\n")
        #expect(all.compactMap(\.record).map(\.line) == [1, 3])
        #expect(all.compactMap(\.problem) == [RecordProblem(line: 2, reason: reason, raw: line)])
    }

    @Test("escapes: \\u, surrogate pairs, lone surrogates", arguments: [
        ("\"\\u597d\\u8bc4\"", "好评"),
        ("\"\\ud83d\\ude00\"", "😀"),
        ("\"\\ud83d x\"", "\u{FFFD} x"),
        ("\"a\\/b\\\\c\\n\"", "a/b\\c\n"),
        ("\"\"", ""),
        // Plain runs of every length around escapes (copied whole between them).
        ("\"I am 5'8\\\" and the medium fits\\\"\"", "I am 5'8\" and the medium fits\""),
        ("\"\\\"quoted\\\" \\n第二行：物流太慢了，等了整整十天\\t!\"", "\"quoted\" \n第二行：物流太慢了，等了整整十天\t!"),
        ("\"twelve chars\\u0021 and twelve more\\\\\"", "twelve chars! and twelve more\\"),
    ])
    func escapes(json: String, expected: String) throws {
        let all = try read("{\"t\": \(json)}")
        #expect(all.first?.record?["t"] == .string(expected))
    }

    @Test("empty input, blank lines, CRLF, BOM, tiny chunks")
    func edges() throws {
        #expect(try read("").isEmpty)
        #expect(try read("\n  \n\r\n").isEmpty)
        let all = try read("\u{FEFF}{\"a\": -1.5e3}\r\n\r\n{}\r\n", chunkSize: 1)
        #expect(all.compactMap(\.record).map(\.line) == [1, 3])
        #expect(all.first?.record?["a"]?.double == -1500)
        #expect(all.last?.record?.fields.isEmpty == true)
    }

    @Test("repeated key keeps the last value; numbers keep their text")
    func values() throws {
        let r = try read("{\"a\": 1, \"a\": 2, \"id\": 12345678901234567890, \"n\": null}").first?.record
        #expect(r?["a"] == .number("2"))
        #expect(r?["id"]?.text == "12345678901234567890")
        #expect(r?["n"] == .null)
        #expect(r?["n"]?.text == nil)
    }
}
