import ArgumentParser
import Foundation
import Lexicon
import ODR
import Records
import ReviewText

/// The inputs and window settings `attribute`, `export` and `report` share.
struct AttributeInputOptions: ParsableArguments {
    @Option(help: "The orders file: Amazon's All Orders report, or any table with an order id and a date.")
    var orders: String?

    @Option(help: "Seller feedback or reviews (any table classify reads, or classify's JSON lines output). Repeatable.")
    var feedback: [String] = []

    @Option(help: "A-to-z claims: order id, date, type, status, reason. Repeatable.")
    var claims: [String] = []

    @Option(help: "Chargebacks: order id, date, kind, status, reason. Repeatable.")
    var chargebacks: [String] = []

    @Option(help: "FBA customer returns report. Repeatable.")
    var returns: [String] = []

    @Option(help: "Shipments: order id, carrier, ship, promised and delivery dates. Repeatable.")
    var shipments: [String] = []

    @Option(name: .customLong("return-reasons"), help: "The return reason table (default: return-reasons.tsv in the lexicon directory).")
    var returnReasons: String?

    @Option(help: "The window length in days.")
    var days: Int = 60

    @Option(name: .customLong("as-of"), help: "The last order date of the window, YYYY-MM-DD (default: the latest order date).")
    var asOf: String?

    @Option(help: "Shift the window back by this many days.")
    var lag: Int = 0

    @Flag(name: .customLong("exclude-cancelled"), help: "Leave cancelled orders out of every count.")
    var excludeCancelled = false

    @Option(name: .customLong("claim-ignore"), help: "Comma-separated claim statuses that do not count (default: withdrawn,denied,reversed; '' counts every claim).")
    var claimIgnore: String?

    @Option(help: "The time zone order timestamps are read in: UTC, +08:00, -7 (default: UTC).")
    var tz: String?

    @Option(help: "The ODR target as a fraction.")
    var target: Double = 0.01

    @Option(name: .customLong("orders-column"), help: ArgumentHelp("Map a column of the orders file: ROLE=HEADER, e.g. purchaseDate=Order Date. Repeatable.", valueName: "role=header"))
    var ordersColumns: [String] = []

    @Option(name: .customLong("feedback-column"), help: ArgumentHelp("Map a column of the feedback files: ROLE=HEADER or ROLE=N, e.g. text=Comments.", valueName: "role=header"))
    var feedbackColumns: [String] = []

    @Option(name: .customLong("claims-column"), help: ArgumentHelp("Map a column of the claims files, e.g. reason=Claim Reason.", valueName: "role=header"))
    var claimsColumns: [String] = []

    @Option(name: .customLong("chargebacks-column"), help: ArgumentHelp("Map a column of the chargebacks files.", valueName: "role=header"))
    var chargebacksColumns: [String] = []

    @Option(name: .customLong("returns-column"), help: ArgumentHelp("Map a column of the returns files.", valueName: "role=header"))
    var returnsColumns: [String] = []

    @Option(name: .customLong("shipments-column"), help: ArgumentHelp("Map a column of the shipments files.", valueName: "role=header"))
    var shipmentsColumns: [String] = []

    @Option(help: "Input encoding for every file (default: detected per file).")
    var encoding: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int?

    func validate() throws {
        if days < 1 { throw ValidationError("--days must be at least 1") }
        if lag < 0 { throw ValidationError("--lag must not be negative") }
        if let asOf, Self.day(asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD, not '\(asOf)'") }
        if let tz, Self.offset(tz) == nil { throw ValidationError("--tz must be UTC or an offset such as +08:00 or -7, not '\(tz)'") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(target > 0 && target < 1) { throw ValidationError("--target must be a fraction between 0 and 1 (0.01 is 1 %)") }
        for (flag, values) in [("--orders-column", ordersColumns), ("--feedback-column", feedbackColumns), ("--claims-column", claimsColumns),
                               ("--chargebacks-column", chargebacksColumns), ("--returns-column", returnsColumns),
                               ("--shipments-column", shipmentsColumns)] {
            for v in values {
                do { _ = try ColumnOverride(parsing: v) } catch { throw ValidationError("\(flag): \(error)") }
            }
        }
    }

    private static func overrides(_ values: [String]) -> [ColumnOverride] { values.compactMap { try? ColumnOverride(parsing: $0) } }

    static func day(_ s: String) -> Int? { DayParser(format: nil).day(s) }

    /// `UTC`, `Z`, `+08:00`, `+0800`, `-7` → seconds east of UTC.
    static func offset(_ s: String) -> Int? {
        let t = s.trimmingCharacters(in: .whitespaces).uppercased()
        if t == "UTC" || t == "Z" || t == "GMT" { return 0 }
        var body = t
        if body.hasPrefix("UTC") { body.removeFirst(3) }
        guard let sign = body.first, sign == "+" || sign == "-" else { return nil }
        let rest = body.dropFirst().replacingOccurrences(of: ":", with: "")
        guard !rest.isEmpty, rest.allSatisfy(\.isNumber), let v = Int(rest) else { return nil }
        let (h, m) = rest.count <= 2 ? (v, 0) : (v / 100, v % 100)
        guard h <= 14, m < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
    }

    /// Runs them with texts kept (for `export` and `report`); an unreadable input prints its message and exits 2.
    func runDetailed(lexicon: Lexicon) throws -> AttributeResult {
        let run = try makeRun(lexicon: lexicon)
        do {
            return try run.runDetailed()
        } catch {
            StandardError.print("odrlens: \(error)")
            throw ExitCode(2)
        }
    }

    /// The run these options describe.
    func makeRun(lexicon: Lexicon) throws -> AttributeRun {
        var inputs = AttributeInputs(orders: orders ?? "")
        inputs.feedback = feedback
        inputs.claims = claims
        inputs.chargebacks = chargebacks
        inputs.returns = returns
        inputs.shipments = shipments
        inputs.returnReasons = returnReasons
        inputs.orderColumns = Self.overrides(ordersColumns)
        inputs.feedbackTable.overrides = Self.overrides(feedbackColumns)
        inputs.claimColumns = Self.overrides(claimsColumns)
        inputs.chargebackColumns = Self.overrides(chargebacksColumns)
        inputs.returnColumns = Self.overrides(returnsColumns)
        inputs.shipmentColumns = Self.overrides(shipmentsColumns)
        do { inputs.encoding = try encoding.map { try TextEncoding(userName: $0) } } catch { throw ValidationError("\(error)") }
        var options = AttributeOptions()
        options.days = days
        options.asOf = asOf.flatMap(Self.day)
        options.lag = lag
        options.excludeCancelled = excludeCancelled
        options.target = target
        if let claimIgnore {
            options.rules = DefectRules(claimIgnore: claimIgnore.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return AttributeRun(lexicon: lexicon, inputs: inputs, options: options, utcOffset: tz.flatMap(Self.offset) ?? 0,
                            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}
