import Classifier
import Records

/// A review row with what the classifier said of it.
public struct ClassifiedReview: Sendable {
    public var row: ReviewRow
    public var classification: Classification

    /// Creates one.
    public init(row: ReviewRow, classification: Classification) {
        self.row = row
        self.classification = classification
    }
}
