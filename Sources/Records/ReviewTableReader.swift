/// Reads reviews from any table a seller has — CSV, TSV or JSON lines; Amazon Feedback Manager
/// (6 and 9 columns), FBA customer returns, Taobao/Tmall/JD exports with Chinese headers, generic
/// dumps — streaming, one ``ReviewRow`` or ``RecordProblem`` at a time.
///
/// Columns are found through ``ColumnAliases`` (overridable); a file without a text column is
/// refused with the headers seen — except a plain list of texts: a TSV/TXT file whose first line
/// is one field that names no column is read as one review text per line, its first line
/// included. The date format is decided once per file, from the first
/// ``DateFormatGuesser/sampleSize`` dates, and never guessed per row. Rows that cannot be used —
/// malformed, wrong field count, no text at all, an unparseable rating or date — come out as
/// problems with their line and raw text, so that nothing is lost.
public struct ReviewTableReader {
    /// The file as the user named it.
    public let file: String
    /// The format read.
    public let format: TableFormat
    /// How columns were mapped (for tables; JSON lines map keys per record).
    public private(set) var mapping: ColumnMapping?
    /// The date format in use, once decided.
    public var dateParser: DateParser? { interpreter.dateParser }
    /// How this file's records become rows: a copy interprets deferred JSON lines on another
    /// thread. Final once the first item has been read (the date format is decided then).
    public private(set) var interpreter: ReviewRowInterpreter
    private let options: ReviewTableOptions
    private var delimited: DelimitedRecordReader?
    /// The first line of a plain list of texts, read as a header and given back as the first row.
    private var firstLineRow: RawRecord?
    private var jsonl: JSONLinesRecordReader?
    private var pending: [RecordOutcome<Row>] = []
    private var pendingIndex = 0
    private var started = false

    typealias Row = ReviewRowInterpreter.Row

    /// What ``nextItem(deferringJSONLinesInto:)`` yields.
    public enum Item {
        /// A row or problem, interpreted here.
        case outcome(RecordOutcome<ReviewRow>)
        /// A JSON line appended to the caller's ``RawLines`` unparsed (its line number), for
        /// ``ReviewRowInterpreter/interpret(_:at:)``.
        case deferred(line: Int)
    }

    /// Opens a table. Reads the start to detect the format and map the header.
    /// - Throws: ``RecordsError`` when no text column can be found (listing the headers seen) or
    ///   an override names an absent column.
    public init<S: ByteChunkSource>(source: S, file: String, fileExtension: String? = nil, options: ReviewTableOptions = ReviewTableOptions()) throws {
        var src = source
        var prefix: [UInt8] = []
        while prefix.count < FormatDetector.prefixLength, let chunk = try src.nextChunk() { prefix += chunk }
        let format = options.format ?? FormatDetector.detect(prefix: prefix, fileExtension: fileExtension)
        self.file = file
        self.format = format
        self.options = options
        interpreter = ReviewRowInterpreter(file: file, format: format, options: options)
        let full = PrefixedChunkSource(prefix: prefix, base: src)
        if format == .jsonl {
            jsonl = JSONLinesRecordReader(full)
        } else {
            let readerOptions = DelimitedReaderOptions(format: format, hasHeader: options.hasHeader)
            var reader = DelimitedRecordReader(full, options: readerOptions)
            if options.hasHeader {
                let header = try reader.readHeader()
                do {
                    mapping = try ColumnMapper.map(headers: header?.fields ?? [], overrides: options.overrides,
                                                   required: [.text], file: file, headerLine: header?.line ?? 1)
                } catch let error as RecordsError {
                    // One field that is no column name, in a tab-separated file and without overrides:
                    // a plain list of texts, where the first line is a review like the others.
                    guard format == .tsv, options.overrides.isEmpty, let header, header.fields.count == 1 else { throw error }
                    mapping = try ColumnMapper.map(headers: [], columnCount: 1, overrides: [ReviewTableReader.onlyColumnIsText],
                                                   required: [.text], file: file, headerLine: 1)
                    firstLineRow = header
                }
            } else {
                // The column count comes from the first row, read from the sniffed prefix alone.
                var peek = DelimitedRecordReader(ArrayChunkSource(prefix), options: readerOptions)
                let count = try peek.next()?.record?.fields.count
                // A file of one column holds the texts.
                let overrides = count == 1 && options.overrides.isEmpty ? [ReviewTableReader.onlyColumnIsText] : options.overrides
                mapping = try ColumnMapper.map(headers: [], columnCount: count, overrides: overrides,
                                               required: [.text], file: file, headerLine: 1)
            }
            delimited = reader
        }
    }

    /// The next row or problem; nil at the end.
    public mutating func next() throws -> RecordOutcome<ReviewRow>? {
        if !started {
            started = true
            try fillSample()
        }
        if pendingIndex < pending.count {
            let o = pending[pendingIndex]
            pendingIndex += 1
            if pendingIndex == pending.count { pending.removeAll(); pendingIndex = 0 }
            return interpreter.interpret(o)
        }
        guard let o = try nextRow() else { return nil }
        return interpreter.interpret(o)
    }

    /// The next item: after the rows that decide the date format, a JSON lines file's lines are
    /// appended to `lines` unparsed (``Item/deferred(line:)``), so that the threads that
    /// classify them parse them too; everything else comes interpreted, as from ``next()``.
    public mutating func nextItem(deferringJSONLinesInto lines: inout RawLines) throws -> Item? {
        guard started, pendingIndex >= pending.count, format == .jsonl else { return try next().map { .outcome($0) } }
        guard let n = try jsonl?.nextRawLine(appendingTo: &lines) else { return nil }
        return .deferred(line: n)
    }

    /// Reads the first rows to decide the date format.
    private mutating func fillSample() throws {
        while pending.count < DateFormatGuesser.sampleSize, let o = try nextRow() { pending.append(o) }
        if interpreter.dateParser == nil {
            if let f = options.dateFormat {
                interpreter.dateParser = DateParser(format: f)
            } else {
                let dates = pending.compactMap { o -> String? in if case .record(let r) = o { return r.values[.date] } else { return nil } }
                if let f = DateFormatGuesser.guess(dates) {
                    interpreter.dateParser = DateParser(format: f)
                } else if !dates.filter({ !$0.isEmpty }).isEmpty {
                    // No format reads every sampled date: take the one that reads most; the rest are rejected.
                    let best = DateFormat.guessOrder.max { a, b in
                        dates.filter { DateParser(format: a).parse($0) != nil }.count < dates.filter { DateParser(format: b).parse($0) != nil }.count
                    }
                    if let best { interpreter.dateParser = DateParser(format: best) }
                }
            }
        }
    }

    private mutating func nextRow() throws -> RecordOutcome<Row>? {
        // Optional chaining reads the reader in place (comparing it with nil would copy it).
        if format != .jsonl {
            if let r = firstLineRow {
                firstLineRow = nil
                return row(r)
            }
            guard let o = try delimited?.next() else { return nil }
            switch o {
            case .problem(let p): return .problem(p)
            case .record(let r): return row(r)
            }
        }
        // A JSON lines file always has its reader.
        return try interpreter.nextRow(from: &jsonl!)
    }

    /// Column 1 holds the text (a plain list of texts).
    static let onlyColumnIsText = ColumnOverride(role: .text, target: .index(1))

    /// A table record's role values, through the column mapping.
    private func row(_ r: RawRecord) -> RecordOutcome<Row> {
        var values = ReviewRowInterpreter.RoleValues()
        if let m = mapping {
            for role in ReviewRowInterpreter.roles {
                if let v = m.value(role, in: r.fields) { values[role] = v }
            }
        }
        return .record(Row(line: r.line, raw: r.raw, values: values))
    }
}
