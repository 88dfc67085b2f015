/// A place where a lexicon phrase occurs in an analyzed text.
///
/// Small and allocation-free: the entries it stands for are looked up with
/// ``Lexicon/entries(of:)``.
public struct PhraseMatch: Sendable, Hashable {
    /// First token.
    public var start: Int
    /// One past the last token.
    public var end: Int
    /// The trie node where the phrase ends (identifies its entries).
    public var node: Int32
    /// The tokens `*` gaps skipped, as one span from the first skipped token to one past the
    /// last (empty when nothing was skipped); negators there count.
    public var gapStart: Int32
    public var gapEnd: Int32

    /// Creates a match.
    public init(start: Int, end: Int, node: Int32, gapStart: Int32 = 0, gapEnd: Int32 = 0) {
        self.start = start
        self.end = end
        self.node = node
        self.gapStart = gapStart
        self.gapEnd = gapEnd
    }

    /// The number of tokens it spans.
    public var length: Int { end - start }

    /// Whether two matches share a token.
    public func overlaps(_ other: PhraseMatch) -> Bool { start < other.end && other.start < end }
}
