import Testing
@testable import Records

@Suite("TableFormat")
struct TableFormatTests {
    @Test("extensions", arguments: [
        ("csv", TableFormat?.some(.csv)), (".TSV", .tsv), ("txt", .tsv), ("tab", .tsv), ("jsonl", .jsonl), ("ndjson", .jsonl),
        ("xlsx", nil), ("", nil),
    ])
    func extensions(ext: String, expected: TableFormat?) {
        #expect(TableFormat(fileExtension: ext) == expected)
    }

    @Test("delimiters")
    func delimiters() {
        #expect(TableFormat.csv.delimiter == UInt8(ascii: ","))
        #expect(TableFormat.tsv.delimiter == 9)
        #expect(TableFormat.jsonl.delimiter == nil)
    }
}
