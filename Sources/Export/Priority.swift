/// How soon a complaint needs someone, highest first.
///
/// 1. `act_now`: the order's defect counts toward the current ODR and can still be undone — a
///    removal or strike-through candidate inside the 90-day request window, an open A-to-z claim
///    or service chargeback.
/// 2. `counts`: the order's defect counts toward the current ODR (other negative feedback,
///    claims and chargebacks already decided).
/// 3. `other`: every other complaint (3–5 star feedback that reports a defect, returns, defects of
///    orders outside the window, claims that do not count).
public enum Priority: Int, Sendable, Comparable, CaseIterable {
    case actNow = 1
    case counts = 2
    case other = 3

    /// `act_now`, `counts`, `other`.
    public var id: String {
        switch self {
        case .actNow: return "act_now"
        case .counts: return "counts"
        case .other: return "other"
        }
    }

    /// The label for people, in `zh` or `en`.
    public func label(_ lang: String) -> String {
        switch (self, lang == "zh") {
        case (.actNow, false): return "1 act now"
        case (.counts, false): return "2 counts toward ODR"
        case (.other, false): return "3 other"
        case (.actNow, true): return "1 立即处理"
        case (.counts, true): return "2 计入ODR"
        case (.other, true): return "3 其他"
        }
    }

    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
}
