/// Balanced accuracy of negative-versus-positive on a corpus with binary labels: the mean of the
/// recall on negative reviews and the recall on positive reviews. A review is predicted negative
/// when its text sentiment is negative.
public struct PolarityEvaluation: Sendable {
    public private(set) var negatives = 0
    public private(set) var positives = 0
    public private(set) var negativesRight = 0
    public private(set) var positivesRight = 0
    /// Reviews predicted neutral, by gold side.
    public private(set) var neutralOnNegative = 0
    public private(set) var neutralOnPositive = 0

    /// An empty evaluation.
    public init() {}

    /// Adds one review: whether it is really negative, and the predicted sentiment.
    public mutating func add(negative: Bool, predicted: Sentiment) {
        let saysNegative = predicted.label == .negative
        if negative {
            negatives += 1
            if saysNegative { negativesRight += 1 }
            if predicted.label == .neutral { neutralOnNegative += 1 }
        } else {
            positives += 1
            if !saysNegative { positivesRight += 1 }
            if predicted.label == .neutral { neutralOnPositive += 1 }
        }
    }

    /// Recall on negative reviews.
    public var negativeRecall: Double { ratio(negativesRight, negatives) }
    /// Recall on positive reviews.
    public var positiveRecall: Double { ratio(positivesRight, positives) }
    /// The mean of the two recalls.
    public var balancedAccuracy: Double { (negativeRecall + positiveRecall) / 2 }
}
