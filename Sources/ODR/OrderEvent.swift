/// One thing said or done about an order — a feedback, a claim, a chargeback, a return — with
/// whether it is a defect under the rules and the categories its text reports.
public struct OrderEvent: Sendable {
    /// The order number in the ``OrderTable``.
    public var order: Int32
    /// The source.
    public var kind: EventKind
    /// Whether it is a defect: negative feedback, a counting claim or service chargeback.
    public var isDefect: Bool
    /// The categories with their scores.
    public var scores: [CategoryScore]
    /// For negative feedback: its index in the feedback details (removal screening), else -1.
    public var detail: Int32 = -1
    /// Its index in ``EventSet/texts`` when texts are kept, else -1.
    public var text: Int32 = -1

    /// Creates an event.
    public init(order: Int32, kind: EventKind, isDefect: Bool, scores: [CategoryScore] = [], detail: Int32 = -1, text: Int32 = -1) {
        self.order = order
        self.kind = kind
        self.isDefect = isDefect
        self.scores = scores
        self.detail = detail
        self.text = text
    }

    /// The categories as bits.
    public var mask: UInt64 {
        var m: UInt64 = 0
        for s in scores { m |= 1 << UInt64(s.category) }
        return m
    }
}
