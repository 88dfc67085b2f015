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
        var index: KeyTable
    }

    struct Row: Sendable {
        var order: Int32
        var kind: String
        var status: String
        var reason: String
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
        let result = try TableScan.scan(path: path, file: name, jobs: pool.jobs, encoding: encoding, prepare: { header, _ in
            let m: ColumnMapping
            do {
                m = try ColumnMapper.map(headers: header, overrides: overrides, required: [.orderID], file: name)
            } catch let e as RecordsError { throw RecordsError(file: name, line: e.line, message: e.message) }
            let reason = kind == .returned ? (m.index(of: .returnReason) ?? -1) : (m.index(of: .reason) ?? m.index(of: .text) ?? -1)
            if kind == .returned && reason < 0 {
                throw RecordsError(file: name, line: 1, message: "no column for 'reason'; headers seen: \(header.map { "\"\($0)\"" }.joined(separator: ", "))")
            }
            return Columns(orderID: m.index(of: .orderID)!, kind: m.index(of: .kind) ?? -1, status: m.index(of: .status) ?? -1,
                           reason: reason, comments: m.index(of: .customerComments) ?? -1, index: index)
        }, makeState: { _ in Chunk() }, row: { chunk, c, row in
            guard let key = OrderKey.key(row.field(c.orderID)) else {
                chunk.problems.append(Reject(file: name, line: row.line, reason: "no order id", raw: row.rawText))
                return
            }
            guard let o = c.index.find(key) else { chunk.unmatched += 1; return }
            chunk.rows.append(Row(order: o, kind: row.string(c.kind), status: row.string(c.status), reason: row.string(c.reason)))
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
            rows += chunk.rows
        }
        summary.used = rows.count
        switch kind {
        case .returned:
            for r in rows {
                var scores: [CategoryScore] = []
                if let rule = returnReasons.lookup(r.reason) {
                    if let c = rule.category { scores.append(CategoryScore(category: c, score: rule.score)) }
                } else if !r.reason.isEmpty {
                    events.unknownReturnReasons[r.reason.uppercased(), default: 0] += 1
                }
                events.events.append(OrderEvent(order: r.order, kind: .returned, isDefect: false, scores: scores))
            }
        default:
            let scores = try pool.scores(of: rows.map { ReviewInput(text: $0.reason) })
            for (i, r) in rows.enumerated() {
                let counts = kind == .claim ? rules.claimCounts(status: r.status) : rules.chargebackCounts(kind: r.kind, status: r.status)
                events.events.append(OrderEvent(order: r.order, kind: kind, isDefect: counts, scores: scores[i]))
            }
        }
        events.inputs.append(summary)
    }
}
