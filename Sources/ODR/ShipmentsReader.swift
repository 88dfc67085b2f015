import Foundation
import Pipeline
import Records
import ReviewText

/// Adds shipments (order id, carrier, ship, promised and delivery dates) to an ``OrderTable``:
/// each order's carrier and whether it was delivered by the promised date.
///
/// An order with several shipments takes the last carrier and the worst delivery (late over
/// not delivered over on time). Shipments of orders missing from the orders file are counted.
public enum ShipmentsReader {
    struct Columns: Sendable {
        var orderID: Int
        var carrier: Int
        var promised: Int
        var delivered: Int
        var promisedParser: DayParser
        var deliveredParser: DayParser
        var index: KeyTable
    }

    struct Chunk {
        var orders: [Int32] = []
        var carriers: [Int32] = []
        var delivery: [UInt8] = []
        var carrierInterner = ByteInterner()
        var unmatched = 0
        var problems: [Reject] = []
    }

    /// Reads `path` into `table`; returns the rows read, rows rejected and rows whose order is missing.
    public static func read(path: String, file: String? = nil, jobs: Int, utcOffset: Int, overrides: [ColumnOverride] = [],
                            encoding: TextEncoding? = nil, into table: inout OrderTable,
                            problems: inout [Reject]) throws -> InputSummary {
        let name = file ?? path
        let index = table.index
        let result = try TableScan.scan(path: path, file: name, jobs: jobs, encoding: encoding, prepare: { header, sample in
            let m: ColumnMapping
            do {
                m = try ColumnMapper.map(headers: header, overrides: overrides, required: [.orderID, .carrier], file: name)
            } catch let e as RecordsError {
                // The command line names the flag per input.
                throw RecordsError(file: name, line: e.line, message: e.message.replacingOccurrences(of: "--column ", with: "--shipments-column "))
            }
            let p = m.index(of: .promisedDate) ?? -1, d = m.index(of: .deliveryDate) ?? -1
            func parser(_ col: Int) -> DayParser {
                DayParser.guessing(sample.compactMap { col >= 0 && col < $0.count ? $0[col] : nil }, utcOffset: utcOffset)
            }
            return Columns(orderID: m.index(of: .orderID)!, carrier: m.index(of: .carrier)!, promised: p, delivered: d,
                           promisedParser: parser(p), deliveredParser: parser(d), index: index)
        }, makeState: { _ in Chunk() }, row: { chunk, c, row in
            guard let key = OrderKey.key(row.field(c.orderID)) else {
                chunk.problems.append(Reject(file: name, line: row.line, reason: "no order id", raw: row.rawText))
                return
            }
            guard let o = c.index.find(key) else {
                chunk.unmatched += 1
                return
            }
            let pf = row.field(c.promised), df = row.field(c.delivered)
            let promised = c.promisedParser.day(pf), delivered = c.deliveredParser.day(df)
            if promised == nil && !pf.isEmpty {
                chunk.problems.append(Reject(file: name, line: row.line, reason: "unparseable date '\(row.string(c.promised))'", raw: row.rawText))
                return
            }
            if delivered == nil && !df.isEmpty {
                chunk.problems.append(Reject(file: name, line: row.line, reason: "unparseable date '\(row.string(c.delivered))'", raw: row.rawText))
                return
            }
            var status: UInt8 = 0
            if let promised {
                if let delivered { status = delivered > promised ? 2 : 1 } else { status = 3 }
            }
            let carrier = row.field(c.carrier)
            chunk.orders.append(o)
            chunk.carriers.append(carrier.isEmpty ? -1 : chunk.carrierInterner.intern(carrier))
            chunk.delivery.append(status)
        })
        var summary = InputSummary(kind: "shipments", file: name)
        summary.rows = result.rows
        summary.rejected = result.problems.count
        problems += result.problems
        var carriers = ByteInterner()
        for name in table.carrierNames { _ = carriers.intern(name) }
        for (part, chunk) in result.states.enumerated() {
            for var p in chunk.problems {
                p.line += result.lineOffsets[part]
                problems.append(p)
            }
            summary.rejected += chunk.problems.count
            summary.unmatched += chunk.unmatched
            let map = (0..<chunk.carrierInterner.count).map { carriers.intern(chunk.carrierInterner.string($0)) }
            for r in 0..<chunk.orders.count {
                let o = Int(chunk.orders[r])
                if chunk.carriers[r] >= 0 { table.carriers[o] = map[Int(chunk.carriers[r])] }
                let rank: [UInt8] = [0, 1, 3, 2] // none < on time < not delivered < late
                if rank[Int(chunk.delivery[r])] >= rank[Int(table.delivery[o])] { table.delivery[o] = chunk.delivery[r] }
            }
            summary.used += chunk.orders.count
        }
        table.carrierNames = carriers.strings
        return summary
    }
}
