/// One review, feedback comment or return from any supported table, with its columns mapped to
/// roles and its rating and date parsed.
public struct ReviewRow: Sendable, Hashable {
    /// The review's own id, when the file has one.
    public var id: String?
    public var orderID: String?
    public var date: CalendarDate?
    /// 1–5.
    public var rating: Int?
    public var title: String?
    public var text: String?
    /// 追评.
    public var followUp: String?
    public var sellerReply: String?
    /// A return or claim reason code (`DAMAGED_BY_CARRIER`).
    public var reasonCode: String?
    public var sku: String?
    public var productName: String?
    /// The file it came from, as named by the user.
    public var file: String
    /// Its 1-based line.
    public var line: Int
    /// Lines after the first that the row spans (quoted fields with line breaks).
    public var extraLines: Int = 0
    /// The row as it stood in the file (for rejects; empty for JSON lines records).
    public var raw: String = ""

    /// Creates a row.
    public init(id: String? = nil, orderID: String? = nil, date: CalendarDate? = nil, rating: Int? = nil,
                title: String? = nil, text: String? = nil, followUp: String? = nil, sellerReply: String? = nil,
                reasonCode: String? = nil, sku: String? = nil, productName: String? = nil, file: String, line: Int) {
        self.id = id
        self.orderID = orderID
        self.date = date
        self.rating = rating
        self.title = title
        self.text = text
        self.followUp = followUp
        self.sellerReply = sellerReply
        self.reasonCode = reasonCode
        self.sku = sku
        self.productName = productName
        self.file = file
        self.line = line
    }

    /// The id to report: the review id, else `file:line`.
    public var effectiveID: String { id ?? "\(file):\(line)" }
}
