import Foundation
import Testing
@testable import Lexicon

@Suite struct LexiconLoaderTests {
    @Test func loadsTheMiniLexicon() throws {
        let (lex, warnings) = try LexiconLoader.load(directory: Support.mini)
        #expect(warnings.isEmpty)
        #expect(lex.categories.count == 12)
        #expect(lex.categories.map(\.id).first == "late_delivery")
        #expect(lex.categories.first { $0.id == "wrong_item" }?.area == .orderProcessing)
        #expect(lex.entries.count > 40)
    }

    @Test func theShippedLexiconLoadsWithoutErrors() throws {
        let (lex, diagnostics) = try LexiconLoader.load(directory: Support.shipped)
        // Not a warning either: every start-up would print it.
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(lex.categories.count == 12)
        // Hundreds of phrases per language.
        for lang in ["zh", "en"] {
            let defects = lex.entries.filter { e in
                if case .defect = e.payload { return e.source.path.contains("/\(lang)/") } else { return false }
            }
            #expect(defects.count >= 300, "\(lang): \(defects.count) defect phrases")
            for c in lex.categories.indices {
                let n = defects.filter { if case .defect(c, _) = $0.payload { return true } else { return false } }.count
                #expect(n >= 10, "\(lang) \(lex.categories[c].id): \(n) phrases")
            }
        }
    }

    /// Every problem is reported as `path:line: severity: message`, with exactly these words.
    @Test("diagnostics", arguments: [
        ("zh/defects.txt", "物流 * 慢\tlate_delivery\n破损\tdamage\n", "zh/defects.txt:2: error: unknown category 'damage' (did you mean 'damaged'?)"),
        ("zh/defects.txt", "破损\tdamaged\tlots\n", "zh/defects.txt:1: error: bad number 'lots' (weight must be a positive number)"),
        ("zh/defects.txt", "破损\tdamaged\t-1\n", "zh/defects.txt:1: error: bad number '-1' (weight must be a positive number)"),
        ("zh/defects.txt", "破损\n", "zh/defects.txt:1: error: expected 'phrase<TAB>category[<TAB>weight]'"),
        ("zh/defects.txt", "破损\tdamaged\n破损\tdamaged\n", "zh/defects.txt:2: warning: duplicate entry '破损' (first at zh/defects.txt:1)"),
        ("zh/defects.txt", "破损\tdamaged\n破损\tdamaged\t2\n", "zh/defects.txt:2: error: conflicting entry '破损': damaged weight 2 here, damaged weight 1 at zh/defects.txt:1"),
        ("zh/defects.txt", "，。！\tdamaged\n", "zh/defects.txt:1: error: phrase '，。！' normalizes to nothing (no letters, digits, characters or emoji)"),
        ("zh/defects.txt", "* 慢\tlate_delivery\n", "zh/defects.txt:1: error: a phrase cannot start or end with a gap '*': '* 慢'"),
        ("zh/defects.txt", "一箱<n>瓶 * 只有 <less>\tmissing_parts\n", "zh/defects.txt:1: error: slot '<n>' must stand alone, with spaces around it: '一箱<n>瓶' in '一箱<n>瓶 * 只有 <less>'"),
        ("en/defects.txt", "ordered <n> ** got <othercolor>\twrong_item\n", "en/defects.txt:1: error: '<othercolor>' compares with the colour before it, but 'ordered <n> ** got <othercolor>' has none (write '<color>' first)"),
        ("en/defects.txt", "ordered <color> ** got <more>\twrong_item\n", "en/defects.txt:1: error: '<more>' compares with the number before it, but 'ordered <color> ** got <more>' has none (write '<n>' first)"),
        ("zh/defects.txt", "<color> ** <othercolor>\twrong_item\n", "zh/defects.txt:1: error: a phrase cannot start with '<color>' (only '<n>' may start one): '<color> ** <othercolor>'"),
        ("en/defects.txt", "<more> of <n> missing\tmissing_parts\n", "en/defects.txt:1: error: '<more>' compares with the number before it, but '<more> of <n> missing' has none (write '<n>' first)"),
        ("en/defects.txt", "got <less> of <n>\tmissing_parts\n", "en/defects.txt:1: error: '<less>' compares with the number before it, but 'got <less> of <n>' has none (write '<n>' first)"),
        ("zh/sentiment.txt", "好\t9\n", "zh/sentiment.txt:1: error: bad number '9' (valence must be between -4 and 4)"),
        ("zh/sentiment.txt", "好\t2\n好\t3\n", "zh/sentiment.txt:2: error: conflicting entry '好': valence 3 here, valence 2 at zh/sentiment.txt:1"),
        ("zh/modifiers.txt", "不\tnegation\n", "zh/modifiers.txt:1: error: unknown modifier kind 'negation' (expected negator, intensifier, diminisher, contrast, concession, hypothetical, elsewhere, word)"),
        ("zh/modifiers.txt", "很\tintensifier\t0.5\n", "zh/modifiers.txt:1: error: bad number '0.5' (an intensifier's factor must be above 1)"),
        ("zh/modifiers.txt", "不\tnegator\t2\n", "zh/modifiers.txt:1: warning: a negator takes no factor; '2' ignored"),
        ("en/stop.txt", "no damage\tdamage\n", "en/stop.txt:1: error: unknown category 'damage' (did you mean 'damaged'?)"),
        ("rules.txt", "negation_window = three\n", "rules.txt:1: error: bad number 'three' for negation_window"),
        ("rules.txt", "negation_windw = 3\n", "rules.txt:1: error: unknown rule 'negation_windw'"),
        ("rules.txt", "rating_weight = 2\n", "rules.txt:1: error: value 2 out of range for rating_weight"),
        ("taxonomy.tsv", "late_delivery\tshipping\n", "taxonomy.tsv:1: error: unknown area 'shipping' (expected logistics, order_processing, inventory, product, after_sales)"),
    ])
    func diagnostics(file: String, text: String, expected: String) throws {
        let dir = try Support.lexicon([file: text])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (rendered, threw) = Support.diagnostics(of: dir)
        #expect(rendered.contains(expected), "got: \(rendered)")
        #expect(threw == expected.contains(": error: "), "errors stop loading, warnings do not")
    }

    @Test func missingDirectoryAndTaxonomy() {
        #expect(throws: LexiconError.self) { try LexiconLoader.load(directory: "/nonexistent/lexicons") }
        do { _ = try LexiconLoader.load(directory: "/nonexistent/lexicons") } catch {
            #expect("\(error)" == "/nonexistent/lexicons: error: not a lexicon directory (no such folder)")
        }
    }

    @Test func columnsAreTabsOrTwoSpaces() {
        #expect(ColumnLine("arrived smashed        damaged").columns == ["arrived smashed", "damaged"])
        #expect(ColumnLine("never showed up\tnot_received\t1.5  # a comment").columns == ["never showed up", "not_received", "1.5"])
        #expect(ColumnLine("   # only a comment").columns == [])
        #expect(ColumnLine("#1 seller\tpoor_service").columns == [])
        #expect(ColumnLine("item #1  damaged").columns == ["item #1", "damaged"])
        #expect(ColumnLine("").columns == [])
    }

    /// The cut on UTF-8 bytes equals the cut on Unicode scalars it replaced (kept here as the
    /// reference), on every line of the shipped and fixture lexicons and on random lines.
    @Test func columnsEqualTheScalarCut() throws {
        var lines: [String] = []
        for dir in [Support.shipped, Support.fixtures] {
            let e = FileManager.default.enumerator(atPath: dir)!
            while let f = e.nextObject() as? String {
                guard f.hasSuffix(".txt") || f.hasSuffix(".tsv") else { continue }
                guard let text = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) else { continue }  // (GBK fixtures)
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        #expect(lines.count > 9_000)
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a", "发货", " ", "  ", "\t", "#", "\u{3000}", "\u{00A0}", "\r", "é", "😡", "1.5", "x#"]
        for _ in 0..<20_000 { lines.append((0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()) }
        for line in lines {
            #expect(ColumnLine(Substring(line)).columns == Self.scalarColumns(line), "\(Array(line.unicodeScalars))")
        }
    }

    /// The scalar cut, as it was.
    static func scalarColumns(_ line: String) -> [String] {
        let scalars = line.unicodeScalars
        var end = scalars.endIndex
        var blanksOnly = true
        var previous: Unicode.Scalar = "x", beforePrevious: Unicode.Scalar = "x"
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "#" && (blanksOnly || previous == "\t" || (previous == " " && beforePrevious == " ")) { end = i; break }
            if c != " " && c != "\t" { blanksOnly = false }
            beforePrevious = previous
            previous = c
            scalars.formIndex(after: &i)
        }
        var cols: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        for c in scalars[..<end] {
            if c == "\t" {
                cols.append(String(current)); current = String.UnicodeScalarView(); spaces = 0
            } else if c == " " || c == "\u{3000}" {
                spaces += 1
            } else {
                if spaces >= 2 {
                    cols.append(String(current)); current = String.UnicodeScalarView()
                } else if spaces == 1 && !current.isEmpty {
                    current.append(" ")
                }
                spaces = 0
                current.append(c)
            }
        }
        cols.append(String(current))
        return cols.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    @Test func rulesFileTextRoundTrips() throws {
        var r = Rules()
        r.negationWindow = 4
        r.ratingWeight = 0.25
        let dir = try Support.lexicon(["rules.txt": r.fileText()])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (lex, _) = try LexiconLoader.load(directory: dir)
        #expect(lex.rules == r)
    }

    @Test func defaultDirectoryFromTheEnvironmentOrBesideTheExecutable() {
        // The test binary lives in .build/…; the repository's lexicons/ is found above it.
        let found = LexiconLoader.defaultDirectory(executablePath: Support.fixtures + "/../.build/debug/odrlens")
        #expect(found != nil)
    }
}
