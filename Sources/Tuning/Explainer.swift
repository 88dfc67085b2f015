import Classifier
import Lexicon
import ReviewText

/// Explains classifications: runs the classifier with its trace on and adds what the trace does
/// not say in structured form — token offsets, the merged domain words, every match (used or not)
/// with its lexicon entries.
///
/// ```swift
/// let e = try Explainer(lexicon: lexicon).explain(ReviewInput(text: "物流太慢了", rating: 2))
/// print(ExplanationRenderer.text(e))
/// ```
///
/// Holds analyzers: one explainer per thread.
public final class Explainer {
    public let lexicon: Lexicon
    private let classifier: Classifier
    private let analyzer: TextAnalyzer
    /// ICU alone, to tell where the lexicon's words changed the segmentation.
    private let plain: TextAnalyzer

    /// Creates an explainer.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        classifier = try Classifier(lexicon: lexicon)
        analyzer = try lexicon.makeAnalyzer()
        plain = try TextAnalyzer()
    }

    /// Explains one review.
    public func explain(_ input: ReviewInput) -> Explanation {
        let c = classifier.classify(input, trace: true)
        var fields: [Explanation.FieldExplanation] = []
        for (field, text) in input.fields {
            let t = analyzer.analyze(text)
            let p = plain.analyze(text)
            var plainSpans = Set<Int64>()
            for tok in p.tokens { plainSpans.insert(Int64(tok.start) << 32 | Int64(tok.end)) }
            let tokens = t.tokens.map { tok -> Explanation.TokenInfo in
                let r = t.originalRange(of: tok)
                let merged = tok.kind == .ideographic && !plainSpans.contains(Int64(tok.start) << 32 | Int64(tok.end))
                return Explanation.TokenInfo(text: t.text(of: tok), start: r.lowerBound, end: r.upperBound,
                                             kind: tok.kind.rawValue, domainWord: merged)
            }
            // The classifier's own choice: longer defect phrases a stop phrase blocked gave their tokens back.
            let released = Set(c.trace.compactMap { $0.field == field ? $0.released : nil })
            let selection = MatchSelection(lexicon: lexicon, text: t, excluding: released)
            func words(_ m: PhraseMatch) -> String { (m.start..<m.end).map { tokens[$0].text }.joined(separator: " ") }
            var matches: [Explanation.MatchInfo] = []
            let ordered = selection.all.sorted { ($0.start, -$0.length) < ($1.start, -$1.length) }
            for m in ordered {
                var stopEntries: [Explanation.EntryInfo] = [], otherEntries: [Explanation.EntryInfo] = []
                for e in lexicon.entries(of: m) {
                    let entry = lexicon.entries[Int(e)]
                    let info = Explanation.EntryInfo(phrase: entry.phrase, meaning: lexicon.meaning(entry.payload), source: entry.source,
                                                         template: entry.template)
                    if case .stop = entry.payload { stopEntries.append(info) } else { otherEntries.append(info) }
                }
                if !otherEntries.isEmpty {
                    let status: Explanation.MatchStatus
                    if released.contains(m.start..<m.end) && m.kinds & PhraseMatch.Kinds.nonStop == PhraseMatch.Kinds.defect {
                        status = .released
                    } else if selection.isSelected(m) {
                        status = .selected
                    } else if let s = selection.shadower(of: m) {
                        status = selection.isInGap(m, of: s) ? .inGap(of: words(s)) : .shadowed(by: words(s))
                    } else {
                        status = .selected
                    }
                    matches.append(Explanation.MatchInfo(text: words(m), tokens: m.start..<m.end, entries: otherEntries, status: status))
                }
                if !stopEntries.isEmpty {
                    matches.append(Explanation.MatchInfo(text: words(m), tokens: m.start..<m.end, entries: stopEntries, status: .stop))
                }
            }
            let decisions = c.trace.filter { $0.field == field && ![.tokens, .clauses, .match].contains($0.kind) }
            // The classifier's clauses: a contrast phrase of several words opens one.
            let clauses = c.trace.last { $0.field == field && $0.kind == .clauses && $0.clauses != nil }?.clauses ?? t.clauses
            fields.append(Explanation.FieldExplanation(field: field, text: text, tokens: tokens, clauses: clauses,
                                                       matches: matches, decisions: decisions))
        }
        let summary = c.trace.filter { $0.field == nil }
        return Explanation(input: input, fields: fields, summary: summary, classification: c, lexiconDirectory: lexicon.directory)
    }



}
