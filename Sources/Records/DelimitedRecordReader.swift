/// A streaming reader of CSV and TSV rows that reports malformed rows and keeps going.
///
/// It reads ``ByteChunkSource`` chunks, cuts them into physical lines (LF, CRLF or CR) and joins
/// lines only while a quoted field is open. Each call to ``next()`` yields a ``RawRecord`` or a
/// ``RecordProblem``; it throws only when the source itself fails. Blank lines are skipped.
///
/// Quoting follows RFC 4180 (`""` inside quotes is a quote; quoted fields may span lines). A stray
/// quote does not swallow the rest of the file: when a quoted field is still open at a line end,
/// the following lines are taken into the row only if the quote closes properly (followed by the
/// delimiter or the line end) within ``DelimitedReaderOptions/maxContinuationLines`` lines and
/// ``DelimitedReaderOptions/maxContinuationBytes`` bytes, the row then has the expected field count,
/// and (with ``DelimitedReaderOptions/resyncOnWellFormedLine``) the lines in between do not mostly
/// read as complete well-formed rows by themselves. Otherwise the row is reported as
/// `unbalanced quote` and reading resumes at the next physical line.
///
/// TSV (Amazon's reports do not quote): a field is quoted only if it starts with a quote that is
/// properly closed; otherwise the row is read again with every quote literal. So a TSV row is never
/// reported for its quotes.
///
/// Rows whose field count differs from the header's are reported as
/// `wrong field count: expected N, found M`. One extra trailing empty field is allowed and dropped
/// (a trailing delimiter); a header ending in an empty field has that field dropped.
///
///     var reader = DelimitedRecordReader(ArrayChunkSource("a,b\n1,2\n"), options: .init(format: .csv))
///     let header = try reader.readHeader()      // line 1: ["a", "b"]
///     while let outcome = try reader.next() { ... }   // .record(line 2: ["1", "2"])
///
/// - Complexity: O(n) in the input for well-formed rows; an open quote costs re-parsing the lines
///   that hold a quote, at most `maxContinuationLines` of them.
public struct DelimitedRecordReader {
    /// The options in effect.
    public let options: DelimitedReaderOptions
    /// The header row, once read (by ``readHeader()`` or the first ``next()``); `nil` without one.
    public private(set) var header: RawRecord?
    /// The field count rows are checked against: the option's, else the header's.
    public private(set) var expectedFieldCount: Int?

    private var lines: LineSource
    private var pending: [PhysicalLine] = []
    private var pendingHead = 0
    private var splitter: FieldSplitter
    private var probe: FieldSplitter
    private var headerDone = false

    /// Reads rows from `source` with `options`.
    public init(_ source: some ByteChunkSource, options: DelimitedReaderOptions = DelimitedReaderOptions()) {
        self.options = options
        self.lines = LineSource(source)
        let delimiter = options.format.delimiter ?? UInt8(ascii: ",")
        self.splitter = FieldSplitter(delimiter: delimiter)
        self.probe = FieldSplitter(delimiter: delimiter)
        self.expectedFieldCount = options.expectedFieldCount
        self.headerDone = !options.hasHeader
    }

    /// Reads the header row if it has not been read yet and returns it (`nil` for empty input or
    /// when the options say there is no header).
    /// - Throws: ``RecordsError`` (without a file name; the caller adds it) when the header row has
    ///   an unbalanced quote, or when the source fails.
    public mutating func readHeader() throws -> RawRecord? {
        if headerDone { return header }
        headerDone = true
        guard let outcome = try readRow() else { return nil }
        switch outcome {
        case .record(var record):
            if record.fields.count > 1, record.fields.last == "" { record.fields.removeLast() }
            header = record
            if expectedFieldCount == nil { expectedFieldCount = record.fields.count }
            return record
        case .problem(let problem):
            throw RecordsError(file: nil, line: problem.line, message: "header row: \(problem.reason)")
        }
    }

    /// The next row after the header: a record, or a problem for a malformed row; `nil` at the end.
    /// - Throws: only when the source fails, or (on the first call) as ``readHeader()`` does.
    public mutating func next() throws -> RecordOutcome<RawRecord>? {
        if !headerDone { _ = try readHeader() }
        guard let outcome = try readRow() else { return nil }
        guard case .record(var record) = outcome, let expected = expectedFieldCount else { return outcome }
        let found = record.fields.count
        if found == expected { return .record(record) }
        if found == expected + 1, record.fields[found - 1].isEmpty {
            record.fields.removeLast()
            return .record(record)
        }
        return .problem(RecordProblem(line: record.line,
                                      reason: "wrong field count: expected \(expected), found \(found)",
                                      raw: record.raw))
    }

    /// Reads every remaining row.
    public mutating func readAll() throws -> [RecordOutcome<RawRecord>] {
        var all: [RecordOutcome<RawRecord>] = []
        while let o = try next() { all.append(o) }
        return all
    }

    // MARK: - Rows

    /// Whether `count` fields fit the expected count (allowing one trailing empty field).
    private func fits(_ fields: [String], expected: Int) -> Bool {
        fields.count == expected || (fields.count == expected + 1 && fields.last == "")
    }

    /// The line `offset` places ahead of the next unread one, reading more input as needed.
    private mutating func peek(_ offset: Int) throws -> PhysicalLine? {
        while pending.count - pendingHead <= offset {
            guard let line = try lines.nextLine() else { return nil }
            if pendingHead > 0, pendingHead == pending.count {
                pending.removeAll(keepingCapacity: true)
                pendingHead = 0
            }
            pending.append(line)
        }
        return pending[pendingHead + offset]
    }

    private mutating func consume(_ count: Int) {
        pendingHead += count
        if pendingHead == pending.count {
            pending.removeAll(keepingCapacity: true)
            pendingHead = 0
        } else if pendingHead > 256 {
            pending.removeFirst(pendingHead)
            pendingHead = 0
        }
    }

    private static func text(_ lines: ArraySlice<PhysicalLine>) -> String {
        if lines.count == 1 { return String(decoding: lines[lines.startIndex].bytes, as: UTF8.self) }
        var bytes: [UInt8] = []
        for (k, line) in lines.enumerated() {
            if k > 0 { bytes.append(contentsOf: lines[lines.startIndex + k - 1].terminator.bytes) }
            bytes.append(contentsOf: line.bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One row (header or data) without the field-count check.
    private mutating func readRow() throws -> RecordOutcome<RawRecord>? {
        let isTSV = options.format == .tsv
        while true {
            guard let first = try peek(0) else { return nil }
            if first.bytes.isEmpty {
                consume(1)
                continue
            }
            let status = splitter.split(pending[pendingHead..<pendingHead + 1], quoting: true, strict: isTSV)
            switch status {
            case .complete:
                consume(1)
                return .record(RawRecord(line: first.number, fields: splitter.fields,
                                         raw: String(decoding: first.bytes, as: UTF8.self)))
            case .improperClose:
                return literalRow()
            case .open:
                if let count = try continuation(isTSV: isTSV) {
                    let range = pendingHead..<pendingHead + count
                    let record = RawRecord(line: first.number, fields: splitter.fields, raw: Self.text(pending[range]))
                    consume(count)
                    return .record(record)
                }
                if isTSV { return literalRow() }
                let raw = String(decoding: first.bytes, as: UTF8.self)
                consume(1)
                return .problem(RecordProblem(line: first.number, reason: "unbalanced quote", raw: raw))
            }
        }
    }

    /// The first pending line split with all quotes literal (TSV fallback).
    private mutating func literalRow() -> RecordOutcome<RawRecord> {
        let range = pendingHead..<pendingHead + 1
        _ = splitter.split(pending[range], quoting: false, strict: false)
        let line = pending[pendingHead]
        consume(1)
        return .record(RawRecord(line: line.number, fields: splitter.fields,
                                 raw: String(decoding: line.bytes, as: UTF8.self)))
    }

    /// Tries to close the quoted field open at the end of the first pending line. Returns how many
    /// lines the row spans (with ``splitter`` holding its fields), or `nil` for an unbalanced quote.
    ///
    /// The row is accepted when the quote closes properly within the limits and the row then has
    /// the expected field count, unless (with `resyncOnWellFormedLine`) at least
    /// `resyncMinimumLines` of the lines in between, and more than half of them, read alone as
    /// complete well-formed rows: then the quote is taken as stray and those lines as rows.
    private mutating func continuation(isTSV: Bool) throws -> Int? {
        var bytes = pending[pendingHead].bytes.count
        var count = 1
        var wellFormed = 0
        let quote = UInt8(ascii: "\"")
        while count <= options.maxContinuationLines {
            guard let next = try peek(count) else { return nil }
            bytes += next.bytes.count + 2
            if bytes > options.maxContinuationBytes { return nil }
            count += 1
            // A line without a quote cannot close the field: it stays open.
            if !next.bytes.contains(quote) {
                if options.resyncOnWellFormedLine, let expected = expectedFieldCount, !next.bytes.isEmpty {
                    let alone = probe.split(pending[pendingHead + count - 1..<pendingHead + count], quoting: true, strict: true)
                    if case .complete = alone, fits(probe.fields, expected: expected) { wellFormed += 1 }
                }
                continue
            }
            let status = splitter.split(pending[pendingHead..<pendingHead + count], quoting: true, strict: isTSV)
            switch status {
            case .open:
                if options.resyncOnWellFormedLine, let expected = expectedFieldCount {
                    let alone = probe.split(pending[pendingHead + count - 1..<pendingHead + count], quoting: true, strict: true)
                    if case .complete(_, let literalQuote) = alone, !literalQuote, fits(probe.fields, expected: expected) {
                        wellFormed += 1
                    }
                }
                continue
            case .improperClose:
                return nil
            case .complete(let improperLater, _):
                if improperLater { return nil }
                if let expected = expectedFieldCount, !fits(splitter.fields, expected: expected) { return nil }
                let between = count - 2
                if options.resyncOnWellFormedLine, wellFormed >= options.resyncMinimumLines, wellFormed * 2 > between {
                    return nil
                }
                return count
            }
        }
        return nil
    }
}
