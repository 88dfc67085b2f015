import Classifier
import Foundation
import Lexicon
import Pipeline
import ReviewText

/// Classifies a dump with two lexicon versions and reports what changes (``LexiconDiff``), so a
/// lexicon change is reviewed before it ships. Streams the dump on every core.
///
/// ```swift
/// let diff = try LexiconDiffer(old: before, new: after, examples: 10).diff(ReviewDump(paths: ["dump.jsonl"]))
/// print(LexiconDiffRenderer.text(diff, old: "lexicons.old", new: "lexicons", input: "dump.jsonl"))
/// ```
public struct LexiconDiffer: Sendable {
    public let old: Lexicon
    public let new: Lexicon
    /// Changed reviews to show.
    public let examples: Int
    /// Worker threads.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount

    /// Creates a differ.
    public init(old: Lexicon, new: Lexicon, examples: Int) {
        self.old = old
        self.new = new
        self.examples = examples
    }

    /// Classifies every review twice and collects the differences.
    public func diff(_ dump: ReviewDump, problem: @escaping (String) -> Void = { _ in }) throws -> LexiconDiff {
        var order = new.categories.map(\.id)
        for c in old.categories where !order.contains(c.id) { order.append(c.id) }
        let ids = order, limit = examples
        let old = self.old, new = self.new
        let total = Box(LexiconDiff(categoryOrder: ids, exampleLimit: limit))
        let map = OrderedParallelMap<[DumpReview], LexiconDiff, State>(
            jobs: jobs,
            makeState: { State(old: try Classifier(lexicon: old), new: try Classifier(lexicon: new),
                               oldAnalyzer: try old.makeAnalyzer(), newAnalyzer: try new.makeAnalyzer()) },
            work: { s, reviews in
                var part = LexiconDiff(categoryOrder: ids, exampleLimit: limit)
                for r in reviews {
                    let input = r.input
                    part.add(r, old: s.old.classify(input), new: s.new.classify(input)) {
                        input.fields.flatMap { LexiconDiffer.resegmented(s.oldAnalyzer.analyze($0.1), s.newAnalyzer.analyze($0.1)) }
                    }
                }
                return part
            },
            deliver: { total.value.merge($0) }
        )
        var failure: (any Error)?
        do { try dump.read(batch: { try map.submit($0) }, problem: problem) } catch { failure = error }
        try map.finish()
        if let failure { throw failure }
        return total.value
    }

    /// One worker's classifiers and analyzers.
    struct State {
        let old: Classifier, new: Classifier
        let oldAnalyzer: TextAnalyzer, newAnalyzer: TextAnalyzer
    }

    /// Where two segmentations of one text differ, as "old → new" with tokens joined by " | "
    /// ("小瓶 → 小 | 瓶", "发 | 货 → 发货"): each run of tokens whose boundaries differ, from
    /// the first boundary both share to the next. Normalization does not depend on the lexicon, so
    /// both texts have the same units.
    static func resegmented(_ a: AnalyzedText, _ b: AnalyzedText) -> [String] {
        guard a.normalized == b.normalized else { return [] }
        var out: [String] = []
        var i = 0, j = 0
        while i < a.tokens.count && j < b.tokens.count {
            let x = a.tokens[i], y = b.tokens[j]
            if x.start == y.start && x.end == y.end { i += 1; j += 1; continue }
            if x.end <= y.start { i += 1; continue }  // a token only one side has (never with one normalizer)
            if y.end <= x.start { j += 1; continue }
            // A run from a shared start to the next shared end.
            var ei = i, ej = j
            while a.tokens[ei].end != b.tokens[ej].end {
                if a.tokens[ei].end < b.tokens[ej].end {
                    guard ei + 1 < a.tokens.count else { break }
                    ei += 1
                } else {
                    guard ej + 1 < b.tokens.count else { break }
                    ej += 1
                }
            }
            let left = (i...ei).map { a.text(of: a.tokens[$0]) }.joined(separator: " | ")
            let right = (j...ej).map { b.text(of: b.tokens[$0]) }.joined(separator: " | ")
            out.append("\(left) → \(right)")
            i = ei + 1
            j = ej + 1
        }
        return out
    }
}
