/// The one table of header spellings: for each ``ColumnRole``, the headers that mean it.
///
/// Headers are compared after ``normalize(_:)`` (lower-cased, everything but letters and digits
/// removed), so `Order ID`, `order-id`, `order_id` and `ORDERID` are the same key. When several
/// headers of one file map to the same role, the one matching the alias listed *first* wins
/// (for example `评分`, a 1–5 score, is preferred over `评价结果`, a 好评/中评/差评 label); the other
/// columns stay unmapped. An alias belongs to exactly one role.
///
/// To support a new report, add its spellings here and a test in `ColumnMapperTests`.
public enum ColumnAliases {
    /// Role → aliases, most preferred first.
    public static let table: [(role: ColumnRole, aliases: [String])] = [
        (.id, ["id", "review-id", "review id", "feedback-id", "评价ID", "评论ID"]),
        (.orderID, ["order-id", "Order ID", "amazon-order-id", "订单编号", "订单号", "主订单编号", "订单ID"]),
        (.subOrderID, ["子订单", "子订单编号", "子订单号", "sub-order-id"]),
        (.merchantOrderID, ["merchant-order-id"]),
        (.date, ["Date", "评价时间", "评论时间", "review-date", "feedback-date", "return-date", "claim-date",
                 "chargeback-date", "event-date", "日期", "时间"]),
        (.rating, ["Rating", "评分", "stars", "star-rating", "score", "评价结果", "评价等级", "星级", "评价类型"]),
        (.title, ["title", "review-title", "标题", "评价标题"]),
        (.text, ["text", "Comments", "review_text", "Review Text", "review", "comment", "feedback", "content",
                 "body", "评价内容", "评论内容", "初评内容", "买家评价"]),
        (.followUp, ["追评内容", "追加评论", "追评", "follow-up", "followup-text"]),
        (.sellerReply, ["Your Response", "Response", "seller-response", "seller-reply", "商家回复", "卖家回复",
                        "掌柜回复", "回复内容"]),
        (.sku, ["sku", "seller-sku", "商家编码", "SKU编码"]),
        (.asin, ["asin", "product-id", "商品ID", "宝贝ID", "商品编号"]),
        (.fnsku, ["fnsku"]),
        (.productName, ["product-name", "product", "item-name", "宝贝名称", "商品名称", "商品标题", "宝贝标题"]),
        (.status, ["status", "order-status", "claim-status", "状态", "订单状态"]),
        (.kind, ["type", "kind", "claim-type", "chargeback-type", "类型"]),
        (.reason, ["reason", "claim-reason", "reason-text", "原因"]),
        (.channel, ["fulfillment-channel", "fulfilment-channel", "channel", "配送方式"]),
        (.salesChannel, ["sales-channel"]),
        (.shipServiceLevel, ["ship-service-level"]),
        (.carrier, ["carrier", "ship-carrier", "快递公司", "物流公司", "承运商"]),
        (.shipDate, ["ship-date", "shipment-date", "发货时间"]),
        (.promisedDate, ["promised-date", "promise-date", "latest-delivery-date", "承诺送达时间"]),
        (.deliveryDate, ["delivery-date", "delivered-date", "actual-delivery-date", "签收时间"]),
        (.returnReason, ["return-reason", "退货原因", "退款原因"]),
        (.customerComments, ["customer-comments", "buyer-comments", "买家留言"]),
        (.state, ["ship-state", "state", "省份"]),
        (.quantity, ["quantity", "quantity-purchased", "qty", "数量", "购买数量"]),
        (.itemStatus, ["item-status"]),
        (.purchaseDate, ["purchase-date", "order-date", "下单时间", "付款时间", "订单创建时间"]),
        (.lastUpdatedDate, ["last-updated-date"]),
        (.raterEmail, ["Rater Email", "buyer-email"]),
        (.arrivedOnTime, ["Arrived on Time"]),
        (.itemAsDescribed, ["Item as Described"]),
        (.customerService, ["Customer Service"]),
        (.fulfillmentCenter, ["fulfillment-center-id"]),
        (.disposition, ["detailed-disposition"]),
    ]

    /// Normalized alias → (role, preference rank within the role).
    static let index: [String: (role: ColumnRole, rank: Int)] = {
        var index: [String: (role: ColumnRole, rank: Int)] = [:]
        for (role, aliases) in table {
            for (rank, alias) in aliases.enumerated() {
                let key = normalize(alias)
                if index[key] == nil { index[key] = (role, rank) }
            }
        }
        return index
    }()

    /// The role a header means, with its preference rank (0 is best), or `nil`.
    public static func role(forHeader header: String) -> (role: ColumnRole, rank: Int)? {
        index[normalize(header)]
    }

    /// Lower-cases `text` and keeps only letters and digits (any script), dropping spaces,
    /// punctuation, symbols and a BOM: `Order ID` → `orderid`, `评价内容：` → `评价内容`.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            let props = scalar.properties
            if props.isAlphabetic || props.numericType != nil { out.append(scalar) }
        }
        return String(out)
    }
}
