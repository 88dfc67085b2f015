import Testing
@testable import ReviewText

@Suite struct TextAnalyzerTests {
    static let domain = ["发货", "退货", "客服", "性价比", "好评", "没收到", "慢", "太", "发错货", "坏了"]

    func tokens(_ text: String, words: [String] = []) throws -> [String] {
        let a = try TextAnalyzer(configuration: .standard(words: words))
        let t = a.analyze(text)
        return t.tokens.map(t.text(of:))
    }

    @Test("normalization: NFKC, case folding, Traditional to Simplified, apostrophes", arguments: [
        ("ＡＢＣ１２３", "abc123"),
        ("ＤＯＡ！！", "doa!!"),
        ("發錯貨", "发错货"),
        ("還沒收到貨，退貨很麻煩", "还没收到货,退货很麻烦"),
        ("didn’t ARRIVE", "didn't arrive"),
        ("Ｓｏｏｏ　ｔｉｎｙ", "sooo tiny"),
        ("Straße", "strasse"),
        ("", ""),
    ])
    func normalizes(input: String, expected: String) throws {
        let a = try TextAnalyzer()
        #expect(String(decoding: a.normalize(input), as: UTF16.self) == expected)
    }

    @Test("segmentation of Chinese, English and mixed text", arguments: [
        ("iPhone充电器坏了", ["iphone", "充电", "器", "坏", "了"]),
        ("快递超slow", ["快递", "超", "slow"]),
        ("质量OK但是物流太慢😡", ["质量", "ok", "但是", "物流", "太慢", "😡"]),
        ("It didn't arrive, 5'8\" and sooo tiny!!!", ["it", "didn't", "arrive", "5'8", "and", "sooo", "tiny"]),
        ("DOA 👍🏻👍🏻", ["doa", "👍🏻", "👍🏻"]),
        ("   ，。！", []),
    ])
    func segments(input: String, expected: [String]) throws {
        #expect(try tokens(input) == expected)
    }

    @Test func kindsAndScripts() throws {
        let a = try TextAnalyzer()
        let t = a.analyze("iPhone充电器坏了 3.5 😡")
        #expect(t.tokens.map(\.kind) == [.word, .ideographic, .ideographic, .ideographic, .ideographic, .number, .emoji])
        #expect(t.tokens.map(\.scriptName) == ["Latn", "Hani", "Hani", "Hani", "Hani", "Zyyy", "Zyyy"])
    }

    @Test("domain words re-merge what ICU splits, inside real sentences", arguments: [
        ("还没收到货，发货太慢了，客服不理人", ["没收到", "发货", "慢", "客服"]),
        ("性价比很高，给个好评", ["性价比", "好评"]),
        ("卖家发错货了，退货还要自己出运费", ["发错货", "退货"]),
        ("收到就坏了，申请退货", ["坏了", "退货"]),
        ("物流太慢", ["太", "慢"]),
    ])
    func domainWords(input: String, expected: [String]) throws {
        let got = try tokens(input, words: Self.domain)
        for word in expected { #expect(got.contains(word), "\(word) in \(got)") }
        // Nothing lost or duplicated: the tokens still spell the text (without punctuation).
        #expect(got.joined() == input.filter { $0 != "，" })
    }

    @Test func withoutDomainWordsICUSplitsThem() throws {
        #expect(try tokens("发货退货客服性价比好评") == ["发", "货", "退", "货", "客", "服", "性", "价", "比", "好", "评"])
    }

    @Test func aSingleCharacterWordDoesNotSplitAWordByItself() throws {
        // 不 listed as a word must not cut 不错 (错 is not listed).
        #expect(try tokens("质量不错", words: ["不"]) == ["质量", "不错"])
        #expect(try tokens("质量不好", words: ["不", "好"]) == ["质量", "不", "好"])
    }

    @Test func traditionalInputMatchesDomainWords() throws {
        #expect(try tokens("發貨太慢，客服不理人", words: Self.domain) == ["发货", "太", "慢", "客服", "不理", "人"])
    }

    @Test("offsets point into the original text, in Unicode scalars", arguments: [
        ("ＤＯＡ！ box CRUSHED", "CRUSHED"),
        ("發錯貨了，客服不理", "客服"),
        ("😡😡 物流太慢了", "物流"),
        ("𠀋𠀋 arrived late", "late"),
        ("Ｌａｔｅ！！", "Ｌａｔｅ"),
    ])
    func offsets(input: String, word: String) throws {
        let a = try TextAnalyzer(configuration: .standard(words: ["客服"]))
        let t = a.analyze(input)
        let normalizedWord = String(decoding: a.normalize(word), as: UTF16.self)
        let token = try #require(t.tokens.first { t.text(of: $0) == normalizedWord })
        let r = t.originalRange(of: token)
        #expect(t.originalText(r) == word)
        let scalars = Array(input.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[r])) == word)
    }

    @Test("clauses end at punctuation and before contrast words", arguments: [
        ("质量OK但是物流太慢😡", [["质量", "ok"], ["但是", "物流", "太慢", "😡"]]),
        ("物流很快，包装完好。就是有点小", [["物流", "很快"], ["包装", "完好"], ["就是", "有点", "小"]]),
        ("Love the color but it runs small; returned it", [["love", "the", "color"], ["but", "it", "runs", "small"], ["returned", "it"]]),
        ("Nice fabric... however the seam ripped", [["nice", "fabric"], ["however", "the", "seam", "ripped"]]),
        ("", []),
        // A space between runs of Chinese of two tokens or more ends a clause (a comma the buyer
        // did not type); between single words it does not (没有 破损 stays one clause).
        ("不甜 不如之前买的好 不会再买了", [["不", "甜"], ["不如", "之前", "买", "的", "好"], ["不会", "再", "买", "了"]]),
        ("物流很快 包装完好 就是有点小", [["物流", "很快"], ["包装", "完好"], ["就是", "有点", "小"]]),
        ("没有 破损", [["没有", "破损"]]),
        ("包装 完好 没有 破损", [["包装", "完好", "没有", "破损"]]),
        ("质量 很好 物流很快", [["质量", "很好", "物流", "很快"]]),
        ("good product fast shipping", [["good", "product", "fast", "shipping"]]),
    ])
    func clauses(input: String, expected: [[String]]) throws {
        let a = try TextAnalyzer(configuration: .standard())
        let t = a.analyze(input)
        #expect(t.clauses.map { $0.map { t.text(of: t.tokens[$0]) } } == expected)
    }

    /// A space that ends a clause does not end a segment: phrases still match across it.
    @Test func aSpaceClauseKeepsItsSegment() throws {
        let t = try TextAnalyzer(configuration: .standard()).analyze("不甜 不如之前买的好 不会再买了")
        #expect(t.clauses.count == 3)
        #expect(t.segments.count == 1)
    }

    @Test func clauseRangesAreInOriginalScalars() throws {
        let a = try TextAnalyzer(configuration: .standard())
        let t = a.analyze("質量ＯＫ，但是物流太慢")
        #expect(t.clauseRanges == [0..<4, 5..<11])
    }

    @Test func aOneMegabyteLine() throws {
        let a = try TextAnalyzer(configuration: .standard(words: Self.domain))
        let line = String(repeating: "发货太慢了，客服不理人。Box crushed! ", count: 30_000)
        let t = a.analyze(line)
        #expect(t.tokens.count == 30_000 * 9)
        #expect(t.clauses.count == 30_000 * 3)
    }

    @Test func invalidTextBecomesReplacementCharacters() throws {
        let a = try TextAnalyzer()
        let t = a.analyze("ok\u{FFFD}ok")
        #expect(t.tokens.map(t.text(of:)) == ["ok", "ok"])
    }
}
