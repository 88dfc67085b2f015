import Testing
@testable import Records

@Suite("JSONWriter")
struct JSONWriterTests {
    @Test("escaping", arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("a\nb\tc\r", "\"a\\nb\\tc\\r\""),
        ("\u{01}\u{1F}", "\"\\u0001\\u001f\""),
        ("line\u{2028}para\u{2029}", "\"line\\u2028para\\u2029\""),
        ("物流太慢😀", "\"物流太慢😀\""),
        ("", "\"\""),
    ])
    func escaping(input: String, expected: String) throws {
        #expect(JSONWriter.quoted(input) == expected)
        // And our own parser reads it back.
        var reader = JSONLinesRecordReader(ArrayChunkSource("{\"k\": \(expected)}"))
        #expect(try reader.next()?.record?["k"] == .string(input))
    }

    @Test("objects, arrays and commas")
    func structure() throws {
        var w = JSONWriter()
        w.beginObject()
        w.key("order"); w.string("111-2222222-3333333")
        w.key("rating"); w.number(1)
        w.key("share"); w.number(0.25)
        w.key("whole"); w.number(3.0)
        w.key("tags"); w.beginArray(); w.string("late"); w.string("damaged"); w.endArray()
        w.key("nested"); w.beginObject(); w.key("ok"); w.bool(true); w.endObject()
        w.key("reply"); w.string(nil as String?)
        w.key("raw"); w.rawJSON("[1,2]")
        w.endObject()
        w.endLine()
        w.beginObject(); w.endObject(); w.endLine()
        let text = String(decoding: w.takeOutput(), as: UTF8.self)
        #expect(text == "{\"order\":\"111-2222222-3333333\",\"rating\":1,\"share\":0.25,\"whole\":3,\"tags\":[\"late\",\"damaged\"],\"nested\":{\"ok\":true},\"reply\":null,\"raw\":[1,2]}\n{}\n")
        var reader = JSONLinesRecordReader(ArrayChunkSource(text))
        let all = try reader.readAll()
        #expect(all.compactMap(\.problem).isEmpty)
        #expect(all.count == 2)
        #expect(w.output.isEmpty)
    }
}
