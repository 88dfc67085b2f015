import Foundation
import Lexicon
import ReviewText
import Testing
@testable import Tuning

@Suite struct LexiconDifferTests {
    static let diff = try! LexiconDiffer(old: Support.lexicon("fixtures/tuning/old"), new: Support.lexicon("fixtures/tuning/new"), examples: 3)
        .diff(ReviewDump(paths: [Support.root + "/fixtures/tuning/dump.jsonl"]))

    @Test("per category", arguments: [
        ("late_delivery", 1, 5, 4, 0),
        ("damaged", 3, 2, 0, 1),
        ("wrong_item", 1, 1, 0, 0),
    ])
    func category(id: String, before: Int, after: Int, gained: Int, lost: Int) {
        let c = Self.diff.categories[id]
        #expect(c == LexiconDiff.CategoryCounts(before: before, after: after, gained: gained, lost: lost))
    }

    @Test func examplesInInputOrder() {
        #expect(Self.diff.reviews == 14)
        #expect(Self.diff.changed == 5)
        #expect(Self.diff.examples.map(\.id) == ["t-01", "t-02", "t-07"])
        #expect(Self.diff.examples[0].gained.first?.evidence.first?.source.line == 21)
    }

    @Test func sameLexiconChangesNothing() throws {
        let d = try LexiconDiffer(old: Support.mini, new: Support.mini, examples: 5)
            .diff(ReviewDump(paths: [Support.root + "/fixtures/tuning/dump.jsonl"]))
        #expect(d.changed == 0)
        #expect(d.examples.isEmpty)
    }

    /// The mini lexicon copied, with lines appended to some of its files.
    static func mini(adding extra: [String: String]) throws -> Lexicon {
        let dir = Support.scratchRoot + "/\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Support.root + "/fixtures/lexicons/mini", toPath: dir)
        for (file, lines) in extra {
            let path = dir + "/" + file
            try (String(contentsOfFile: path, encoding: .utf8) + "\n" + lines).write(toFile: path, atomically: true, encoding: .utf8)
        }
        return try LexiconLoader.load(directory: dir).0
    }

    /// A new phrase piece (瓶 of 少了 * 瓶) re-cuts a word ICU keeps whole (小瓶 → 小 | 瓶), and 小
    /// carries sentiment: the diff names the cut behind the change.
    @Test func namesTheSegmentationBehindAChange() throws {
        let old = try Self.mini(adding: ["zh/sentiment.txt": "小\t-1\n"])
        let new = try Self.mini(adding: ["zh/sentiment.txt": "小\t-1\n", "zh/defects.txt": "少了 * 瓶\tmissing_parts\n"])
        let dump = try Support.temporaryFile("dump.jsonl", """
            {"id": "a", "text": "还送了小瓶的洗发水"}
            {"id": "b", "text": "很好"}
            {"id": "c", "text": "小瓶装很可爱，小瓶也好"}

            """)
        let d = try LexiconDiffer(old: old, new: new, examples: 5).diff(ReviewDump(paths: [dump]))
        #expect(d.changed == 2)
        #expect(d.resegmentations == ["小瓶 → 小 | 瓶": 2])
        #expect(d.examples.map(\.resegmented) == [["小瓶 → 小 | 瓶"], ["小瓶 → 小 | 瓶", "小瓶 → 小 | 瓶"]])
        let text = LexiconDiffRenderer.text(d, old: "old", new: "new", input: "dump.jsonl")
        #expect(text.contains("segmentation changes in the changed reviews"))
        #expect(text.contains("    segmentation 小瓶 → 小 | 瓶\n"))
        #expect(LexiconDiffRenderer.json(d, old: "old", new: "new", input: "dump.jsonl").contains(#""segmentation":[{"change":"小瓶 → 小 | 瓶","reviews":2}]"#))
    }

    @Test("segmentation differences, run by run", arguments: [
        ("发货太慢", "发 | 货 → 发货; 太慢 → 太 | 慢"),
        ("物流很好", "很好 → 很 | 好"),
        ("arrived late, box crushed", ""),
    ])
    func resegmented(text: String, expected: String) throws {
        let plain = try TextAnalyzer().analyze(text)
        let words = try Support.mini.makeAnalyzer().analyze(text)
        #expect(LexiconDiffer.resegmented(plain, words).joined(separator: "; ") == expected)
    }
}
