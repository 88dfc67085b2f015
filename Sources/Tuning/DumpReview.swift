import Classifier
import Records

/// One review of a dump, as the tuning tools see it: the row `classify` would read, and the
/// corpus label (`"label": 0|1`) when a JSON-lines dump has one.
public struct DumpReview: Sendable {
    /// The row, with its columns mapped.
    public var row: ReviewRow
    /// 0 negative, 1 positive: the binary label of sentiment corpora.
    public var label: Int?

    /// Creates a review.
    public init(row: ReviewRow, label: Int? = nil) {
        self.row = row
        self.label = label
    }

    /// What the classifier reads of it.
    public var input: ReviewInput {
        ReviewInput(title: row.title, text: row.text, followup: row.followUp, rating: row.rating)
    }

    /// Whether the buyer was unhappy: a rating of 1–2, else a label 0, else (no rating, no label)
    /// the classifier's sentiment is negative. A rating of 3 is not negative.
    public func isNegative(predicted: Classification) -> Bool {
        if let r = row.rating { return r <= 2 }
        if let label { return label == 0 }
        return predicted.sentiment.label == .negative
    }

    /// The texts joined for display: title, text and follow-up.
    public var displayText: String {
        [row.title, row.text, row.followUp].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " / ")
    }

    /// The top-level `"label"` number of a JSON line, found without a second full parse: a key
    /// `"label"` right after `{` or `,` (inside a JSON string a quote is always escaped, so this
    /// never matches text).
    static func label(inJSONLine raw: String) -> Int? {
        var raw = raw
        return raw.withUTF8 { p -> Int? in
            let key = Array("\"label\"".utf8)
            let n = p.count
            var i = 0
            while i + key.count <= n {
                if p[i] == 0x22, p[i + 1] == 0x6C, (0..<key.count).allSatisfy({ p[i + $0] == key[$0] }) {
                    var b = i - 1
                    while b >= 0 && (p[b] == 0x20 || p[b] == 0x09) { b -= 1 }
                    if b >= 0 && (p[b] == 0x7B || p[b] == 0x2C) {
                        var j = i + key.count
                        while j < n && (p[j] == 0x20 || p[j] == 0x09) { j += 1 }
                        guard j < n, p[j] == 0x3A else { return nil }
                        j += 1
                        while j < n && (p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x22) { j += 1 }
                        var v = 0, digits = 0
                        while j < n, (0x30...0x39).contains(p[j]), digits < 3 { v = v * 10 + Int(p[j] - 0x30); j += 1; digits += 1 }
                        return digits > 0 ? v : nil
                    }
                }
                i += 1
            }
            return nil
        }
    }
}
