import Testing
@testable import Records

@Suite("DelimitedRecordReader")
struct DelimitedRecordReaderTests {
    // MARK: Report layouts from odr-domain.md

    @Test("Amazon feedback, 6-column layout (TSV, literal inch quotes)")
    func amazonFeedbackSix() throws {
        let (header, records, problems) = try readFixture("amazon-feedback-6col.tsv")
        #expect(header?.fields == ["Date", "Rating", "Comments", "Response", "Order ID", "Rater Email"])
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == [2, 3, 4])
        #expect(records[1].fields[2] == "Item is a 5\" tablet, not 7\" as listed")
        // A TSV field that starts with a quote but does not close properly stays literal.
        #expect(records[2].fields[2] == "\"Okay\" product")
        #expect(records[2].fields[3] == "Thanks for your feedback")
        #expect(records[0].fields[3] == "")
    }

    @Test("Amazon feedback, 9-column layout")
    func amazonFeedbackNine() throws {
        let (header, records, problems) = try readFixture("amazon-feedback-9col.tsv")
        #expect(header?.fields.count == 9)
        #expect(header?.fields[4] == "Arrived on Time")
        #expect(problems.isEmpty)
        #expect(records.count == 2)
        #expect(records[1].fields == ["01.08.26", "2", "Late, but fine", "", "No", "Yes", "Yes", "302-3333333-4444444", "k2@marketplace.example"])
    }

    @Test("All Orders report: 32 columns, trailing empty fields kept")
    func allOrders() throws {
        let (header, records, problems) = try readFixture("amazon-all-orders.tsv")
        #expect(header?.fields.count == 32)
        #expect(header?.fields.first == "amazon-order-id")
        #expect(problems.isEmpty)
        #expect(records.count == 3)
        #expect(records.allSatisfy { $0.fields.count == 32 })
        #expect(records[2].fields[10] == "Widget 12\" \"Pro\"")
    }

    @Test("FBA customer returns")
    func fbaReturns() throws {
        let (header, records, problems) = try readFixture("fba-returns.tsv")
        #expect(header?.fields.count == 13)
        #expect(problems.isEmpty)
        #expect(records.map { $0.fields[9] } == ["DAMAGED_BY_CARRIER", "SOME_NEW_CODE"])
        #expect(records[1].fields[12] == "")
    }

    @Test("Taobao export: Chinese header, CRLF, quoted commas, doubled quotes, a field spanning lines")
    func taobao() throws {
        let (header, records, problems) = try readFixture("taobao-reviews.csv")
        #expect(header?.fields == ["订单编号", "评价时间", "评价结果", "评分", "宝贝名称", "评价内容", "商家回复"])
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == [2, 3, 5])
        #expect(records[0].fields[4] == "保温杯, 500ml")
        #expect(records[0].fields[5] == "快递太慢了，盒子压坏了，\"保温\"效果也一般")
        #expect(records[1].fields[5] == "很好用\r\n第二天又追加：还是很好")
        #expect(records[1].raw == "2026112700002,2026-11-28 09:00:00,好评,5,\"保温杯\",\"很好用\r\n第二天又追加：还是很好\",谢谢亲")
        #expect(records[2].fields[1] == "2026年11月29日 10:00")
    }

    @Test("Stray quote: reported with its line, the rows after it come through")
    func strayQuote() throws {
        let (_, records, problems) = try readFixture("stray-quote.csv")
        #expect(records.map { $0.fields[0] } == ["1", "3", "4", "7"])
        #expect(records.map(\.line) == [2, 4, 5, 8])
        #expect(problems.map(\.line) == [3, 6, 7])
        #expect(problems[0].reason == "unbalanced quote")
        #expect(problems[0].raw == "2,\"stray quote never closed,1")
        #expect(problems[1].reason == "wrong field count: expected 3, found 4")
        #expect(problems[2].reason == "wrong field count: expected 3, found 2")
        #expect(problems[0].diagnostic(file: "stray-quote.csv") == "stray-quote.csv:3: error: unbalanced quote")
    }

    // MARK: Quoting and line ends

    @Test("Quoted fields with commas, newlines and escaped quotes", arguments: [
        ("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n", ["x,y", "say \"hi\""]),
        ("a,b\n\"line1\nline2\",z\n", ["line1\nline2", "z"]),
        ("a,b\n\"第一行\r\n第二行，好\",评\r\n", ["第一行\r\n第二行，好", "评"]),
        ("a,b\n\"\",\"\"\n", ["", ""]),
        ("a,b\n\"\"\"\",x\n", ["\"", "x"]),
        ("a,b\n\"ab\"c,d\n", ["abc", "d"]),
    ])
    func quoting(input: String, expected: [String]) throws {
        let (_, records, problems) = try readDelimited(input)
        #expect(problems.isEmpty)
        #expect(records.first?.fields == expected)
    }

    @Test("Line ends LF, CRLF and CR give the same rows and exact line numbers", arguments: ["\n", "\r\n", "\r"])
    func lineEnds(eol: String) throws {
        let text = ["h1,h2", "a,b", "", "c,d", "\"e\(eol)f\",g", "h,i"].joined(separator: eol) + eol
        for chunk in [1, 2, 3, 7, 1 << 20] {
            let (header, records, problems) = try readDelimited(text, chunkSize: chunk)
            #expect(header?.fields == ["h1", "h2"])
            #expect(problems.isEmpty)
            #expect(records.map(\.fields) == [["a", "b"], ["c", "d"], ["e\(eol)f", "g"], ["h", "i"]])
            #expect(records.map(\.line) == [2, 4, 5, 7])
        }
    }

    @Test("Empty input, blank lines only, header only")
    func degenerate() throws {
        for text in ["", "\n", "\r\n\r\n"] {
            let (header, records, problems) = try readDelimited(text)
            #expect(header == nil)
            #expect(records.isEmpty && problems.isEmpty)
        }
        let (header, records, problems) = try readDelimited("Date,Rating,Comments\n")
        #expect(header?.fields == ["Date", "Rating", "Comments"])
        #expect(records.isEmpty && problems.isEmpty)
        let noEOL = try readDelimited("a,b\n1,2")
        #expect(noEOL.records.map(\.fields) == [["1", "2"]])
    }

    @Test("A UTF-8 BOM is dropped from the header")
    func bom() throws {
        let (header, _, _) = try readDelimited("\u{FEFF}订单编号,评分\n1,5\n", chunkSize: 2)
        #expect(header?.fields == ["订单编号", "评分"])
    }

    @Test("Wrong field counts; one trailing empty field allowed", arguments: [
        ("a,b,c\n1,2\n", "wrong field count: expected 3, found 2"),
        ("a,b,c\n1,2,3,4\n", "wrong field count: expected 3, found 4"),
        ("a\tb\n1\t2\t3\n", "wrong field count: expected 2, found 3"),
    ])
    func wrongCount(input: String, reason: String) throws {
        let format: TableFormat = input.contains("\t") ? .tsv : .csv
        let (_, records, problems) = try readDelimited(input, format: format)
        #expect(records.isEmpty)
        #expect(problems.map(\.reason) == [reason])
        #expect(problems.first?.line == 2)
    }

    @Test("Trailing delimiter on rows or header is tolerated")
    func trailingEmpty() throws {
        let rows = try readDelimited("a,b\n1,2,\n3,4\n")
        #expect(rows.problems.isEmpty)
        #expect(rows.records.map(\.fields) == [["1", "2"], ["3", "4"]])
        let header = try readDelimited("a\tb\t\n1\t2\n", format: .tsv)
        #expect(header.header?.fields == ["a", "b"])
        #expect(header.problems.isEmpty)
    }

    @Test("Unbalanced quote at the end of the file, and one beyond the line limit")
    func unbalancedLimits() throws {
        let eof = try readDelimited("a,b\n1,\"open\nmore text\n")
        #expect(eof.problems.map(\.line) == [2, 3])
        #expect(eof.problems.map(\.reason) == ["unbalanced quote", "wrong field count: expected 2, found 1"])
        #expect(eof.records.isEmpty)
        let many = (0..<60).map { "text \($0)" }.joined(separator: "\n")
        let long = try readDelimited("a,b\n1,\"\(many)\"\n2,x\n")
        #expect(long.problems.first?.reason == "unbalanced quote")
        #expect(long.records.last?.fields == ["2", "x"])
        let allowed = try readDelimited("a,b\n1,\"\(many)\"\n2,x\n",
                                        options: DelimitedReaderOptions(format: .csv, maxContinuationLines: 100))
        #expect(allowed.problems.isEmpty)
        #expect(allowed.records.count == 2)
    }

    @Test("A stray quote closed later by another stray quote does not merge the rows between")
    func strayClosedLater() throws {
        let text = "id,text,n\n1,\"5 inch,1\n2,fine,2\n3,fine,3\n4,ends 7\",4\n5,ok,5\n"
        let (_, records, problems) = try readDelimited(text)
        #expect(records.map { $0.fields[0] } == ["2", "3", "4", "5"])
        #expect(records[2].fields[1] == "ends 7\"") // a quote inside an unquoted field is literal
        #expect(problems.map(\.line) == [2])
    }

    @Test("A stray quote that a later quote closes with the right count still resyncs when the lines between are rows")
    func strayClosedProperly() throws {
        let text = "id,text,n\n1,\"5 inch,1\n2,fine,2\n3,fine,3\n4\",4\n5,ok,5\n"
        let (_, records, problems) = try readDelimited(text)
        #expect(records.map { $0.fields[0] } == ["2", "3", "5"])
        #expect(problems.map(\.line) == [2, 5])
        #expect(problems.map(\.reason) == ["unbalanced quote", "wrong field count: expected 3, found 2"])
        // With the heuristic off, the quote is taken at its word.
        let off = try readDelimited(text, options: DelimitedReaderOptions(format: .csv, resyncOnWellFormedLine: false))
        #expect(off.records.first?.fields == ["1", "5 inch,1\n2,fine,2\n3,fine,3\n4", "4"])
    }

    @Test("A real multi-line field with one inner line that looks like a row is kept whole")
    func multiLineLooksLikeRow() throws {
        let text = "id,text\n1,\"first line\nlooks,like a row\nlast line\"\n2,x\n"
        let (_, records, problems) = try readDelimited(text)
        #expect(problems.isEmpty)
        #expect(records.map(\.fields) == [["1", "first line\nlooks,like a row\nlast line"], ["2", "x"]])
        #expect(records.map(\.line) == [2, 5])
        // The strict setting: one row-like line is enough to call the quote stray.
        let strict = try readDelimited(text, options: DelimitedReaderOptions(format: .csv, resyncMinimumLines: 1))
        #expect(strict.problems.map(\.line) == [2, 4])
        #expect(strict.records.map(\.fields) == [["looks", "like a row"], ["2", "x"]])
    }

    @Test("TSV: quotes are literal unless a field is properly quoted", arguments: [
        ("a\tb\n\"quoted\ttab\"\tx\n", ["quoted\ttab", "x"]),
        ("a\tb\n5\" screen\tx\n", ["5\" screen", "x"]),
        ("a\tb\n\"open only\tx\n", ["\"open only", "x"]),
        ("a\tb\n\"say \"\"hi\"\"\"\tx\n", ["say \"hi\"", "x"]),
        ("a\tb\n\"评价\"不错\t好\n", ["\"评价\"不错", "好"]),
    ])
    func tsvQuotes(input: String, expected: [String]) throws {
        let (_, records, problems) = try readDelimited(input, format: .tsv)
        #expect(problems.isEmpty)
        #expect(records.first?.fields == expected)
        #expect(records.count == 1)
    }

    @Test("No header: every row is a record, counts unchecked")
    func noHeader() throws {
        let (header, records, problems) = try readDelimited("1,2\n3,4,5\n",
                                                            options: DelimitedReaderOptions(format: .csv, hasHeader: false))
        #expect(header == nil)
        #expect(problems.isEmpty)
        #expect(records.map(\.fields.count) == [2, 3])
    }

    @Test("A header with an unbalanced quote is an error with its line")
    func badHeader() throws {
        #expect(throws: RecordsError.self) {
            _ = try readDelimited("\n\"a,b\n")
        }
    }
}
