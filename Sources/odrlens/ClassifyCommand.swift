import ArgumentParser
import Classifier
import Foundation
import Lexicon
import Pipeline
import Records
import ReviewText

/// `odrlens classify`: categorized results for review dumps, or for one text with `--text`.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify buyer reviews and feedback into defect categories and sentiment, with evidence.",
        discussion: """
        Reads CSV, TSV and JSON lines (Amazon feedback and FBA returns reports, Taobao/Tmall/JD exports with \
        Chinese headers, generic dumps) in any encoding, and writes one record per review, in input order. \
        Rows that cannot be classified go to the rejects file with their reason. Exit codes: 0 all rows \
        classified; 1 some rows rejected (0 with --allow-rejects); 2 usage, lexicon or I/O error.
        """
    )

    @Argument(help: "Input files; '-' reads standard input.")
    var inputs: [String] = []

    @Option(help: "Classify one text and print its record: the quickest way to try a lexicon change.")
    var text: String?

    @Option(help: "The star rating (1-5) to go with --text.")
    var rating: Int?

    @Option(name: .long, help: "Output file (default: standard output). Written atomically.")
    var out: String = "-"

    @Option(name: .customLong("output-format"), help: "jsonl, csv or tsv (default: from --out's extension, else jsonl).")
    var outputFormat: String?

    @Option(help: "Input format: csv, tsv or jsonl (default: detected from content and extension).")
    var format: String?

    @Option(help: "Input encoding (utf-8, gbk, big5, shift_jis, latin1, utf-16le, …; default: detected per file).")
    var encoding: String?

    @Option(name: .customLong("column"), help: ArgumentHelp("Map a column: ROLE=HEADER or ROLE=N (1-based), e.g. text=Comments.", valueName: "role=header"))
    var columns: [String] = []

    @Flag(name: .customLong("no-header"), help: "The input has no header row (map columns with --column text=3).")
    var noHeader = false

    @Option(name: .customLong("date-format"), help: "The date format, e.g. DD.MM.YY or YYYY年M月D日 (default: decided per file).")
    var dateFormat: String?

    @Option(help: "Where rejected rows go (default: beside --out as NAME.rejects.tsv, or standard error).")
    var rejects: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    @Flag(help: "Write a UTF-8 BOM so Excel opens Chinese CSV correctly.")
    var excel = false

    @Flag(name: [.short, .long], help: "No summary on standard error.")
    var quiet = false

    @Flag(help: "Stop at the first bad row.")
    var strict = false

    @Flag(name: .customLong("allow-rejects"), help: "Exit 0 even when rows were rejected.")
    var allowRejects = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if text == nil && inputs.isEmpty { throw ValidationError("give input files ('-' for standard input) or --text") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let format, TableFormat(rawValue: format) == nil { throw ValidationError("--format must be csv, tsv or jsonl") }
        if let outputFormat, OutputFormat(rawValue: outputFormat) == nil { throw ValidationError("--output-format must be jsonl, csv or tsv") }
        if let rating, !(1...5).contains(rating) { throw ValidationError("--rating must be 1 to 5") }
    }

    func run() throws {
        let lexicon = try lexiconOptions.load(quiet: quiet)
        let fmt = outputFormat.flatMap(OutputFormat.init(rawValue:)) ?? OutputFormat(path: out) ?? .jsonl
        let renderer = ReviewRecordRenderer(format: fmt, excel: excel)
        if let text {
            let c = try Classifier(lexicon: lexicon).classify(ReviewInput(text: text, rating: rating))
            var bytes = renderer.preamble()
            renderer.render(ClassifiedReview(row: ReviewRow(text: text, file: "--text", line: 1), classification: c), into: &bytes)
            try CLI.writeAtomically(bytes, to: out)
            return
        }
        let options: ClassifyRun.Options
        do {
            options = ClassifyRun.Options(
                inputs: inputs, encoding: try encoding.map { try TextEncoding(userName: $0) },
                table: ReviewTableOptions(format: format.flatMap(TableFormat.init(rawValue:)), hasHeader: !noHeader,
                                          overrides: try columns.map { try ColumnOverride(parsing: $0) },
                                          dateFormat: try dateFormat.map { try DateFormat(pattern: $0) }),
                jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, strict: strict)
        } catch {
            throw ValidationError("\(error)")
        }
        let run = ClassifyRun(lexicon: lexicon, options: options, renderer: renderer)
        let sink = try OutputSink(path: out)
        sink.write(renderer.preamble())
        let rejectsPath = rejects ?? (out == "-" ? nil : CLI.rejectsPath(for: out))
        let rejectSink = RejectSink(path: rejectsPath)
        let progress = Progress(enabled: !quiet && isatty(2) != 0, total: CLI.totalSize(inputs), counter: run.counter, rows: run.rows)
        let start = Date()
        let summary: RunSummary
        do {
            summary = try run.run(output: { sink.write($0) }, reject: { rejectSink.add($0) },
                                  warning: { if !quiet { progress.clear(); StandardError.print($0) } })
        } catch let stop as ClassifyRun.StrictStop {
            progress.stop()
            sink.abandon()
            try? rejectSink.commit()
            StandardError.print(stop.description)
            StandardError.print("odrlens: stopped at the first bad row (--strict)")
            throw ExitCode(1)
        } catch {
            progress.stop()
            sink.abandon()
            rejectSink.abandon()
            StandardError.print("odrlens: error: \(error)")
            throw ExitCode(2)
        }
        progress.stop()
        try sink.commit()
        try rejectSink.commit()
        let seconds = Date().timeIntervalSince(start)
        if !quiet {
            let mb = Double(summary.bytes) / 1_000_000
            var line = "odrlens: \(summary.read) rows read, \(summary.classified) classified, \(summary.rejected) rejected"
            if summary.rejected > 0 { line += rejectsPath.map { " (see \($0))" } ?? " (listed above)" }
            line += String(format: " in %.2f s (%.1f MB/s)", seconds, seconds > 0 ? mb / seconds : 0)
            StandardError.print(line)
        }
        if summary.rejected > 0 && !allowRejects { throw ExitCode(1) }
    }
}
