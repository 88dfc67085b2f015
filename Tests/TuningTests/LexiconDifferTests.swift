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
}
