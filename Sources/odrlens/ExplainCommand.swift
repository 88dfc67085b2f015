import ArgumentParser

/// `odrlens explain` (issue 7; being written).
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show why a text is classified as it is.")
    @Argument(help: "The text.") var text: String
}
