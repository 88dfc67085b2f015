import Lexicon

/// What the classifier says of one review.
public struct Classification: Sendable {
    /// The defect categories it reports, in taxonomy order.
    public var categories: [CategoryResult]
    /// Their root-cause areas, without repeats, in area order.
    public var areas: [RootCauseArea] {
        Array(Set(categories.map(\.category.area))).sorted()
    }
    /// The sentiment of the whole review (text and rating combined when there is a rating).
    public var sentiment: Sentiment
    /// The sentiment of the text alone.
    public var textSentiment: Sentiment
    /// `zh`, `en`, `ja` (kana present), `mixed`, or `und` when the text has no letters.
    public var language: String
    /// Each decision the classifier made, when asked for (``Classifier/classify(_:trace:)``).
    public var trace: [TraceEvent]

    /// Creates a classification.
    public init(categories: [CategoryResult], sentiment: Sentiment, textSentiment: Sentiment, language: String, trace: [TraceEvent] = []) {
        self.categories = categories
        self.sentiment = sentiment
        self.textSentiment = textSentiment
        self.language = language
        self.trace = trace
    }
}
