import ArgumentParser
import Classifier
import Foundation
import Records
import Tuning

/// `odrlens explain`: every step of one classification, so a user sees why a category fired or did not.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why a text is classified as it is: tokens, clauses, matches with their lexicon lines, decisions and scores.",
        discussion: """
        Explains TEXT, or the review with --id in a dump given with --file (any file classify reads; the id is \
        the review's id, FILE:LINE or a line number). Tokens marked * were kept whole by the lexicon's words; \
        every phrase found is listed with its lexicon file and line, also those a longer phrase shadowed. The \
        output ends with the record classify writes.
        """
    )

    @Argument(help: "The text to explain.")
    var text: String?

    @Option(help: "A title to go with TEXT.")
    var title: String?

    @Option(help: "The star rating (1-5) to go with TEXT.")
    var rating: Int?

    @Option(help: "A review dump to take the review from (with --id).")
    var file: String?

    @Option(help: "The review's id in --file, or FILE:LINE, or a line number.")
    var id: String?

    @Flag(help: "Print JSON for machines.")
    var json = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if text == nil && file == nil { throw ValidationError("give a TEXT, or --file FILE --id ID") }
        if text != nil && file != nil { throw ValidationError("give a TEXT or --file, not both") }
        if file != nil && id == nil { throw ValidationError("--file needs --id ID (the review's id, FILE:LINE or a line number)") }
        if let rating, !(1...5).contains(rating) { throw ValidationError("--rating must be 1 to 5") }
    }

    func run() throws {
        let lexicon = try lexiconOptions.load()
        let row: ReviewRow
        if let text {
            row = ReviewRow(rating: rating, title: title, text: text, file: "--text", line: 1)
        } else {
            let found: DumpReview?
            do {
                found = try ReviewDump(paths: [file!]).find(id: id!)
            } catch {
                StandardError.print("odrlens: \(error)")
                throw ExitCode(2)
            }
            guard let found else {
                StandardError.print("odrlens: error: no review '\(id!)' in \(file!)")
                throw ExitCode(2)
            }
            row = found.row
        }
        let explanation = try Explainer(lexicon: lexicon)
            .explain(ReviewInput(title: row.title, text: row.text, followup: row.followUp, rating: row.rating))
        let out = StandardOutput()
        out.write(json ? ExplanationRenderer.json(explanation, row: row) : ExplanationRenderer.text(explanation, row: row))
        out.flush()
    }
}
