import Testing
import ReviewText
@testable import Lexicon

@Suite struct PhraseMatcherTests {
    func matches(_ text: String) throws -> [String] {
        let (lex, _) = try LexiconLoader.load(directory: Support.mini)
        let analyzer = try lex.makeAnalyzer()
        let t = analyzer.analyze(text)
        let (ids, _) = lex.matchIDs(t)
        return lex.allMatches(t, ids: ids).map { m in
            lex.entries(of: m).map { lex.entries[Int($0)].phrase }.joined(separator: "|")
        }
    }

    @Test("phrases match as token sequences whatever ICU does to them", arguments: [
        ("物流太慢了", ["物流 * 慢", "太", "慢"]),
        ("發貨很慢", ["发货 * 慢", "很", "慢"]),
        ("还没收到货", ["没收到"]),
        ("盒子都压扁了", ["压扁了"]),
        ("The box was completely crushed", ["box * crushed"]),
        ("box. crushed", []),
        ("it RUNS SMALL", ["runs small"]),
        ("ＤＡＭＡＧＥＤ", ["damaged"]),
    ])
    func match(text: String, expected: [String]) throws {
        #expect(Set(try matches(text)) == Set(expected))
    }

    @Test func gapsSpanAtMostGapMaxTokensInOneClause() throws {
        #expect(try matches("box was very very badly crushed").contains("box * crushed") == false)
        #expect(try matches("box was badly crushed").contains("box * crushed"))
    }

    @Test func stretchedWordsAndEmojiVariantsFindTheirEntries() throws {
        let (lex, _) = try LexiconLoader.load(directory: Support.mini)
        let a = try lex.makeAnalyzer()
        let t = a.analyze("sooo gooood 👍🏻")
        let (ids, stretched) = lex.matchIDs(t)
        #expect(ids.allSatisfy { $0 >= 0 })
        #expect(stretched == [true, true, false])
    }

    /// An ASCII text without three equal letters or digits in a row skips the per-token look for
    /// stretched words; with them, or with anything beyond ASCII, the tokens are looked at.
    @Test("the quick test for stretched words lets through every text that has one", arguments: [
        ("good goods", false, [false, false]),
        ("sooo good", true, [true, false]),
        ("it is GOOOOD", true, [false, false, true]),
        ("1000 pcs, good", true, [false, false, false]),   // a run of digits: looked at, nothing stretched
        ("good... !!!", false, [false]),                    // punctuation runs are not words
        ("ｓｏｏｏ good", true, [true, false]),              // full width: not ASCII, always looked at
    ])
    func stretchedWordTest(text: String, mayHave: Bool, stretched: [Bool]) throws {
        let (lex, _) = try LexiconLoader.load(directory: Support.mini)
        let t = try lex.makeAnalyzer().analyze(text)
        #expect(t.isASCII == text.utf8.allSatisfy { $0 < 0x80 })
        #expect(t.mayHaveStretchedWord == mayHave)
        let (ids, found) = lex.matchIDs(t)
        #expect((found ?? Array(repeating: false, count: ids.count)) == stretched)
    }
}
