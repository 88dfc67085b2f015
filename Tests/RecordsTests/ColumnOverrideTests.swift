import Testing
@testable import Records

@Suite("ColumnOverride")
struct ColumnOverrideTests {
    @Test("parses ROLE=HEADER and ROLE=N", arguments: [
        ("text=评价内容", ColumnOverride(role: .text, target: .header("评价内容"))),
        ("order-id=Order ID", ColumnOverride(role: .orderID, target: .header("Order ID"))),
        ("RATING = 3", ColumnOverride(role: .rating, target: .index(3))),
        ("seller_reply=Your Response", ColumnOverride(role: .sellerReply, target: .header("Your Response"))),
    ])
    func parses(spec: String, expected: ColumnOverride) throws {
        #expect(try ColumnOverride(parsing: spec) == expected)
    }

    @Test("rejects bad specs", arguments: ["text", "nosuchrole=x", "text=", "text=0"])
    func rejects(spec: String) {
        #expect(throws: RecordsError.self) { try ColumnOverride(parsing: spec) }
    }
}
