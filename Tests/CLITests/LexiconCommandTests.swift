import CLITestSupport
import Foundation
import Testing

/// Golden tests of `odrlens lexicon check|suggest|diff` on the fixtures under fixtures/tuning.
@Suite(.serialized) struct LexiconCommandTests {
    @Test("golden outputs", arguments: [
        ("check-mini", ["check", "fixtures/lexicons/mini"], 0),
        ("check-messy", ["check", "fixtures/tuning/messy"], 0),
        ("check-broken", ["check", "fixtures/tuning/broken"], 2),
        ("check-input", ["check", "fixtures/tuning/messy", "--input", "fixtures/tuning/dump.jsonl"], 0),
        ("suggest", ["suggest", "--lexicons", "fixtures/tuning/old", "--input", "fixtures/tuning/dump.jsonl", "--min-count", "1", "--top", "5"], 0),
        ("suggest-category", ["suggest", "--lexicons", "fixtures/tuning/old", "--input", "fixtures/tuning/dump.jsonl",
                              "--category", "damaged", "--min-count", "1", "--top", "3"], 0),
        ("diff", ["diff", "fixtures/tuning/old", "fixtures/tuning/new", "--input", "fixtures/tuning/dump.jsonl"], 0),
        ("diff-json", ["diff", "fixtures/tuning/old", "fixtures/tuning/new", "--input", "fixtures/tuning/dump.jsonl", "--json", "--examples", "2"], 0),
    ])
    func golden(name: String, args: [String], status: Int32) throws {
        let r = try CLIRunner.run(["lexicon"] + args + ["--jobs", "2"])
        #expect(r.status == status, "\(r.stderr)")
        #expect(CLIRunner.golden("lexicon-\(name).out", r.stdout) == nil)
        #expect(CLIRunner.golden("lexicon-\(name).err", r.stderr) == nil)
    }

    @Test func diffJSONIsValid() throws {
        let r = try CLIRunner.run(["lexicon", "diff", "fixtures/tuning/old", "fixtures/tuning/new", "--input", "fixtures/tuning/dump.jsonl", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(object?["changed"] as? Int == 5)
        let late = (object?["categories"] as? [String: Any])?["late_delivery"] as? [String: Int]
        #expect(late?["gained"] == 4)
    }

    @Test("usage and input errors", arguments: [
        (["lexicon", "suggest"], "give --input DUMP", Int32(2)),
        (["lexicon", "suggest", "--input", "-"], "reads its input twice", 2),
        (["lexicon", "suggest", "--input", "fixtures/tuning/dump.jsonl", "--category", "nope", "--lexicons", "fixtures/lexicons/mini"], "unknown category 'nope'", 2),
        (["lexicon", "diff", "fixtures/tuning/old", "fixtures/tuning/broken", "--input", "fixtures/tuning/dump.jsonl"], "has 2 error(s)", 2),
        (["lexicon", "diff", "fixtures/tuning/old", "fixtures/tuning/new", "--input", "fixtures/tuning/nope.jsonl"], "nope.jsonl", 2),
    ])
    func errors(args: [String], message: String, status: Int32) throws {
        let r = try CLIRunner.run(args)
        #expect(r.status == status, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}
