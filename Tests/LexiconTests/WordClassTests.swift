import Foundation
import Testing
@testable import Lexicon

/// Word classes (`classes.txt`): a line that names `@sent` stands for one phrase per alternative.
@Suite struct WordClassTests {
    static let classes = """
        # what was ordered, what came
        @ordered\t买的是 | 拍的是
        @ordered\t点的是
        @sent\t发来个 | 寄来个 | 给我送了个

        """

    @Test func aLineStandsForEveryCombination() throws {
        let dir = try Support.lexicon([
            "zh/classes.txt": WordClassTests.classes,
            "zh/defects.txt": "@ordered ** @sent\twrong_item\t1.5\n",
            "en/classes.txt": "@got\treceived | got sent\n",
            "en/defects.txt": "ordered * but @got * instead\twrong_item\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (lex, diagnostics) = try LexiconLoader.load(directory: dir)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let zh = lex.entries.filter { $0.source.path.hasSuffix("zh/defects.txt") }
        #expect(zh.count == 9)
        #expect(Set(zh.map(\.phrase)).contains("点的是 ** 给我送了个"))
        #expect(zh.allSatisfy { $0.template == "@ordered ** @sent" && $0.source.line == 1 && $0.payload == .defect(category: 4, weight: 1.5) })
        let en = lex.entries.filter { $0.source.path.hasSuffix("en/defects.txt") }.map(\.phrase)
        #expect(en == ["ordered * but received * instead", "ordered * but got sent * instead"])
    }

    @Test("a class's phrases match like phrases written out", arguments: [
        ("点的是大份，给我送了个小份", true),
        ("拍的是白色的，寄来个黑色的", true),
        ("点的是大份，送得很快", false),
    ])
    func matches(text: String, fires: Bool) throws {
        let dir = try Support.lexicon(["zh/classes.txt": WordClassTests.classes, "zh/defects.txt": "@ordered ** @sent\twrong_item\t1.5\n",
                                       "en/classes.txt": "", "en/defects.txt": ""])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (lex, _) = try LexiconLoader.load(directory: dir)
        let analyzer = try lex.makeAnalyzer()
        let t = analyzer.analyze(text)
        let found = lex.allMatches(t, ids: lex.matchIDs(t).ids).flatMap { lex.entries(of: $0) }
            .contains { lex.entries[Int($0)].template == "@ordered ** @sent" }
        #expect(found == fires, "\(text)")
    }

    @Test func stopPhrasesAndSentimentWordsTakeClassesToo() throws {
        let dir = try Support.lexicon([
            "en/classes.txt": "@box\tbox | package | parcel\n@fine\tfine | intact\n",
            "en/stop.txt": "@box was @fine\tdamaged\n",
            "en/sentiment.txt": "@box was @fine\t1.5\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (lex, diagnostics) = try LexiconLoader.load(directory: dir)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let stops = lex.entries.filter { $0.template == "@box was @fine" && $0.source.path.hasSuffix("stop.txt") }.map(\.phrase)
        #expect(Set(stops) == ["box was fine", "box was intact", "package was fine", "package was intact", "parcel was fine", "parcel was intact"])
        #expect(lex.entries.filter { $0.template == "@box was @fine" && $0.payload == .sentiment(valence: 1.5) }.count == 6)
    }

    @Test func aPhraseWrittenOutWinsOverTheSamePhraseFromAClass() throws {
        let dir = try Support.lexicon([
            "zh/classes.txt": WordClassTests.classes,
            "zh/defects.txt": "@ordered ** @sent\twrong_item\t1.5\n点的是 ** 发来个\twrong_item\t2\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (lex, diagnostics) = try LexiconLoader.load(directory: dir)
        #expect(diagnostics.filter { $0.path.hasSuffix("defects.txt") }.isEmpty, "no duplicate or conflict reported")
        let same = lex.entries.filter { $0.phrase == "点的是 ** 发来个" }
        #expect(same.count == 1)
        #expect(same.first?.payload == .defect(category: 4, weight: 2))
        #expect(same.first?.template == nil)
        #expect(lex.entries.filter { $0.source.path.hasSuffix("zh/defects.txt") }.count == 9)
    }

    /// Every problem is reported with file, line and exactly these words.
    @Test("diagnostics", arguments: [
        (["zh/classes.txt": "@sent\t发来个\n"], "zh/classes.txt:1: warning: class '@sent' is never used"),
        (["zh/classes.txt": "@sent\t发来个\n", "zh/defects.txt": "@sent\twrong_item\n", "en/defects.txt": "ordered * @sent\twrong_item\n"],
         "en/defects.txt:1: error: unknown class '@sent' (not defined in en/classes.txt)"),  // a class belongs to its language
        (["zh/defects.txt": "点的是 ** @sent\twrong_item\n"], "zh/defects.txt:1: error: unknown class '@sent' (not defined in zh/classes.txt)"),
        (["zh/classes.txt": "@sent\t发来个\n", "zh/defects.txt": "发错@sent\twrong_item\n"],
         "zh/defects.txt:1: error: a class must stand alone, with spaces around it: '发错@sent' in '发错@sent'"),
        (["zh/classes.txt": "@sent\t发来 * 个\n"], "zh/classes.txt:1: error: a class alternative is plain words: '*' in '发来 * 个' (gaps, slots and classes go in the phrases)"),
        (["zh/classes.txt": "@n\t<n> 个\n"], "zh/classes.txt:1: error: a class alternative is plain words: '<n>' in '<n> 个' (gaps, slots and classes go in the phrases)"),
        (["zh/classes.txt": "sent\t发来个\n"], "zh/classes.txt:1: error: bad class name 'sent' (write '@' then letters, digits, _ or -)"),
        (["zh/classes.txt": "@sent\n"], "zh/classes.txt:1: error: expected '@name<TAB>phrase | phrase …'"),
        (["zh/classes.txt": "@sent\t发来个 | | 寄来个\n", "zh/defects.txt": "@sent\twrong_item\n"], "zh/classes.txt:1: error: empty alternative in class '@sent'"),
        (["zh/classes.txt": "@sent\t发来个\n@sent\t寄来个 | 发来个\n", "zh/defects.txt": "@sent\twrong_item\n"],
         "zh/classes.txt:2: warning: '发来个' is already in @sent (line 1)"),
        (["en/classes.txt": "@a\t" + (1...50).map { "a\($0)" }.joined(separator: " | ") + "\n@b\t" + (1...50).map { "b\($0)" }.joined(separator: " | ") + "\n",
          "en/defects.txt": "@a @b\tdefective\n"],
         "en/defects.txt:1: error: '@a @b' stands for more than 2000 phrases; split it or use smaller classes"),
    ])
    func diagnostics(files: [String: String], expected: String) throws {
        let dir = try Support.lexicon(files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (rendered, threw) = Support.diagnostics(of: dir)
        #expect(rendered.contains(expected), "got: \(rendered)")
        #expect(threw == expected.contains(": error: "), "errors stop loading, warnings do not")
    }
}
