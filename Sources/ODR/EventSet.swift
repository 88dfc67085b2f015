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

    /// An empty set.
    public init() {}
}
