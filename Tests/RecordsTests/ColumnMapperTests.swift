import Testing
@testable import Records

@Suite("ColumnMapper")
struct ColumnMapperTests {
    @Test("report layouts map to roles", arguments: [
        ("Date\tRating\tComments\tResponse\tOrder ID\tRater Email",
         [ColumnRole.date: 0, .rating: 1, .text: 2, .sellerReply: 3, .orderID: 4, .raterEmail: 5]),
        ("Date\tRating\tComments\tYour Response\tArrived on Time\tItem as Described\tCustomer Service\tOrder ID\tRater Email",
         [.date: 0, .rating: 1, .text: 2, .sellerReply: 3, .arrivedOnTime: 4, .itemAsDescribed: 5, .customerService: 6, .orderID: 7]),
        ("return-date\torder-id\tsku\tasin\tfnsku\tproduct-name\tquantity\tfulfillment-center-id\tdetailed-disposition\treason\tstatus\tlicense-plate-number\tcustomer-comments",
         [.date: 0, .orderID: 1, .sku: 2, .asin: 3, .fnsku: 4, .productName: 5, .quantity: 6, .reason: 9, .status: 10, .customerComments: 12]),
        ("订单编号\t评价时间\t评价结果\t评分\t宝贝名称\t评价内容\t商家回复",
         [.orderID: 0, .date: 1, .rating: 3, .productName: 4, .text: 5, .sellerReply: 6]),
        ("订单号\t子订单\t商品ID\t商品名称\t评价等级\t评论内容\t追评内容",
         [.orderID: 0, .subOrderID: 1, .asin: 2, .productName: 3, .rating: 4, .text: 5, .followUp: 6]),
        ("order-id\tclaim-date\tclaim-type\tstatus\treason",
         [.orderID: 0, .date: 1, .kind: 2, .status: 3, .reason: 4]),
        ("order-id\tcarrier\tship-date\tpromised-date\tdelivery-date",
         [.orderID: 0, .carrier: 1, .shipDate: 2, .promisedDate: 3, .deliveryDate: 4]),
        ("id,review_text,Rating,kind", [.id: 0, .text: 1, .rating: 2, .kind: 3]),
        ("ID, Review Text ,RATING,TYPE", [.id: 0, .text: 1, .rating: 2, .kind: 3]),
    ])
    func layouts(header: String, expected: [ColumnRole: Int]) throws {
        let separator: Character = header.contains("\t") ? "\t" : ","
        let headers = header.split(separator: separator).map(String.init)
        let mapping = try ColumnMapper.map(headers: headers)
        for (role, index) in expected {
            #expect(mapping.columns[role] == index, "role \(role)")
        }
    }

    @Test("All Orders: order id, purchase date as the date fallback, channel, item status")
    func allOrders() throws {
        let (header, records, _) = try readFixture("amazon-all-orders.tsv")
        let mapping = try ColumnMapper.map(headers: header!.fields, required: [.orderID, .date, .channel])
        #expect(mapping.columns[.orderID] == 0)
        #expect(mapping.columns[.merchantOrderID] == 1)
        #expect(mapping.columns[.date] == nil)
        #expect(mapping.index(of: .date) == 2)
        #expect(mapping.value(.channel, in: records[0]) == "Amazon")
        #expect(mapping.value(.itemStatus, in: records[2]) == "Cancelled")
        #expect(mapping.value(.status, in: records[2]) == "Cancelled")
        #expect(mapping.value(.state, in: records[0]) == "CA")
        #expect(mapping.value(.quantity, in: records[1]) == "2")
        #expect(mapping.unmappedHeaders.contains("url"))
    }

    @Test("overrides by header and by 1-based index win over aliases")
    func overrides() throws {
        let headers = ["Date", "Stars", "Comments", "Notes"]
        let mapping = try ColumnMapper.map(headers: headers, overrides: [
            try ColumnOverride(parsing: "rating=Stars"),
            try ColumnOverride(parsing: "text=4"),
        ], required: [.text, .rating])
        #expect(mapping.columns[.rating] == 1)
        #expect(mapping.columns[.text] == 3)
        let headerless = try ColumnMapper.map(headers: [], columnCount: 3,
                                              overrides: [try ColumnOverride(parsing: "rating=2"), try ColumnOverride(parsing: "text=3")],
                                              required: [.text, .rating])
        #expect(headerless.columns == [.rating: 1, .text: 2])
        #expect(headerless.value(.text, in: ["1", "5", "很好"]) == "很好")
    }

    @Test("a missing required role lists the headers and suggests --column")
    func missing() throws {
        do {
            _ = try ColumnMapper.map(headers: ["Date", "Stars"], required: [.text], file: "feedback.tsv")
            Issue.record("expected an error")
        } catch let error as RecordsError {
            #expect(error.description == "feedback.tsv:1: error: no column for 'text'; headers seen: \"Date\", \"Stars\"; choose one with --column text=HEADER")
        }
        #expect(throws: RecordsError.self) {
            _ = try ColumnMapper.map(headers: ["a"], overrides: [ColumnOverride(role: .text, target: .header("b"))])
        }
        #expect(throws: RecordsError.self) {
            _ = try ColumnMapper.map(headers: ["a"], overrides: [ColumnOverride(role: .text, target: .index(2))])
        }
    }
}
