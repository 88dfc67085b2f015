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
}
