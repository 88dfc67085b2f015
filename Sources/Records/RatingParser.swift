/// Reads a rating written in any of the ways reports write it, as an integer 1–5.
///
/// Accepted (surrounding spaces ignored, full-width digits accepted, case-insensitive):
/// - digits `1`…`5`, also `4.0` (a fraction other than zero is rejected);
/// - `5星`, `5 星`, `5 stars`, `1 star`, `4/5`, `4 out of 5`, `4 out of 5 stars`;
/// - stars `★★★★☆` or `⭐⭐⭐` (the number of filled stars);
/// - labels: `好评`/`中评`/`差评` → 5/3/1; `positive`/`neutral`/`negative`, `正面`/`中性`/`负面`,
///   `good`/`bad` → 5/3/1.
///
///     RatingParser.rating(from: "差评")   // 1
public enum RatingParser {
    /// Why a text is not a rating.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The text that was given.
        public var text: String
        /// `not a rating '…'` or `rating out of range 1–5: …`.
        public var description: String
    }

    /// Label → rating (compared lower-cased, without spaces).
    public static let labels: [String: Int] = [
        "好评": 5, "中评": 3, "差评": 1,
        "positive": 5, "neutral": 3, "negative": 1,
        "正面": 5, "中性": 3, "负面": 1,
        "good": 5, "bad": 1,
    ]

    /// The rating in `text`, or `nil`.
    public static func rating(from text: String) -> Int? {
        try? parse(text)
    }

    /// The rating in `text`.
    /// - Throws: ``Failure`` when the text is not a rating or is out of 1–5.
    public static func parse(_ text: String) throws(Failure) -> Int {
        // The usual case, a bare digit (or "4.0"), without building strings.
        let u = text.utf8
        if let f = u.first, (0x31...0x35).contains(f) {
            if u.count == 1 { return Int(f - 0x30) }
            if u.count == 3, u.dropFirst().elementsEqual([0x2E, 0x30]) { return Int(f - 0x30) }
        }
        var s = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            // Full-width digits and solidus to ASCII.
            if (0xFF10...0xFF19).contains(scalar.value) || scalar.value == 0xFF0F {
                return Unicode.Scalar(scalar.value - 0xFEE0)!
            }
            return scalar
        })).trimmingSpaces().lowercased()
        if s.isEmpty { throw Failure(text: text, description: "empty rating") }
        if let label = labels[s.replacingSpaces()] { return label }

        // Stars.
        let filled = s.unicodeScalars.filter { $0 == "★" || $0 == "⭐" }.count
        if filled > 0, s.unicodeScalars.allSatisfy({ $0 == "★" || $0 == "⭐" || $0 == "☆" || $0 == " " || $0 == "\u{FE0F}" }) {
            return try checked(filled, text)
        }

        // Number with an optional suffix.
        for suffix in [" out of 5 stars", " out of 5", "/5", " stars", " star", "stars", "star", "星", " 星", "分"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            s = s.trimmingSpaces()
            break
        }
        if let n = Int(s) { return try checked(n, text) }
        if let d = Double(s), d.isFinite, s.first?.isNumber == true {
            guard d == d.rounded() else {
                throw Failure(text: text, description: "rating is not a whole number: '\(text)'")
            }
            return try checked(Int(d), text)
        }
        throw Failure(text: text, description: "not a rating: '\(text)'")
    }

    private static func checked(_ n: Int, _ text: String) throws(Failure) -> Int {
        guard (1...5).contains(n) else {
            throw Failure(text: text, description: "rating out of range 1–5: '\(text)'")
        }
        return n
    }
}
