import ArgumentParser
import Classifier
import Lexicon

/// `odrlens classify`: categorized results for review dumps, or for one text with `--text`.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify buyer texts into defect categories and sentiment, with evidence."
    )

    @Option(help: "Classify one text and print its record: the quickest way to try a lexicon change.")
    var text: String?

    @Option(help: "The star rating (1-5) to go with --text.")
    var rating: Int?

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        let lexicon = try lexiconOptions.load()
        let classifier = try Classifier(lexicon: lexicon)
        if let text {
            let c = classifier.classify(ReviewInput(text: text, rating: rating))
            let out = StandardOutput()
            out.write(RecordRenderer.json(c, text: text))
            out.write("\n")
        }
    }
}
