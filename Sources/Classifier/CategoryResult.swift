import Lexicon

/// A defect category a text reports, how strongly, and why.
public struct CategoryResult: Sendable, Hashable {
    /// The category.
    public var category: DefectCategory
    /// 1 − e^(−w) of the summed weights w of its phrases: in (0, 1), 0.63 for one plain phrase.
    public var score: Double
    /// The summed weights of its phrases.
    public var weight: Double
    /// Every phrase that fired, in text order.
    public var evidence: [Evidence]

    /// Creates a result.
    public init(category: DefectCategory, score: Double, weight: Double, evidence: [Evidence]) {
        self.category = category
        self.score = score
        self.weight = weight
        self.evidence = evidence
    }
}
