import CLITestSupport
import CICU
import Foundation
import Testing
@testable import ReviewText

/// The ASCII fast path (`segment_ascii` in odr_icu.c, ``AnalyzerConfiguration/asciiFastPath``)
/// must give exactly ICU's tokens: the same boundaries, kinds and scripts. Each test runs both
/// paths, the fast one and ICU's break iterator, and compares them.
@Suite struct AsciiSegmentationTests {
    /// Two analyzers over the C API: the fast path and ICU's break iterator.
    final class Pair {
        let fast: OpaquePointer
        let icu: OpaquePointer

        init() {
            var status: Int32 = 0
            fast = odr_analyzer_open(&status)!
            icu = odr_analyzer_open(&status)!
            odr_analyzer_set_ascii_fast_path(icu, 0)
        }

        deinit {
            odr_analyzer_close(fast)
            odr_analyzer_close(icu)
        }

        /// Tokens of a UTF-16 text as (start, end, kind, script).
        func tokens(_ units: UnsafeBufferPointer<UInt16>, icu useICU: Bool) -> [[Int32]] {
            let a = useICU ? icu : fast
            var status: Int32 = 0
            let n = odr_analyze_utf16(a, units.baseAddress, Int32(units.count), &status)
            #expect(n >= 0)
            var count: Int32 = 0
            guard let p = odr_analyzer_tokens(a, &count), count > 0 else { return [] }
            return UnsafeBufferPointer(start: p, count: Int(count)).map { [$0.start, $0.end, $0.kind, $0.script] }
        }

        /// Whether both paths agree on a text (records a failure naming the text if not).
        @discardableResult
        func agree(_ units: [UInt16]) -> Bool {
            units.withUnsafeBufferPointer { buf in
                let fast = tokens(buf, icu: false), icu = tokens(buf, icu: true)
                #expect(fast == icu, "\(String(reflecting: String(decoding: units, as: UTF16.self)))")
                return fast == icu
            }
        }
    }

    /// Tokens as `text/kind` through the whole analyzer, with the fast path on or off.
    func tokens(_ text: String, fast: Bool) throws -> [String] {
        let a = try TextAnalyzer(configuration: AnalyzerConfiguration(asciiFastPath: fast))
        let t = a.analyze(text)
        return t.tokens.map { "\(t.text(of: $0))/\($0.kind.rawValue)/\($0.scriptName)" }
    }

    /// Texts and their tokens as `text/kind/script`, space-separated.
    static let cases: [(String, String)] = [
        ("don't stop", "don't/word/Latn stop/word/Latn"),
        ("it's 3.5 stars", "it's/word/Latn 3.5/number/Zyyy stars/word/Latn"),
        ("1,000 units; 1,000.50 each", "1,000/number/Zyyy units/word/Latn 1,000.50/number/Zyyy each/word/Latn"),
        ("e.g. U.S.A.", "e.g/word/Latn u.s.a/word/Latn"),
        ("a:b 12:30", "a/word/Latn b/word/Latn 12/number/Zyyy 30/number/Zyyy"),
        ("x_y _ __ a_1 1_a 1_ 1__ _1", "x_y/word/Latn __/word/Latn a_1/number/Zyyy 1_a/word/Latn 1_/number/Zyyy 1__/word/Latn _1/number/Zyyy"),
        ("a1 1a a.1 1.a 1;2 a;b 1'2 a'b", "a1/number/Zyyy 1a/word/Latn a/word/Latn 1/number/Zyyy 1/number/Zyyy a/word/Latn 1;2/number/Zyyy a/word/Latn b/word/Latn 1'2/number/Zyyy a'b/word/Latn"),
        ("5'8\" tall...ok--fine", "5'8/number/Zyyy tall/word/Latn ok/word/Latn fine/word/Latn"),
        ("mail me@x.com or http://www.x.com/a_b?q=1", "mail/word/Latn me@x.com/word/Latn or/word/Latn http/word/Latn www.x.com/word/Latn a_b/word/Latn q/word/Latn 1/number/Zyyy"),
        ("great :) :-( ;) <3", "great/word/Latn 3/number/Zyyy"),
        ("tabs\tand\r\nCRLF\u{0B}breaks", "tabs/word/Latn and/word/Latn crlf/word/Latn breaks/word/Latn"),
        ("'quoted' x' 'x", "quoted/word/Latn x/word/Latn x/word/Latn"),
        ("ＤＯＮ’Ｔ ｂｕｙ", "don't/word/Latn buy/word/Latn"),  // ASCII only after normalization
        ("", ""),
        ("   ", ""),
        ("_", ""),
        ("a", "a/word/Latn"),
    ]

    @Test("punctuation between letters and digits, as ICU joins it", arguments: cases)
    func segmentsLikeICU(text: String, expected: String) throws {
        let expected = expected.split(separator: " ").map(String.init)
        #expect(try tokens(text, fast: true) == expected)
        #expect(try tokens(text, fast: false) == expected)
    }

    @Test func everyShortStringAgrees() {
        let pair = Pair()
        // Every ASCII string of up to 2 characters, then every string of up to 5 over one
        // representative of each class that matters (and some that do not).
        var failures = 0
        func all(_ alphabet: [UInt16], upTo maxLength: Int) {
            var units = [UInt16]()
            func extend() {
                if !units.isEmpty && !pair.agree(units) { failures += 1 }
                guard units.count < maxLength, failures < 10 else { return }
                for u in alphabet {
                    units.append(u)
                    extend()
                    units.removeLast()
                }
            }
            extend()
        }
        all(Array(0..<128), upTo: 2)
        all(Array("a1_.',;:@ \"\r\n-Z".utf16), upTo: 4)
        all(Array("a1_.',;".utf16), upTo: 5)
        #expect(failures == 0)
    }

    @Test func generatedPunctuationHeavyTextAgrees() {
        let pieces = [
            "don't", "3.5", "1,000", "1,000.50", "e.g.", "U.S.A.", "a:b", "x_y", "...", "--", "\t", "\r\n", "\n", "\r",
            "a@b.com", "john.doe@example.co.uk", "http://www.example.com/a_b?x=1&y=2#z", ":)", ":-(", ";)", ":D", "<3",
            "^_^", "o_O", "5'8\"", "it's", "'quoted'", "\"dq\"", "__init__", "_", "__", "a_1", "1_a", "v2.0", "$19.99",
            "50%", "#1", "12:30", "3/4", "o'clock", "rock'n'roll", "x'", "'1", "1;2", "a;b", "TWO WORDS", "  ", "?!",
            "(x)", "-1", "1e10", "~", "`", "\\", "\u{0B}", "\u{0C}", "\u{00}", "\u{7F}", "a", "1", " ", ".", ",", "'", ";",
            "ＳＯＯＯ", "１２．５", "don’t",
        ]
        var rng = SplitMix64(seed: 29)
        let pair = Pair()
        var failures = 0
        for _ in 0..<20_000 where failures < 10 {
            var s = ""
            for _ in 0..<(1 + Int(rng.next() % 12)) {
                if rng.next() % 10 < 7 {
                    s += pieces[Int(rng.next() % UInt64(pieces.count))]
                } else {
                    s.unicodeScalars.append(Unicode.Scalar(UInt8(rng.next() % 128)))
                }
            }
            if !pair.agree(Array(s.utf16)) { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// The review corpora beside the project (`../shared/data/corpora`), when they are there.
    static let corpora: [String] = {
        let root = URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().deletingLastPathComponent()
        return ["reviews-en.jsonl", "reviews-zh.jsonl"]
            .map { root.appendingPathComponent("shared/data/corpora/\($0)").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }()

    @Test(.enabled(if: !corpora.isEmpty, "no corpora in ../shared/data/corpora"), arguments: corpora)
    func corpusAgrees(path: String) throws {
        let pair = Pair()
        var texts = 0, failures = 0
        let data = try String(contentsOfFile: path, encoding: .utf8)
        for line in data.split(separator: "\n") where failures < 10 {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            for key in ["title", "text"] {
                guard let s = object[key] as? String, !s.isEmpty else { continue }
                texts += 1
                if !pair.agree(Array(s.utf16)) { failures += 1 }
            }
        }
        #expect(texts > 1000)
        #expect(failures == 0)
    }

    /// An ASCII text is given no map back to the original (`odr_analyzer_original_is_ascii`): that
    /// holds only if normalization maps every ASCII text unit for unit, which ICU's own path (the
    /// text given as UTF-16, map kept) must confirm — every character, and random mixes of them.
    @Test("ASCII normalizes unit for unit (the map left out is the identity)")
    func asciiMapIsIdentity() throws {
        var status: Int32 = 0
        let a = try #require(odr_analyzer_open(&status))
        defer { odr_analyzer_close(a) }
        var rng = SplitMix64(seed: 7)
        var texts: [[UInt16]] = (0..<128).map { [UInt16($0), 0x41, UInt16($0)] }
        for _ in 0..<2000 { texts.append((0..<Int(rng.next() % 40)).map { _ in UInt16(rng.next() % 128) }) }
        for units in texts {
            units.withUnsafeBufferPointer { _ = odr_analyze_utf16(a, $0.baseAddress, Int32($0.count), &status) }
            var len: Int32 = 0
            _ = odr_analyzer_normalized(a, &len)
            let map = Array(UnsafeBufferPointer(start: odr_analyzer_map(a), count: Int(len) + 1))
            #expect(map == (0...units.count).map(Int32.init), "\(units)")
            let utf8 = units.map { CChar(bitPattern: UInt8($0)) }
            utf8.withUnsafeBufferPointer { _ = odr_analyze_utf8(a, $0.baseAddress, Int32($0.count), &status) }
            #expect(odr_analyzer_original_is_ascii(a) != 0)
        }
        // Through the analyzer: evidence offsets of an ASCII text are its own positions.
        let t = try TextAnalyzer().analyze("Box CRUSHED!! arrived 3 days late")
        #expect(t.tokens.map { t.originalText(t.originalRange(of: $0)) } == ["Box", "CRUSHED", "arrived", "3", "days", "late"])
    }
}
