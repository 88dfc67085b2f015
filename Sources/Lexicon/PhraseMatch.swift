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
    /// What the entries it stands for are, as ``Kinds`` bits: hot loops skip the matches that
    /// cannot concern them without looking up a single entry.
    public var kinds: UInt8
    /// Where its entries are in ``Lexicon/matchEntries`` (and ``Lexicon/matchPayloads``), as the
    /// trie found them; -1 when not known (then ``Lexicon/entryRange(of:)`` looks them up by node).
    public var entryStart: Int32
    public var entryEnd: Int32

    /// Bits of ``kinds``.
    public enum Kinds {
        @inlinable public static var defect: UInt8 { 1 }
        @inlinable public static var sentiment: UInt8 { 2 }
        @inlinable public static var modifier: UInt8 { 4 }
        @inlinable public static var stop: UInt8 { 8 }
        /// An intensifier or diminisher (with ``modifier``): the classifier asks whether a
        /// sentiment word is also a degree word (好, terribly) without looking up its entries.
        @inlinable public static var degree: UInt8 { 16 }
        /// Every kind but stop.
        @inlinable public static var nonStop: UInt8 { defect | sentiment | modifier }

        /// The bit of a payload.
        @inlinable public static func of(_ payload: EntryPayload) -> UInt8 {
            switch payload {
            case .defect: return defect
            case .sentiment: return sentiment
            case .modifier(let k, _): return k == .intensifier || k == .diminisher ? modifier | degree : modifier
            case .stop: return stop
            }
        }
    }

    /// Creates a match (`kinds`: every kind, when not known; `entries`: looked up by node when not given).
    @inlinable
    public init(start: Int, end: Int, node: Int32, gapStart: Int32 = 0, gapEnd: Int32 = 0, kinds: UInt8 = 0x1F,
                entries: Range<Int32> = -1 ..< -1) {
        self.start = start
        self.end = end
        self.node = node
        self.gapStart = gapStart
        self.gapEnd = gapEnd
        self.kinds = kinds
        self.entryStart = entries.lowerBound
        self.entryEnd = entries.upperBound
    }

    /// The number of tokens it spans.
    @inlinable public var length: Int { end - start }

    /// Whether two matches share a token.
    public func overlaps(_ other: PhraseMatch) -> Bool { start < other.end && other.start < end }
}
