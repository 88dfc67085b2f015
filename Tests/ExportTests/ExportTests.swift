import CLITestSupport
import Foundation
import Testing
import ZIPFoundation
@testable import Export
import ODR

/// Runs `odrlens export` on fixtures/export and reads the CSV back.
enum ExportRun {
    static let inputs = ["--orders", "fixtures/export/orders.tsv", "--feedback", "fixtures/export/feedback.tsv",
                         "--claims", "fixtures/export/claims.tsv", "--chargebacks", "fixtures/export/chargebacks.tsv",
                         "--today", "2026-11-27"]

    static func temporary(_ name: String) -> String {
        let dir = NSTemporaryDirectory() + "odrlens-export-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/" + name
    }

    /// The rows (header first) of the CSV export with `extra` arguments.
    static func csv(_ extra: [String] = [], inputs: [String] = inputs) throws -> (rows: [[String]], result: CLIRunner.Result, text: String) {
        let out = temporary("queues.csv")
        let r = try CLIRunner.run(["export"] + inputs + extra + ["--out", out])
        let data = (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        return (parseCSV(text), r, text)
    }

    /// A small RFC 4180 reader for the tests (quotes, doubled quotes, CRLF, a BOM).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { field.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r" {
            } else if c == "\n" { row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
            i += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    /// Rows as dictionaries by column id.
    static func records(_ rows: [[String]]) -> [[String: String]] {
        let ids = ComplaintTable.columnIDs
        return rows.dropFirst().map { r in
            var d: [String: String] = [:]
            for (i, id) in ids.enumerated() where i < r.count { d[id] = r[i] }
            return d
        }
    }
}

@Suite struct ExportCommandTests {
    @Test func goldenCSV() throws {
        let (_, r, text) = try ExportRun.csv()
        #expect(r.status == 0, "\(r.stderr)")
        #expect(text.hasPrefix("\u{FEFF}"), "a BOM so that Excel reads UTF-8")
        // The golden file holds the text after the BOM (editors and Foundation drop a BOM when reading).
        if let diff = CLIRunner.golden("queues.csv", String(text.drop { $0 == "\u{FEFF}" }), in: "fixtures/export/expected") { Issue.record("\(diff)") }
    }

    /// `--feedback` takes classify's JSON lines as well as the raw report: the same queues either way.
    @Test func classifyOutputGivesTheSameQueues() throws {
        let jsonl = ExportRun.temporary("feedback.jsonl")
        let c = try CLIRunner.run(["classify", "fixtures/export/feedback.tsv", "--out", jsonl, "--quiet"])
        #expect(c.status == 0, "\(c.stderr)")
        var inputs = ExportRun.inputs
        inputs[inputs.firstIndex(of: "fixtures/export/feedback.tsv")!] = jsonl
        let fromJSONL = try ExportRun.csv(inputs: inputs).text
        let fromReport = try ExportRun.csv().text
        #expect(fromJSONL == fromReport)
    }

    @Test func oneRowPerOrderAndQueue() throws {
        let rows = ExportRun.records(try ExportRun.csv().rows)
        let keys = rows.map { "\($0["queue"]!)|\($0["order_id"]!)" }
        #expect(Set(keys).count == keys.count)
        // Feedback and a claim on one order: one row, both sources, both texts.
        let kettle = rows.filter { $0["order_id"] == "111-1000002-0000002" }
        #expect(kettle.count == 1)
        #expect(kettle.first?["sources"] == "feedback;claim")
        #expect(kettle.first?["text"]?.contains("[claim] The kettle does not work") == true)
        // Praise is not a complaint.
        #expect(!rows.contains { $0["order_id"] == "111-1000007-0000007" })
    }

    /// Order, queue → priority id, action, days left (counted from --today 2026-11-27).
    @Test("priority and action", arguments: [
        ("111-1000002-0000002", "defective", "1 act now", "respond to the A-to-z claim", "1"),          // claim 11-25 + 3 days
        ("111-1000006-0000006", "not_received", "1 act now", "respond to the chargeback", "6"),          // chargeback 11-26 + 7
        ("111-1000001-0000001", "late_delivery", "1 act now", "request strike-through (FBA delivery)", "52"), // 10-20 + 90
        ("111-1000003-0000003", "not_received", "1 act now", "request feedback removal", "44"),           // e-mail in it
        ("111-1000009-0000009", "refund_return", "1 act now", "request feedback removal", "51"),          // phone number
        ("111-1000004-0000004", "damaged", "2 counts toward ODR", "contact buyer and resolve", "17"),     // 10-15 + 60
        ("111-9999999-9999999", "not_received", "2 counts toward ODR", "contact buyer and resolve", "23"), // not in orders
        ("111-1000005-0000005", "damaged", "3 other", "refund or replace", ""),                           // 4 stars
        ("111-1000008-0000008", "wrong_item", "3 other", "refund or replace", ""),                        // outside the window
    ])
    func priority(order: String, queue: String, priority: String, action: String, daysLeft: String) throws {
        let rows = ExportRun.records(try ExportRun.csv().rows)
        let row = try #require(rows.first { $0["order_id"] == order && $0["queue"] == queue })
        #expect(row["priority"] == priority)
        #expect(row["action"] == action)
        #expect(row["days_left"] == daysLeft)
    }

    @Test func actNowComesFirstInEachQueue() throws {
        let rows = ExportRun.records(try ExportRun.csv().rows)
        var last: [String: String] = [:]
        for r in rows {
            if let prev = last[r["queue"]!] { #expect(prev <= r["priority"]!, "\(r)") }
            last[r["queue"]!] = r["priority"]!
        }
    }

    @Test func splitNoneGivesEachOrderOnce() throws {
        let rows = ExportRun.records(try ExportRun.csv(["--split", "none"]).rows)
        #expect(rows.allSatisfy { $0["queue"] == "all" })
        #expect(Set(rows.map { $0["order_id"]! }).count == rows.count)
        #expect(rows.count == 10)
    }

    @Test func splitByArea() throws {
        let rows = ExportRun.records(try ExportRun.csv(["--split", "area", "--area", "logistics"]).rows)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0["queue"] == "logistics" })
    }

    @Test("filters", arguments: [
        (["--category", "damaged"], ["111-1000004-0000004", "111-1000005-0000005", "111-1000010-0000010"]),
        (["--lang", "zh"], ["111-1000004-0000004"]),
        (["--since", "2026-11-01"], ["111-1000002-0000002", "111-1000006-0000006"]),
    ])
    func filters(args: [String], orders: [String]) throws {
        let rows = ExportRun.records(try ExportRun.csv(args + ["--split", "none"]).rows)
        #expect(Set(rows.map { $0["order_id"]! }) == Set(orders))
    }

    /// Categories below --min-score are ignored; a complaint left with none is dropped unless it is a
    /// defect (negative feedback still needs an answer: it goes to `unattributed`).
    @Test func minScore() throws {
        let rows = ExportRun.records(try ExportRun.csv(["--min-score", "0.9"]).rows)
        #expect(!rows.contains { $0["order_id"] == "111-1000005-0000005" }, "4 stars, damaged at 0.777")
        let mugs = rows.filter { $0["order_id"] == "111-1000004-0000004" }
        #expect(mugs.map { $0["queue"] } == ["unattributed"])
        #expect(mugs.first?["categories"] == "")
        #expect(rows.contains { $0["order_id"] == "111-1000008-0000008" && $0["queue"] == "wrong_item" })
    }

    @Test func redactMasksEmailAndPhone() throws {
        let rows = ExportRun.records(try ExportRun.csv(["--redact"]).rows)
        let all = rows.map { $0["text"]! + " " + $0["evidence"]! }.joined(separator: "\n")
        #expect(!all.contains("bob.smith@example.com"))
        #expect(!all.contains("415-555-0199"))
        #expect(all.contains("email me at [email]"))
        #expect(all.contains("call me at [phone]"))
    }

    @Test func formulaInjectionIsNeutralisedInCSV() throws {
        let (rows, _, _) = try ExportRun.csv()
        let text = try #require(ExportRun.records(rows).first { $0["order_id"] == "111-1000003-0000003" }?["text"])
        #expect(text.hasPrefix("'=HYPERLINK"), "a leading quote keeps Excel and LibreOffice from evaluating it")
        for r in rows { for f in r { #expect(!f.hasPrefix("=") && !f.hasPrefix("+") && !f.hasPrefix("@")) } }
    }

    @Test func xlsxHasASummaryAndOneSheetPerQueue() throws {
        let out = ExportRun.temporary("queues.xlsx")
        let r = try CLIRunner.run(["export"] + ExportRun.inputs + ["--out", out, "--labels", "zh"])
        #expect(r.status == 0, "\(r.stderr)")
        let archive = try Archive(url: URL(fileURLWithPath: out), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = String(decoding: data, as: UTF8.self)
        }
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("name=\"汇总\""))
        #expect(workbook.contains("name=\"到货破损\""))
        let sheets = parts.filter { $0.key.hasPrefix("xl/worksheets/sheet") }
        let queues = Set(ExportRun.records(try ExportRun.csv().rows).map { $0["queue"]! })
        #expect(sheets.count == queues.count + 1) // the summary, then one per queue
        for (_, xml) in sheets { #expect(!xml.contains("<f>") && !xml.contains("<f ")) }
        let strings = try #require(parts["xl/sharedStrings.xml"])
        #expect(strings.contains("=HYPERLINK(&quot;http://evil.example&quot;"), "the formula-looking comment stays a plain string")
        #expect(strings.contains("包装太差，杯子碎了，客服也不回复"))
    }

    @Test func rejectedRowsGoToTheRejectsFileAndSetExitCode1() throws {
        let dir = ExportRun.temporary("")
        let out = dir + "q.csv"
        let args = ["export", "--feedback", "fixtures/cli/malformed.csv", "--out", out]
        let r = try CLIRunner.run(args)
        #expect(r.status == 1, "\(r.stderr)")
        let rejects = try String(contentsOfFile: dir + "q.rejects.tsv", encoding: .utf8)
        #expect(rejects.split(separator: "\n").count > 1)
        #expect(try CLIRunner.run(args + ["--allow-rejects"]).status == 0)
    }

    @Test("usage errors exit 2", arguments: [
        ["--split", "sku"], ["--category", "nonsense"], ["--since", "yesterday"], ["--min-score", "2"], ["--labels", "fr"],
    ])
    func usage(args: [String]) throws {
        let r = try CLIRunner.run(["export"] + ExportRun.inputs + args + ["--out", ExportRun.temporary("q.csv")])
        #expect(r.status == 2, "\(r.stderr)")
    }

    @Test func unknownExtensionIsAUsageError() throws {
        let r = try CLIRunner.run(["export"] + ExportRun.inputs + ["--out", ExportRun.temporary("q.pdf")])
        #expect(r.status == 2)
        #expect(r.stderr.contains(".csv, .tsv or .xlsx"))
    }
}

@Suite struct PersonalDataTests {
    @Test("redact", arguments: [
        ("write to jane.doe+shop@mail.example.com please", "write to [email] please"),
        ("call (626) 555-0148 now", "call [phone] now"),
        ("order 111-1234567-1234567 is late", "order 111-1234567-1234567 is late"),
        ("卖家电话13812345678一直打不通", "卖家电话[phone]一直打不通"),
        ("联系邮箱 wang_li@163.com 没人回", "联系邮箱 [email] 没人回"),
        ("2 boxes, 3 mugs", "2 boxes, 3 mugs"),
    ])
    func redact(text: String, expected: String) {
        #expect(PersonalData.redact(text) == expected)
    }
}
