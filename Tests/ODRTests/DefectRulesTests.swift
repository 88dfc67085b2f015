import Testing
@testable import ODR

@Suite struct DefectRulesTests {
    @Test(arguments: [("Granted/Seller Funded", true), ("Granted/Amazon Funded", true), ("Closed/Refunded", true),
                      ("Withdrawn", false), ("Closed/Denied", false), ("Reversed on appeal", false), ("", true)])
    func claims(status: String, counts: Bool) {
        #expect(DefectRules().claimCounts(status: status) == counts)
    }

    @Test(arguments: [("service", "Seller responsible", true), ("service", "Amazon responsible", false), ("service", "Closed/Denied", false),
                      ("fraud", "Seller responsible", false), ("Unauthorized", "", false), ("", "", true), ("service", "Reversed", false)])
    func chargebacks(kind: String, status: String, counts: Bool) {
        #expect(DefectRules().chargebackCounts(kind: kind, status: status) == counts)
    }

    @Test(arguments: [(1, true), (2, true), (3, false), (5, false), (nil, false)] as [(Int?, Bool)])
    func feedback(rating: Int?, negative: Bool) {
        #expect(DefectRules.isNegative(rating: rating) == negative)
    }
}
