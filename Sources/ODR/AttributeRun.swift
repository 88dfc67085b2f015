import Pipeline
import Foundation
import Lexicon
import Records

/// The `attribute` pipeline: read orders, then shipments, feedback, claims, chargebacks and returns
/// (joined to the orders by id), then analyze. The one entry point of the module.
///
/// ```swift
/// let run = AttributeRun(lexicon: lexicon, inputs: AttributeInputs(orders: "orders.tsv"), options: AttributeOptions())
/// let (report, problems) = try run.run()
/// ```
public struct AttributeRun: Sendable {
    public let lexicon: Lexicon
    public let inputs: AttributeInputs
    public let options: AttributeOptions
    /// The offset (seconds east of UTC) order timestamps are read in.
    public let utcOffset: Int
    /// Threads.
    public let jobs: Int

    /// Creates a run.
    public init(lexicon: Lexicon, inputs: AttributeInputs, options: AttributeOptions, utcOffset: Int = 0, jobs: Int = 2) {
        self.lexicon = lexicon
        self.inputs = inputs
        self.options = options
        self.utcOffset = utcOffset
        self.jobs = max(1, jobs)
    }

    /// Runs; returns the report and every rejected row.
    /// - Throws: ``RecordsError`` for unreadable inputs or missing columns.
    public func run() throws -> (ODRReport, [Reject]) {
        let r = try run(keepTexts: false)
        return (r.report, r.problems)
    }

    /// Runs and keeps, besides the report, the orders and every event with its words (for complaint
    /// queues and the HTML report).
    public func runDetailed() throws -> AttributeResult { try run(keepTexts: true) }

    private func run(keepTexts: Bool) throws -> AttributeResult {
        var problems: [Reject] = []
        let categories = CategorySet(lexicon: lexicon)
        let (orders0, orderSummary) = inputs.orders.isEmpty ? (OrderTable(), OrdersReader.Summary())
            : try OrdersReader.read(path: inputs.orders, jobs: jobs, utcOffset: utcOffset,
                                    overrides: inputs.orderColumns, encoding: inputs.encoding, problems: &problems)
        var orders = orders0
        var events = EventSet()
        events.keepTexts = keepTexts
        var ordersInput = InputSummary(kind: "orders", file: inputs.orders)
        ordersInput.rows = orderSummary.rows
        ordersInput.rejected = orderSummary.rejected
        ordersInput.used = orders.count
        if !inputs.orders.isEmpty { events.inputs.append(ordersInput) }
        for path in inputs.shipments {
            events.inputs.append(try ShipmentsReader.read(path: path, jobs: jobs, utcOffset: utcOffset, overrides: inputs.shipmentColumns,
                                                          encoding: inputs.encoding,
                                                          into: &orders, problems: &problems))
        }
        let pool = TextClassifierPool(lexicon: lexicon, categories: categories, jobs: jobs)
        for path in inputs.feedback {
            try FeedbackReader.read(path: path, orders: orders, pool: pool, table: inputs.feedbackTable, encoding: inputs.encoding,
                                    into: &events, problems: &problems)
        }
        var returnReasons = ReturnReasonTable()
        if !inputs.returns.isEmpty {
            let path = inputs.returnReasons ?? (lexicon.directory as NSString).appendingPathComponent("return-reasons.tsv")
            returnReasons = try ReturnReasonTable.load(path: path, categories: categories)
        }
        for (kind, paths, columns) in [(EventKind.claim, inputs.claims, inputs.claimColumns), (.chargeback, inputs.chargebacks, inputs.chargebackColumns),
                                       (.returned, inputs.returns, inputs.returnColumns)] {
            for path in paths {
                try CaseReader.read(path: path, kind: kind, orders: orders, rules: options.rules, pool: pool, returnReasons: returnReasons,
                                    overrides: columns, encoding: inputs.encoding, into: &events, problems: &problems)
            }
        }
        var options = self.options
        if options.removalWords == .builtIn { options.removalWords = try RemovalWords.forLexicon(directory: lexicon.directory) }
        let report = ODRAnalyzer.analyze(orders: orders, events: events, categories: categories, options: options)
        return AttributeResult(report: report, problems: problems, orders: orders, events: events, categories: categories,
                               removalWords: options.removalWords)
    }
}
