/// The words and facts of one event kept for the people who act on it (complaint queues and the
/// report): dates, rating, status, the texts and where the evidence is in them.
///
/// Only kept when ``EventSet/keepTexts`` is set, so that `attribute` on millions of orders keeps
/// no text it does not need.
public struct EventText: Sendable, Equatable {
    /// The order id as written in the input.
    public var orderID: String
    /// The event's date (days since 1970-01-01), or `nil` when the input has none.
    public var day: Int?
    /// The star rating of feedback (1–5), if any.
    public var rating: Int?
    /// The title, text and follow-up (追评); a claim's or chargeback's reason; a return's comments.
    public var title = "", text = "", followup = ""
    /// A claim's or chargeback's status; a return's reason code.
    public var status = ""
    /// A chargeback's kind (service, fraud, …) or a claim's type, as written.
    public var caseKind = ""
    /// The product name given by the input (returns), if any.
    public var productName = ""
    /// `zh`, `en`, `mixed`, … from the classifier; empty when unknown.
    public var language = ""
    /// The text's sentiment score in [-1, 1], when classified.
    public var sentiment: Double?
    /// Every span of evidence.
    public var evidence: [EvidenceSpan] = []
    /// Where it was read.
    public var file = ""
    public var line = 0

    /// Creates a text.
    public init(orderID: String) { self.orderID = orderID }

    /// The field with index 0 (title), 1 (text) or 2 (follow-up).
    public func field(_ i: UInt8) -> String {
        switch i {
        case 0: return title
        case 1: return text
        default: return followup
        }
    }

    /// Title, text and follow-up joined by a space, without empty ones.
    public var joined: String {
        [title, text, followup].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
