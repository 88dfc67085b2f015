import Classifier
import Testing
@testable import Tuning

@Suite struct ExplainerTests {
    @Test("matches carry their lexicon line and status", arguments: [
        ("還沒收到貨，發貨太慢了", "没收到", "zh/defects.txt:6", "selected"),
        ("還沒收到貨，發貨太慢了", "慢", "zh/sentiment.txt:7", "shadowed"),
        ("The box was crushed and the lid is broken", "box was crushed", "en/defects.txt:3", "selected"),
        ("The box was crushed and the lid is broken", "broken", "en/defects.txt:5", "selected"),
    ])
    func matches(text: String, match: String, source: String, status: String) throws {
        let e = try Explainer(lexicon: Support.mini).explain(ReviewInput(text: text))
        let m = try #require(e.fields[0].matches.first { $0.text == match })
        #expect(m.entries.contains { $0.source.description.hasSuffix(source) })
        switch m.status {
        case .selected: #expect(status == "selected")
        case .shadowed: #expect(status == "shadowed")
        default: Issue.record("unexpected status \(m.status)")
        }
    }

    @Test("decisions: negation, condition, stop phrase", arguments: [
        ("没有破损", TraceEvent.Kind.negated),
        ("如果物流很慢我就退货", .hypothetical),
        ("包装完好没有压扁了", .negated),
        ("If it arrived late I would return it", .hypothetical),
        ("It never arrived", .fired),
    ])
    func decisions(text: String, kind: TraceEvent.Kind) throws {
        let e = try Explainer(lexicon: Support.mini).explain(ReviewInput(text: text))
        #expect(e.fields[0].decisions.contains { $0.kind == kind }, "\(e.fields[0].decisions)")
    }

    /// The shipped lexicon: a defect at another shop is shown as such.
    @Test func anotherShopsDefectIsExplained() throws {
        let e = try Explainer(lexicon: Support.lexicon("lexicons")).explain(ReviewInput(text: "别家发的货压扁了，这家包装很好"))
        #expect(e.fields[0].decisions.contains { $0.kind == .elsewhere && $0.message.contains("another seller or shop") }, "\(e.fields[0].decisions)")
        #expect(e.fields[0].matches.contains { $0.text == "别家" && $0.entries.contains { $0.meaning == "elsewhere" } })
    }

    /// The shipped lexicon: a stop phrase blocks the longer missing-parts phrase, whose tokens go to
    /// "arrived broken"; the match list shows what the classifier did.
    @Test func aBlockedPhraseGivesItsTokensBack() throws {
        let e = try Explainer(lexicon: Support.lexicon("lexicons")).explain(ReviewInput(text: "Only 2 of the 12 glasses arrived broken"))
        let matches = e.fields[0].matches
        #expect(matches.contains { $0.text == "only 2 of the 12 glasses arrived" && $0.status == .released }, "\(matches)")
        #expect(matches.contains { $0.text == "arrived broken" && $0.status == .selected && $0.entries.contains { $0.meaning.hasPrefix("defect damaged") } })
        #expect(e.classification.categories.map(\.category.id) == ["damaged"])
    }

    @Test func domainWordsAreMarked() throws {
        let e = try Explainer(lexicon: Support.mini).explain(ReviewInput(text: "发货太慢"))
        #expect(e.fields[0].tokens.first { $0.text == "发货" }?.domainWord == true)
    }

    @Test func emptyText() throws {
        let e = try Explainer(lexicon: Support.mini).explain(ReviewInput(text: ""))
        #expect(e.fields.isEmpty)
        #expect(e.classification.categories.isEmpty)
    }
}
