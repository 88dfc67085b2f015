import Testing
import Lexicon
@testable import Classifier

/// Evidence offsets point at the original characters whatever the text holds: Traditional,
/// full-width, characters beyond the BMP, combining marks, ligatures and units that NFKC expands
/// (ﬁ → fi, ㎏ → kg), control characters and line separators.
@Suite struct EvidenceOffsetPropertyTests {
    /// Pieces that fire categories, and pieces that stress the offset map.
    static let pool = ["物流太慢了", "盒子都压扁了", "發錯貨", "沒收到", "不是假货", "ＢＯＸ　ＣＲＵＳＨＥＤ", "arrived late",
                       "box was crushed", "never arrived", "ﬁne", "㎏", "𠀋", "😡", "👍🏻", "e\u{301}", "ß", "İ", "ǅ", "ⅷ",
                       "\u{2028}", "\t", "\r\n", "\u{1}", "，", "。", "!!", " ", " but ", "~~~", "...", "ＡＢＣ１２３"]

    @Test("random texts", arguments: 1...8)
    func randomTexts(seed: UInt64) throws {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let classifier = try Classifier(lexicon: Support.shipped)
        var fired = 0
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(next() % 12) { text += Self.pool[next() % Self.pool.count] }
            let original = Array(text.unicodeScalars)
            let categories = classifier.classify(text: text).categories
            fired += categories.count
            for c in categories {
                for e in c.evidence {
                    #expect(e.start <= e.end && e.end <= original.count, "\(text)")
                    guard e.start <= e.end && e.end <= original.count else { continue }
                    #expect(String(String.UnicodeScalarView(original[e.start..<e.end])) == e.text, "\(text)")
                }
            }
        }
        #expect(fired > 100, "the texts must exercise evidence")
    }
}
