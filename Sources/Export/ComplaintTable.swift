import Lexicon
import ODR
import Records

/// The columns of a complaint queue and each row's values, for CSV and XLSX alike.
public struct ComplaintTable: Sendable {
    /// `en` or `zh` headers and labels.
    public var language: String
    /// Category and area names.
    public var taxonomy: [String: DefectCategory]

    /// A table in `language` with the lexicon's category names.
    public init(language: String, categories: [DefectCategory]) {
        self.language = language
        var t: [String: DefectCategory] = [:]
        for c in categories { t[c.id] = c }
        taxonomy = t
    }

    /// Column ids, English and Chinese titles, widths, wrapped.
    static let columns: [(id: String, en: String, zh: String, width: Double, wrap: Bool)] = [
        ("queue", "Queue", "队列", 16, false),
        ("priority", "Priority", "优先级", 18, false),
        ("action", "Suggested action", "建议操作", 30, false),
        ("reason", "Reason", "原因", 22, false),
        ("days_left", "Days left", "剩余天数", 9, false),
        ("order_id", "Order ID", "订单号", 21, false),
        ("order_date", "Order date", "下单日期", 11, false),
        ("complaint_date", "Complaint date", "投诉日期", 11, false),
        ("channel", "Channel", "配送渠道", 8, false),
        ("sku", "SKU", "SKU", 16, false),
        ("product", "Product", "商品名称", 30, true),
        ("rating", "Rating", "评分", 7, false),
        ("sources", "Sources", "来源", 16, false),
        ("categories", "Categories", "问题类别", 24, false),
        ("areas", "Root-cause area", "根因领域", 18, false),
        ("score", "Score", "得分", 7, false),
        ("evidence", "Evidence", "证据词", 28, true),
        ("text", "Text", "原文", 60, true),
        ("lang", "Language", "语言", 8, false),
    ]

    /// The header titles.
    public var headers: [String] { Self.columns.map { language == "zh" ? $0.zh : $0.en } }

    /// Column ids (for tests and CSV consumers).
    public static var columnIDs: [String] { columns.map(\.id) }

    /// The worksheet columns.
    public var worksheetColumns: [WorksheetColumn] {
        Self.columns.map { WorksheetColumn(title: language == "zh" ? $0.zh : $0.en, width: $0.width, wrap: $0.wrap) }
    }

    /// A queue's name for people: the category's or area's name in the table's language.
    public func queueName(_ queue: String) -> String {
        if let c = taxonomy[queue] { return language == "zh" ? c.nameZH : c.nameEN }
        return Self.areaName(queue, language)
    }

    /// An area's (or `unattributed`'s, `all`'s) name.
    public static func areaName(_ id: String, _ lang: String) -> String {
        let zh = lang == "zh"
        switch id {
        case "logistics": return zh ? "物流" : "Logistics"
        case "order_processing": return zh ? "订单处理" : "Order processing"
        case "inventory": return zh ? "库存" : "Inventory"
        case "product": return zh ? "产品" : "Product"
        case "after_sales": return zh ? "售后服务" : "After-sales"
        case "unattributed": return zh ? "未归类" : "Unattributed"
        case "all": return zh ? "全部投诉" : "All complaints"
        default: return id
        }
    }

    /// The cells of `row`, in column order.
    public func cells(_ row: ComplaintRow) -> [Cell] {
        [
            .text(row.queue),
            .text(row.priority.label(language)),
            .text(row.action.label(language)),
            .text(row.reason),
            row.daysLeft.map { .integer($0) } ?? .empty,
            .text(row.orderID),
            row.orderDay.map { .date(CalendarDate(dayNumber: $0)) } ?? .empty,
            row.complaintDay.map { .date(CalendarDate(dayNumber: $0)) } ?? .empty,
            .text(row.channel),
            .text(orEmpty: row.skus.joined(separator: ";")),
            .text(orEmpty: row.productNames.joined(separator: ";")),
            row.rating.map { .integer($0) } ?? .empty,
            .text(row.sources.joined(separator: ";")),
            .text(orEmpty: row.categories.joined(separator: ";")),
            .text(orEmpty: row.areas.joined(separator: ";")),
            row.categories.isEmpty ? .empty : .number((row.score * 1000).rounded() / 1000),
            .text(orEmpty: row.evidence.joined(separator: "; ")),
            .text(orEmpty: row.text),
            .text(orEmpty: row.language),
        ]
    }

    /// The fields of `row` as text (CSV).
    public func fields(_ row: ComplaintRow) -> [String] {
        cells(row).map { cell in
            switch cell {
            case .empty: return ""
            case .text(let s): return s
            case .integer(let i): return String(i)
            case .number(let d): return String(format3: d)
            case .date(let y, let m, let d): return CalendarDate(year: y, month: m, day: d)?.iso ?? ""
            }
        }
    }
}

extension String {
    /// A number with at most three decimals and no trailing zeros (0.632, 1).
    init(format3 d: Double) {
        var s = String(Int((d * 1000).rounded()))
        let neg = s.hasPrefix("-")
        if neg { s.removeFirst() }
        while s.count < 4 { s = "0" + s }
        var whole = String(s.dropLast(3)), frac = String(s.suffix(3))
        while frac.hasSuffix("0") { frac.removeLast() }
        if whole.isEmpty { whole = "0" }
        self = (neg ? "-" : "") + whole + (frac.isEmpty ? "" : "." + frac)
    }
}

extension ComplaintTable {
    /// `zh` when more of the texts are Chinese than English, else `en`.
    public static func majorityLanguage(_ texts: [EventText]) -> String {
        var zh = 0, en = 0
        for t in texts {
            if t.language == "zh" { zh += 1 } else if t.language == "en" { en += 1 }
        }
        return zh > en ? "zh" : "en"
    }
}
