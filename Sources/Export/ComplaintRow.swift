/// One row of a complaint queue: an order and what its buyer said about it, with what to do.
///
/// An order appears at most once per queue, whatever the number of its texts (feedback, claim,
/// chargeback, return): their categories, evidence and texts are merged.
public struct ComplaintRow: Sendable, Equatable {
    /// The queue: a category id, an area id, `unattributed`, or `all`.
    public var queue: String
    public var priority: Priority
    public var action: SuggestedAction
    /// Why this action: `product_review`, `fba_delivery`, `personal_data`, `obscene`, `claim_open`, ….
    public var reason: String
    /// Days left until the action's deadline (negative when passed), `nil` when there is none.
    public var daysLeft: Int?
    public var orderID: String
    /// The order's purchase day (days since 1970-01-01); `nil` when the order is not in the orders file.
    public var orderDay: Int?
    /// The earliest complaint's day, if the inputs give one.
    public var complaintDay: Int?
    /// `afn`, `mfn` or `unknown`.
    public var channel: String
    public var skus: [String]
    public var productNames: [String]
    /// The feedback's star rating, if any.
    public var rating: Int?
    /// `feedback`, `claim`, `chargeback`, `return`, in that order, once each.
    public var sources: [String]
    /// Category ids, by score.
    public var categories: [String]
    /// The root-cause areas of the categories, in the same order, once each.
    public var areas: [String]
    /// The highest category score.
    public var score: Double
    /// The matched words.
    public var evidence: [String]
    /// The full texts (several are prefixed with their source).
    public var text: String
    /// `zh`, `en`, ….
    public var language: String
    /// Whether the order is defective in the current ODR window.
    public var countsTowardODR: Bool
    /// For sorting inside a priority.
    public var severity: Double
}
