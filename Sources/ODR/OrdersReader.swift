import Foundation
import Pipeline
import Records
import ReviewText

/// Reads an orders file — Amazon's All Orders report or any table with an order id and a date —
/// into an ``OrderTable``, on all cores for UTF-8 TSV files.
///
/// Columns come from ``ColumnAliases`` (`amazon-order-id`, `purchase-date`, `order-status`,
/// `fulfillment-channel`, `sku`, `asin`, `ship-state`, …; overridable). The order id and a date
/// (`purchase-date`, else the `date` column) are required. Rows without an order id or with an
/// unreadable date are rejected with their reason.
public enum OrdersReader {
    struct Columns: Sendable {
        var orderID: Int
        var date: Int
        var status: Int
        var channel: Int
        var sku: Int
        var asin: Int
        var state: Int
        var product: Int
        var parser: DayParser
    }

    struct Chunk {
        var keys: [UInt64] = []
        var days: [Int32] = []
        var flags: [UInt8] = []
        var items: [Int32] = []
        var states: [Int32] = []
        var itemInterner = ByteInterner()
        var stateInterner = ByteInterner()
        var problems: [Reject] = []
        var itemBytes: [UInt8] = []
        /// Product name per local item (empty until one is seen).
        var products: [String] = []
    }

    /// What reading found besides the table.
    public struct Summary: Sendable {
        /// Data rows read.
        public var rows = 0
        /// Rows rejected.
        public var rejected = 0
    }

    /// Reads `path` (`file` names it in messages).
    /// - Throws: ``RecordsError`` when the file cannot be read or lacks an order id or date column.
    public static func read(path: String, file: String? = nil, jobs: Int, utcOffset: Int = 0, overrides: [ColumnOverride] = [],
                            encoding: TextEncoding? = nil, problems: inout [Reject]) throws -> (OrderTable, Summary) {
        let name = file ?? path
        let result = try TableScan.scan(path: path, file: name, jobs: jobs, encoding: encoding, prepare: { header, sample in
            let m: ColumnMapping
            do {
                m = try ColumnMapper.map(headers: header, overrides: overrides, required: [.orderID], file: name)
            } catch let e as RecordsError {
                // The command line names the flag per input.
                throw RecordsError(file: name, line: e.line, message: e.message.replacingOccurrences(of: "--column ", with: "--orders-column "))
            }
            guard let date = m.columns[.purchaseDate] ?? m.index(of: .date) else {
                throw RecordsError(file: name, line: 1, message: "no column for 'purchaseDate'; headers seen: \(header.map { "\"\($0)\"" }.joined(separator: ", ")); choose one with --orders-column purchaseDate=HEADER")
            }
            let parser = DayParser.guessing(sample.compactMap { date < $0.count ? $0[date] : nil }, utcOffset: utcOffset)
            return Columns(orderID: m.index(of: .orderID)!, date: date, status: m.index(of: .status) ?? -1,
                           channel: m.index(of: .channel) ?? -1, sku: m.index(of: .sku) ?? -1, asin: m.index(of: .asin) ?? -1,
                           state: m.index(of: .state) ?? -1, product: m.index(of: .productName) ?? -1, parser: parser)
        }, makeState: { _ in Chunk() }, row: { chunk, c, row in
            guard let key = OrderKey.key(row.field(c.orderID)) else {
                chunk.problems.append(Reject(file: name, line: row.line, reason: "no order id", raw: row.rawText))
                return
            }
            guard let day = c.parser.day(row.field(c.date)) else {
                chunk.problems.append(Reject(file: name, line: row.line, reason: "unparseable date '\(row.string(c.date))'", raw: row.rawText))
                return
            }
            var flags = Channel.parse(row.field(c.channel)).rawValue << 1
            let status = row.field(c.status)
            if status.count >= 6, status[0] | 0x20 == UInt8(ascii: "c"), status[1] | 0x20 == UInt8(ascii: "a"),
               status[2] | 0x20 == UInt8(ascii: "n"), status[3] | 0x20 == UInt8(ascii: "c") {
                flags |= OrderTable.cancelledFlag
            }
            let sku = row.field(c.sku), asin = row.field(c.asin)
            var item: Int32 = -1
            if !sku.isEmpty || !asin.isEmpty {
                chunk.itemBytes.removeAll(keepingCapacity: true)
                chunk.itemBytes.append(contentsOf: sku)
                chunk.itemBytes.append(0x09)
                chunk.itemBytes.append(contentsOf: asin)
                item = chunk.itemBytes.withUnsafeBufferPointer { chunk.itemInterner.intern($0) }
                if Int(item) >= chunk.products.count { chunk.products.append("") }
                if chunk.products[Int(item)].isEmpty && c.product >= 0 { chunk.products[Int(item)] = row.string(c.product) }
            }
            let state = row.field(c.state)
            chunk.keys.append(key)
            chunk.days.append(Int32(day))
            chunk.flags.append(flags)
            chunk.items.append(item)
            chunk.states.append(state.isEmpty ? -1 : chunk.stateInterner.intern(state))
        })
        var table = OrderTable()
        var rejected = result.problems.count
        problems += result.problems
        let total = result.states.reduce(0) { $0 + $1.keys.count }
        table.index = KeyTable(capacity: total)
        table.keys.reserveCapacity(total)
        table.days.reserveCapacity(total)
        table.flags.reserveCapacity(total)
        table.items.reserveCapacity(total)
        table.states.reserveCapacity(total)
        var globalItems = ByteInterner(), globalStates = ByteInterner()
        for (part, chunk) in result.states.enumerated() {
            for var p in chunk.problems {
                p.line += result.lineOffsets[part]
                problems.append(p)
                rejected += 1
            }
            let itemMap = (0..<chunk.itemInterner.count).map { globalItems.intern(chunk.itemInterner.string($0)) }
            for (local, global) in itemMap.enumerated() where local < chunk.products.count {
                while table.productNames.count <= Int(global) { table.productNames.append("") }
                if table.productNames[Int(global)].isEmpty { table.productNames[Int(global)] = chunk.products[local] }
            }
            let stateMap = (0..<chunk.stateInterner.count).map { globalStates.intern(chunk.stateInterner.string($0)) }
            for r in 0..<chunk.keys.count {
                let item = chunk.items[r] < 0 ? -1 : itemMap[Int(chunk.items[r])]
                let (o, inserted) = table.index.insert(chunk.keys[r], value: Int32(table.keys.count))
                if inserted {
                    table.keys.append(chunk.keys[r])
                    table.days.append(chunk.days[r])
                    table.flags.append(chunk.flags[r])
                    table.items.append(item)
                    table.states.append(chunk.states[r] < 0 ? -1 : stateMap[Int(chunk.states[r])])
                } else if item >= 0 && item != table.items[Int(o)] {
                    if table.items[Int(o)] < 0 {
                        table.items[Int(o)] = item
                    } else {
                        table.extraOrders.append(o)
                        table.extraItems.append(item)
                    }
                }
            }
        }
        // Distinct extra items per order.
        if !table.extraOrders.isEmpty {
            var pairs = zip(table.extraOrders, table.extraItems).map { (UInt64(UInt32($0)) << 32) | UInt64(UInt32($1)) }
            pairs.sort()
            var last = UInt64.max
            table.extraOrders.removeAll(keepingCapacity: true)
            table.extraItems.removeAll(keepingCapacity: true)
            for p in pairs where p != last {
                last = p
                table.extraOrders.append(Int32(truncatingIfNeeded: p >> 32))
                table.extraItems.append(Int32(truncatingIfNeeded: p & 0xFFFF_FFFF))
            }
        }
        table.itemNames = globalItems.strings.map { s in
            let parts = s.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        while table.productNames.count < table.itemNames.count { table.productNames.append("") }
        table.stateNames = globalStates.strings
        table.carriers = [Int32](repeating: -1, count: table.count)
        table.delivery = [UInt8](repeating: 0, count: table.count)
        return (table, Summary(rows: result.rows, rejected: rejected))
    }
}
