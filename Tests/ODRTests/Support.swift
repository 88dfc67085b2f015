import CLITestSupport
import Pipeline
import Foundation
import Lexicon
@testable import ODR

/// Paths and runs shared by the tests.
enum Support {
    static let root: String = CLIRunner.root
    static let fixtures = root + "/fixtures/odr/"

    static let lexicon: Lexicon = try! LexiconLoader.load(directory: root + "/fixtures/lexicons/mini").0

    static func inputs(_ dir: String = fixtures, ext: String = "tsv") -> AttributeInputs {
        var i = AttributeInputs(orders: dir + "orders." + ext)
        i.feedback = [dir + "feedback.jsonl"]
        i.claims = [dir + "claims." + ext]
        i.chargebacks = [dir + "chargebacks." + ext]
        i.returns = [dir + "returns." + ext]
        i.shipments = [dir + "shipments." + ext]
        i.returnReasons = root + "/lexicons/return-reasons.tsv"
        return i
    }

    static func options(asOf: String = "2026-07-10", days: Int = 10, lag: Int = 0) -> AttributeOptions {
        var o = AttributeOptions()
        o.asOf = DayParser(format: nil).day(asOf)
        o.days = days
        o.lag = lag
        return o
    }

    static func run(_ inputs: AttributeInputs, _ options: AttributeOptions, jobs: Int = 2) throws -> (ODRReport, [Reject]) {
        try AttributeRun(lexicon: lexicon, inputs: inputs, options: options, jobs: jobs).run()
    }

    /// One folder for this test process's files, removed when the process ends.
    static let scratchRoot: String = {
        let dir = NSTemporaryDirectory() + "odrlens-odr-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "odrlens-odr-tests-\(getpid())") }
        return dir
    }()

    /// A temporary directory with the fixture files rewritten by `transform` (data rows only).
    static func rewritten(_ transform: ([String]) -> [String]) throws -> String {
        let dir = scratchRoot + "/\(UUID().uuidString)/"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in ["orders.tsv", "feedback.jsonl", "claims.tsv", "chargebacks.tsv", "returns.tsv", "shipments.tsv"] {
            let text = try String(contentsOfFile: fixtures + name, encoding: .utf8)
            var lines = text.split(separator: "\n").map(String.init)
            let header = name.hasSuffix(".jsonl") ? [] : [lines.removeFirst()]
            try ((header + transform(lines)).joined(separator: "\n") + "\n").write(toFile: dir + name, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// Every summed quantity of the report that must not change with row order or duplication.
    static func fingerprint(_ r: ODRReport) -> String {
        var s = r.odr.map { "\($0.channel) \($0.orders) \($0.defective) \($0.negativeFeedback) \($0.claims) \($0.chargebacks)" }.joined(separator: "|")
        s += r.contributions.map { "\($0.key)=\($0.units)" }.joined(separator: ",")
        s += r.areas.map { "\($0.key)=\($0.units)" }.joined(separator: ",")
        for (name, rows) in r.by { s += name + rows.map { "\($0.key):\($0.orders)/\($0.defective)/\($0.contributionUnits)" }.joined(separator: ",") }
        s += r.whatIf.map { "\($0.fix)\($0.saved)" }.joined(separator: ",")
        s += r.removalCandidates.map { "\($0.orderID)\($0.reason)" }.joined(separator: ",")
        s += r.trend.map { "\($0.orders)/\($0.defective)" }.joined(separator: ",")
        s += r.crossCheck.map { "\($0.carrier)\($0.complaints)\($0.confirmedLate)" }.joined(separator: ",")
        return s
    }
}
