import CLITestSupport
import Testing
@testable import Records

/// Fuzz-style checks of ``DelimitedRecordReader`` against ``CSVWriter``: random rows with quotes,
/// commas, tabs, line ends and Chinese text, mixed with deliberately broken rows.
@Suite("Delimited round trip (fuzz)")
struct DelimitedRoundTripFuzzTests {
    static let pieces: [String] = ["a", "b", "xyz", " ", ",", "\"", "\"\"", "\t", "\n", "\r\n", "好评", "物流太慢",
                                   "5\" screen", "=SUM(A1)", "-", "退款", "😀", "''", ";", "\r"]

    static func randomField(_ rng: inout SplitMix64) -> String {
        let n = Int.random(in: 0...4, using: &rng)
        return (0..<n).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test("rows in = good rows + problem rows; good rows round-trip", arguments: [
        (TableFormat.csv, UInt64(1)), (.csv, 2), (.csv, 3), (.tsv, 4), (.tsv, 5),
    ])
    func fuzz(format: TableFormat, seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let width = Int.random(in: 2...7, using: &rng)
        var writer = CSVWriter(options: .init(format: format, protectFormulas: false,
                                              lineEnd: Bool.random(using: &rng) ? "\r\n" : "\n"))
        writer.writeRow((0..<width).map { "列\($0)" })
        var text = writer.takeOutput()
        var expectedGood: [[String]] = []
        var badRows = 0
        let delimiter = format == .tsv ? "\t" : ","
        for _ in 0..<400 {
            let kind = Int.random(in: 0..<10, using: &rng)
            if kind == 0 {
                // Wrong field count, one line, no quotes or line ends.
                let count = Bool.random(using: &rng) ? width - 1 : width + 2
                let fields = (0..<count).map { "f\($0)短" }
                text += Array((fields.joined(separator: delimiter) + "\n").utf8)
                badRows += 1
            } else if kind == 1, format == .csv {
                // A stray opening quote: never closed properly.
                var fields = (0..<width).map { "g\($0)" }
                fields[Int.random(in: 0..<width, using: &rng)] = "\"stray 引号"
                text += Array((fields.joined(separator: delimiter) + "\n").utf8)
                badRows += 1
                // Then plain rows, as in a real file. (A random row right after a stray quote could
                // legitimately close it: `x,"stray` + `",…` is a valid multi-line field.)
                for k in 0..<3 {
                    let plain = (0..<width).map { "普通\($0)row\(k)" }
                    writer.writeRow(plain)
                    text += writer.takeOutput()
                    expectedGood.append(plain)
                }
            } else {
                let fields = (0..<width).map { _ in Self.randomField(&rng) }
                writer.writeRow(fields)
                text += writer.takeOutput()
                // A row of one empty field is a blank line: the reader skips it.
                if width == 1 && fields[0].isEmpty { continue }
                expectedGood.append(fields)
            }
        }
        for chunk in [1 << 20, 5] {
            var reader = DelimitedRecordReader(ArrayChunkSource(text, chunkSize: chunk),
                                               options: DelimitedReaderOptions(format: format))
            _ = try reader.readHeader()
            var good: [[String]] = []
            var problems: [RecordProblem] = []
            while let outcome = try reader.next() {
                switch outcome {
                case .record(let r): good.append(r.fields)
                case .problem(let p): problems.append(p)
                }
            }
            #expect(good.count + problems.count == expectedGood.count + badRows)
            #expect(problems.count == badRows)
            let firstDifference = zip(good, expectedGood).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(firstDifference == nil, "first difference at good row \(firstDifference?.offset ?? -1): \(String(describing: firstDifference?.element))")
            #expect(good.count == expectedGood.count)
        }
    }

    @Test("line numbers of records match the physical lines written")
    func lineNumbers() throws {
        var rng = SplitMix64(seed: 99)
        var writer = CSVWriter(options: .init(protectFormulas: false, lineEnd: "\n"))
        writer.writeRow(["a", "b"])
        var line = 2
        var starts: [Int] = []
        for _ in 0..<200 {
            let fields = [Self.randomField(&rng), "x"]
            writer.writeRow(fields)
            starts.append(line)
            line += 1 + fields[0].utf8.filter { $0 == 0x0A || $0 == 0x0D }.count
                - fields[0].utf8.indices.filter { i in
                    fields[0].utf8[i] == 0x0D && fields[0].utf8.index(after: i) < fields[0].utf8.endIndex
                        && fields[0].utf8[fields[0].utf8.index(after: i)] == 0x0A
                }.count
        }
        let (_, records, problems) = try readDelimited(String(decoding: writer.output, as: UTF8.self))
        #expect(problems.isEmpty)
        #expect(records.map(\.line) == starts)
    }
}
