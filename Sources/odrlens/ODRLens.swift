import ArgumentParser
import Foundation

/// The `odrlens` command: a thin shell over the library modules, one file per subcommand.
@main
struct ODRLens: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "odrlens",
        abstract: "Find out why orders go wrong: classify buyer feedback in Chinese and English into defect categories and attribute the Order Defect Rate.",
        version: version,
        subcommands: [ClassifyCommand.self, AttributeCommand.self, ExportCommand.self, ReportCommand.self, EvalCommand.self, ExplainCommand.self, LexiconCommand.self, TokenizeCommand.self, BenchCommand.self]
    )

    /// Runs the command. Help exits 0; a usage error prints the parser's message and exits 2; any
    /// other failure — a file that cannot be read or written, an unreadable table — is printed as
    /// `odrlens: error: …` and exits with 2, as every command documents.
    /// A usage error (unknown flag, bad value) prints the parser's message and usage and exits 2.
    static func exitOnUsage(_ error: any Error) {
        guard exitCode(for: error) == .validationFailure else { return }
        StandardError.print(fullMessage(for: error))
        Foundation.exit(2)
    }

    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitOnUsage(error)
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let e as ExitCode {
            exit(withError: e)
        } catch {
            // Help and clean exits keep their code 0; usage errors and anything else exit 2.
            exitOnUsage(error)
            if exitCode(for: error) != .failure { exit(withError: error) }
            let message = "\(error)"
            // Errors that already say where (`path:line: error: …`) are printed as they are.
            StandardError.print(message.contains(": error: ") ? message : "odrlens: error: \(message)")
            Foundation.exit(2)
        }
    }
}
