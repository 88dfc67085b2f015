import ArgumentParser
import Lexicon
import Tuning

/// `odrlens lexicon`: the lexicon tuning tools.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check, improve and compare lexicons.",
        discussion: """
        The tuning loop: odrlens eval (measure) → odrlens explain (see why) → lexicon suggest (find what is \
        missing) → edit the files → lexicon check (find mistakes) → lexicon diff (review the change).
        """,
        subcommands: [LexiconCheckCommand.self, LexiconSuggestCommand.self, LexiconDiffCommand.self]
    )

    /// Loads a lexicon for a tuning command: warnings on standard error unless quiet; on errors,
    /// prints them and exits with code 2.
    static func load(_ directory: String, quiet: Bool = false) throws -> Lexicon {
        do {
            let (lexicon, warnings) = try LexiconLoader.load(directory: directory)
            if !quiet { for w in warnings { StandardError.print(w.description) } }
            return lexicon
        } catch let e as LexiconError {
            for d in e.diagnostics { StandardError.print(d.description) }
            StandardError.print("odrlens: error: the lexicon in \(directory) has \(e.errors.count) error(s)")
            throw ExitCode(2)
        }
    }

    /// The dump reader for `--input` files, with problems reported on standard error.
    static func dump(_ inputs: [String]) -> ReviewDump { ReviewDump(paths: inputs) }

    /// A dump without the reviews whose text occurs in `exclude` (held-out gold files).
    static func dump(_ inputs: [String], excluding exclude: [String]) throws -> ReviewDump {
        var d = ReviewDump(paths: inputs)
        if !exclude.isEmpty { d.excluded = try reading { try ReviewDump.keys(of: exclude) } }
        return d
    }

    /// Runs a dump-reading step, turning input errors into exit code 2.
    static func reading<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ExitCode {
            throw e
        } catch {
            StandardError.print("odrlens: \(error)")
            throw ExitCode(2)
        }
    }
}
