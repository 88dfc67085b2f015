import Records
import ReviewText

/// The files of an `attribute` run: orders (required) and the optional others.
public struct AttributeInputs: Sendable {
    /// The orders file; empty for none (only `export` goes without one: every event is then unmatched).
    public var orders: String
    public var feedback: [String] = []
    public var claims: [String] = []
    public var chargebacks: [String] = []
    public var returns: [String] = []
    public var shipments: [String] = []
    /// The return reason table; `lexicons/return-reasons.tsv` beside the lexicons when nil.
    public var returnReasons: String?
    /// The encoding of every input; detected per file when nil.
    public var encoding: TextEncoding?
    /// `--orders-column` overrides for the orders file.
    public var orderColumns: [ColumnOverride] = []
    /// Overrides for the claims, chargebacks, returns and shipments files.
    public var claimColumns: [ColumnOverride] = [], chargebackColumns: [ColumnOverride] = []
    public var returnColumns: [ColumnOverride] = [], shipmentColumns: [ColumnOverride] = []
    /// How feedback tables are read (format, header, overrides, date format).
    public var feedbackTable = ReviewTableOptions()

    /// Inputs with an orders file.
    public init(orders: String) { self.orders = orders }
}
