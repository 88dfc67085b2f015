/// What the support team should do about a complaint.
public enum SuggestedAction: String, Sendable, CaseIterable {
    /// Ask Amazon to remove the feedback (a product review, personal data or obscene words).
    case requestRemoval = "request_removal"
    /// Ask Amazon to strike the rating through (FBA order, the comment is only about delivery).
    case requestStrikeThrough = "request_strike_through"
    /// Answer the A-to-z claim before its deadline.
    case respondToClaim = "respond_to_claim"
    /// Answer the chargeback inquiry before its deadline.
    case respondToChargeback = "respond_to_chargeback"
    /// Contact the buyer, resolve the problem, and ask them to reconsider their feedback.
    case contactBuyer = "contact_buyer"
    /// Offer a refund or a replacement.
    case refundOrReplace = "refund_or_replace"
    /// Check the parcel's tracking with the carrier, then update the buyer.
    case checkWithCarrier = "check_with_carrier"
    /// Fix the listing: description, photos, size chart.
    case fixListing = "fix_listing"
    /// Review packing and picking for the SKU.
    case reviewFulfilment = "review_fulfilment"
    /// Check stock and listing availability.
    case checkInventory = "check_inventory"

    /// The label for people, in `zh` or `en`.
    public func label(_ lang: String) -> String {
        let zh = lang == "zh"
        switch self {
        case .requestRemoval: return zh ? "申请移除差评" : "request feedback removal"
        case .requestStrikeThrough: return zh ? "申请划除评分(FBA配送)" : "request strike-through (FBA delivery)"
        case .respondToClaim: return zh ? "回复A-to-z索赔" : "respond to the A-to-z claim"
        case .respondToChargeback: return zh ? "回复拒付" : "respond to the chargeback"
        case .contactBuyer: return zh ? "联系买家并解决" : "contact buyer and resolve"
        case .refundOrReplace: return zh ? "退款或换货" : "refund or replace"
        case .checkWithCarrier: return zh ? "向承运商核实物流" : "check tracking with the carrier"
        case .fixListing: return zh ? "修正商品描述" : "fix the listing"
        case .reviewFulfilment: return zh ? "检查拣货与包装" : "review picking and packing"
        case .checkInventory: return zh ? "核对库存" : "check inventory"
        }
    }

    /// The action for a complaint that is not urgent, from its main category.
    public static func forCategory(_ id: String?) -> SuggestedAction {
        switch id {
        case "late_delivery", "not_received": return .checkWithCarrier
        case "damaged", "defective", "wrong_item", "missing_parts": return .refundOrReplace
        case "poor_packaging": return .reviewFulfilment
        case "not_as_described", "size_fit": return .fixListing
        case "out_of_stock": return .checkInventory
        default: return .contactBuyer
        }
    }
}
