import Testing
@testable import Records

@Suite("ColumnAliases")
struct ColumnAliasesTests {
    @Test("every alias belongs to exactly one role")
    func unique() {
        var seen: [String: ColumnRole] = [:]
        for (role, aliases) in ColumnAliases.table {
            for alias in aliases {
                let key = ColumnAliases.normalize(alias)
                #expect(!key.isEmpty, "alias '\(alias)' normalizes to nothing")
                if let other = seen[key] {
                    #expect(other == role, "alias '\(alias)' is listed for \(other) and \(role)")
                }
                seen[key] = role
            }
        }
    }

    @Test("normalization ignores case, spaces and punctuation", arguments: [
        ("Order ID", "orderid"), ("amazon-order-id", "amazonorderid"), ("review_text", "reviewtext"),
        ("\u{FEFF}评价内容：", "评价内容"), ("  RATING ", "rating"),
    ])
    func normalize(header: String, key: String) {
        #expect(ColumnAliases.normalize(header) == key)
    }

    @Test("aliases from the brief", arguments: [
        ("Comments", ColumnRole.text), ("review_text", .text), ("Review Text", .text), ("评价内容", .text), ("评论内容", .text),
        ("订单编号", .orderID), ("订单号", .orderID), ("Order ID", .orderID), ("amazon-order-id", .orderID), ("order-id", .orderID),
        ("Rating", .rating), ("评分", .rating), ("评价结果", .rating), ("评价等级", .rating),
        ("Date", .date), ("评价时间", .date), ("purchase-date", .purchaseDate), ("追评内容", .followUp),
        ("商家回复", .sellerReply), ("Your Response", .sellerReply), ("Response", .sellerReply),
        ("customer-comments", .customerComments), ("reason", .reason), ("宝贝名称", .productName), ("商品名称", .productName),
        ("sku", .sku), ("商品ID", .asin), ("fulfillment-channel", .channel), ("carrier", .carrier), ("ship-date", .shipDate),
        ("promised-date", .promisedDate), ("delivery-date", .deliveryDate), ("status", .status), ("type", .kind), ("kind", .kind),
    ])
    func brief(header: String, role: ColumnRole) {
        #expect(ColumnAliases.role(forHeader: header)?.role == role)
    }
}
