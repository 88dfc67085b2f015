import Testing
@testable import Records

@Suite struct ReviewTableReaderTests {
    /// Every row's line and text, and the problems' lines.
    func read(_ text: String, ext: String, options: ReviewTableOptions = ReviewTableOptions()) throws -> (rows: [(Int, String?)], problems: [Int]) {
        var reader = try ReviewTableReader(source: ArrayChunkSource(text), file: "in.\(ext)", fileExtension: ext, options: options)
        var rows: [(Int, String?)] = [], problems: [Int] = []
        while let o = try reader.next() {
            switch o {
            case .record(let r): rows.append((r.line, r.text))
            case .problem(let p): problems.append(p.line)
            }
        }
        return (rows, problems)
    }

    @Test("a plain list of texts is read one review per line, its first line included", arguments: [
        ("还没收到货，发货太慢了\n盒子都压扁了\nArrived smashed, box was crushed.\n", "txt"),
        ("Never showed up\r\nRuns tiny, had to return it\r\n質量很差\r\n", "txt"),
        ("Never showed up\nRuns tiny, had to return it\n質量很差", "tsv"),
    ])
    func plainList(text: String, ext: String) throws {
        let (rows, problems) = try read(text, ext: ext)
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.filter { !$0.isEmpty }.map(String.init)
        #expect(problems.isEmpty)
        #expect(rows.map(\.0) == Array(1...lines.count))
        #expect(rows.map(\.1) == lines)
    }

    @Test("a one-column file with a header names its column", arguments: ["text\nNever showed up\nRuns tiny\n", "评价内容\n没收到货\n发错了\n"])
    func oneColumnWithHeader(text: String) throws {
        let (rows, _) = try read(text, ext: "tsv")
        #expect(rows.map(\.0) == [2, 3])
    }

    @Test func oneColumnWithoutHeaderNeedsNoColumnFlag() throws {
        let (rows, _) = try read("Never showed up\nRuns tiny\n", ext: "tsv", options: ReviewTableOptions(hasHeader: false))
        #expect(rows.map(\.1) == ["Never showed up", "Runs tiny"])
    }

    @Test func severalColumnsWithoutATextColumnAreStillRefused() throws {
        #expect(throws: RecordsError.self) { try read("Date\tStars\n2026-01-01\t1\n", ext: "tsv") }
        // An override names the column: no guessing then.
        #expect(throws: RecordsError.self) {
            try read("Never showed up\nRuns tiny\n", ext: "txt", options: ReviewTableOptions(overrides: [ColumnOverride(role: .text, target: .header("Comments"))]))
        }
    }
}
