import CLITestSupport
import Foundation
import Testing

/// End-to-end golden tests of `odrlens classify` on the fixtures, with the small test lexicon
/// (so that the outputs change only when the tool does, not when the shipped lexicons are tuned).
@Suite(.serialized) struct ClassifyCommandTests {
    static let lex = ["--lexicons", "fixtures/lexicons/mini"]

    @Test("golden outputs", arguments: [
        ("amazon-feedback-6col", ["fixtures/cli/amazon-feedback-6col.tsv"], 0),
        ("amazon-feedback-9col", ["fixtures/cli/amazon-feedback-9col-latin1.tsv"], 0),
        ("fba-returns", ["fixtures/cli/fba-returns.tsv"], 0),
        ("taobao-gbk", ["fixtures/cli/taobao-gbk.csv"], 0),
        ("dump-jsonl", ["fixtures/cli/dump.jsonl"], 0),
        ("dump-csv", ["fixtures/cli/dump.jsonl", "--output-format", "csv"], 0),
        ("several-files", ["fixtures/cli/amazon-feedback-6col.tsv", "fixtures/cli/taobao-gbk.csv"], 0),
        ("no-header", ["fixtures/cli/no-header.tsv", "--no-header", "--column", "text=3", "--column", "rating=2", "--column", "date=1"], 0),
        ("malformed", ["fixtures/cli/malformed.csv"], 1),
        ("malformed-allowed", ["fixtures/cli/malformed.csv", "--allow-rejects"], 0),
        ("text", ["--text", "還沒收到貨，發貨太慢了😡", "--rating", "1"], 0),
    ])
    func golden(name: String, args: [String], status: Int32) throws {
        let r = try CLIRunner.run(["classify", "--quiet"] + Self.lex + args)
        #expect(r.status == status, "\(r.stderr)")
        #expect(CLIRunner.golden("classify-\(name).out", r.stdout) == nil)
        #expect(CLIRunner.golden("classify-\(name).err", r.stderr) == nil)
    }

    @Test func standardInput() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.root + "/fixtures/cli/taobao-gbk.csv"))
        let r = try CLIRunner.run(["classify", "--quiet", "-"] + Self.lex, stdin: data)
        #expect(r.status == 0)
        let fromFile = try CLIRunner.run(["classify", "--quiet", "fixtures/cli/taobao-gbk.csv"] + Self.lex)
        #expect(r.stdout == fromFile.stdout.replacingOccurrences(of: "fixtures/cli/taobao-gbk.csv", with: "<stdin>"))
    }

    @Test func outputFileRejectsFileAndSummary() throws {
        let dir = NSTemporaryDirectory() + "odrlens-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out.csv"
        let r = try CLIRunner.run(["classify", "fixtures/cli/malformed.csv", "--out", out, "--excel"] + Self.lex)
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("odrlens: 10 rows read, 4 classified, 6 rejected (see \(dir)/out.rejects.tsv)"))
        let csv = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]), "--excel writes a BOM")
        let rejects = try String(contentsOfFile: dir + "/out.rejects.tsv", encoding: .utf8)
        #expect(rejects.hasPrefix("file\tline\treason\traw\n"))
        #expect(rejects.split(separator: "\n").count == 7)
        #expect(rejects.contains("fixtures/cli/malformed.csv\t3\tunbalanced quote\t"))
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["out.csv", "out.rejects.tsv"])
        // A clean run removes a stale rejects file.
        let r2 = try CLIRunner.run(["classify", "--quiet", "fixtures/cli/dump.jsonl", "--out", out] + Self.lex)
        #expect(r2.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.csv"])
    }

    @Test func rowsInEqualRowsClassifiedPlusRejected() throws {
        for file in ["malformed.csv", "amazon-feedback-6col.tsv", "taobao-gbk.csv", "dump.jsonl", "fba-returns.tsv"] {
            let r = try CLIRunner.run(["classify", "fixtures/cli/" + file] + Self.lex)
            let summary = try #require(r.stderr.split(separator: "\n").last { $0.hasPrefix("odrlens: ") })
            let numbers = summary.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .punctuationCharacters)) }
            #expect(numbers.count >= 3 && numbers[0] == numbers[1] + numbers[2], "\(summary)")
            let records = r.stdout.split(separator: "\n").count
            #expect(records == numbers[1])
        }
    }

    @Test func strictStopsAtTheFirstBadRow() throws {
        let r = try CLIRunner.run(["classify", "--strict", "fixtures/cli/malformed.csv"] + Self.lex)
        #expect(r.status == 1)
        #expect(r.stderr.contains("fixtures/cli/malformed.csv:3: error: unbalanced quote"))
        #expect(r.stderr.contains("stopped at the first bad row"))
    }

    @Test("usage and input errors exit 2 with a clear message", arguments: [
        (["classify"], "give input files"),
        (["classify", "fixtures/cli/nope.csv"], "fixtures/cli/nope.csv: cannot open"),
        (["classify", "fixtures/cli/fba-returns.tsv", "--column", "text=nope"], "nope"),
        (["classify", "fixtures/cli/no-header.tsv"], "no column for 'text'"),
        (["classify", "--text", "x", "--lexicons", "/nonexistent"], "not a lexicon directory"),
    ])
    func errors(args: [String], message: String) throws {
        let r = try CLIRunner.run(args + (args.contains("--lexicons") ? [] : Self.lex))
        #expect(r.status == 2, "status \(r.status): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func theShippedLexiconsAreFoundFromAnyDirectory() throws {
        let r = try CLIRunner.run(["classify", "--text", "物流太慢了"], directory: NSTemporaryDirectory())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("late_delivery"))
    }

    @Test func parallelOutputIsInInputOrder() throws {
        // Many rows, small batches, several workers: the order must still be the input's.
        var lines = "id,text\n"
        for i in 1...3000 { lines += "\(i),\(i % 2 == 0 ? "物流太慢了" : "box was crushed") \(i)\n" }
        let r = try CLIRunner.run(["classify", "--quiet", "--jobs", "4", "-", "--output-format", "tsv"] + Self.lex, stdin: Data(lines.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stdout.isEmpty, "stderr: \(r.stderr.prefix(500)), input \(lines.utf8.count) bytes")
        let ids = r.stdout.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: "\t")[0]) }
        #expect(ids.count == 3000)
        #expect(ids.elementsEqual((1...3000).map { String($0) }), "rows out of order")
    }
}
