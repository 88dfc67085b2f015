/// A phrase ``PhraseSuggester`` proposes for a lexicon, with the evidence for it.
public struct Suggestion: Sendable, Hashable {
    /// The phrase, normalized (lower case, Simplified), ready for a lexicon file.
    public var phrase: String
    /// `zh` or `en`: the folder whose `defects.txt` it belongs in.
    public var language: String
    /// Target reviews that contain it, and all target reviews.
    public var targetCount: Int
    public var targetReviews: Int
    /// Background reviews that contain it, and all background reviews.
    public var backgroundCount: Int
    public var backgroundReviews: Int
    /// The weighted log-odds ratio and its z-score (see ``PhraseSuggester``).
    public var logOdds: Double
    public var z: Double
    /// Up to three snippets of target reviews around it.
    public var examples: [String]
    /// The weight proposed: 1.5 when it almost never occurs outside the target group, else 1.
    public var weight: Double {
        Double(backgroundCount) < 0.05 * Double(targetCount) ? 1.5 : 1
    }
}
