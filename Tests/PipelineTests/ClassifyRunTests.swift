import CLITestSupport
import Foundation
import Synchronization
import Testing
import Classifier
import Lexicon
import Records
@testable import Pipeline

/// The run's invariant — rows read = rows classified + rows rejected — on fixtures and on
/// generated messy files, with every output row accounted for and in input order.
@Suite struct ClassifyRunTests {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
    static let lexicon = try! LexiconLoader.load(directory: root + "/fixtures/lexicons/mini").0

    final class Sink: Sendable {
        let bytes = Mutex<[UInt8]>([])
        let rejects = Mutex<[Reject]>([])
    }

    func run(_ paths: [String], jobs: Int = 2, batch: Int = 7) throws -> (RunSummary, [String], [Reject]) {
        let sink = Sink()
        let run = ClassifyRun(lexicon: Self.lexicon, options: .init(inputs: paths, jobs: jobs, batchSize: batch),
                              renderer: ReviewRecordRenderer(format: .jsonl))
        let summary = try run.run(output: { b in sink.bytes.withLock { $0 += b } }, reject: { r in sink.rejects.withLock { $0.append(r) } })
        let lines = String(decoding: sink.bytes.withLock { $0 }, as: UTF8.self).split(separator: "\n").map(String.init)
        return (summary, lines, sink.rejects.withLock { $0 })
    }

    @Test("fixtures", arguments: ["amazon-feedback-6col.tsv", "amazon-feedback-9col-latin1.tsv", "fba-returns.tsv",
                                  "taobao-gbk.csv", "dump.jsonl", "malformed.csv"])
    func fixtureInvariant(file: String) throws {
        let (s, lines, rejects) = try run([Self.root + "/fixtures/cli/" + file])
        #expect(s.read == s.classified + s.rejected)
        #expect(lines.count == s.classified)
        #expect(rejects.count == s.rejected)
    }

    /// Random rows in random layouts with every kind of damage; the invariant must hold and the
    /// good rows must come out in order.
    @Test("fuzzed files", arguments: 1...12)
    func fuzz(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let pieces = ["物流太慢", "box was crushed", "好评", "never arrived", "发错货了", "ok", "", "\"", "\"\"", ",", "\t", "\n", "\r\n",
                      "😡", "=cmd()", "包装完好", "Ünïcödé", "a,b", "\"quoted, field\""]
        var text = "id,rating,date,text\n"
        var goodIDs: [String] = []
        for i in 0..<Int(rng.next() % 200 + 50) {
            let damage = rng.next() % 8
            var body = (0..<Int(rng.next() % 4 + 1)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined(separator: " ")
            switch damage {
            case 0: text += "\(i),3,2026-11-01,\"\(body)\n"                      // unbalanced quote
            case 1: text += "\(i),3,2026-11-01,x,y,z\n"                          // too many fields
            case 2: text += "\(i),nine,2026-11-01,text\n"                        // bad rating
            case 3: text += "\(i),2,2026-13-45,text\n"                           // bad date
            default:
                body = body.replacingOccurrences(of: "\"", with: "\"\"")
                if body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { body = "fine" }
                text += "\(i),\(rng.next() % 5 + 1),2026-11-0\(rng.next() % 9 + 1),\"\(body)\"\n"
                goodIDs.append(String(i))
            }
        }
        let path = NSTemporaryDirectory() + "odrlens-fuzz-\(seed)-\(UUID().uuidString).csv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for jobs in [1, 3] {
            let (s, lines, rejects) = try run([path], jobs: jobs)
            #expect(s.read == s.classified + s.rejected, "seed \(seed)")
            #expect(lines.count == s.classified)
            #expect(rejects.count == s.rejected)
            // Output ids are increasing: input order is kept.
            let ids = lines.compactMap { l -> Int? in
                guard let r = l.range(of: "\"id\":\"") else { return nil }
                return Int(l[r.upperBound...].prefix { $0.isNumber })
            }
            #expect(ids == ids.sorted(), "seed \(seed): output out of order")
            // Every well-formed row survives (a stray quote may take at most its own row).
            #expect(Set(goodIDs).subtracting(ids.map(String.init)).count <= rejects.filter { $0.reason.contains("quote") }.count * 2)
        }
    }

    /// What the run must produce, the slow way: one thread reads and interprets every row
    /// (``ReviewTableReader/next()``), then classifies and renders it.
    func sequential(_ path: String) throws -> ([UInt8], [Reject]) {
        let source = try DecodedChunkSource(path: path)
        var reader = try ReviewTableReader(source: source, file: path, fileExtension: "jsonl")
        let classifier = try Classifier(lexicon: Self.lexicon)
        let renderer = ReviewRecordRenderer(format: .jsonl)
        var bytes: [UInt8] = [], rejects: [Reject] = []
        while let o = try reader.next() {
            switch o {
            case .record(let row) where source.reader.hasInvalidBytes(onLines: row.line...row.line):
                rejects.append(Reject(file: path, line: row.line, reason: "undecodable bytes in UTF-8 (replaced with U+FFFD)", raw: row.raw))
            case .record(let row):
                let c = classifier.classify(ReviewInput(title: row.title, text: row.text, followup: row.followUp, rating: row.rating))
                renderer.render(ClassifiedReview(row: row, classification: c), into: &bytes)
            case .problem(let p):
                rejects.append(Reject(file: path, line: p.line, reason: p.reason, raw: p.raw))
            }
        }
        return (bytes, rejects)
    }

    /// After the rows that decide the date format, JSON lines travel unparsed to the workers;
    /// whatever the jobs and batch size, the output and the rejects (reasons, lines, raw text) are
    /// those of reading every row on one thread — bad JSON, bad ratings and dates, empty texts,
    /// undecodable bytes, blank lines and CRLF anywhere in the file.
    @Test("JSON lines parsed by the workers give what one thread gives", arguments: 1...6)
    func deferredJSONLines(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let texts = ["物流太慢，等了十天", "box was crushed", "好评", "never arrived", "发错货了", "ok", "包装完好", "\\u7269\\u6d41\\u592a\\u6162",
                     "Ünïcödé 😡", "tab\\tand \\\"quote\\\""]
        var data = Data()
        for i in 0..<Int(rng.next() % 300 + 40) {
            let text = texts[Int(rng.next() % UInt64(texts.count))]
            let end = rng.next() % 5 == 0 ? "\r\n" : "\n"
            var line: String
            switch rng.next() % 12 {
            case 0: line = "{\"id\": \"\(i)\", \"text\": \"\(text)\""                       // unclosed object
            case 1: line = "{\"id\": \"\(i)\", \"rating\": \"nine\", \"text\": \"\(text)\"}"
            case 2: line = "{\"id\": \"\(i)\", \"date\": \"2026-13-45\", \"text\": \"\(text)\"}"
            case 3: line = "{\"id\": \"\(i)\", \"text\": \"   \"}"                             // empty text
            case 4: line = "   "                                                             // blank: skipped
            case 5:
                data.append(contentsOf: Array("{\"id\": \"\(i)\", \"text\": \"bad ".utf8) + [0xFF, 0xFE] + Array("bytes\"}\(end)".utf8))
                continue
            default:
                line = "{\"id\": \"\(i)\", \"rating\": \(rng.next() % 5 + 1), \"date\": \"2026-11-0\(rng.next() % 9 + 1)\", \"title\": \"t\", \"text\": \"\(text)\"}"
            }
            data.append(contentsOf: Array((line + end).utf8))
        }
        let path = NSTemporaryDirectory() + "odrlens-deferred-\(seed)-\(UUID().uuidString).jsonl"
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (expectedBytes, expectedRejects) = try sequential(path)
        let expectedLines = String(decoding: expectedBytes, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(!expectedRejects.isEmpty && expectedLines.count > 20)
        for (jobs, batch) in [(1, 1), (2, 7), (3, 256)] {
            let (s, lines, rejects) = try run([path], jobs: jobs, batch: batch)
            #expect(lines == expectedLines, "seed \(seed), jobs \(jobs), batch \(batch)")
            #expect(rejects == expectedRejects, "seed \(seed), jobs \(jobs), batch \(batch)")
            #expect(s.read == s.classified + s.rejected)
            #expect(s.rejected == expectedRejects.count)
        }
    }
}
