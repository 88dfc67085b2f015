import Lexicon
import ReviewText

/// The phrases found in one analyzed text and which of them the classifier uses: stop phrases
/// apart, the others compete for tokens, the longest first (ties: the earlier), like
/// ``Classifier``'s own selection.
///
/// ```swift
/// let s = MatchSelection(lexicon: lexicon, text: analyzed)
/// s.selected          // the phrases that count
/// s.shadower(of: m)   // the longer phrase that took m's tokens
/// ```
public struct MatchSelection: Sendable {
    /// Every occurrence of every phrase, overlapping ones included.
    public let all: [PhraseMatch]
    /// The non-stop matches that won their tokens, in text order.
    public let selected: [PhraseMatch]
    /// Matches of stop phrases.
    public let stops: [PhraseMatch]
    /// For each token, the index into ``selected`` of the phrase that holds it, or -1.
    public let owner: [Int]

    /// Finds and selects the phrases of a text; defect phrases spanning one of `excluding` (token
    /// ranges: the longer ones a stop phrase blocked, as the classifier's trace names them) do not compete.
    public init(lexicon: Lexicon, text: AnalyzedText, excluding: Set<Range<Int>> = []) {
        let ids = lexicon.matchIDs(text).ids
        let all = lexicon.allMatches(text, ids: ids)
        var stops: [PhraseMatch] = []
        var candidates: [PhraseMatch] = []
        for m in all {
            var other = false
            for e in lexicon.entries(of: m) {
                if case .stop = lexicon.payloads[Int(e)] { stops.append(m) } else { other = true }
            }
            let freed = excluding.contains(m.start..<m.end) && m.kinds & PhraseMatch.Kinds.nonStop == PhraseMatch.Kinds.defect
            if other && !freed { candidates.append(m) }
        }
        candidates.sort { $0.length != $1.length ? $0.length > $1.length : $0.start < $1.start }
        var taken = [Bool](repeating: false, count: text.tokens.count)
        var selected: [PhraseMatch] = []
        for m in candidates where !(m.start..<m.end).contains(where: { taken[$0] }) {
            for i in m.start..<m.end { taken[i] = true }
            selected.append(m)
        }
        selected.sort { $0.start < $1.start }
        var owner = [Int](repeating: -1, count: text.tokens.count)
        for (k, m) in selected.enumerated() { for i in m.start..<m.end { owner[i] = k } }
        self.all = all
        self.selected = selected
        self.stops = stops
        self.owner = owner
    }

    /// Whether a match is one of the selected ones.
    public func isSelected(_ m: PhraseMatch) -> Bool {
        selected.contains { $0.start == m.start && $0.end == m.end && $0.node == m.node }
    }

    /// The selected phrase that took some of `m`'s tokens (nil when `m` is selected or a stop phrase).
    public func shadower(of m: PhraseMatch) -> PhraseMatch? {
        if isSelected(m) { return nil }
        for i in m.start..<m.end where owner[i] >= 0 { return selected[owner[i]] }
        return nil
    }

    /// Whether a match lies inside the `*` gap of a selected phrase (its modifiers still act there).
    public func isInGap(_ m: PhraseMatch, of s: PhraseMatch) -> Bool {
        s.gapEnd > s.gapStart && m.start >= Int(s.gapStart) && m.end <= Int(s.gapEnd)
    }
}
