/// What removal screening needs of a negative feedback: its id, date, rating and words.
public struct FeedbackDetail: Sendable {
    /// The order id as written.
    public var orderID: String
    /// The feedback date as written (ISO when it came from `classify`).
    public var date: String
    /// 1 or 2.
    public var rating: Int
    /// Title, text and follow-up, joined by a space.
    public var text: String

    /// Creates a detail.
    public init(orderID: String, date: String, rating: Int, text: String) {
        self.orderID = orderID
        self.date = date
        self.rating = rating
        self.text = text
    }
}
