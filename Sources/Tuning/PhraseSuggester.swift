import Classifier
import Foundation
import Lexicon
import Pipeline
import ReviewText

/// Finds phrases a lexicon is missing: n-grams over-represented in a target group of reviews
/// against a background group, scored with the weighted log-odds ratio with an informative
/// Dirichlet prior from the whole dump (``LogOddsScore``), leaving out what the lexicon already
/// covers.
///
/// The groups: with a category, the reviews where it fires against all others; without, the
/// negative reviews (rating 1–2, else label 0, else negative predicted sentiment) that no
/// category covers, against the reviews that are not negative.
///
/// N-grams are Chinese characters (2–4, inside runs of Chinese) and English words (1–3, inside
/// a clause, not starting or ending with a function word), counted once per review, skipping
/// the tokens of phrases the lexicon already has. Two streaming passes over the dump, on every
/// core: the first classifies and counts (in a table of bounded size, see ``NgramTable``), the
/// second — over the target reviews only — grows each top n-gram to the longest expression its
/// occurrences share (物流卡在 → 物流卡在中转站) and collects examples.
///
/// ```swift
/// let s = PhraseSuggester(lexicon: lexicon, category: nil, top: 20)
/// let result = try s.suggest(ReviewDump(paths: ["dump.jsonl"]))
/// ```
public struct PhraseSuggester: Sendable {
    /// The outcome of a run.
    public struct Result: Sendable {
        public var suggestions: [Suggestion]
        /// Reviews read, in the target group and in the background.
        public var reviews: Int
        public var targetReviews: Int
        public var backgroundReviews: Int
    }

    public let lexicon: Lexicon
    /// The category to find phrases for (its index), or nil for uncovered negative reviews.
    public let category: Int?
    /// Suggestions wanted.
    public let top: Int
    /// Target reviews a phrase must occur in at least.
    public var minCount = 3
    /// Worker threads.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// N-grams each worker's table keeps at most.
    public var tableCapacity = 400_000

    /// Creates a suggester.
    public init(lexicon: Lexicon, category: Int?, top: Int) {
        self.lexicon = lexicon
        self.category = category
        self.top = top
    }

    /// Per-thread state of the counting pass.
    final class Worker: @unchecked Sendable {
        let classifier: Classifier
        let analyzer: TextAnalyzer
        var table: NgramTable
        init(lexicon: Lexicon, capacity: Int) throws {
            classifier = try Classifier(lexicon: lexicon)
            analyzer = try lexicon.makeAnalyzer()
            table = NgramTable(capacity: capacity)
        }
    }

    /// Collects results across threads.
    final class Collector<T>: @unchecked Sendable {
        let lock = NSLock()
        var items: [T] = []
        func add(_ x: T) { lock.lock(); items.append(x); lock.unlock() }
    }

    /// Runs both passes and returns the best ``top`` suggestions.
    public func suggest(_ dump: ReviewDump, problem: @escaping (String) -> Void = { _ in }) throws -> Result {
        // Pass 1: classify, split into groups, count n-grams.
        let lexicon = self.lexicon, category = self.category, capacity = tableCapacity
        let workers = Collector<Worker>()
        let groups = Collector<[Int8]>()
        let pass1 = OrderedParallelMap<[DumpReview], [Int8], Worker>(
            jobs: jobs,
            makeState: {
                // Made on the worker's own thread; kept for the merge at the end.
                let w = try Worker(lexicon: lexicon, capacity: capacity)
                workers.add(w)
                return w
            },
            work: { w, reviews in
                var out: [Int8] = []
                out.reserveCapacity(reviews.count)
                for r in reviews {
                    let c = w.classifier.classify(r.input)
                    let group = PhraseSuggester.group(r, c, category: category, lexicon: lexicon)
                    out.append(group)
                    guard group >= 0 else { continue }
                    var grams = Set<String>()
                    for (_, text) in r.input.fields {
                        PhraseRuns(text: w.analyzer.analyze(text), lexicon: lexicon).ngrams(into: &grams)
                    }
                    w.table.add(grams, target: group == 1)
                }
                return out
            },
            deliver: { groups.add($0) }
        )
        var failure: (any Error)?
        do { try dump.read(batch: { try pass1.submit($0) }, problem: problem) } catch { failure = error }
        try pass1.finish()
        if let failure { throw failure }
        let group = groups.items.flatMap { $0 }
        var table = NgramTable(capacity: Int.max)
        for w in workers.items { table.merge(w.table) }
        let targetReviews = group.filter { $0 == 1 }.count
        let backgroundReviews = group.filter { $0 == 0 }.count

        // Pass 2: grow the best candidates, recount them, collect examples.
        let pool = score(table).map(\.0)
        let occurrences = try PhraseGrower(lexicon: lexicon, candidates: pool, jobs: jobs).collect(dump, groups: group)
        var best: [String: Suggestion] = [:]
        for (k, seed) in pool.enumerated() {
            let grown = occurrences[k].grow(seed: seed, chinese: NgramTable.isChinese(seed))
            let l = NgramTable.isChinese(seed) ? 0 : 1
            let n1 = Double(table.totalTarget[l]), n2 = Double(table.totalBackground[l])
            let y1 = Double(grown.target), y2 = Double(grown.background)
            guard grown.target >= minCount, n1 + n2 > 0 else { continue }
            let s = LogOddsScore(target: y1, targetTotal: n1, background: y2, backgroundTotal: n2,
                                 share: (y1 + y2) / (n1 + n2), priorTotal: n1 + n2)
            guard s.z > 0 else { continue }
            let suggestion = Suggestion(phrase: grown.phrase, language: l == 0 ? "zh" : "en", targetCount: grown.target,
                                        targetReviews: targetReviews, backgroundCount: grown.background,
                                        backgroundReviews: backgroundReviews, logOdds: s.delta, z: s.z, examples: grown.examples)
            if let old = best[grown.phrase], old.z >= s.z { continue }
            best[grown.phrase] = suggestion
        }
        let covered = PhraseSuggester.writtenPhrases(lexicon)
        var sorted = best.values.filter { !covered.contains($0.phrase) }
            .sorted { a, b in a.z != b.z ? a.z > b.z : a.phrase < b.phrase }
        // One phrase per expression: drop those inside (or around) a better one with about the same count.
        var kept: [Suggestion] = []
        for s in sorted where !kept.contains(where: { k in
            (k.phrase.contains(s.phrase) || s.phrase.contains(k.phrase)) && Double(s.targetCount) <= 1.25 * Double(k.targetCount)
        }) {
            kept.append(s)
            if kept.count >= top { break }
        }
        sorted = kept
        return Result(suggestions: sorted, reviews: group.count, targetReviews: targetReviews, backgroundReviews: backgroundReviews)
    }

    /// 1: target, 0: background, -1: neither (a negative review a category covers, when looking
    /// for uncovered negatives).
    static func group(_ r: DumpReview, _ c: Classification, category: Int?, lexicon: Lexicon) -> Int8 {
        if let category {
            return c.categories.contains { $0.category.id == lexicon.categories[category].id } ? 1 : 0
        }
        if r.isNegative(predicted: c) { return c.categories.isEmpty ? 1 : -1 }
        return 0
    }

    /// The lexicon's gap-free phrases as n-gram keys (Chinese without spaces).
    static func writtenPhrases(_ lexicon: Lexicon) -> Set<String> {
        var out = Set<String>()
        for words in lexicon.entryTokens where !words.contains(where: { $0 == "*" || $0 == "**" || NumberSlot(piece: $0) != nil }) {
            out.insert(words.joined(separator: " "))
            out.insert(words.joined())
        }
        return out
    }

    /// Candidate n-grams with their scores, best first.
    func score(_ table: NgramTable) -> [(String, LogOddsScore, NgramTable.Counts)] {
        var out: [(String, LogOddsScore, NgramTable.Counts)] = []
        for (g, c) in table.counts where Int(c.target) >= minCount {
            let l = NgramTable.isChinese(g) ? 0 : 1
            let n1 = Double(table.totalTarget[l]), n2 = Double(table.totalBackground[l])
            let total = n1 + n2
            guard total > 0 else { continue }
            let s = LogOddsScore(target: Double(c.target), targetTotal: n1, background: Double(c.background), backgroundTotal: n2,
                                 share: Double(c.total) / total, priorTotal: total)
            if s.z > 0 { out.append((g, s, c)) }
        }
        out.sort { a, b in a.1.z != b.1.z ? a.1.z > b.1.z : a.0.count != b.0.count ? a.0.count > b.0.count : a.0 < b.0 }
        // Drop n-grams inside a better one with about the same target count.
        var kept: [(String, LogOddsScore, NgramTable.Counts)] = []
        for cand in out {
            if kept.contains(where: { k in
                (k.0.contains(cand.0) || cand.0.contains(k.0)) && Double(cand.2.target) <= 1.25 * Double(k.2.target)
                    && Double(k.2.target) <= 1.25 * Double(cand.2.target)
            }) { continue }
            kept.append(cand)
            if kept.count >= max(top * 4, 40) { break }
        }
        return kept
    }
}
