/// The parts of a buyer's text that are classified.
public enum Field: String, Sendable, Hashable, CaseIterable {
    case title
    case text
    /// 追评: a follow-up written later.
    case followup
}
