/// A streaming reader of JSON lines: one object per line, yielding each object's top-level fields.
///
/// A line that is not a valid JSON object is reported as `invalid JSON: <why>` with its line
/// number and reading goes on. Blank lines are skipped; a UTF-8 BOM is dropped. Lines end at LF,
/// CRLF or CR (JSON strings cannot hold raw line ends, so a record is always one line).
/// Parsing uses a small hand-written parser (``JSONLineParser``), several times faster than
/// Foundation's `JSONSerialization` on this job.
///
///     var reader = JSONLinesRecordReader(ArrayChunkSource("{\"rating\": 5}\n"))
///     let first = try reader.next()   // .record(line 1: ["rating": .number("5")])
public struct JSONLinesRecordReader {
    private var lines: LineSource

    /// Reads JSON lines from `source`.
    public init(_ source: some ByteChunkSource) {
        lines = LineSource(source)
    }

    /// The next record or problem; `nil` at the end.
    /// - Throws: only when the source fails.
    public mutating func next() throws -> RecordOutcome<JSONRecord>? {
        while let line = try lines.nextLine() {
            if LineSource.isBlank(line.bytes[...]) { continue }
            do throws(JSONLineParser.Failure) {
                let fields = try JSONLineParser.parseObject(line.bytes)
                return .record(JSONRecord(line: line.number, fields: fields, raw: String(decoding: line.bytes, as: UTF8.self)))
            } catch {
                return .problem(RecordProblem(line: line.number, reason: "invalid JSON: \(error.message)",
                                              raw: String(decoding: line.bytes, as: UTF8.self)))
            }
        }
        return nil
    }

    /// The next record's members, in the order written, into `members` (cleared first) — for
    /// readers that look at every member anyway and need no dictionary. Returns the record's
    /// line and raw text, a problem, or nil at the end.
    mutating func nextMembers(into members: inout [(String, JSONValue)]) throws -> RecordOutcome<(line: Int, raw: String)>? {
        while let line = try lines.nextLine() {
            if LineSource.isBlank(line.bytes[...]) { continue }
            members.removeAll(keepingCapacity: true)
            do throws(JSONLineParser.Failure) {
                try JSONLineParser.parseMembers(line.bytes, into: &members)
                return .record((line.number, String(decoding: line.bytes, as: UTF8.self)))
            } catch {
                return .problem(RecordProblem(line: line.number, reason: "invalid JSON: \(error.message)",
                                              raw: String(decoding: line.bytes, as: UTF8.self)))
            }
        }
        return nil
    }

    /// The next non-blank line, unparsed, appended to `lines` (for ``ReviewRowInterpreter`` on
    /// another thread); its number, or nil at the end.
    mutating func nextRawLine(appendingTo lines: inout RawLines) throws -> Int? {
        try self.lines.nextNonBlankLine(appendingTo: &lines)
    }

    /// Reads every remaining line.
    public mutating func readAll() throws -> [RecordOutcome<JSONRecord>] {
        var all: [RecordOutcome<JSONRecord>] = []
        while let o = try next() { all.append(o) }
        return all
    }
}
