/// One category a text reports and its score in millionths (integers, so that sums do not depend
/// on the order texts are read in).
public struct CategoryScore: Sendable, Hashable {
    /// The index in the ``CategorySet``.
    public var category: UInt8
    /// The score × 1,000,000, rounded (a classifier score of 0.632 is 632,000).
    public var micro: Int32

    /// Creates a score.
    public init(category: Int, score: Double) {
        self.category = UInt8(category)
        self.micro = Int32(max(1, min(1_000_000_000, (score * 1_000_000).rounded())))
    }
}
