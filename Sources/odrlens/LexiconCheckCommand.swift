import ArgumentParser
import Foundation
import Lexicon
import Tuning

/// `odrlens lexicon check`: every loader diagnostic plus dead, shadowed and conflicting entries.
struct LexiconCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find mistakes in a lexicon: loader errors, phrases that can never match, phrases in two categories; with --input, unused entries.",
        discussion: """
        Prints path:line: error|warning: message lines (editors jump to them) and a summary. With --input, also \
        entries that never match on the dump, phrases a longer one always shadows, and stop phrases that never \
        block anything (entries of a language under 10% of the dump's reviews are not judged). Exit codes: 0 no \
        errors (warnings allowed), 2 the lexicon has errors or an input cannot be read.
        """
    )

    @Argument(help: "The lexicon directory (default: the shipped lexicons).")
    var directory: String?

    @Option(help: "A review dump to check the entries against (any file classify reads).")
    var input: [String] = []

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        guard let dir = directory ?? LexiconLoader.defaultDirectory() else {
            StandardError.print("odrlens: error: cannot find the shipped lexicons; give DIR or set ODRLENS_LEXICONS")
            throw ExitCode(2)
        }
        let report = LexiconChecker.check(directory: dir)
        var diagnostics = report.diagnostics
        var usageLine = ""
        if let lexicon = report.lexicon, !input.isEmpty {
            let usage = try LexiconCommand.reading {
                try LexiconChecker.usage(of: lexicon, in: LexiconCommand.dump(input),
                                         jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                         problem: { StandardError.print("\($0) (skipped)") })
            }
            diagnostics += usage.diagnostics
            usageLine = "; \(usage.reviews) reviews read from \(input.joined(separator: ", "))"
            if usage.skipped > 0 { usageLine += " (\(usage.skipped) entries of a language the dump hardly has not judged)" }
        }
        let out = StandardOutput()
        for d in diagnostics { out.write(d.description + "\n") }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let entries = report.lexicon.map { " (\($0.entries.count) entries)" } ?? ""
        out.write("\(dir)\(entries): \(errors) error(s), \(warnings) warning(s)\(usageLine)\n")
        out.flush()
        if errors > 0 { throw ExitCode(2) }
    }
}
