import ArgumentParser
import Export
import Foundation
import Lexicon
import ODR
import Pipeline

/// `odrlens export`: complaint queues for the support team, as CSV or XLSX.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export categorized complaints as work queues for the support team (CSV or XLSX).",
        discussion: """
        Takes the inputs of `attribute`; --feedback may be classify's output or anything classify reads. One row \
        per order and queue, with its priority (1 act now: removal/strike-through candidates within 90 days of \
        the feedback, open claims and chargebacks; 2 counts toward ODR; 3 other), suggested action and days \
        left. The format follows --out's extension: .csv (UTF-8 with BOM, for Excel), .tsv or .xlsx (a summary \
        sheet, then one sheet per queue). Exit codes: 0 done; 1 some input rows rejected (0 with \
        --allow-rejects); 2 usage, lexicon or I/O error.
        """
    )

    @OptionGroup var inputs: AttributeInputOptions

    @Option(help: "The output file: .csv, .tsv or .xlsx. Written atomically.")
    var out: String

    @Option(help: "Queues: category, area or none.")
    var split: String = "category"

    @Option(help: "Only complaints with this category id. Repeatable, or comma-separated.")
    var category: [String] = []

    @Option(help: "Only complaints with a category in this root-cause area. Repeatable, or comma-separated.")
    var area: [String] = []

    @Option(help: "Only complaints dated on or after this day, YYYY-MM-DD.")
    var since: String?

    @Option(name: .customLong("min-score"), help: "Ignore categories scored below this (0-1).")
    var minScore: Double = 0

    @Option(help: "Only texts in this language (zh, en, mixed, ...). Repeatable, or comma-separated.")
    var lang: [String] = []

    @Option(help: "Headers and labels: en or zh (default: the language most complaints are in).")
    var labels: String?

    @Flag(help: "Mask e-mail addresses and phone numbers in texts and evidence.")
    var redact = false

    @Option(help: "The day deadlines are counted from, YYYY-MM-DD (default: the latest date in the inputs).")
    var today: String?

    @OptionGroup var rejectOptions: RejectOptions

    @Flag(name: [.short, .long], help: "No notes on standard error.")
    var quiet = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        guard QueueSplit(rawValue: split) != nil else { throw ValidationError("--split must be category, area or none") }
        guard ComplaintExporter.Format.of(path: out) != nil else { throw ValidationError("--out must end in .csv, .tsv or .xlsx, not '\(out)'") }
        if let since, AttributeInputOptions.day(since) == nil { throw ValidationError("--since must be a date YYYY-MM-DD, not '\(since)'") }
        if let today, AttributeInputOptions.day(today) == nil { throw ValidationError("--today must be a date YYYY-MM-DD, not '\(today)'") }
        if let labels, labels != "en" && labels != "zh" { throw ValidationError("--labels must be en or zh") }
        if !(0...1).contains(minScore) { throw ValidationError("--min-score must be between 0 and 1") }
    }

    static func list(_ values: [String]) -> Set<String> {
        Set(values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty })
    }

    func run() throws {
        let lexicon = try lexiconOptions.load(quiet: quiet)
        var options = ExportOptions()
        options.split = QueueSplit(rawValue: split)!
        options.categories = Self.list(category)
        options.areas = Self.list(area)
        for c in options.categories where lexicon.categoryIndex(c) == nil {
            throw ValidationError("unknown --category '\(c)'; one of \(lexicon.categories.map(\.id).joined(separator: ", "))")
        }
        let areaIDs = RootCauseArea.allCases.map(\.rawValue)
        for a in options.areas where !areaIDs.contains(a) {
            throw ValidationError("unknown --area '\(a)'; one of \(areaIDs.joined(separator: ", "))")
        }
        options.since = since.flatMap(AttributeInputOptions.day)
        options.minScore = minScore
        options.languages = Self.list(lang)
        options.redact = redact
        options.today = today.flatMap(AttributeInputOptions.day)
        let result = try inputs.runDetailed(lexicon: lexicon)
        let rows = ComplaintQueueBuilder.build(result, options: options)
        let language = labels ?? ComplaintTable.majorityLanguage(result.events.texts)
        options.language = language
        let table = ComplaintTable(language: language, categories: lexicon.categories)
        let rejectsPath = rejectOptions.path(beside: out) ?? ""
        let sink = rejectOptions.sink(result.problems, beside: out)
        do {
            try ComplaintExporter.write(rows, to: out, table: table)
            try sink.commit()
        } catch {
            StandardError.print("odrlens: error: \(error)")
            throw ExitCode(2)
        }
        if !quiet {
            var queues: [String: (Int, Int)] = [:]
            var order: [String] = []
            for r in rows {
                if queues[r.queue] == nil { order.append(r.queue) }
                queues[r.queue, default: (0, 0)].0 += 1
                if r.priority == .actNow { queues[r.queue, default: (0, 0)].1 += 1 }
            }
            let orders = Set(rows.map(\.orderID)).count
            StandardError.print("odrlens: \(rows.count) row(s) for \(orders) order(s) in \(order.count) queue(s) written to \(out)")
            for q in order {
                let (n, now) = queues[q]!
                StandardError.print("  \(q.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(n).leftPad(5)) row(s), \(now) to act on now")
            }
            for i in result.report.inputs where i.unmatched > 0 {
                guard let orders = inputs.orders else { continue }
                StandardError.print("odrlens: note: \(i.file): \(i.unmatched) row(s) whose order is not in \(orders) (exported without order facts)")
            }
            if !result.problems.isEmpty {
                StandardError.print("odrlens: \(result.problems.count) row(s) rejected (see \(rejectsPath))")
            }
        }
        try rejectOptions.finish(result.problems)
    }
}

extension String {
    /// The string right-aligned in `width` characters.
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
