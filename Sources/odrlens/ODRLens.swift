import ArgumentParser

/// The `odrlens` command: a thin shell over the library modules, one file per subcommand.
@main
struct ODRLens: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "odrlens",
        abstract: "Find out why orders go wrong: classify buyer feedback in Chinese and English into defect categories and attribute the Order Defect Rate.",
        version: version,
        subcommands: [ClassifyCommand.self, AttributeCommand.self, EvalCommand.self, ExplainCommand.self, LexiconCommand.self, TokenizeCommand.self, BenchCommand.self]
    )
}
