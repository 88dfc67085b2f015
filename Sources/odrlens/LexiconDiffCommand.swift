import ArgumentParser
import Foundation
import Tuning

/// `odrlens lexicon diff`: which reviews change between two lexicon versions.
struct LexiconDiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show which reviews change category or sentiment between two lexicon versions.",
        discussion: """
        Classifies the dump with both lexicons and prints per category the reviews it reports before and after \
        and how many it gained and lost, the sentiment label changes, the segmentation changes behind them (a \
        new Chinese word re-cuts every text it occurs in: 小瓶 → 小 | 瓶), and the first changed reviews with \
        the phrases (and lexicon lines) on each side.
        """
    )

    @Argument(help: "The lexicon directory before the change.")
    var old: String

    @Argument(help: "The lexicon directory after the change.")
    var new: String

    @Option(help: "Review dumps (any file classify reads).")
    var input: [String] = []

    @Option(help: "Files whose reviews to leave out of the dumps, matched by text (a gold set you measure with: keep it out of tuning).")
    var exclude: [String] = []

    @Option(help: "Changed reviews to show.")
    var examples: Int = 10

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "Print JSON for machines.")
    var json = false

    @Flag(name: [.short, .long], help: "No lexicon warnings on standard error.")
    var quiet = false

    func validate() throws {
        if input.isEmpty { throw ValidationError("give --input DUMP") }
        if examples < 0 { throw ValidationError("--examples must be 0 or more") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let before = try LexiconCommand.load(old, quiet: quiet)
        let after = try LexiconCommand.load(new, quiet: quiet)
        var differ = LexiconDiffer(old: before, new: after, examples: examples)
        differ.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let diff = try LexiconCommand.reading {
            try differ.diff(LexiconCommand.dump(input, excluding: exclude), problem: { if !quiet { StandardError.print("\($0) (skipped)") } })
        }
        let name = input.joined(separator: ", ")
        let out = StandardOutput()
        out.write(json ? LexiconDiffRenderer.json(diff, old: old, new: new, input: name)
                       : LexiconDiffRenderer.text(diff, old: old, new: new, input: name))
        out.flush()
    }
}
