import Classifier
import Records
import Testing
@testable import Tuning

@Suite struct DumpReviewTests {
    @Test("the label of a JSON line", arguments: [
        (#"{"id": "a", "label": 0, "text": "差"}"#, 0),
        (#"{"label":1,"text":"good"}"#, 1),
        (#"{"id": "x", "label": "0", "text": "zh"}"#, 0),
        (#"{"text": "the \"label\": 1 inside a string"}"#, nil),
        (#"{"text": "没有标签"}"#, nil),
        ("", nil),
    ] as [(String, Int?)])
    func label(line: String, expected: Int?) {
        #expect(DumpReview.label(inJSONLine: line) == expected)
    }

    @Test("negative: rating, then label, then predicted sentiment", arguments: [
        (1, nil, Sentiment.Label.positive, true),
        (3, 0, .negative, false),
        (nil, 0, .positive, true),
        (nil, 1, .negative, false),
        (nil, nil, .negative, true),
        (nil, nil, .neutral, false),
    ] as [(Int?, Int?, Sentiment.Label, Bool)])
    func negative(rating: Int?, label: Int?, predicted: Sentiment.Label, expected: Bool) {
        let r = DumpReview(row: ReviewRow(rating: rating, text: "x", file: "f", line: 1), label: label)
        let c = Classification(categories: [], sentiment: Sentiment(label: predicted, score: 0), textSentiment: Sentiment(label: predicted, score: 0), language: "zh")
        #expect(r.isNegative(predicted: c) == expected)
    }

    @Test func readsAndFindsReviews() throws {
        let dump = ReviewDump(paths: [Support.root + "/fixtures/tuning/dump.jsonl"], batchSize: 4)
        var sizes: [Int] = []
        let n = try dump.read(batch: { sizes.append($0.count) })
        #expect(n == 14)
        #expect(sizes == [4, 4, 4, 2])
        #expect(try dump.find(id: "t-07")?.row.title == "Never got it")
        #expect(try dump.find(id: "dump.jsonl:11")?.label == 0)
        #expect(try dump.find(id: "2")?.row.id == "t-02")
        #expect(try dump.find(id: "nope") == nil)
    }

    /// `--exclude`: reviews whose text occurs in another file (a gold set) are left out.
    @Test func excludedTextsAreLeftOut() throws {
        let gold = try Support.temporaryFile("gold.jsonl", """
        {"id": "g1", "text": "物流卡在中转站一个星期了，太慢了", "categories": ["late_delivery"]}
        {"id": "g2", "text": "  很满意，物流很快，包装完好  "}
        {"id": "g3", "text": "not in the dump"}
        """)
        var dump = ReviewDump(paths: [Support.root + "/fixtures/tuning/dump.jsonl"])
        dump.excluded = try ReviewDump.keys(of: [gold])
        #expect(dump.excluded.count == 3)
        var ids: [String] = []
        #expect(try dump.read(batch: { ids += $0.compactMap(\.row.id) }) == 12)
        #expect(!ids.contains("t-01") && !ids.contains("t-03") && ids.contains("t-02"))
    }

    @Test func emptyDump() throws {
        let path = try Support.temporaryFile("empty.jsonl", "")
        #expect(try ReviewDump(paths: [path]).read(batch: { _ in Issue.record("no batch expected") }) == 0)
    }
}
