import CLITestSupport
import Foundation
import Testing
@testable import Report

/// Runs `odrlens report` and `odrlens attribute --format json` on the same inputs.
enum ReportRun {
    static let sample = ["--orders", "fixtures/sample/orders.tsv", "--feedback", "fixtures/sample/feedback.tsv",
                         "--claims", "fixtures/sample/claims.tsv", "--chargebacks", "fixtures/sample/chargebacks.tsv",
                         "--returns", "fixtures/sample/returns.tsv", "--shipments", "fixtures/sample/shipments.tsv"]
    static let export = ["--orders", "fixtures/export/orders.tsv", "--feedback", "fixtures/export/feedback.tsv",
                         "--claims", "fixtures/export/claims.tsv", "--chargebacks", "fixtures/export/chargebacks.tsv"]

    static func html(_ inputs: [String], _ extra: [String] = []) throws -> (String, CLIRunner.Result) {
        let dir = NSTemporaryDirectory() + "odrlens-report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let out = dir + "/report.html"
        let r = try CLIRunner.run(["report"] + inputs + extra + ["--out", out])
        return ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "", r)
    }

    static func json(_ inputs: [String]) throws -> [String: Any] {
        let r = try CLIRunner.run(["attribute"] + inputs + ["--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    }

    /// The text of the element carrying `attribute` (`data-odr="all"`).
    static func value(_ html: String, _ attribute: String) -> String? {
        guard let r = html.range(of: attribute + ">") else { return nil }
        let rest = html[r.upperBound...]
        return rest.firstIndex(of: "<").map { String(rest[..<$0]) }
    }
}

@Suite struct ReportCommandTests {
    @Test func selfContained() throws {
        let (html, r) = try ReportRun.html(ReportRun.sample)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("report written to"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("@import") && !html.contains("url("))
        // No src or href pointing anywhere: nothing is fetched.
        for attribute in ["src=", "href="] {
            var rest = Substring(html)
            while let r = rest.range(of: attribute) {
                let value = rest[r.upperBound...].prefix(40)
                Issue.record("external reference \(attribute)\(value)")
                rest = rest[r.upperBound...]
            }
        }
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    /// Every headline, contribution and what-if figure is the one `attribute --format json` gives.
    @Test func numbersMatchAttribute() throws {
        let (html, _) = try ReportRun.html(ReportRun.sample)
        let json = try ReportRun.json(ReportRun.sample)
        let odr = try #require(json["odr"] as? [String: [String: Any]])
        for channel in ["all", "afn", "mfn"] {
            let c = try #require(odr[channel])
            let rate = try #require(c["rate"] as? Double)
            #expect(ReportRun.value(html, "data-odr=\"\(channel)\"") == HTML.percent(rate), "\(channel)")
            let parts = try #require(c["counts"] as? [String: Int])
            let orders = try #require(c["orders"] as? Int)
            for (k, n) in parts {
                #expect(ReportRun.value(html, "data-part=\"\(channel)-\(k)\"") == HTML.percent(orders == 0 ? 0 : Double(n) / Double(orders)))
            }
        }
        let all = try #require(odr["all"]?["rate"] as? Double)
        #expect(ReportRun.value(html, "data-total=\"category\"") == HTML.percent(all))
        var sum = 0.0
        for c in try #require(json["contributions"] as? [[String: Any]]) {
            let key = try #require(c["category"] as? String), rate = try #require(c["rate"] as? Double)
            sum += rate
            guard rate > 0 else { continue }
            #expect(ReportRun.value(html, "data-category=\"\(key)\"") == HTML.percent(rate), "\(key)")
        }
        #expect(abs(sum - all) < 1e-9, "the parts add up to the ODR")
        for a in try #require(json["areas"] as? [[String: Any]]) {
            let key = try #require(a["area"] as? String), rate = try #require(a["rate"] as? Double)
            guard rate > 0 else { continue }
            #expect(ReportRun.value(html, "data-area=\"\(key)\"") == HTML.percent(rate), "\(key)")
        }
        for w in try #require(json["what_if"] as? [[String: Any]]) where (w["saved"] as? Int ?? 0) > 0 {
            let key = "\(w["kind"]!):\(w["fix"]!)"
            #expect(ReportRun.value(html, "data-what-if=\"\(key)\"") == HTML.percent(try #require(w["rate"] as? Double)), "\(key)")
        }
        for r in try #require(json["removal_candidates"] as? [[String: Any]]) {
            #expect(html.contains("data-removal=\"\(r["order_id"]!)\""))
        }
    }

    @Test func labelsInChineseAndEnglish() throws {
        let (zh, _) = try ReportRun.html(ReportRun.sample, ["--lang", "zh"])
        #expect(zh.contains("<html lang=\"zh\">") && zh.contains("订单缺陷率") && zh.contains("发货慢"))
        let (en, _) = try ReportRun.html(ReportRun.sample, ["--lang", "en"])
        #expect(en.contains("Order Defect Rate report") && en.contains("Late delivery"))
    }

    @Test func evidenceIsMarkedAndBuyerTextEscaped() throws {
        let (html, r) = try ReportRun.html(ReportRun.export, ["--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(html.contains("<mark>arrived broken</mark>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the seller"))
        #expect(!html.contains("<script>"))
    }

    /// The open claim and chargeback and the removal candidates still in time are listed to do now.
    @Test func toDoNow() throws {
        let (html, _) = try ReportRun.html(ReportRun.export, ["--lang", "en"])
        for order in ["111-1000002-0000002", "111-1000006-0000006", "111-1000001-0000001", "111-1000003-0000003"] {
            #expect(html.contains("data-act-now=\"\(order)\""), "\(order)")
        }
        #expect(!html.contains("data-act-now=\"111-1000005-0000005\""), "4 stars: not urgent")
    }

    @Test func ordersAreRequired() throws {
        let r = try CLIRunner.run(["report", "--feedback", "fixtures/export/feedback.tsv"])
        #expect(r.status == 2)
    }
}

@Suite struct HTMLTests {
    @Test("percent", arguments: [(0.041176470588235294, "4.12 %"), (0.01, "1.00 %"), (0, "0.00 %"), (0.0000499, "0.00 %"), (1, "100.00 %")])
    func percent(rate: Double, text: String) { #expect(HTML.percent(rate) == text) }

    @Test("highlight", arguments: [
        ("快递太慢了，箱子也压扁了", [2..<4, 9..<11], "快递<mark>太慢</mark>了，箱子也<mark>压扁</mark>了"),
        ("Box <crushed> & wet", [4..<13], "Box <mark>&lt;crushed&gt;</mark> &amp; wet"),
        ("東西壞了", [2..<4], "東西<mark>壞了</mark>"),
        ("abc", [1..<2, 1..<3, 5..<9], "a<mark>bc</mark>"),
    ])
    func highlight(text: String, spans: [Range<Int>], html: String) { #expect(HTML.highlight(text, spans: spans) == html) }
}
