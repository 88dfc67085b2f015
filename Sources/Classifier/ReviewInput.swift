/// What the classifier reads of one review: its texts (each optional) and star rating.
public struct ReviewInput: Sendable, Hashable {
    public var title: String?
    public var text: String?
    public var followup: String?
    /// 1–5 stars, when the source has them.
    public var rating: Int?

    /// Creates an input.
    public init(title: String? = nil, text: String? = nil, followup: String? = nil, rating: Int? = nil) {
        self.title = title
        self.text = text
        self.followup = followup
        self.rating = rating
    }

    /// The non-empty fields, in reading order.
    public var fields: [(Field, String)] {
        [(Field.title, title), (.text, text), (.followup, followup)].compactMap { f, s in
            guard let s, !s.isEmpty else { return nil }
            return (f, s)
        }
    }
}
