/// Turns a review table's records into ``ReviewRow``s: values by role, rating and date parsed,
/// rows that cannot be used (no text at all, an unparseable rating or date, invalid JSON) as
/// problems with their line and raw text.
///
/// It holds what its file decided once — the date format, how JSON keys map to roles — and
/// nothing else, so a copy can interpret JSON lines on another thread
/// (``ReviewTableReader/nextItem(deferringJSONLinesInto:)``).
public struct ReviewRowInterpreter: Sendable {
    /// The file as the user named it.
    public let file: String
    /// The file's format.
    public let format: TableFormat
    /// The date format in use, once decided.
    public internal(set) var dateParser: DateParser?
    private let overrides: [ColumnOverride]
    private var keyRoles: [String: ColumnRole?] = [:]
    private var recentKeys: [String] = []
    private var recentRoles: [ColumnRole?] = []
    /// The members of the JSON line being read (reused).
    private var members: [(String, JSONValue)] = []

    /// A record before its roles are interpreted.
    struct Row {
        var line: Int
        var raw: String
        var values: RoleValues
    }

    /// The values of the roles a review uses, in a fixed inline array (no hashing and no heap
    /// allocation per row).
    struct RoleValues {
        private var slots = InlineArray<13, String?>(repeating: nil)

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

    static let roles: [ColumnRole] = [.id, .orderID, .date, .rating, .title, .text, .followUp, .sellerReply,
                                      .reason, .returnReason, .sku, .productName, .customerComments]

    init(file: String, format: TableFormat, options: ReviewTableOptions) {
        self.file = file
        self.format = format
        overrides = options.overrides
        if let f = options.dateFormat { dateParser = DateParser(format: f) }
    }

    /// Interprets line `i` of `lines` as a JSON object. The row's ``ReviewRow/raw`` stays empty
    /// (a problem keeps the raw line).
    public mutating func interpret(_ lines: RawLines, at i: Int) -> RecordOutcome<ReviewRow> {
        members.removeAll(keepingCapacity: true)
        var failure: JSONLineParser.Failure?
        lines.withBytes(i) { bytes in
            do throws(JSONLineParser.Failure) {
                try JSONLineParser.parseMembers(bytes, into: &members)
            } catch {
                failure = error
            }
        }
        let raw = { String(decoding: lines.bytes(i), as: UTF8.self) }
        if let failure {
            return .problem(RecordProblem(line: lines.number(i), reason: "invalid JSON: \(failure.message)", raw: raw()))
        }
        return interpret(row(fromMembersAt: lines.number(i), raw: ""), raw: raw)
    }

    /// The next record of a JSON lines reader, parsed on this thread.
    mutating func nextRow(from reader: inout JSONLinesRecordReader) throws -> RecordOutcome<Row>? {
        guard let o = try reader.nextMembers(into: &members) else { return nil }
        switch o {
        case .problem(let p): return .problem(p)
        case .record(let r): return .record(row(fromMembersAt: r.line, raw: r.raw))
        }
    }

    private mutating func row(fromMembersAt line: Int, raw: String) -> Row {
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
        for role in ReviewRowInterpreter.roles where values[role] == nil {
            for f in role.fallbacks { if let v = values[f] { values[role] = v; break } }
        }
        return Row(line: line, raw: raw, values: values)
    }

    private func jsonRole(_ key: String) -> ColumnRole? {
        for o in overrides { if case .header(let h) = o.target, ColumnAliases.normalize(h) == ColumnAliases.normalize(key) { return o.role } }
        if let (role, _) = ColumnAliases.role(forHeader: key) { return role }
        return ColumnRole(name: key)
    }

    /// A record or problem as a review row or problem.
    mutating func interpret(_ o: RecordOutcome<Row>) -> RecordOutcome<ReviewRow> {
        switch o {
        case .problem(let p): return .problem(p)
        case .record(let r): return interpret(r, raw: { r.raw })
        }
    }

    /// A row as a review row, or the problem that keeps it from being one; `raw` gives the row's
    /// text for problems.
    private mutating func interpret(_ r: Row, raw: () -> String) -> RecordOutcome<ReviewRow> {
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
                return .problem(RecordProblem(line: r.line, reason: "unparseable rating '\(rating)'", raw: raw()))
            }
            row.rating = n
        }
        if let date = value(.date) {
            guard let d = dateParser?.parse(date) else {
                let f = dateParser.map { " (the file's format is \($0.format))" } ?? ""
                return .problem(RecordProblem(line: r.line, reason: "unparseable date '\(date)'\(f)", raw: raw()))
            }
            row.date = d
        }
        if row.title == nil && row.text == nil && row.followUp == nil && row.reasonCode == nil {
            return .problem(RecordProblem(line: r.line, reason: "empty text", raw: raw()))
        }
        return .record(row)
    }
}
