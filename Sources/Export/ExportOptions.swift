/// What goes into the complaint queues and how they are cut.
public struct ExportOptions: Sendable {
    /// One queue per category (default), per area, or one queue.
    public var split: QueueSplit = .category
    /// Keep only complaints with one of these categories (ids); all when empty.
    public var categories: Set<String> = []
    /// Keep only complaints with a category of one of these areas (ids); all when empty.
    public var areas: Set<String> = []
    /// Keep only complaints dated on or after this day (days since 1970-01-01).
    public var since: Int?
    /// Ignore categories scored below this (0–1); a complaint left without category and without a
    /// defect is dropped.
    public var minScore = 0.0
    /// Keep only texts in these languages (`zh`, `en`, …); all when empty.
    public var languages: Set<String> = []
    /// Mask e-mail addresses and phone numbers in texts and evidence.
    public var redact = false
    /// The day deadlines are counted from; the latest date in the inputs when `nil`.
    public var today: Int?
    /// Days after a feedback in which removal or strike-through can be requested: 90.
    public var removalDays = 90
    /// Days after a feedback in which the buyer can still remove it: 60.
    public var buyerRemovalDays = 60
    /// Days to answer an A-to-z claim: 3 (Amazon's 72 hours).
    public var claimResponseDays = 3
    /// Days to answer a chargeback inquiry: 7.
    public var chargebackResponseDays = 7
    /// Claim and chargeback statuses (lower case) that mean the case is still open.
    public var openStatuses: Set<String> = ["open", "pending", "new", "in progress", "under review", "awaiting response",
                                            "awaiting seller response", "action required", "处理中", "待处理", "待回复", "进行中", "申诉中"]
    /// Labels in `en` or `zh`.
    public var language = "en"

    /// The defaults.
    public init() {}

    /// Whether `status` is an open one.
    public func isOpen(_ status: String) -> Bool {
        let s = status.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return openStatuses.contains(s.trimmingCharacters(in: .whitespaces))
    }
}
