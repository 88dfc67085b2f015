/// A place where a lexicon phrase occurs in an analyzed text.
public struct PhraseMatch: Sendable, Hashable {
    /// First token.
    public var start: Int
    /// One past the last token.
    public var end: Int
    /// Indexes into ``Lexicon/entries`` of every entry with this phrase.
    public var entries: [Int32]
    /// Token ranges a `*` gap skipped (negators inside them count).
    public var gaps: [Range<Int>]

    /// Creates a match.
    public init(start: Int, end: Int, entries: [Int32], gaps: [Range<Int>] = []) {
        self.start = start
        self.end = end
        self.entries = entries
        self.gaps = gaps
    }

    /// The number of tokens it spans.
    public var length: Int { end - start }

    /// Whether two matches share a token.
    public func overlaps(_ other: PhraseMatch) -> Bool { start < other.end && other.start < end }
}
