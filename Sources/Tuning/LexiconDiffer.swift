import Classifier
import Foundation
import Lexicon
import Pipeline

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
        let map = OrderedParallelMap<[DumpReview], LexiconDiff, (Classifier, Classifier)>(
            jobs: jobs,
            makeState: { (try Classifier(lexicon: old), try Classifier(lexicon: new)) },
            work: { pair, reviews in
                var part = LexiconDiff(categoryOrder: ids, exampleLimit: limit)
                for r in reviews {
                    let input = r.input
                    part.add(r, old: pair.0.classify(input), new: pair.1.classify(input))
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
}
