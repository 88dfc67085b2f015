/// The polarity of a whole review.
public struct Sentiment: Sendable, Hashable {
    /// The three labels of the taxonomy.
    public enum Label: String, Sendable, Hashable, CaseIterable {
        case negative, neutral, positive
    }

    public var label: Label
    /// In [-1, 1].
    public var score: Double

    /// Creates a sentiment.
    public init(label: Label, score: Double) {
        self.label = label
        self.score = score
    }
}
