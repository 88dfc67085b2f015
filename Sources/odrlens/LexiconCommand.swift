import ArgumentParser

/// `odrlens lexicon` (issue 7; being written).
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lexicon", abstract: "Check, improve and compare lexicons.")
}
