import CLITestSupport
import Foundation
import Testing

@Suite struct TokenizeCommandTests {
    @Test func textAndJSONL() throws {
        let t = try CLIRunner.run(["tokenize", "fixtures/samples/reviews.txt", "--words", "fixtures/lexicons/mini/zh/defects.txt"])
        #expect(t.status == 0)
        #expect(CLIRunner.golden("tokenize.txt", t.stdout) == nil)
        let j = try CLIRunner.run(["tokenize", "fixtures/samples/reviews.txt", "--format", "jsonl"])
        #expect(j.status == 0)
        #expect(CLIRunner.golden("tokenize.jsonl", j.stdout) == nil)
    }

    @Test func encodingsAndInvalidBytes() throws {
        let gbk = try CLIRunner.run(["tokenize", "fixtures/encodings/zh-gbk.csv"])
        let utf8 = try CLIRunner.run(["tokenize", "fixtures/encodings/zh-utf8.csv"])
        #expect(gbk.stdout == utf8.stdout)
        let forced = try CLIRunner.run(["tokenize", "fixtures/encodings/zh-gbk.csv", "--encoding", "gbk"])
        #expect(forced.stdout == utf8.stdout)
        let bad = try CLIRunner.run(["tokenize", "fixtures/encodings/zh-utf8-invalid.csv"])
        #expect(bad.status == 0)
        #expect(bad.stderr.contains("fixtures/encodings/zh-utf8-invalid.csv: warning: 4 invalid byte sequence(s) in UTF-8 replaced with U+FFFD (lines 2, 4)"))
    }

    @Test func unknownEncodingIsAnError() throws {
        let r = try CLIRunner.run(["tokenize", "fixtures/encodings/zh-gbk.csv", "--encoding", "klingon"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown encoding 'klingon'"))
    }
}
