/// Which claims and chargebacks count as order defects, as the marketplace decides today.
///
/// - A claim counts unless its status contains one of ``claimIgnore`` (default `withdrawn`,
///   `denied`, `reversed`; `--claim-ignore` changes the set, e.g. to an empty set for the old
///   rule that every claim counts).
/// - A chargeback counts when its kind is not fraud (`fraud`, `unauthorized`) and its status
///   contains none of ``chargebackIgnore`` (`denied`, `reversed`, `amazon responsible`).
/// - Feedback counts when rated 1 or 2 stars.
///
/// Matching is case-insensitive on substrings: `Closed/Denied` is denied.
public struct DefectRules: Sendable, Equatable {
    /// Claim statuses that do not count.
    public var claimIgnore: [String]
    /// Chargeback statuses that do not count.
    public var chargebackIgnore: [String]
    /// Chargeback kinds that do not count.
    public var chargebackFraudKinds: [String]

    /// Today's rules, or others.
    public init(claimIgnore: [String] = ["withdrawn", "denied", "reversed"],
                chargebackIgnore: [String] = ["denied", "reversed", "amazon responsible"],
                chargebackFraudKinds: [String] = ["fraud", "unauthorized"]) {
        self.claimIgnore = claimIgnore.map { $0.lowercased() }.filter { !$0.isEmpty }
        self.chargebackIgnore = chargebackIgnore.map { $0.lowercased() }
        self.chargebackFraudKinds = chargebackFraudKinds.map { $0.lowercased() }
    }

    /// Whether a claim with `status` counts.
    public func claimCounts(status: String) -> Bool {
        let s = status.lowercased()
        return !claimIgnore.contains { s.contains($0) }
    }

    /// Whether a chargeback of `kind` with `status` counts.
    public func chargebackCounts(kind: String, status: String) -> Bool {
        let k = kind.lowercased(), s = status.lowercased()
        if chargebackFraudKinds.contains(where: { k.contains($0) }) { return false }
        return !chargebackIgnore.contains { s.contains($0) }
    }

    /// Whether a feedback rating is negative (1–2 stars).
    public static func isNegative(rating: Int?) -> Bool {
        guard let rating else { return false }
        return rating >= 1 && rating <= 2
    }
}
