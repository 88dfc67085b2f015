import Testing
@testable import Records

@Suite("FormatDetector")
struct FormatDetectorTests {
    @Test("content decides", arguments: [
        ("{\"a\": 1}\n", nil as String?, TableFormat.jsonl),
        ("\u{FEFF}\n  {\"a\": 1}\n", "csv", .jsonl),
        ("Date\tRating\tComments\n07/01/26\t1\tbad, late, broken, awful\n", nil, .tsv),
        ("订单编号,评价时间,评价内容\r\n1,2026-11-27,\"慢\t\t\t\"\r\n", nil, .csv),
        ("a,b,c\n1,\"x\ty\tz\tw\",3\n", "tsv", .csv),
        ("a,b\n\"say \"\"hi\"\"\t\t\t\",2\n\"multi\nline\t\t\",3\n", nil, .csv),
        ("single\ncolumn\n", "tsv", .tsv),
        ("single\ncolumn\n", nil, .csv),
        ("", "jsonl", .jsonl),
        ("", nil, .csv),
    ])
    func detect(content: String, ext: String?, expected: TableFormat) {
        #expect(FormatDetector.detect(prefix: Array(content.utf8), fileExtension: ext) == expected)
    }

    @Test("fixtures", arguments: [
        ("amazon-feedback-6col.tsv", TableFormat.tsv), ("amazon-all-orders.tsv", .tsv), ("taobao-reviews.csv", .csv),
        ("reviews-sample.jsonl", .jsonl), ("stray-quote.csv", .csv),
    ])
    func fixtures(name: String, expected: TableFormat) throws {
        #expect(try FormatDetector.detect(path: Fixture.path(name)) == expected)
    }
}
