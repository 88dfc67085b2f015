import ReviewText

/// A loaded, compiled lexicon: the taxonomy, the rules, every entry, and the matcher built from
/// them. Immutable and shared by all threads.
///
/// Load one with ``LexiconLoader``.
public struct Lexicon: Sendable {
    /// The directory it was loaded from.
    public let directory: String
    /// The defect categories, in taxonomy order.
    public let categories: [DefectCategory]
    /// The tunable constants.
    public let rules: Rules
    /// Every entry of every file.
    public let entries: [LexiconEntry]
    /// Each entry's payload (the same as `entries[i].payload`, without the strings, for speed).
    public let payloads: [EntryPayload]
    /// Per trie node: where its entries start in ``matchEntries`` (see ``entryRange(of:)``).
    public let matchEntryStart: [Int32]
    /// Entry indexes of every trie node, node after node.
    public let matchEntries: [Int32]
    /// The payloads of ``matchEntries``, in the same order (`payloads[matchEntries[k]]`): a hot
    /// loop reads a match's payloads in one place.
    public let matchPayloads: [EntryPayload]
    /// One-character Chinese negators (不, 没, 无, 未, 别): a token that starts with one and is not
    /// in the lexicon is negated in itself (ICU fuses 不是, 没发, 不能).
    public let negatorPrefixes: Set<UInt16>
    /// Each entry's phrase as normalized tokens (gaps as `*`), for explanations.
    public let entryTokens: [[String]]
    /// What text analyzers need to segment like the lexicon: domain words, vocabulary, contrast words.
    public let analyzerConfiguration: AnalyzerConfiguration
    let trie: PhraseTrie

    init(directory: String, categories: [DefectCategory], rules: Rules, entries: [LexiconEntry],
         entryTokens: [[String]], analyzerConfiguration: AnalyzerConfiguration, trie: PhraseTrie) {
        self.directory = directory
        self.categories = categories
        self.rules = rules
        self.entries = entries
        self.payloads = entries.map(\.payload)
        self.matchEntryStart = trie.entryStart
        self.matchEntries = trie.flatEntries
        self.matchPayloads = trie.flatEntries.map { entries[Int($0)].payload }
        var prefixes = Set<UInt16>()
        for (e, words) in zip(entries, entryTokens) {
            if case .modifier(.negator, _) = e.payload, words.count == 1, words[0].utf16.count == 1,
               let u = words[0].utf16.first, (0x3400...0x9FFF).contains(u) {
                prefixes.insert(u)
            }
        }
        negatorPrefixes = prefixes
        self.entryTokens = entryTokens
        self.analyzerConfiguration = analyzerConfiguration
        self.trie = trie
    }

    /// What a payload means, in words: `defect late_delivery weight 1.5`, `sentiment -2`,
    /// `intensifier ×1.3`, `negator`, `stop all categories` (for traces and explanations).
    public func meaning(_ p: EntryPayload) -> String {
        switch p {
        case .defect(let c, let w): return "defect \(categories[c].id) weight \(w.short())"
        case .sentiment(let v): return "sentiment \(v.short())"
        case .modifier(let k, let f): return k == .intensifier || k == .diminisher ? "\(k.rawValue) ×\(f.short())" : k.rawValue
        case .stop(let c): return "stop \(c.map { categories[$0].id } ?? "all categories")"
        }
    }

    /// The index of a category id, or nil.
    public func categoryIndex(_ id: String) -> Int? { categories.firstIndex { $0.id == id } }

    /// A new analyzer that segments text the way this lexicon's phrases were segmented.
    public func makeAnalyzer() throws -> TextAnalyzer { try TextAnalyzer(configuration: analyzerConfiguration) }

    /// Vocabulary ids for matching: the analyzer's ids, with fallbacks for tokens it did not
    /// know — emoji without skin-tone modifiers or variation selectors, and stretched letters
    /// (sooo → so). `stretched` tells which tokens were stretched (nil when none was).
    public func matchIDs(_ text: AnalyzedText) -> (ids: [Int32], stretched: [Bool]?) {
        // An ASCII text has no emoji, and no stretched word without three equal letters or digits
        // in a row: most texts need no look at their tokens.
        if text.isASCII && !text.mayHaveStretchedWord { return (text.ids, nil) }
        var ids = text.ids  // copied only when a fallback id is found
        var stretched: [Bool]? = nil
        let vocab = analyzerConfiguration.vocabulary
        // Borrowed buffers: no slice, retain or bounds check per token.
        text.normalized.withUnsafeBufferPointer { normalized in
        text.ids.withUnsafeBufferPointer { known in
        text.tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices where known[i] < 0 {
                let t = tokens[i]
                switch t.kind {
                case .emoji:
                    let units = normalized[Int(t.start)..<Int(t.end)]
                    let bare = Array(String(decoding: units, as: UTF16.self).unicodeScalars
                        .filter { !(0x1F3FB...0x1F3FF).contains($0.value) && $0.value != 0xFE0F && $0.value != 0x200D }
                        .map { String($0) }.joined().utf16)
                    if let id = bare.withUnsafeBufferPointer({ vocab.id(of: $0) }) { ids[i] = id }
                case .word where t.end - t.start >= 3:
                    let units = UnsafeBufferPointer(rebasing: normalized[Int(t.start)..<Int(t.end)])
                    guard Lexicon.hasRunOfThree(units) else { continue }
                    // Collapse runs of three or more equal letters to two, then to one.
                    var two: [UInt16] = [], one: [UInt16] = []
                    var run = 0
                    var prev: UInt16 = 0
                    for u in units {
                        run = u == prev ? run + 1 : 1
                        prev = u
                        if run <= 2 { two.append(u) }
                        if run == 1 { one.append(u) }
                    }
                    if let id = two.withUnsafeBufferPointer({ vocab.id(of: $0) }) ?? one.withUnsafeBufferPointer({ vocab.id(of: $0) }) {
                        ids[i] = id
                        if stretched == nil { stretched = [Bool](repeating: false, count: ids.count) }
                        stretched![i] = true
                    }
                default:
                    break
                }
            }
        }
        }
        }
        return (ids, stretched)
    }

    static func hasRunOfThree(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard units.count >= 2 else { return false }
        if units[0] == 0 && units[1] == 0 { return true }  // as if preceded by a 0, like the collapse below
        var i = 2
        while i < units.count {
            if units[i] == units[i - 1] && units[i - 1] == units[i - 2] { return true }
            i += 1
        }
        return false
    }

    /// Every occurrence of every phrase, overlapping ones included, each inside one segment
    /// (punctuation bounds it; a contrast word inside it does not).
    ///
    /// - Complexity: O(tokens × phrase depth) on typical text.
    public func allMatches(_ text: AnalyzedText, ids: [Int32]) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        allMatches(text, ids: ids, into: &out)
        return out
    }

    /// ``allMatches(_:ids:)`` into a reused array (cleared first).
    public func allMatches(_ text: AnalyzedText, ids: [Int32], into out: inout [PhraseMatch]) {
        var long: [PhraseMatch] = []
        var ones: [TokenMatch] = []
        withUnsafeTemporaryAllocation(of: TokenMatch.self, capacity: ids.count) { buffer in
            let count = scanMatches(text, ids: ids, ones: buffer.baseAddress!, into: &long)
            ones = Array(buffer[..<count])
        }
        // Merged by start token; at one start, the one-token phrase first (as the walk finds them).
        out.removeAll(keepingCapacity: true)
        var i = 0
        for m in long {
            while i < ones.count && Int(ones[i].start) <= m.start { out.append(ones[i].phraseMatch); i += 1 }
            out.append(m)
        }
        for o in ones[i...] { out.append(o.phraseMatch) }
    }

    /// Every occurrence of every phrase, like ``allMatches(_:ids:)``, split for speed: the
    /// one-token phrases into `ones` (room for one per token; their count is returned), the longer
    /// ones appended to `long` (cleared first); both in order of start token.
    public func scanMatches(_ text: AnalyzedText, ids: [Int32], ones: UnsafeMutablePointer<TokenMatch>,
                            into long: inout [PhraseMatch]) -> Int {
        long.removeAll(keepingCapacity: true)
        return ids.withUnsafeBufferPointer { p in
            text.segments.withUnsafeBufferPointer { segments in
                text.tokens.withUnsafeBufferPointer { tokens in
                    text.normalized.withUnsafeBufferPointer { normalized in
                    trie.scan(ids: p, segments: segments, tokens: tokens, normalized: normalized, gapMax: rules.gapMax,
                              wideGapMax: rules.wideGapMax, ones: ones, into: &long)
                    }
                }
            }
        }
    }

    /// The indexes into ``entries`` of the entries a match stands for.
    @inline(__always)
    public func entries(of match: PhraseMatch) -> ArraySlice<Int32> { matchEntries[entryRange(of: match)] }

    /// Where a match's entry indexes are in ``matchEntries`` (for hot loops: no slice is made).
    @inlinable @inline(__always)
    public func entryRange(of match: PhraseMatch) -> Range<Int> {
        if match.entryStart >= 0 { return Int(match.entryStart)..<Int(match.entryEnd) }
        return Int(matchEntryStart[Int(match.node)])..<Int(matchEntryStart[Int(match.node) + 1])
    }
}
