/// Where a text about an order comes from.
public enum EventKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case feedback = 0
    case claim = 1
    case chargeback = 2
    case returned = 3

    /// `feedback`, `claim`, `chargeback` or `return`.
    public var description: String {
        switch self {
        case .feedback: return "feedback"
        case .claim: return "claim"
        case .chargeback: return "chargeback"
        case .returned: return "return"
        }
    }
}
