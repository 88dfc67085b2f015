/// What a column means, independent of how a report spells its header.
///
/// The header spellings live in one place, ``ColumnAliases``. Raw values are the names users write
/// in `--column ROLE=HEADER` (matched case- and punctuation-insensitively, so `order-id` works too).
public enum ColumnRole: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// A review or record id.
    case id
    /// The order id (`NNN-NNNNNNN-NNNNNNN` on Amazon; 订单编号 on Taobao).
    case orderID
    /// A Taobao sub-order (子订单).
    case subOrderID
    /// The seller's own order id (`merchant-order-id`).
    case merchantOrderID
    /// The date of the row's event: feedback, review, claim, return. Falls back to ``purchaseDate``.
    case date
    /// The rating, 1–5 or a label such as 好评.
    case rating
    /// A review title.
    case title
    /// The buyer's comment or review text.
    case text
    /// A follow-up review (追评).
    case followUp
    /// The seller's reply.
    case sellerReply
    /// The seller's SKU.
    case sku
    /// Amazon's ASIN, or another marketplace's listing id (商品ID).
    case asin
    /// Amazon's FNSKU (FBA returns).
    case fnsku
    /// The product name.
    case productName
    /// A status: order status, claim status, return status.
    case status
    /// The kind of a claim or chargeback (`type`, `kind`).
    case kind
    /// A reason text or code (FBA return reason, claim reason).
    case reason
    /// The fulfillment channel: AFN/MFN, Amazon/Merchant.
    case channel
    /// The sales channel (Amazon.com, …).
    case salesChannel
    /// The ship service level.
    case shipServiceLevel
    /// The carrier.
    case carrier
    /// The ship date.
    case shipDate
    /// The promised delivery date.
    case promisedDate
    /// The delivery date.
    case deliveryDate
    /// A return reason given separately from ``reason``.
    case returnReason
    /// The buyer's comments on a return.
    case customerComments
    /// The ship-to state or province.
    case state
    /// The quantity.
    case quantity
    /// The item status (All Orders report).
    case itemStatus
    /// The purchase (order) date.
    case purchaseDate
    /// The last-updated date (All Orders report).
    case lastUpdatedDate
    /// The rater's e-mail (feedback report).
    case raterEmail
    /// The buyer's Yes/No: arrived on time.
    case arrivedOnTime
    /// The buyer's Yes/No: item as described.
    case itemAsDescribed
    /// The buyer's Yes/No: customer service.
    case customerService
    /// The FBA fulfillment center id.
    case fulfillmentCenter
    /// The FBA detailed disposition.
    case disposition

    /// The raw value, e.g. `orderID`.
    public var description: String { rawValue }

    /// Roles tried, in order, when a mapping has no column for this role: `date` → `purchaseDate`.
    public var fallbacks: [ColumnRole] {
        switch self {
        case .date: return [.purchaseDate]
        case .returnReason: return [.reason]
        case .text: return [.customerComments]
        default: return []
        }
    }

    /// The role whose name matches `name` case- and punctuation-insensitively (`orderID`,
    /// `order-id`, `ORDER_ID`), or `nil`.
    public init?(name: String) {
        let key = ColumnAliases.normalize(name)
        guard let role = ColumnRole.allCases.first(where: { ColumnAliases.normalize($0.rawValue) == key }) else {
            return nil
        }
        self = role
    }
}
