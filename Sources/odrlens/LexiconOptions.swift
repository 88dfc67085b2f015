import ArgumentParser
import Lexicon

/// `--lexicons DIR`, shared by every command that classifies.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: ArgumentHelp("The lexicon directory (default: the shipped lexicons).", valueName: "dir"))
    var directory: String?

    /// Loads the lexicon; prints warnings, and on errors prints them and exits with code 2.
    func load(quiet: Bool = false) throws -> Lexicon {
        guard let dir = directory ?? LexiconLoader.defaultDirectory() else {
            StandardError.print("odrlens: error: cannot find the shipped lexicons; pass --lexicons DIR or set ODRLENS_LEXICONS")
            throw ExitCode(2)
        }
        do {
            let (lexicon, warnings) = try LexiconLoader.load(directory: dir)
            if !quiet { for w in warnings { StandardError.print(w.description) } }
            return lexicon
        } catch let e as LexiconError {
            for d in e.diagnostics { StandardError.print(d.description) }
            StandardError.print("odrlens: error: the lexicon in \(dir) has \(e.errors.count) error(s)")
            throw ExitCode(2)
        }
    }
}
