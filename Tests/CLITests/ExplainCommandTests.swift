import CLITestSupport
import Testing

/// Golden tests of `odrlens explain` with the small test lexicon.
@Suite(.serialized) struct ExplainCommandTests {
    static let lex = ["--lexicons", "fixtures/lexicons/mini"]

    @Test("golden outputs", arguments: [
        ("zh", ["還沒收到貨，發貨太慢了😡", "--rating", "1"]),
        ("en", ["The box was crushed but the seller was very good", "--title", "Not great"]),
        ("negated", ["没有破损，包装完好，很满意"]),
        ("hypothetical", ["If it arrived late I would return it, but it came early."]),
        ("json", ["物流太慢了", "--json"]),
        ("file-id", ["--file", "fixtures/tuning/dump.jsonl", "--id", "t-13"]),
        ("file-line", ["--file", "fixtures/tuning/dump.jsonl", "--id", "dump.jsonl:9"]),
    ])
    func golden(name: String, args: [String]) throws {
        let r = try CLIRunner.run(["explain"] + Self.lex + args)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(CLIRunner.golden("explain-\(name).out", r.stdout) == nil)
    }

    @Test("usage errors", arguments: [
        (["explain"], "give a TEXT"),
        (["explain", "--file", "fixtures/tuning/dump.jsonl"], "--file needs --id"),
        (["explain", "x", "--rating", "9"], "--rating must be 1 to 5"),
    ])
    func usage(args: [String], message: String) throws {
        let r = try CLIRunner.run(args + Self.lex)
        #expect(r.status == 2, "usage errors exit 2")
        #expect(r.stderr.contains(message))
    }

    @Test func unknownID() throws {
        let r = try CLIRunner.run(["explain", "--file", "fixtures/tuning/dump.jsonl", "--id", "nope"] + Self.lex)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no review 'nope' in fixtures/tuning/dump.jsonl"))
    }
}
