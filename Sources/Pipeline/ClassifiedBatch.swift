/// What a worker made of a ``ReviewBatch``: the rendered records and the rows rejected, delivered
/// in input order.
struct ClassifiedBatch: Sendable {
    /// Rendered output records.
    var bytes: [UInt8] = []
    /// Rejected rows, in file order.
    var rejects: [Reject] = []
    /// Rows classified.
    var classified = 0
}
