import Classifier
import Records

/// How two lexicon versions classify the same reviews differently: per category how many
/// reviews it reports before and after and how many it gained and lost, the sentiment label
/// changes, and the first changed reviews with the evidence on each side. Made by
/// ``LexiconDiffer``.
public struct LexiconDiff: Sendable {
    /// Per category counts.
    public struct CategoryCounts: Sendable, Hashable {
        public var before = 0
        public var after = 0
        /// Reviews it reports with the new lexicon and did not with the old.
        public var gained = 0
        /// Reviews it reported with the old lexicon and does not with the new.
        public var lost = 0
    }

    /// A category a review gained or lost, with the phrases behind it.
    public struct CategoryChange: Sendable, Hashable {
        public var category: String
        /// Evidence from the side where the category fires.
        public var evidence: [Evidence]
    }

    /// One review that changed.
    public struct Change: Sendable {
        public var id: String
        public var file: String
        public var line: Int
        public var rating: Int?
        public var text: String
        public var gained: [CategoryChange]
        public var lost: [CategoryChange]
        public var oldSentiment: Sentiment
        public var newSentiment: Sentiment
        /// Where the new lexicon's words cut the review's text otherwise ("小瓶 → 小 | 瓶"): a new
        /// Chinese word re-segments every text it occurs in, often the cause of a change.
        public var resegmented: [String] = []
        public var sentimentChanged: Bool { oldSentiment.label != newSentiment.label }
    }

    /// Category ids: the new taxonomy's order, then those only the old one has.
    public var categoryOrder: [String]
    public var categories: [String: CategoryCounts] = [:]
    /// (old label, new label) → reviews.
    public var sentiment: [Sentiment.Label: [Sentiment.Label: Int]] = [:]
    /// Reviews read.
    public var reviews = 0
    /// Reviews whose categories or sentiment label changed.
    public var changed = 0
    public var categoryChanged = 0
    public var sentimentChanged = 0
    /// The first changed reviews, in input order.
    public var examples: [Change] = []
    /// Over the changed reviews: each segmentation change ("小瓶 → 小 | 瓶") and in how many of them.
    public var resegmentations: [String: Int] = [:]
    /// Examples kept at most.
    public var exampleLimit: Int

    /// An empty diff.
    public init(categoryOrder: [String], exampleLimit: Int) {
        self.categoryOrder = categoryOrder
        self.exampleLimit = exampleLimit
        for id in categoryOrder { categories[id] = CategoryCounts() }
    }

    /// Adds one review's two classifications.
    mutating func add(_ r: DumpReview, old: Classification, new: Classification, resegmented: () -> [String] = { [] }) {
        reviews += 1
        let a = Set(old.categories.map(\.category.id)), b = Set(new.categories.map(\.category.id))
        for id in a { categories[id, default: CategoryCounts()].before += 1 }
        for id in b { categories[id, default: CategoryCounts()].after += 1 }
        for id in b.subtracting(a) { categories[id, default: CategoryCounts()].gained += 1 }
        for id in a.subtracting(b) { categories[id, default: CategoryCounts()].lost += 1 }
        let labelChanged = old.sentiment.label != new.sentiment.label
        if labelChanged { sentiment[old.sentiment.label, default: [:]][new.sentiment.label, default: 0] += 1 }
        guard a != b || labelChanged else { return }
        changed += 1
        if a != b { categoryChanged += 1 }
        if labelChanged { sentimentChanged += 1 }
        let cuts = resegmented()
        for c in Set(cuts) { resegmentations[c, default: 0] += 1 }
        guard examples.count < exampleLimit else { return }
        let gained = new.categories.filter { !a.contains($0.category.id) }.map { CategoryChange(category: $0.category.id, evidence: $0.evidence) }
        let lost = old.categories.filter { !b.contains($0.category.id) }.map { CategoryChange(category: $0.category.id, evidence: $0.evidence) }
        examples.append(Change(id: r.row.effectiveID, file: r.row.file, line: r.row.line, rating: r.row.rating, text: r.displayText,
                               gained: gained, lost: lost, oldSentiment: old.sentiment, newSentiment: new.sentiment, resegmented: cuts))
    }

    /// Adds a later part of the dump.
    mutating func merge(_ o: LexiconDiff) {
        for (id, c) in o.categories {
            var k = categories[id] ?? CategoryCounts()
            if categories[id] == nil && !categoryOrder.contains(id) { categoryOrder.append(id) }
            k.before += c.before
            k.after += c.after
            k.gained += c.gained
            k.lost += c.lost
            categories[id] = k
        }
        for (from, row) in o.sentiment { for (to, n) in row { sentiment[from, default: [:]][to, default: 0] += n } }
        reviews += o.reviews
        changed += o.changed
        categoryChanged += o.categoryChanged
        sentimentChanged += o.sentimentChanged
        for e in o.examples where examples.count < exampleLimit { examples.append(e) }
        for (c, n) in o.resegmentations { resegmentations[c, default: 0] += n }
    }
}
