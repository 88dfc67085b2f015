/// Settings of a ``DelimitedRecordReader``.
public struct DelimitedReaderOptions: Sendable, Equatable {
    /// How many physical lines after its first one an open quoted field may span before the row is
    /// reported as `unbalanced quote`: 50.
    public static let defaultMaxContinuationLines = 50
    /// How many bytes an open quoted field may span before the row is reported as `unbalanced quote`: 64 KiB.
    public static let defaultMaxContinuationBytes = 64 * 1024

    /// `csv` (comma) or `tsv` (tab). JSON lines are read by ``JSONLinesRecordReader``.
    public var format: TableFormat
    /// Whether the first non-blank row is a header. Its field count becomes the expected count.
    public var hasHeader: Bool
    /// The expected number of fields per row; `nil` takes it from the header (or does not check
    /// when there is no header).
    public var expectedFieldCount: Int?
    /// The line limit for a quoted field spanning lines.
    public var maxContinuationLines: Int
    /// The byte limit for a quoted field spanning lines.
    public var maxContinuationBytes: Int
    /// When a quoted field is open at a line end and closes properly some lines later, but most of
    /// the lines in between (at least two) read alone as well-formed rows with the expected field
    /// count, the opening quote is taken as a stray one: the row is reported and the lines in
    /// between are read as rows. Turn this off for files whose multi-line fields hold lines that
    /// look like whole rows.
    public var resyncOnWellFormedLine: Bool
    /// How many lines in between must read as well-formed rows (and more than half of them) for
    /// ``resyncOnWellFormedLine`` to apply: 2. With 1, a single row-like line after an open quote is
    /// enough, which also splits real multi-line fields whose inner line has the right number of
    /// delimiters (common in 2–3 column files of English reviews).
    public var resyncMinimumLines: Int

    /// Options for `format` with the defaults above.
    public init(format: TableFormat = .csv,
                hasHeader: Bool = true,
                expectedFieldCount: Int? = nil,
                maxContinuationLines: Int = DelimitedReaderOptions.defaultMaxContinuationLines,
                maxContinuationBytes: Int = DelimitedReaderOptions.defaultMaxContinuationBytes,
                resyncOnWellFormedLine: Bool = true,
                resyncMinimumLines: Int = 2) {
        self.format = format
        self.hasHeader = hasHeader
        self.expectedFieldCount = expectedFieldCount
        self.maxContinuationLines = maxContinuationLines
        self.maxContinuationBytes = maxContinuationBytes
        self.resyncOnWellFormedLine = resyncOnWellFormedLine
        self.resyncMinimumLines = max(1, resyncMinimumLines)
    }
}
