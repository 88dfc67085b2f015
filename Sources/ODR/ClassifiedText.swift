/// What one text gave the ``TextClassifierPool``: its category scores, evidence spans, language
/// and sentiment score.
public struct ClassifiedText: Sendable {
    public var scores: [CategoryScore] = []
    public var evidence: [EvidenceSpan] = []
    public var language = ""
    public var sentiment = 0.0

    /// Creates one.
    public init(scores: [CategoryScore] = [], evidence: [EvidenceSpan] = [], language: String = "", sentiment: Double = 0) {
        self.scores = scores
        self.evidence = evidence
        self.language = language
        self.sentiment = sentiment
    }
}
