/// How to read a review table: what the user told us about it.
public struct ReviewTableOptions: Sendable {
    /// The format; detected from content and extension when nil.
    public var format: TableFormat?
    /// Whether the first row is a header (`--no-header` makes it false; then map columns by index).
    public var hasHeader = true
    /// `--column ROLE=HEADER` or `ROLE=N`.
    public var overrides: [ColumnOverride] = []
    /// `--date-format`; guessed per file from a sample of values when nil.
    public var dateFormat: DateFormat?

    /// Defaults: detect everything.
    public init(format: TableFormat? = nil, hasHeader: Bool = true, overrides: [ColumnOverride] = [], dateFormat: DateFormat? = nil) {
        self.format = format
        self.hasHeader = hasHeader
        self.overrides = overrides
        self.dateFormat = dateFormat
    }
}
