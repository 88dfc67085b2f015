import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import Export

/// The parts of a written .xlsx, unzipped with ZIPFoundation, by path.
private func unzip(_ bytes: [UInt8]) throws -> [String: String] {
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    var parts: [String: String] = [:]
    for entry in archive {
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        parts[entry.path] = String(decoding: data, as: UTF8.self)
    }
    return parts
}

private func write(_ sheets: [Worksheet]) throws -> [String: String] {
    try unzip(XLSXWriter.data(Workbook(sheets: sheets)))
}

private func sheet(_ rows: [[Cell]], columns: [WorksheetColumn] = [WorksheetColumn(title: "A")]) -> Worksheet {
    Worksheet(name: "S", columns: columns, rows: rows)
}

/// The `<t>` texts of sharedStrings.xml, read back by an XML parser (so also proves it well-formed).
private func sharedStrings(_ xml: String) throws -> [String] {
    final class Reader: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var current: String?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "t" { current = "" }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "t", let current { texts.append(current) }
            current = nil
        }
    }
    let parser = XMLParser(data: Data(xml.utf8))
    let reader = Reader()
    parser.delegate = reader
    #expect(parser.parse(), "sharedStrings.xml is not well-formed: \(String(describing: parser.parserError))")
    return reader.texts
}

/// Whether an XML part parses.
private func wellFormed(_ xml: String) -> Bool {
    XMLParser(data: Data(xml.utf8)).parse()
}

/// A workbook with a bit of everything; also written for outside checks (see `sampleForConsumers`).
private let sampleWorkbook = Workbook(sheets: [
    Worksheet(
        name: "投诉队列/物流",
        columns: [
            WorksheetColumn(title: "订单编号", width: 20),
            WorksheetColumn(title: "日期", width: 12),
            WorksheetColumn(title: "数量"),
            WorksheetColumn(title: "金额"),
            WorksheetColumn(title: "评价内容", width: 60, wrap: true),
        ],
        rows: [
            [.text("A-1001"), .date(year: 2026, month: 11, day: 27), .integer(3), .number(19.99), .text("快递太慢，盒子坏了")],
            [.text("A-1002"), .date(year: 2026, month: 1, day: 5), .integer(-2), .number(0.5), .text("=HYPERLINK(\"http://x\",\"点我\")")],
            [.text("A-1003"), .empty, .integer(0), .number(1e-5), .text("+cmd|' /C calc'!A0")],
            [.text("A-1004"), .date(year: 1900, month: 1, day: 1), .empty, .number(-4.25), .text("@SUM(A1) & <b>\"quoted\"</b>")],
            [.text("A-1005"), .date(year: 1899, month: 12, day: 31), .integer(7), .empty, .text("  padded with spaces  ")],
        ]
    ),
    Worksheet(name: "English queue", columns: [WorksheetColumn(title: "Review", width: 40, wrap: true)],
              rows: [[.text("-2+3")], [.text("\tleading tab")], [.text("Line one\nline two")],
                     [.text("literal _x000D_ kept")], [.text("crlf\r\nend")]]),
    Worksheet(name: "english QUEUE", columns: [WorksheetColumn(title: "Empty")]),
])

@Suite("XLSXWriter")
struct XLSXWriterTests {
    @Test("the package has every part, listed in [Content_Types].xml, all well-formed")
    func parts() throws {
        let parts = try unzip(XLSXWriter.data(sampleWorkbook))
        let expected = [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
        ]
        #expect(Set(parts.keys) == Set(expected))
        for (path, xml) in parts {
            #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"), "\(path)")
            #expect(wellFormed(xml), "\(path) is not well-formed")
        }
        let types = try #require(parts["[Content_Types].xml"])
        for i in 1...3 {
            #expect(types.contains("<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
            #expect(parts["xl/_rels/workbook.xml.rels"]!.contains("Id=\"rId\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\""))
        }
        #expect(types.contains("PartName=\"/xl/sharedStrings.xml\""))
        #expect(types.contains("PartName=\"/xl/styles.xml\""))
        #expect(parts["_rels/.rels"]!.contains("Target=\"xl/workbook.xml\""))
        #expect(parts["docProps/app.xml"]!.contains("<vt:lpstr>english QUEUE (2)</vt:lpstr>"))
    }

    @Test("a workbook without sheets is an error")
    func noSheets() {
        #expect(throws: XLSXError.noSheets) { try XLSXWriter.data(Workbook()) }
        #expect(XLSXError.noSheets.description.contains("no sheets"))
    }

    @Test("a sheet without rows still has its bold, frozen, filtered header")
    func headerOnly() throws {
        let parts = try write([Worksheet(name: "Q", columns: [WorksheetColumn(title: "Order", width: 20),
                                                              WorksheetColumn(title: "Review", width: 60, wrap: true)])])
        let xml = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(xml.contains("<dimension ref=\"A1:B1\"/>"))
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\" t=\"s\"><v>1</v></c></row></sheetData>"))
        #expect(xml.contains("<autoFilter ref=\"A1:B1\"/>"))
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"20\" customWidth=\"1\"/>"))
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"60\" customWidth=\"1\" style=\"3\"/>"))
        #expect(try sharedStrings(parts["xl/sharedStrings.xml"]!) == ["Order", "Review"])
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains("<font><b/>"))
        #expect(styles.contains("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"))
        #expect(styles.contains("<alignment vertical=\"top\" wrapText=\"1\"/>"))
        #expect(parts["xl/workbook.xml"]!.contains(
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">&apos;Q&apos;!$A$1:$B$1</definedName>"))
    }

    @Test("a sheet without columns has no header, pane or filter")
    func noColumns() throws {
        let xml = try #require(write([Worksheet(name: "Raw", columns: [], rows: [[.integer(1), .integer(2)]])])["xl/worksheets/sheet1.xml"])
        #expect(xml.contains("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row></sheetData>"))
        #expect(!xml.contains("<pane"))
        #expect(!xml.contains("<autoFilter"))
        #expect(!xml.contains("<cols>"))
        let empty = try #require(write([Worksheet(name: "Nothing", columns: [])])["xl/worksheets/sheet1.xml"])
        #expect(empty.contains("<dimension ref=\"A1\"/>"))
        #expect(empty.contains("<sheetData></sheetData>"))
    }

    @Test("strings go through one deduplicated shared string table")
    func sharedStringTable() throws {
        let parts = try write([
            sheet([[.text("好评")], [.text("差评")], [.text("好评")]], columns: [WorksheetColumn(title: "差评")]),
            Worksheet(name: "Two", columns: [WorksheetColumn(title: "好评")], rows: [[.text("新")]]),
        ])
        let sst = try #require(parts["xl/sharedStrings.xml"])
        #expect(sst.contains("count=\"6\" uniqueCount=\"3\""))
        #expect(try sharedStrings(sst) == ["差评", "好评", "新"])
        #expect(parts["xl/worksheets/sheet1.xml"]!.contains(
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c></row><row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c></row>"))
        #expect(parts["xl/worksheets/sheet2.xml"]!.contains("<c r=\"A1\" s=\"1\" t=\"s\"><v>1</v></c>"))
    }

    @Test("sheet names follow Excel's rules", arguments: [
        ("Complaints", "Complaints"),
        ("投诉队列", "投诉队列"),
        ("a/b\\c[d]:e*f?g", "a_b_c_d__e_f_g"),
        ("物流/破损？", "物流_破损？"),
        ("'quoted'", "quoted"),
        ("it's fine", "it's fine"),
        ("'''", ""),
        ("", ""),
        ("tab\there\u{7}", "tabhere"),
        ("A sheet name that is much too long for Excel", "A sheet name that is much too l"),
        (String(repeating: "差", count: 40), String(repeating: "差", count: 31)),
        (String(repeating: "a", count: 30) + "😀b", String(repeating: "a", count: 30)),
        (String(repeating: "a", count: 29) + "😀b", String(repeating: "a", count: 29) + "😀"),
        (String(repeating: "𠀀", count: 16), String(repeating: "𠀀", count: 15)),
        (String(repeating: "x", count: 30) + "'y", String(repeating: "x", count: 30)),
    ])
    func sheetName(raw: String, expected: String) {
        let name = XLSXWriter.sheetName(raw)
        #expect(name == expected)
        #expect(name.utf16.count <= 31)
    }

    @Test("sheet names are made distinct, case-insensitively, within 31 characters", arguments: [
        (["Queue", "queue", "QUEUE"], ["Queue", "queue (2)", "QUEUE (3)"]),
        (["投诉", "投诉", "物流"], ["投诉", "投诉 (2)", "物流"]),
        (["", "[]"], ["Sheet1", "__"]),
        (["", "'"], ["Sheet1", "Sheet2"]),
        (["Sheet2", ""], ["Sheet2", "Sheet2 (2)"]),
        (["History", "history"], ["History (2)", "history (3)"]),
        (["a/b", "a:b", "a?b"], ["a_b", "a_b (2)", "a_b (3)"]),
        ([String(repeating: "a", count: 31), String(repeating: "A", count: 31)],
         [String(repeating: "a", count: 31), String(repeating: "A", count: 27) + " (2)"]),
        ([String(repeating: "售", count: 35), String(repeating: "售", count: 35)],
         [String(repeating: "售", count: 31), String(repeating: "售", count: 27) + " (2)"]),
        (["Straße", "STRASSE"], ["Straße", "STRASSE"]),
        (["Ärger", "ärger"], ["Ärger", "ärger (2)"]),
    ])
    func uniqueSheetNames(names: [String], expected: [String]) {
        let result = XLSXWriter.sheetNames(names)
        #expect(result == expected)
        #expect(result.allSatisfy { $0.utf16.count <= 31 && !$0.isEmpty })
    }

    @Test("ten duplicates count up to (10)")
    func manyDuplicates() {
        let names = XLSXWriter.sheetNames(Array(repeating: String(repeating: "z", count: 31), count: 10))
        #expect(Set(names.map { $0.lowercased() }).count == 10)
        #expect(names.last == String(repeating: "z", count: 26) + " (10)")
    }

    @Test("the workbook uses the cleaned names, escaped")
    func workbookNames() throws {
        let parts = try write([
            Worksheet(name: "R&D <\"x\">", columns: [WorksheetColumn(title: "A")]),
            Worksheet(name: "退货/退款", columns: [WorksheetColumn(title: "A")]),
            Worksheet(name: "it's", columns: [WorksheetColumn(title: "A")]),
        ])
        let book = try #require(parts["xl/workbook.xml"])
        #expect(book.contains("<sheet name=\"R&amp;D &lt;&quot;x&quot;&gt;\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(book.contains("<sheet name=\"退货_退款\" sheetId=\"2\" r:id=\"rId2\"/>"))
        #expect(book.contains("localSheetId=\"2\" hidden=\"1\">&apos;it&apos;&apos;s&apos;!$A$1:$A$1</definedName>"))
        #expect(wellFormed(book))
    }

    @Test("text is escaped, forbidden characters dropped, spaces kept", arguments: [
        ("<b>\"Tom\" & 'Jerry'</b>", "&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;", "<b>\"Tom\" & 'Jerry'</b>"),
        ("tab\tand\nnewline", "tab\tand\nnewline", "tab\tand\nnewline"),
        ("crlf\r\nend", "crlf&#13;\nend", "crlf\r\nend"),
        ("  两端空格 ", "  两端空格 ", "  两端空格 "),
        ("literal _x000D_ and _x41_", "literal _x005F_x000D_ and _x41_", "literal _x005F_x000D_ and _x41_"),
        ("emoji 😀 and 𠀀", "emoji 😀 and 𠀀", "emoji 😀 and 𠀀"),
    ])
    func escaping(text: String, xml: String, parsed: String) throws {
        let sst = try #require(write([sheet([[.text(text)]])])["xl/sharedStrings.xml"])
        let preserve = text.first == " " || text.last == " "
        #expect(sst.contains(preserve ? "<si><t xml:space=\"preserve\">\(xml)</t></si>" : "<si><t>\(xml)</t></si>"))
        // Raw CR becomes LF when parsed; the character reference keeps it.
        #expect(try sharedStrings(sst).last == parsed)
    }

    /// Not a parameterized case: test names would print the control characters.
    @Test("characters XML forbids are dropped; text of only those leaves the cell empty")
    func forbiddenCharacters() throws {
        let parts = try write([sheet([[.text("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}\u{7F}")], [.text("\u{1}\u{2}"), .text("")]])])
        let sst = try #require(parts["xl/sharedStrings.xml"])
        #expect(sst.contains("<si><t>abcd\u{7F}</t></si>"))
        #expect(try sharedStrings(sst) == ["A", "abcd\u{7F}"])
        #expect(parts["xl/worksheets/sheet1.xml"]!.contains("<row r=\"3\"></row>"))
    }

    @Test("text that looks like a formula stays a plain string", arguments: [
        "=1+1", "=HYPERLINK(\"http://evil\",\"点我\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\t=1", "=差评",
    ])
    func formulaText(text: String) throws {
        let parts = try write([sheet([[.text(text)]])])
        let xml = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(!xml.contains("<f>") && !xml.contains("<f "))
        #expect(xml.contains("<c r=\"A2\" t=\"s\"><v>1</v></c>"))
        #expect(try sharedStrings(parts["xl/sharedStrings.xml"]!) == ["A", text])
    }

    @Test("dates are Excel serial days (1900 system)", arguments: [
        (2026, 11, 27, 46353),
        (1970, 1, 1, 25569),
        (1900, 3, 1, 61),
        (1900, 2, 28, 59),
        (1900, 1, 1, 1),
        (2000, 2, 29, 36585),
        (9999, 12, 31, 2_958_465),
    ])
    func dateSerial(year: Int, month: Int, day: Int, serial: Int) throws {
        let xml = try #require(write([sheet([[.date(year: year, month: month, day: day)]])])["xl/worksheets/sheet1.xml"])
        #expect(xml.contains("<c r=\"A2\" s=\"2\"><v>\(serial)</v></c>"))
        guard year * 10000 + month * 100 + day >= 1900_03_01 else { return }
        // From 1900-03-01 on, a serial is the plain count of days since 1899-12-30.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let epoch = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))!
        let date = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        #expect(calendar.dateComponents([.day], from: epoch, to: date).day == serial)
    }

    @Test("dates get the yyyy-mm-dd style; dates Excel cannot show are text; impossible dates throw")
    func dateCells() throws {
        let parts = try write([sheet([[.date(year: 1899, month: 12, day: 31)], [.date(year: 10000, month: 1, day: 1)]])])
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains("<numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/>"))
        #expect(styles.contains("<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"))
        #expect(try sharedStrings(parts["xl/sharedStrings.xml"]!) == ["A", "1899-12-31", "10000-01-01"])
        #expect(throws: XLSXError.invalidDate(sheet: "S", cell: "B3", year: 2026, month: 2, day: 30)) {
            try XLSXWriter.data(Workbook(sheets: [sheet([[], [.empty, .date(year: 2026, month: 2, day: 30)]])]))
        }
    }

    @Test("integers and numbers are numeric cells", arguments: [
        (Cell.integer(42), "<v>42</v>"),
        (.integer(-7), "<v>-7</v>"),
        (.integer(Int.max), "<v>9223372036854775807</v>"),
        (.number(4.5), "<v>4.5</v>"),
        (.number(3), "<v>3</v>"),
        (.number(-0.0), "<v>0</v>"),
        (.number(0.1), "<v>0.1</v>"),
        (.number(1e-5), "<v>1e-05</v>"),
        (.number(1.5e300), "<v>1.5e+300</v>"),
    ])
    func numbers(cell: Cell, value: String) throws {
        let xml = try #require(write([sheet([[cell]])])["xl/worksheets/sheet1.xml"])
        #expect(xml.contains("<c r=\"A2\">\(value)</c>"))
    }

    @Test("a non-finite number is an error naming the cell", arguments: [Double.nan, .infinity, -.infinity])
    func nonFinite(value: Double) {
        #expect(throws: XLSXError.nonFiniteNumber(sheet: "S", cell: "A2")) {
            try XLSXWriter.data(Workbook(sheets: [sheet([[.number(value)]])]))
        }
    }

    @Test("column names", arguments: [
        (0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"),
        (16383, "XFD"),
    ])
    func columnName(index: Int, name: String) {
        #expect(XLSXWriter.columnName(index) == name)
    }

    @Test("cells beyond Z get two-letter references")
    func wideSheet() throws {
        let columns = (0..<30).map { WorksheetColumn(title: "c\($0)") }
        let xml = try #require(write([sheet([(0..<30).map { .integer($0) }], columns: columns)])["xl/worksheets/sheet1.xml"])
        #expect(xml.contains("<c r=\"Z2\"><v>25</v></c><c r=\"AA2\"><v>26</v></c><c r=\"AB2\"><v>27</v></c>"))
        #expect(xml.contains("<c r=\"AD1\" s=\"1\" t=\"s\">"))
        #expect(xml.contains("<autoFilter ref=\"A1:AD2\"/>"))
        #expect(xml.contains("<dimension ref=\"A1:AD2\"/>"))
    }

    /// Texts as `repeat × count + tail`, to keep the test names short.
    @Test("text longer than 32 767 characters is cut, ending with …", arguments: [
        ("a", 40_000, "", 32_766, "…"),
        ("b", 32_767, "", 32_767, ""),
        ("差", 32_768, "", 32_766, "…"),
        ("c", 32_765, "😀😀", 32_765, "…"),
        ("d", 32_765, "😀", 32_765, "😀"),
    ])
    func longText(unit: String, count: Int, tail: String, keptUnits: Int, end: String) throws {
        let text = String(repeating: unit, count: count) + tail
        let written = try sharedStrings(try #require(write([sheet([[.text(text)]])])["xl/sharedStrings.xml"])).last
        #expect(written == String(repeating: unit, count: keptUnits) + end)
        #expect((written?.utf16.count ?? 0) <= 32_767)
    }

    @Test("wrap columns wrap their cells; other columns do not; rows may be ragged")
    func wrapAndRagged() throws {
        let columns = [WorksheetColumn(title: "id", width: 10), WorksheetColumn(title: "review", width: 50.5, wrap: true)]
        let xml = try #require(write([sheet([[.text("1"), .text("长评"), .integer(9)], [.empty, .integer(5)], []],
                                            columns: columns)])["xl/worksheets/sheet1.xml"])
        #expect(xml.contains("<col min=\"2\" max=\"2\" width=\"50.5\" customWidth=\"1\" style=\"3\"/>"))
        #expect(xml.contains("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"3\" t=\"s\"><v>3</v></c><c r=\"C2\"><v>9</v></c></row>"))
        #expect(xml.contains("<row r=\"3\"><c r=\"B3\" s=\"3\"><v>5</v></c></row><row r=\"4\"></row>"))
        #expect(xml.contains("<autoFilter ref=\"A1:C4\"/>"))
    }

    @Test("widths are clamped to what Excel accepts", arguments: [
        (-3.0, "0"), (300, "255"), (Double.nan, "12"), (8.43, "8.43"),
    ])
    func widths(width: Double, written: String) throws {
        let xml = try #require(write([sheet([], columns: [WorksheetColumn(title: "w", width: width)])])["xl/worksheets/sheet1.xml"])
        #expect(xml.contains("<col min=\"1\" max=\"1\" width=\"\(written)\" customWidth=\"1\"/>"))
    }

    @Test("only the first sheet is selected")
    func selection() throws {
        let parts = try write([sheet([]), sheet([])])
        #expect(parts["xl/worksheets/sheet1.xml"]!.contains("<sheetView tabSelected=\"1\" workbookViewId=\"0\">"))
        #expect(parts["xl/worksheets/sheet2.xml"]!.contains("<sheetView workbookViewId=\"0\">"))
        #expect(parts["xl/workbook.xml"]!.contains("<sheet name=\"S (2)\" sheetId=\"2\" r:id=\"rId2\"/>"))
    }

    @Test("sheets beyond Excel's size are errors")
    func limits() {
        let tall = Worksheet(name: "Tall", columns: [WorksheetColumn(title: "A")],
                             rows: Array(repeating: [], count: XLSXWriter.maximumRows))
        #expect(throws: XLSXError.tooManyRows(sheet: "Tall", rows: 1_048_577)) {
            try XLSXWriter.data(Workbook(sheets: [tall]))
        }
        let wide = Worksheet(name: "Wide", columns: [], rows: [Array(repeating: .integer(1), count: 16_385)])
        #expect(throws: XLSXError.tooManyColumns(sheet: "Wide", columns: 16_385)) {
            try XLSXWriter.data(Workbook(sheets: [wide]))
        }
        #expect(XLSXError.tooManyRows(sheet: "Tall", rows: 1_048_577).description
                == "sheet 'Tall' has 1048577 rows; Excel allows at most 1048576")
    }

    @Test("the same workbook gives the same bytes")
    func deterministic() throws {
        #expect(try XLSXWriter.data(sampleWorkbook) == XLSXWriter.data(sampleWorkbook))
    }

    @Test("convenience cells")
    func convenience() {
        #expect(Cell.text(orEmpty: nil) == .empty)
        #expect(Cell.text(orEmpty: "") == .empty)
        #expect(Cell.text(orEmpty: "x") == .text("x"))
    }

    /// Writes the sample workbook to `$XLSX_SAMPLE_OUT`, for checking with other readers
    /// (openpyxl, LibreOffice); skipped otherwise.
    @Test("sample for outside readers", .enabled(if: ProcessInfo.processInfo.environment["XLSX_SAMPLE_OUT"] != nil))
    func sampleForConsumers() throws {
        let path = try #require(ProcessInfo.processInfo.environment["XLSX_SAMPLE_OUT"])
        try Data(XLSXWriter.data(sampleWorkbook)).write(to: URL(fileURLWithPath: path))
    }
}
