import Lexicon

/// One decision of the classifier, for `odrlens explain`.
public struct TraceEvent: Sendable, Hashable, CustomStringConvertible {
    /// What was decided.
    public enum Kind: String, Sendable, Hashable {
        case tokens, clauses, match, fired, negated, hypothetical, elsewhere, stopped, sentiment, score, category
    }

    public var kind: Kind
    public var field: Field?
    public var message: String
    /// For a ``Kind/clauses`` event that changes the text layer's clauses (a contrast phrase of
    /// several words opens one): the clauses the classifier used, as token ranges.
    public var clauses: [Range<Int>]?
    /// For a ``Kind/stopped`` event of a longer defect phrase a stop phrase blocked, which then gave
    /// its tokens back: the phrase's tokens, as a range.
    public var released: Range<Int>?

    /// Creates an event.
    public init(_ kind: Kind, _ field: Field?, _ message: String, clauses: [Range<Int>]? = nil, released: Range<Int>? = nil) {
        self.kind = kind
        self.field = field
        self.message = message
        self.clauses = clauses
        self.released = released
    }

    public var description: String { "[\(field?.rawValue ?? "all")] \(kind.rawValue): \(message)" }
}
