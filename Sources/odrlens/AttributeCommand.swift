import ArgumentParser
import Foundation
import ODR
import Pipeline
import Records
import ReviewText

/// `odrlens attribute`: the Order Defect Rate from the seller's own files, attributed to defect
/// categories, root-cause areas, SKUs, carriers and channels.
struct AttributeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute",
        abstract: "Compute the Order Defect Rate from your files and attribute it to categories, areas, SKUs, carriers and channels.",
        discussion: """
        The window is the --days calendar days of order dates ending on --as-of (default: the latest order date) \
        minus --lag. Negative feedback (1-2 stars), A-to-z claims not withdrawn/denied/reversed and service \
        chargebacks are defects; an order is defective at most once. Rows that cannot be used go to the rejects \
        file. Exit codes: 0 done; 1 some input rows rejected (0 with --allow-rejects); 2 usage, lexicon or I/O error.
        """
    )

    @OptionGroup var inputs: AttributeInputOptions

    @Option(help: "text (default), json or csv.")
    var format: String = "text"

    @Option(help: "The table --format csv writes: \(ReportRenderer.tableNames.joined(separator: ", ")).")
    var table: String?

    @Option(help: "Output file (default: standard output). Written atomically.")
    var out: String = "-"

    @OptionGroup var rejectOptions: RejectOptions

    @Flag(name: [.short, .long], help: "No notes on standard error.")
    var quiet = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if inputs.orders == nil { throw ValidationError("Missing expected argument '--orders <orders>'") }
        if !["text", "json", "csv"].contains(format) { throw ValidationError("--format must be text, json or csv") }
        if format == "csv" {
            guard let table else { throw ValidationError("--format csv needs --table NAME (\(ReportRenderer.tableNames.joined(separator: ", ")))") }
            if !ReportRenderer.tableNames.contains(table) { throw ValidationError("unknown --table '\(table)'; one of \(ReportRenderer.tableNames.joined(separator: ", "))") }
        }
    }

    func run() throws {
        let lexicon = try lexiconOptions.load(quiet: quiet)
        let run = try inputs.makeRun(lexicon: lexicon)
        let report: ODRReport
        let problems: [Reject]
        do {
            (report, problems) = try run.run()
        } catch {
            StandardError.print("odrlens: \(error)")
            throw ExitCode(2)
        }
        let rejectsPath = rejectOptions.path(beside: out)
        let sink = rejectOptions.sink(problems, beside: out)
        let bytes: [UInt8]
        switch format {
        case "json": bytes = ReportRenderer.json(report)
        case "csv": bytes = ReportRenderer.csv(report, name: table ?? "odr") ?? []
        default: bytes = Array(ReportRenderer.text(report).utf8)
        }
        do {
            try CLI.writeAtomically(bytes, to: out)
            try sink.commit()
        } catch {
            StandardError.print("odrlens: error: \(error)")
            throw ExitCode(2)
        }
        if !quiet {
            for i in report.inputs where i.unmatched > 0 {
                StandardError.print("odrlens: note: \(i.file): \(i.unmatched) row(s) whose order is not in \(inputs.orders ?? "") (not counted)")
            }
            if !problems.isEmpty {
                StandardError.print("odrlens: \(problems.count) row(s) rejected" + (rejectsPath.map { " (see \($0))" } ?? " (listed above)"))
            }
        }
        try rejectOptions.finish(problems)
    }
}
