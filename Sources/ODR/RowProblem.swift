/// A row that an `attribute` input could not use, with its reason: it goes to the rejects file.
public struct RowProblem: Sendable, Hashable {
    /// The file, as the user named it.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// Why, e.g. `wrong field count: expected 5, found 4`, `unparseable date '13/45/26'`.
    public var reason: String
    /// The row as it stood in the file.
    public var raw: String

    /// Creates a problem report.
    public init(file: String, line: Int, reason: String, raw: String) {
        self.file = file
        self.line = line
        self.reason = reason
        self.raw = raw
    }
}
