import ArgumentParser
import Foundation
import Tuning

/// `odrlens lexicon suggest`: candidate phrases, ready to paste into a lexicon file.
struct LexiconSuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest phrases for a category, or for negative reviews no category covers, from a review dump.",
        discussion: """
        Compares n-grams (Chinese: 2-4 characters; English: 1-3 words) of a target group of reviews with the \
        rest, by the weighted log-odds ratio with an informative Dirichlet prior from the whole dump (Monroe, \
        Colaresi & Quinn 2008), leaving out what the lexicon already covers, and grows each to the longest \
        expression its occurrences share. Target: with --category, the reviews where it fires (vs all others); \
        without, negative reviews (rating 1-2, else label 0, else negative sentiment) that no category covers \
        (vs the reviews that are not negative). Prints lexicon lines: phrase, category, weight, and a comment \
        with the z-score, the counts and three examples.
        """
    )

    @Option(help: "Review dumps (any file classify reads).")
    var input: [String] = []

    @Option(help: "Files whose reviews to leave out of the dumps, matched by text (a gold set you measure with: keep it out of tuning).")
    var exclude: [String] = []

    @Option(help: "The category to find phrases for (default: negative reviews that no category covers).")
    var category: String?

    @Option(help: "How many phrases to suggest.")
    var top: Int = 20

    @Option(name: .customLong("min-count"), help: "Target reviews a phrase must occur in at least.")
    var minCount: Int = 3

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(name: [.short, .long], help: "No lexicon warnings on standard error.")
    var quiet = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if input.isEmpty { throw ValidationError("give --input DUMP") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if minCount < 1 { throw ValidationError("--min-count must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if input.contains("-") { throw ValidationError("suggest reads its input twice: give a file, not '-'") }
    }

    func run() throws {
        let lexicon = try lexiconOptions.load(quiet: quiet)
        var index: Int?
        if let category {
            guard let i = lexicon.categoryIndex(category) else {
                throw ValidationError("unknown category '\(category)' (expected \(lexicon.categories.map(\.id).joined(separator: ", ")))")
            }
            index = i
        }
        var suggester = PhraseSuggester(lexicon: lexicon, category: index, top: top)
        suggester.minCount = minCount
        suggester.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let result = try LexiconCommand.reading {
            try suggester.suggest(LexiconCommand.dump(input, excluding: exclude), problem: { if !quiet { StandardError.print("\($0) (skipped)") } })
        }
        let out = StandardOutput()
        out.write(SuggestionRenderer.text(result, category: category, input: input.joined(separator: ", ")))
        out.flush()
    }
}
