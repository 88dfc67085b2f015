import CLITestSupport
import Foundation
import Testing

/// The help text is part of the interface: pinned like swift-argument-parser's own tests.
@Suite struct HelpTests {
    @Test("help", arguments: ["", "classify", "tokenize", "eval", "bench", "explain", "lexicon", "lexicon check", "lexicon suggest", "lexicon diff", "export", "report"])
    func help(command: String) throws {
        let args = command.split(separator: " ").map(String.init) + ["--help"]
        let r = try CLIRunner.run(args)
        #expect(r.status == 0)
        #expect(CLIRunner.golden("help-\(command.isEmpty ? "odrlens" : command.replacingOccurrences(of: " ", with: "-")).txt", r.stdout) == nil)
    }

    @Test func version() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}
