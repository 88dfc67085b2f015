import Foundation
import Testing
@testable import Tuning

@Suite struct PhraseSuggesterTests {
    /// 300 negative reviews (40 with the planted phrase) and 300 positive ones, made of the same
    /// neutral filler; only sentiment words the lexicon knows tell the groups apart.
    static func generatedDump(planted: String, chinese: Bool) throws -> String {
        var g = Support.Generator(seed: chinese ? 7 : 11)
        let zhFiller = ["东西收到了", "颜色和图片一样", "用了两天", "尺寸还行", "说明书在盒子里", "给家里人买的", "声音不大", "第二次买了"]
        let enFiller = ["got it yesterday", "the color is blue", "used it twice", "bought it for my son", "the manual is short", "second order"]
        let zhMood = (negative: ["失望", "垃圾", "差"], positive: ["满意", "不错", "好"])
        let enMood = (negative: ["terrible", "bad", "disappointed"], positive: ["great", "love it", "good"])
        var lines: [String] = []
        func pick(_ a: [String]) -> String { a[Int(g.next() % UInt64(a.count))] }
        for i in 0..<600 {
            let negative = i % 2 == 0
            var parts = (0..<3).map { _ in pick(chinese ? zhFiller : enFiller) }
            parts.append(pick(negative ? (chinese ? zhMood.negative : enMood.negative) : (chinese ? zhMood.positive : enMood.positive)))
            if negative && (i / 2) % 15 < 2 { parts.insert(planted + pick(chinese ? ["好几天", "一个星期", "", "三天"] : [" for days", " again", "", " all week"]), at: Int(g.next() % 3)) }
            let rating = negative ? 1 + Int(g.next() % 2) : 4 + Int(g.next() % 2)
            lines.append(#"{"id": "g-\#(i)", "rating": \#(rating), "text": "\#(parts.joined(separator: chinese ? "，" : ", "))"}"#)
        }
        return try Support.temporaryFile("generated.jsonl", lines.joined(separator: "\n") + "\n")
    }

    @Test("finds the planted phrase", arguments: [("物流卡在中转站", true), ("stuck at the depot", false)])
    func planted(phrase: String, chinese: Bool) throws {
        let path = try Self.generatedDump(planted: phrase, chinese: chinese)
        var s = PhraseSuggester(lexicon: Support.mini, category: nil, top: 5)
        s.jobs = 2
        let r = try s.suggest(ReviewDump(paths: [path]))
        #expect(r.reviews == 600)
        let hit = try #require(r.suggestions.first { $0.phrase.contains(phrase) }, "\(r.suggestions.map(\.phrase))")
        #expect(hit.targetCount == 40)
        #expect(hit.backgroundCount == 0)
        #expect(hit.examples.count == 3)
        #expect(r.suggestions.first?.phrase == phrase, "\(r.suggestions.map(\.phrase))")
    }

    @Test func forACategory() throws {
        let path = try Support.temporaryFile("c.jsonl", (0..<30).map { i in
            i % 2 == 0 ? #"{"rating": 1, "text": "物流太慢了，快递员态度恶劣"}"# : #"{"rating": 5, "text": "很满意，下次再来"}"#
        }.joined(separator: "\n"))
        let s = PhraseSuggester(lexicon: Support.mini, category: Support.mini.categoryIndex("late_delivery"), top: 5)
        let r = try s.suggest(ReviewDump(paths: [path]))
        #expect(r.targetReviews == 15)
        #expect(r.suggestions.first?.phrase == "快递员态度恶劣", "\(r.suggestions.map(\.phrase))")
        // What the lexicon has is never suggested.
        #expect(!r.suggestions.contains { $0.phrase.contains("慢") })
    }

    @Test func emptyDump() throws {
        let path = try Support.temporaryFile("e.jsonl", "")
        let r = try PhraseSuggester(lexicon: Support.mini, category: nil, top: 5).suggest(ReviewDump(paths: [path]))
        #expect(r.suggestions.isEmpty)
        #expect(r.reviews == 0)
    }

    @Test("log-odds: proportional counts score zero, over-represented ones high", arguments: [
        (10.0, 1000.0, 10.0, 1000.0, false),
        (40.0, 1000.0, 0.0, 5000.0, true),
    ])
    func logOdds(y1: Double, n1: Double, y2: Double, n2: Double, high: Bool) {
        let s = LogOddsScore(target: y1, targetTotal: n1, background: y2, backgroundTotal: n2, share: (y1 + y2) / (n1 + n2), priorTotal: n1 + n2)
        if high { #expect(s.z > 3) } else { #expect(abs(s.z) < 0.01) }
    }

    @Test func tableStaysBounded() {
        var t = NgramTable(capacity: 100)
        for i in 0..<1000 { t.add(["n\(i)", "common"], target: i % 2 == 0) }
        #expect(t.counts.count <= 100)
        #expect(t.counts["common"]?.total == 1000)
        #expect(t.prunes > 0)
    }
}
