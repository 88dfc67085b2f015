/// Where a category's phrase is in an event's text: the field, the span in Unicode scalars of that
/// field's original text, and the category it points to.
public struct EvidenceSpan: Sendable, Equatable {
    /// 0 title, 1 text, 2 follow-up.
    public var field: UInt8
    /// Start offset in Unicode scalars.
    public var start: Int32
    /// End offset (exclusive).
    public var end: Int32
    /// The index in the ``CategorySet``.
    public var category: UInt8

    /// Creates a span.
    public init(field: UInt8, start: Int, end: Int, category: Int) {
        self.field = field
        self.start = Int32(start)
        self.end = Int32(end)
        self.category = UInt8(category)
    }
}
