/// Every event read from the optional inputs, with what reading them found.
public struct EventSet: Sendable {
    /// The events, in input order.
    public var events: [OrderEvent] = []
    /// Details of negative feedback, for removal screening.
    public var details: [FeedbackDetail] = []
    /// One summary per input file.
    public var inputs: [InputSummary] = []
    /// Return reason codes the table does not know, with their counts.
    public var unknownReturnReasons: [String: Int] = [:]
    /// Category ids in classify output that the current lexicon does not have, with their counts.
    public var unknownCategories: [String: Int] = [:]
    /// Feedback rows without a rating (kept for attribution, never a defect).
    public var unratedFeedback = 0
    /// Whether readers keep each event's words and facts in ``texts`` (for queues and the report).
    public var keepTexts = false
    /// The kept texts; ``OrderEvent/text`` indexes them.
    public var texts: [EventText] = []
    /// When texts are kept: events whose order is not in the orders file (their ``OrderEvent/order``
    /// is -1). They are not part of the ODR, but their complaints still need an answer.
    public var orphans: [OrderEvent] = []

    /// Appends `event`, with `text` when texts are kept; an event of order -1 goes to ``orphans``.
    public mutating func append(_ event: OrderEvent, text: @autoclosure () -> EventText) {
        var e = event
        if keepTexts {
            e.text = Int32(texts.count)
            texts.append(text())
        }
        if e.order < 0 { orphans.append(e) } else { events.append(e) }
    }

    /// An empty set.
    public init() {}
}
