import Foundation
import CLITestSupport
import Testing

/// Runs the built binary on the fixture and compares its JSON with fixtures/odr/expected.
@Suite struct AttributeCommandTests {
    static let args = ["attribute", "--lexicons", "fixtures/lexicons/mini", "--return-reasons", "lexicons/return-reasons.tsv",
                       "--orders", "fixtures/odr/orders.tsv", "--feedback", "fixtures/odr/feedback.jsonl",
                       "--claims", "fixtures/odr/claims.tsv", "--chargebacks", "fixtures/odr/chargebacks.tsv",
                       "--returns", "fixtures/odr/returns.tsv", "--shipments", "fixtures/odr/shipments.tsv",
                       "--as-of", "2026-07-10", "--days", "10", "--quiet", "--allow-rejects"]

    @Test func goldenJSON() throws {
        let r = try CLIRunner.run(Self.args + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        if let diff = CLIRunner.golden("attribute.json", r.stdout, in: "fixtures/odr/expected") { Issue.record("\(diff)") }
    }

    @Test func csvTable() throws {
        let r = try CLIRunner.run(Self.args + ["--format", "csv", "--table", "areas"])
        #expect(r.stdout.hasPrefix("area,weight,rate\nlogistics,2.0,0.3333333333333333\n"))
    }

    /// The fixture's orders file has two bad rows: exit code 1 unless --allow-rejects.
    @Test func rejectedRowsExitWith1() throws {
        let r = try CLIRunner.run(Self.args.filter { $0 != "--allow-rejects" } + ["--format", "json"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("fixtures/odr/orders.tsv"))
    }

    /// A claims table with its own headers: mapped with --claims-column, and named in the error without.
    @Test func columnsOfOtherInputs() throws {
        let dir = NSTemporaryDirectory() + "odrlens-columns-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let claims = dir + "/claims.tsv"
        try "Ref\tOpened\tState\tWhy\n111-1000002-0000002\t2026-11-25\tOpen\tThe kettle does not work\n".write(toFile: claims, atomically: true, encoding: .utf8)
        let base = ["attribute", "--orders", "fixtures/export/orders.tsv", "--claims", claims, "--format", "json", "-q"]
        let bad = try CLIRunner.run(base)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("choose one with --claims-column orderID=HEADER"))
        let good = try CLIRunner.run(base + ["--claims-column", "orderID=Ref", "--claims-column", "status=State", "--claims-column", "reason=Why"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.contains("\"claims\":0.1"))
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try CLIRunner.run(["attribute", "--orders", "fixtures/odr/orders.tsv", "--format", "csv"]).status == 2)
        #expect(try CLIRunner.run(["attribute", "--lexicons", "fixtures/lexicons/mini", "--orders", "/nonexistent.tsv"]).status == 2)
    }
}
