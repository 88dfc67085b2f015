import ArgumentParser
import Export
import Foundation
import ODR
import Pipeline
import Report

/// `odrlens report`: the HTML dashboard.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML dashboard of the ODR and its causes.",
        discussion: """
        Takes the inputs of `attribute`. One HTML file with inline CSS and SVG (no script, no font or image \
        from the network), readable on a laptop and printable: the ODR per channel against the target, its trend, \
        contributions by category and area, top SKUs and carriers, what-ifs, removal candidates and what \
        buyers say per category with the evidence marked. Exit codes: 0 done; 1 some input rows rejected (0 with \
        --allow-rejects); 2 usage, lexicon or I/O error.
        """
    )

    @OptionGroup var inputs: AttributeInputOptions

    @Option(help: "The HTML file to write (default: odr-report.html). Written atomically.")
    var out: String = "odr-report.html"

    @Option(help: "Labels: zh or en (default: the language most texts are in).")
    var lang: String?

    @Option(help: "Also write the complaint queues (as `export` does with its defaults) to this .csv, .tsv or .xlsx file.")
    var queues: String?

    @OptionGroup var rejectOptions: RejectOptions

    @Flag(name: [.short, .long], help: "No notes on standard error.")
    var quiet = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if inputs.orders == nil { throw ValidationError("Missing expected argument '--orders <orders>'") }
        if let lang, lang != "zh" && lang != "en" { throw ValidationError("--lang must be zh or en") }
        if out == "-" { throw ValidationError("--out must be a file") }
        if let queues, ComplaintExporter.Format.of(path: queues) == nil { throw ValidationError("--queues must end in .csv, .tsv or .xlsx, not '\(queues)'") }
    }

    func run() throws {
        let lexicon = try lexiconOptions.load(quiet: quiet)
        let result = try inputs.runDetailed(lexicon: lexicon)
        let language = lang ?? ComplaintTable.majorityLanguage(result.events.texts)
        let html = try DashboardRenderer.html(result, categories: lexicon.categories, language: language)
        let rejectsPath = rejectOptions.path(beside: out) ?? ""
        let sink = rejectOptions.sink(result.problems, beside: out)
        var queueNote: String?
        do {
            try CLI.writeAtomically(Array(html.utf8), to: out)
            if let queues {
                var options = ExportOptions()
                options.language = language
                let rows = ComplaintQueueBuilder.build(result, options: options)
                try ComplaintExporter.write(rows, to: queues, table: ComplaintTable(language: language, categories: lexicon.categories))
                let now = rows.filter { $0.priority == .actNow }.count
                queueNote = "odrlens: \(rows.count) complaint row(s), \(now) to act on now, written to \(queues)"
            }
            try sink.commit()
        } catch {
            StandardError.print("odrlens: error: \(error)")
            throw ExitCode(2)
        }
        if !quiet {
            if let all = result.report.odr.first {
                StandardError.print("odrlens: ODR \(HTML.percent(all.rate)) (\(all.defective) of \(all.orders) orders, \(result.report.from) – \(result.report.to))")
            }
            if !result.problems.isEmpty { StandardError.print("odrlens: \(result.problems.count) row(s) rejected (see \(rejectsPath))") }
            StandardError.print("odrlens: report written to \(out)")
            if let queueNote { StandardError.print(queueNote) }
        }
        try rejectOptions.finish(result.problems)
    }
}
