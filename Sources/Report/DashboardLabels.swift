/// The words of the dashboard in English or Chinese.
public struct DashboardLabels: Sendable {
    /// `en` or `zh`.
    public let language: String

    /// Labels in `language` (`zh`, else English).
    public init(language: String) { self.language = language == "zh" ? "zh" : "en" }

    private static let table: [String: (String, String)] = [
        "title": ("Order Defect Rate report", "订单缺陷率（ODR）报告"),
        "window": ("Window", "统计窗口"),
        "asOf": ("as of", "截至"),
        "days": ("days of order dates", "天（按下单日期）"),
        "generated": ("From", "数据来源"),
        "headline": ("ODR per channel", "各渠道 ODR"),
        "all": ("All orders", "全部订单"),
        "afn": ("Fulfilled by Amazon (AFN)", "亚马逊配送（AFN）"),
        "mfn": ("Seller-fulfilled (MFN)", "卖家自配送（MFN）"),
        "orders": ("orders", "订单"),
        "defective": ("defective", "缺陷订单"),
        "defectiveOfOrders": ("Defective / orders", "缺陷 / 订单"),
        "negativeFeedback": ("Negative feedback", "差评"),
        "claims": ("A-to-z claims", "A-to-z 索赔"),
        "chargebacks": ("Chargebacks", "信用卡拒付"),
        "target": ("target", "目标"),
        "over": ("above target", "超出目标"),
        "ok": ("within target", "达标"),
        "trend": ("ODR over time (the 60-day window ending each day)", "ODR 趋势（截至每天的窗口）"),
        "threshold": ("target", "目标线"),
        "byCategory": ("What the ODR is made of: by defect category", "ODR 构成：按问题类别"),
        "byArea": ("By root-cause area", "按根因领域"),
        "addsUp": ("The parts add up to the ODR", "各部分之和即为 ODR"),
        "category": ("Category", "类别"),
        "area": ("Area", "领域"),
        "contribution": ("Contribution to ODR", "对 ODR 的贡献"),
        "share": ("Share of defects", "占缺陷比例"),
        "weight": ("Defective orders (weighted)", "缺陷订单（加权）"),
        "topSKUs": ("Top SKUs", "问题最多的 SKU"),
        "topCarriers": ("Carriers", "承运商"),
        "sku": ("SKU", "SKU"),
        "carrier": ("Carrier", "承运商"),
        "rate": ("Defect rate", "缺陷率"),
        "topCategories": ("Main categories", "主要类别"),
        "lateShipments": ("Late deliveries (shipment data)", "延误（物流数据）"),
        "whatIf": ("What fixing each would be worth", "逐项改进的收益"),
        "fix": ("Fix", "改进项"),
        "saved": ("Orders no longer defective", "减少的缺陷订单"),
        "after": ("ODR afterwards", "改进后 ODR"),
        "removal": ("Removal and strike-through candidates", "可申请移除/划除的差评"),
        "actNow": ("To do now", "立即处理"),
        "actNowNote": ("Removal and strike-through requests still in time, open A-to-z claims and chargebacks: soonest deadline first. odrlens export writes every complaint as work queues.",
                       "仍在时限内的移除/划除申请、未结的 A-to-z 索赔与拒付，按截止日期排序。odrlens export 可导出全部投诉工作队列。"),
        "daysLeft": ("Days left", "剩余天数"),
        "todo": ("Action", "操作"),
        "more": ("more in the complaint queues", "条见投诉队列"),
        "removalNote": ("Negative feedback Amazon removes or strikes through on request: each one lowers the ODR directly.",
                        "亚马逊可应卖家申请移除或划除的差评：每一条都直接降低 ODR。"),
        "order": ("Order", "订单"),
        "date": ("Date", "日期"),
        "rating": ("Rating", "评分"),
        "action": ("Request", "申请"),
        "reason": ("Reason", "原因"),
        "text": ("Text", "内容"),
        "samples": ("What buyers say, per category", "买家原话（按类别）"),
        "none": ("None.", "无。"),
        "unattributed": ("Unattributed", "未归类"),
        "removalCandidates": ("All removal candidates", "全部可移除差评"),
        "footer": ("Made by odrlens from the files above. Offline: no script, font or image from the network.",
                   "由 odrlens 根据上述文件生成。完全离线：不引用任何网络脚本、字体或图片。"),
    ]

    /// The label for `key`.
    public subscript(_ key: String) -> String {
        guard let pair = Self.table[key] else { return key }
        return language == "zh" ? pair.1 : pair.0
    }

    /// Every key with its label, for the template.
    public var all: [String: String] {
        var out: [String: String] = [:]
        for k in Self.table.keys { out[k] = self[k] }
        return out
    }

    /// The label of a removal request action and reason.
    public func request(_ action: String, _ reason: String) -> (String, String) {
        let zh = language == "zh"
        let a = action == "strike_through" ? (zh ? "划除评分" : "strike-through") : (zh ? "移除" : "removal")
        let r: String
        switch reason {
        case "personal_data": r = zh ? "含个人信息" : "personal data"
        case "obscene": r = zh ? "含不雅用语" : "obscene words"
        case "product_review": r = zh ? "纯产品评论" : "product review only"
        case "fba_delivery": r = zh ? "FBA 配送问题" : "FBA delivery only"
        default: r = reason
        }
        return (a, r)
    }
}
