/// Precision, recall and F1 per category, micro and macro F1, and sentiment accuracy with a
/// confusion matrix, accumulated over gold-labeled reviews.
public struct Evaluation: Sendable {
    /// Counts for one category.
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        /// Zero counts.
        public init() {}
        /// Gold reviews in the category.
        public var support: Int { truePositives + falseNegatives }
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { let p = precision, r = recall; return p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }

    /// A review the classifier got wrong on a category.
    public struct Error: Sendable, Hashable {
        public var id: String
        public var category: String
        /// True: predicted but not gold; false: gold but missed.
        public var falsePositive: Bool
        public var evidence: [String]
        public var text: String
    }

    /// Counts per category id, for every category of the taxonomy.
    public private(set) var categories: [String: Counts]
    /// The taxonomy order of the ids.
    public let order: [String]
    /// Gold label → predicted label → count.
    public private(set) var confusion: [Sentiment.Label: [Sentiment.Label: Int]] = [:]
    /// Every false positive and negative.
    public private(set) var errors: [Error] = []
    /// Reviews counted.
    public private(set) var count = 0

    /// An empty evaluation over these category ids.
    public init(categoryIDs: [String]) {
        order = categoryIDs
        categories = Dictionary(uniqueKeysWithValues: categoryIDs.map { ($0, Counts()) })
    }

    /// Adds one review: its gold categories and sentiment, and what the classifier said.
    public mutating func add(id: String, text: String, gold: Set<String>, goldSentiment: Sentiment.Label?, predicted: Classification) {
        count += 1
        let predictedIDs = Set(predicted.categories.map(\.category.id))
        for c in gold.union(predictedIDs) {
            var k = categories[c] ?? Counts()
            switch (gold.contains(c), predictedIDs.contains(c)) {
            case (true, true): k.truePositives += 1
            case (false, true):
                k.falsePositives += 1
                let ev = predicted.categories.first { $0.category.id == c }?.evidence.map { "\($0.text) ← \($0.phrase) (\($0.source))" } ?? []
                errors.append(Error(id: id, category: c, falsePositive: true, evidence: ev, text: text))
            case (true, false):
                k.falseNegatives += 1
                errors.append(Error(id: id, category: c, falsePositive: false, evidence: [], text: text))
            default: break
            }
            categories[c] = k
        }
        if let g = goldSentiment { confusion[g, default: [:]][predicted.sentiment.label, default: 0] += 1 }
    }

    /// F1 over all categories' summed counts.
    public var microF1: Double {
        var total = Counts()
        for c in categories.values {
            total.truePositives += c.truePositives
            total.falsePositives += c.falsePositives
            total.falseNegatives += c.falseNegatives
        }
        return total.f1
    }

    /// Micro precision and recall.
    public var micro: Counts {
        var total = Counts()
        for c in categories.values {
            total.truePositives += c.truePositives
            total.falsePositives += c.falsePositives
            total.falseNegatives += c.falseNegatives
        }
        return total
    }

    /// Mean F1 over the categories that have gold support or predictions.
    public var macroF1: Double {
        let used = categories.values.filter { $0.support > 0 || $0.falsePositives > 0 }
        return used.isEmpty ? 0 : used.map(\.f1).reduce(0, +) / Double(used.count)
    }

    /// Share of reviews whose sentiment label is right.
    public var sentimentAccuracy: Double {
        var right = 0, all = 0
        for (g, row) in confusion { for (p, n) in row { all += n; if g == p { right += n } } }
        return ratio(right, all)
    }
}

func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
