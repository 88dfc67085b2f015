import Foundation
import Pipeline
import Classifier
import Records
import ReviewText

/// Reads A-to-z claims, chargebacks and FBA returns: tables of order id, date, kind or type,
/// status and reason (text for claims and chargebacks, a code for returns).
///
/// Claim and chargeback reasons are classified with the current lexicon; return reason codes are
/// mapped through ``ReturnReasonTable``. Whether a row is a defect follows ``DefectRules``;
/// returns never are (they only tell what went wrong).
public enum CaseReader {
    struct Columns: Sendable {
        var orderID: Int
        var kind: Int
        var status: Int
        var reason: Int
        var comments: Int
        var date: Int
        var product: Int
        var parser: DayParser
        var index: KeyTable
    }

    struct Row: Sendable {
        var order: Int32
        var kind: String
        var status: String
        var reason: String
        var comments: String
        var orderID: String
        var day: Int?
        var product: String
        var line: Int
    }

    struct Chunk {
        var rows: [Row] = []
        var problems: [Reject] = []
        var unmatched = 0
    }

    /// Reads `path` as `kind` (`.claim`, `.chargeback` or `.returned`) into `events`.
    public static func read(path: String, file: String? = nil, kind: EventKind, orders: OrderTable, rules: DefectRules,
                            pool: TextClassifierPool, returnReasons: ReturnReasonTable, overrides: [ColumnOverride] = [],
                            encoding: TextEncoding? = nil, into events: inout EventSet, problems: inout [Reject]) throws {
        let name = file ?? path
        let index = orders.index
        let keep = events.keepTexts
        let result = try TableScan.scan(path: path, file: name, jobs: pool.jobs, encoding: encoding, prepare: { header, sample in
            let m: ColumnMapping
            do {
                m = try ColumnMapper.map(headers: header, overrides: overrides, required: [.orderID], file: name)
            } catch let e as RecordsError {
                // The command line names the flag per input.
                throw RecordsError(file: name, line: e.line, message: e.message.replacingOccurrences(of: "--column ", with: "--\(kind == .returned ? "returns" : kind == .claim ? "claims" : "chargebacks")-column "))
            }
            let reason = kind == .returned ? (m.index(of: .returnReason) ?? -1) : (m.index(of: .reason) ?? m.index(of: .text) ?? -1)
            if kind == .returned && reason < 0 {
                throw RecordsError(file: name, line: 1, message: "no column for 'reason'; headers seen: \(header.map { "\"\($0)\"" }.joined(separator: ", "))")
            }
            let date = m.index(of: .date) ?? -1
            let parser = DayParser.guessing(date < 0 ? [] : sample.compactMap { date < $0.count ? $0[date] : nil }, utcOffset: 0)
            let comments = kind == .returned ? (m.index(of: .customerComments) ?? (m.index(of: .text).flatMap { $0 == reason ? nil : $0 } ?? -1)) : -1
            return Columns(orderID: m.index(of: .orderID)!, kind: m.index(of: .kind) ?? -1, status: m.index(of: .status) ?? -1,
                           reason: reason, comments: comments, date: date, product: m.index(of: .productName) ?? -1,
                           parser: parser, index: index)
        }, makeState: { _ in Chunk() }, row: { chunk, c, row in
            guard let key = OrderKey.key(row.field(c.orderID)) else {
                chunk.problems.append(Reject(file: name, line: row.line, reason: "no order id", raw: row.rawText))
                return
            }
            let found = c.index.find(key)
            if found == nil {
                chunk.unmatched += 1
                if !keep { return }
            }
            let o = found ?? -1
            chunk.rows.append(Row(order: o, kind: row.string(c.kind), status: row.string(c.status), reason: row.string(c.reason),
                                  comments: row.string(c.comments), orderID: row.string(c.orderID),
                                  day: c.date < 0 ? nil : c.parser.day(row.field(c.date)), product: row.string(c.product),
                                  line: row.line))
        })
        var summary = InputSummary(kind: kind == .returned ? "returns" : kind == .claim ? "claims" : "chargebacks", file: name)
        summary.rows = result.rows
        summary.rejected = result.problems.count
        problems += result.problems
        var rows: [Row] = []
        for (part, chunk) in result.states.enumerated() {
            for var p in chunk.problems { p.line += result.lineOffsets[part]; problems.append(p) }
            summary.rejected += chunk.problems.count
            summary.unmatched += chunk.unmatched
            for var r in chunk.rows {
                r.line += result.lineOffsets[part]
                rows.append(r)
            }
        }
        func text(_ r: Row, _ c: ClassifiedText?) -> EventText {
            var t = EventText(orderID: r.orderID)
            t.day = r.day
            t.status = kind == .returned ? r.reason : r.status
            t.caseKind = r.kind
            t.text = kind == .returned ? r.comments : r.reason
            t.productName = r.product
            t.file = name
            t.line = r.line
            if let c {
                t.language = c.language
                t.sentiment = c.sentiment
                t.evidence = c.evidence
            }
            return t
        }
        summary.used = rows.count { $0.order >= 0 }
        switch kind {
        case .returned:
            // The reason code gives a category; the buyer's comments, classified, may add others.
            let commented = try pool.results(of: rows.map { ReviewInput(text: $0.comments) })
            for (i, r) in rows.enumerated() {
                var scores: [CategoryScore] = []
                if let rule = returnReasons.lookup(r.reason) {
                    if let c = rule.category { scores.append(CategoryScore(category: c, score: rule.score)) }
                } else if !r.reason.isEmpty && r.order >= 0 {
                    events.unknownReturnReasons[r.reason.uppercased(), default: 0] += 1
                }
                for s in commented[i].scores {
                    if let k = scores.firstIndex(where: { $0.category == s.category }) {
                        scores[k].micro = max(scores[k].micro, s.micro)
                    } else {
                        scores.append(s)
                    }
                }
                events.append(OrderEvent(order: r.order, kind: .returned, isDefect: false, scores: scores), text: text(r, commented[i]))
            }
        default:
            let results = events.keepTexts ? try pool.results(of: rows.map { ReviewInput(text: $0.reason) })
                : try pool.scores(of: rows.map { ReviewInput(text: $0.reason) }).map { ClassifiedText(scores: $0) }
            for (i, r) in rows.enumerated() {
                let counts = kind == .claim ? rules.claimCounts(status: r.status) : rules.chargebackCounts(kind: r.kind, status: r.status)
                events.append(OrderEvent(order: r.order, kind: kind, isDefect: counts, scores: results[i].scores), text: text(r, results[i]))
            }
        }
        events.inputs.append(summary)
    }
}
