import CLITestSupport
import Foundation
import Testing

/// README's main command on the sample seller: it must run cleanly, and its numbers must hold together.
@Suite struct SampleSellerTests {
    static let inputs = ["--orders", "fixtures/sample/orders.tsv", "--feedback", "fixtures/sample/feedback.tsv",
                         "--claims", "fixtures/sample/claims.tsv", "--chargebacks", "fixtures/sample/chargebacks.tsv",
                         "--returns", "fixtures/sample/returns.tsv", "--shipments", "fixtures/sample/shipments.tsv"]

    @Test func attributeRunsCleanlyAndAddsUp() throws {
        let r = try CLIRunner.run(["attribute"] + Self.inputs + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("rejected"), "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let odr = try #require((json["odr"] as? [String: Any])?["all"] as? [String: Any])
        let rate = try #require(odr["rate"] as? Double)
        #expect(rate > 0.01, "the sample seller has a problem worth looking at")
        let contributions = try #require(json["contributions"] as? [[String: Any]])
        let sum = contributions.compactMap { $0["rate"] as? Double }.reduce(0, +)
        #expect(abs(sum - rate) < 1e-12, "contributions add up to the ODR")
        #expect(contributions.filter { ($0["rate"] as? Double ?? 0) > 0 }.count >= 5)
    }

    @Test func classifyReadsEveryRow() throws {
        let r = try CLIRunner.run(["classify", "fixtures/sample/feedback.tsv", "fixtures/sample/taobao-reviews.csv", "--output-format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("85 rows read, 85 classified, 0 rejected"))
    }
}
