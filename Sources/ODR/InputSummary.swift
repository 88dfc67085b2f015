/// What one input file gave: rows read, used, rejected, and rows whose order is not in the orders
/// file (counted and reported, never dropped silently).
public struct InputSummary: Sendable, Equatable {
    /// `orders`, `feedback`, `claims`, `chargebacks`, `returns` or `shipments`.
    public var kind: String
    /// The file as named by the user.
    public var file: String
    /// Data rows read.
    public var rows = 0
    /// Rows used (joined to an order).
    public var used = 0
    /// Rows rejected (see the rejects file).
    public var rejected = 0
    /// Rows whose order id is not in the orders file.
    public var unmatched = 0

    /// Creates a summary.
    public init(kind: String, file: String) {
        self.kind = kind
        self.file = file
    }
}
