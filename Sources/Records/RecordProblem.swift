/// A row that could not be read as a record; the reader reports it and goes on.
public struct RecordProblem: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based physical line where the row starts.
    public var line: Int
    /// Why the row was rejected, e.g. `unbalanced quote`, `wrong field count: expected 6, found 5`,
    /// `invalid JSON: expected ':' at column 9`.
    public var reason: String
    /// The raw text of the rejected row (for an unbalanced quote: only its first line).
    public var raw: String

    /// Creates a problem report.
    public init(line: Int, reason: String, raw: String) {
        self.line = line
        self.reason = reason
        self.raw = raw
    }

    /// `line N: reason`.
    public var description: String { "line \(line): \(reason)" }

    /// The problem as a diagnostic line: `path:line: error: reason`.
    public func diagnostic(file: String) -> String {
        RecordsError(file: file, line: line, message: reason).description
    }
}
