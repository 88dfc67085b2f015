/// Reads reviews from any table a seller has — CSV, TSV or JSON lines; Amazon Feedback Manager
/// (6 and 9 columns), FBA customer returns, Taobao/Tmall/JD exports with Chinese headers, generic
/// dumps — streaming, one ``ReviewRow`` or ``RecordProblem`` at a time.
///
/// Columns are found through ``ColumnAliases`` (overridable); a file without a text column is
/// refused with the headers seen. The date format is decided once per file, from the first
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
    public private(set) var dateParser: DateParser?
    private let options: ReviewTableOptions
    private var delimited: DelimitedRecordReader?
    private var jsonl: JSONLinesRecordReader?
    private var pending: [RecordOutcome<Row>] = []
    private var pendingIndex = 0
    private var started = false
    private var keyRoles: [String: ColumnRole?] = [:]
    private var recentKeys: [String] = []
    /// The members of the JSON line being read (reused).
    private var members: [(String, JSONValue)] = []
    private var recentRoles: [ColumnRole?] = []

    /// A record before its roles are interpreted.
    struct Row {
        var line: Int
        var raw: String
        var values: RoleValues
    }

    /// The values of the roles a review uses, in a fixed array (no hashing per row).
    struct RoleValues {
        private var slots = [String?](repeating: nil, count: ReviewTableReader.roles.count)

        static func slot(_ role: ColumnRole) -> Int? {
            switch role {
            case .id: return 0
            case .orderID: return 1
            case .date: return 2
            case .rating: return 3
            case .title: return 4
            case .text: return 5
            case .followUp: return 6
            case .sellerReply: return 7
            case .reason: return 8
            case .returnReason: return 9
            case .sku: return 10
            case .productName: return 11
            case .customerComments: return 12
            default: return nil
            }
        }

        subscript(role: ColumnRole) -> String? {
            get { Self.slot(role).flatMap { slots[$0] } }
            set { if let i = Self.slot(role) { slots[i] = newValue } }
        }
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
        let full = PrefixedChunkSource(prefix: prefix, base: src)
        if format == .jsonl {
            jsonl = JSONLinesRecordReader(full)
            if options.dateFormat != nil { dateParser = DateParser(format: options.dateFormat!) }
        } else {
            let readerOptions = DelimitedReaderOptions(format: format, hasHeader: options.hasHeader)
            var reader = DelimitedRecordReader(full, options: readerOptions)
            if options.hasHeader {
                let header = try reader.readHeader()
                mapping = try ColumnMapper.map(headers: header?.fields ?? [], overrides: options.overrides,
                                               required: [.text], file: file, headerLine: header?.line ?? 1)
            } else {
                // The column count comes from the first row, read from the sniffed prefix alone.
                var peek = DelimitedRecordReader(ArrayChunkSource(prefix), options: readerOptions)
                let count = try peek.next()?.record?.fields.count
                mapping = try ColumnMapper.map(headers: [], columnCount: count, overrides: options.overrides,
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
            return interpret(o)
        }
        guard let o = try nextRow() else { return nil }
        return interpret(o)
    }

    /// Reads the first rows to decide the date format.
    private mutating func fillSample() throws {
        while pending.count < DateFormatGuesser.sampleSize, let o = try nextRow() { pending.append(o) }
        if dateParser == nil {
            if let f = options.dateFormat {
                dateParser = DateParser(format: f)
            } else {
                let dates = pending.compactMap { o -> String? in if case .record(let r) = o { return r.values[.date] } else { return nil } }
                if let f = DateFormatGuesser.guess(dates) {
                    dateParser = DateParser(format: f)
                } else if !dates.filter({ !$0.isEmpty }).isEmpty {
                    // No format reads every sampled date: take the one that reads most; the rest are rejected.
                    let best = DateFormat.guessOrder.max { a, b in
                        dates.filter { DateParser(format: a).parse($0) != nil }.count < dates.filter { DateParser(format: b).parse($0) != nil }.count
                    }
                    if let best { dateParser = DateParser(format: best) }
                }
            }
        }
    }

    private mutating func nextRow() throws -> RecordOutcome<Row>? {
        // Optional chaining reads the reader in place (comparing it with nil would copy it).
        if format != .jsonl {
            guard let o = try delimited?.next() else { return nil }
            switch o {
            case .problem(let p): return .problem(p)
            case .record(let r):
                var values = RoleValues()
                if let m = mapping {
                    for role in ReviewTableReader.roles {
                        if let v = m.value(role, in: r.fields) { values[role] = v }
                    }
                }
                return .record(Row(line: r.line, raw: r.raw, values: values))
            }
        }
        guard let o = try jsonl?.nextMembers(into: &members) else { return nil }
        switch o {
        case .problem(let p): return .problem(p)
        case .record(let r):
            var values = RoleValues()
            for (n, (key, value)) in members.enumerated() {
                // A repeated key keeps its last value, as in a JSON object.
                if members[(n + 1)...].contains(where: { $0.0 == key }) { continue }
                let role: ColumnRole?
                // The few keys of a file, found by comparing (short strings compare in a word or
                // two; hashing them for a dictionary costs more).
                if let k = recentKeys.firstIndex(of: key) {
                    role = recentRoles[k]
                } else if let cached = keyRoles[key] {
                    role = cached
                } else {
                    role = jsonRole(key)
                    keyRoles[key] = role
                    if recentKeys.count < 32 { recentKeys.append(key); recentRoles.append(role) }
                }
                if let role, let text = value.text, values[role] == nil { values[role] = text }
            }
            // Fallbacks, as for tables.
            for role in ReviewTableReader.roles where values[role] == nil {
                for f in role.fallbacks { if let v = values[f] { values[role] = v; break } }
            }
            return .record(Row(line: r.line, raw: r.raw, values: values))
        }
    }

    private func jsonRole(_ key: String) -> ColumnRole? {
        for o in options.overrides { if case .header(let h) = o.target, ColumnAliases.normalize(h) == ColumnAliases.normalize(key) { return o.role } }
        if let (role, _) = ColumnAliases.role(forHeader: key) { return role }
        return ColumnRole(name: key)
    }

    static let roles: [ColumnRole] = [.id, .orderID, .date, .rating, .title, .text, .followUp, .sellerReply,
                                      .reason, .returnReason, .sku, .productName, .customerComments]

    private func interpret(_ o: RecordOutcome<Row>) -> RecordOutcome<ReviewRow> {
        switch o {
        case .problem(let p): return .problem(p)
        case .record(let r):
            func value(_ role: ColumnRole) -> String? {
                guard let v = r.values[role]?.trimmingSpaces(), !v.isEmpty else { return nil }
                return v
            }
            var row = ReviewRow(id: value(.id), orderID: value(.orderID), title: value(.title), text: value(.text) ?? value(.customerComments),
                                followUp: value(.followUp), sellerReply: value(.sellerReply),
                                reasonCode: value(.returnReason) ?? value(.reason), sku: value(.sku), productName: value(.productName),
                                file: file, line: r.line)
            row.raw = r.raw
            // A JSON line is one line; a table row may hold quoted line breaks.
            if format != .jsonl {
                var newlines = 0
                for b in r.raw.utf8 where b == 0x0A { newlines += 1 }
                row.extraLines = newlines
            }
            if let rating = value(.rating) {
                guard let n = RatingParser.rating(from: rating) else {
                    return .problem(RecordProblem(line: r.line, reason: "unparseable rating '\(rating)'", raw: r.raw))
                }
                row.rating = n
            }
            if let date = value(.date) {
                guard let d = dateParser?.parse(date) else {
                    let f = dateParser.map { " (the file's format is \($0.format))" } ?? ""
                    return .problem(RecordProblem(line: r.line, reason: "unparseable date '\(date)'\(f)", raw: r.raw))
                }
                row.date = d
            }
            if row.title == nil && row.text == nil && row.followUp == nil && row.reasonCode == nil {
                return .problem(RecordProblem(line: r.line, reason: "empty text", raw: r.raw))
            }
            return .record(row)
        }
    }
}

