import Records

/// Writes complaint queues to a file, atomically: CSV (one table, a `queue` column, UTF-8 with a
/// BOM so that Excel opens Chinese correctly, formulas neutralised) or XLSX (a summary sheet, then
/// one sheet per queue).
public enum ComplaintExporter {
    /// The file formats.
    public enum Format: String, Sendable {
        case csv
        case tsv
        case xlsx

        /// The format of `path`'s extension, or `nil`.
        public static func of(path: String) -> Format? {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
            return Format(rawValue: path[path.index(after: dot)...].lowercased())
        }
    }

    /// The bytes of `rows` in `format`.
    public static func data(_ rows: [ComplaintRow], format: Format, table: ComplaintTable) throws -> [UInt8] {
        switch format {
        case .csv, .tsv:
            var w = CSVWriter(options: .init(format: format == .csv ? .csv : .tsv, excel: true))
            w.writeRow(table.headers)
            for r in rows { w.writeRow(table.fields(r)) }
            return w.takeOutput()
        case .xlsx:
            return try XLSXWriter.data(workbook(rows, table: table))
        }
    }

    /// The workbook: a summary sheet (queue, rows, how many to act on now, counting toward ODR),
    /// then one sheet per queue in queue order.
    public static func workbook(_ rows: [ComplaintRow], table: ComplaintTable) -> Workbook {
        var order: [String] = []
        var byQueue: [String: [ComplaintRow]] = [:]
        for r in rows {
            if byQueue[r.queue] == nil { order.append(r.queue) }
            byQueue[r.queue, default: []].append(r)
        }
        let zh = table.language == "zh"
        var summary = Worksheet(name: zh ? "汇总" : "Summary", columns: [
            WorksheetColumn(title: zh ? "队列" : "Queue", width: 24),
            WorksheetColumn(title: zh ? "队列ID" : "Queue id", width: 18),
            WorksheetColumn(title: zh ? "订单数" : "Orders", width: 10),
            WorksheetColumn(title: zh ? "立即处理" : "Act now", width: 10),
            WorksheetColumn(title: zh ? "计入ODR" : "Count toward ODR", width: 16),
        ])
        var sheets: [Worksheet] = []
        for q in order {
            let list = byQueue[q]!
            summary.rows.append([.text(table.queueName(q)), .text(q), .integer(list.count),
                                 .integer(list.filter { $0.priority == .actNow }.count),
                                 .integer(list.filter { $0.countsTowardODR }.count)])
            // '/' may not be in a sheet name: 发货慢 / 物流慢 → 发货慢·物流慢.
            let sheet = table.queueName(q).replacingOccurrences(of: " / ", with: "·").replacingOccurrences(of: "/", with: "·")
            sheets.append(Worksheet(name: sheet, columns: table.worksheetColumns, rows: list.map(table.cells)))
        }
        return Workbook(sheets: [summary] + sheets)
    }

    /// Writes `rows` to `path` (format from its extension unless given), atomically.
    /// - Throws: ``RecordsError`` for an unknown extension or an I/O failure.
    public static func write(_ rows: [ComplaintRow], to path: String, format: Format? = nil, table: ComplaintTable) throws {
        guard let f = format ?? Format.of(path: path) else {
            throw RecordsError(file: path, line: nil, message: "cannot tell the format from the extension; use .csv, .tsv or .xlsx")
        }
        let bytes = try data(rows, format: f, table: table)
        var out = try AtomicFileWriter(path: path)
        try out.write(bytes)
        try out.commit()
    }
}
