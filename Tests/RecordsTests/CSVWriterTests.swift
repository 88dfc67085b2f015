import Testing
@testable import Records

@Suite("CSVWriter")
struct CSVWriterTests {
    func csv(_ rows: [[String]], _ options: CSVWriter.Options = .init(lineEnd: "\n")) -> String {
        var w = CSVWriter(options: options)
        for row in rows { w.writeRow(row) }
        return String(decoding: w.takeOutput(), as: UTF8.self)
    }

    @Test("RFC 4180 quoting", arguments: [
        (["a", "b"], "a,b\n"),
        (["x,y", "say \"hi\""], "\"x,y\",\"say \"\"hi\"\"\"\n"),
        (["line1\nline2", "cr\rlf"], "\"line1\nline2\",\"cr\rlf\"\n"),
        (["", ""], ",\n"),
        (["差评，很慢", "好"], "差评，很慢,好\n"),
        ([" padded "], "\" padded \"\n"),
    ])
    func quoting(row: [String], expected: String) {
        #expect(csv([row], .init(protectFormulas: false, lineEnd: "\n")) == expected)
    }

    @Test("formula injection is defused by default", arguments: [
        ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tlead tab", "'\tlead tab"),
        ("\r=1", "\"'\r=1\""),
        ("-4.99", "-4.99"),
        ("+1", "+1"),
        ("a=b", "a=b"),
        ("=差评", "'=差评"),
    ])
    func formulas(field: String, expected: String) {
        #expect(csv([[field]]) == expected + "\n")
    }

    @Test("formula protection can be turned off; TSV; CRLF; Excel BOM")
    func options() {
        #expect(csv([["=1"]], .init(protectFormulas: false, lineEnd: "\n")) == "=1\n")
        #expect(csv([["a\tb", "c,d"]], .init(format: .tsv, lineEnd: "\n")) == "\"a\tb\"\tc,d\n")
        #expect(csv([["a"], ["b"]], .init()) == "a\r\nb\r\n")
        var w = CSVWriter(options: .init(excel: true))
        w.writeRow(["订单编号"])
        #expect(Array(w.output.prefix(3)) == [0xEF, 0xBB, 0xBF])
        w.writeRow(["x"])
        #expect(w.output.filter { $0 == 0xEF }.count == 1)
    }

    @Test("what the writer writes the reader reads back")
    func roundTrip() throws {
        let rows = [["订单编号", "评价内容"], ["1", "快递太慢，\"盒子\"坏了\n第二行"], ["2", "=1+1"]]
        let text = csv(rows, .init(protectFormulas: false))
        let (header, records, problems) = try readDelimited(text)
        #expect(problems.isEmpty)
        #expect([header!.fields] + records.map(\.fields) == rows)
    }
}
