/// What a `classify` run did: the invariant `read == classified + rejected` always holds.
public struct RunSummary: Sendable, Equatable {
    /// Data rows read (header rows and blank lines are not rows).
    public var read = 0
    public var classified = 0
    public var rejected = 0
    /// Invalid byte sequences replaced, over all inputs.
    public var invalidBytes = 0
    /// Bytes of input read.
    public var bytes = 0

    /// Zero.
    public init() {}
}
