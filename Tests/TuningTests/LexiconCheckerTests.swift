import Testing
@testable import Tuning

@Suite struct LexiconCheckerTests {
    static let messy = LexiconChecker.check(directory: Support.root + "/fixtures/tuning/messy")

    @Test("static findings on the messy fixture", arguments: [
        ("zh/defects.txt:24", "'发 货' can never match"),
        ("zh/defects.txt:22", "'發錯貨' is the same phrase as '发错货'"),
        ("zh/defects.txt:23", "'坏了' is in two categories: damaged here, defective"),
        ("zh/defects.txt:20", "'假货' can never fire: the stop phrase '假货'"),
        ("en/defects.txt:8", "duplicate entry 'never arrived'"),
    ])
    func finding(location: String, message: String) {
        #expect(Self.messy.diagnostics.contains { "\($0.path):\($0.line)".hasSuffix(location) && $0.message.contains(message) },
                "\(Self.messy.diagnostics)")
    }

    @Test func cleanLexiconHasNoStaticFindings() {
        let r = LexiconChecker.check(directory: Support.root + "/fixtures/lexicons/mini")
        #expect(r.diagnostics.isEmpty)
        #expect(r.lexicon != nil)
    }

    @Test func errorsStopTheChecks() {
        let r = LexiconChecker.check(directory: Support.root + "/fixtures/tuning/broken")
        #expect(r.lexicon == nil)
        #expect(r.errorCount == 2)
    }

    @Test func missingDirectory() {
        let r = LexiconChecker.check(directory: Support.root + "/fixtures/tuning/nope")
        #expect(r.errorCount == 1)
    }

    @Test("usage on a dump", arguments: [
        ("zh/defects.txt:4", "'几天了还没到' never matches"),
        ("zh/stop.txt:1", "stop phrase '包装完好' matches once but never blocks"),
        ("zh/defects.txt:25", "'收到' never matches"),
        ("zh/sentiment.txt:7", "'慢' matches once but is always shadowed by a longer phrase ('物流 * 慢'"),
    ])
    func usage(location: String, message: String) throws {
        let lexicon = Support.lexicon("fixtures/tuning/messy")
        let dump = try Support.temporaryFile("d.jsonl", """
        {"rating": 1, "text": "还没收到货，包装完好"}
        {"rating": 1, "text": "没收到，物流太慢"}
        {"rating": 5, "text": "很满意"}
        {"rating": 1, "text": "The box was crushed"}
        """)
        let u = try LexiconChecker.usage(of: lexicon, in: ReviewDump(paths: [dump]), jobs: 2)
        #expect(u.reviews == 4)
        #expect(u.diagnostics.contains { "\($0.path):\($0.line)".hasSuffix(location) && $0.message.contains(message) }, "\(u.diagnostics)")
    }
}
