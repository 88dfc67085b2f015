/// A phrase of one token where it occurs: what ``Lexicon/scanMatches(_:ids:ones:into:)`` reports
/// apart from longer phrases, in 20 bytes (most matches are one token, and the classifier settles
/// them without sorting: a one-token phrase can only lose its token to a longer one).
public struct TokenMatch: Sendable, Hashable {
    /// The token.
    public var start: Int32
    /// The trie node where the phrase ends.
    public var node: Int32
    /// Where its entries are in ``Lexicon/matchEntries`` (and ``Lexicon/matchPayloads``).
    public var entryStart: Int32
    public var entryEnd: Int32
    /// The ``PhraseMatch/Kinds`` of its entries.
    public var kinds: UInt8

    /// Creates one.
    @inlinable
    public init(start: Int32, node: Int32, entryStart: Int32, entryEnd: Int32, kinds: UInt8) {
        self.start = start
        self.node = node
        self.entryStart = entryStart
        self.entryEnd = entryEnd
        self.kinds = kinds
    }

    /// The same match as a ``PhraseMatch``.
    @inlinable
    public var phraseMatch: PhraseMatch {
        PhraseMatch(start: Int(start), end: Int(start) + 1, node: node, gapStart: 0, gapEnd: 0, kinds: kinds, entries: entryStart..<entryEnd)
    }
}
