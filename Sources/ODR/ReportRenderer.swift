import Records

/// Writes an ``ODRReport`` as JSON (the documented schema), as one CSV table, or as a terminal summary.
public enum ReportRenderer {
    /// The names `--table` accepts.
    public static let tableNames = ["odr", "contributions", "areas", "sku", "asin", "channel", "carrier", "state", "month",
                                    "what_if", "removal_candidates", "trend", "cross_check", "inputs"]

    static func rate(_ units: Int64, _ orders: Int) -> Double {
        orders == 0 ? 0 : Double(units) / Double(ODRAnalyzer.unit) / Double(orders)
    }

    /// The report as one JSON document (UTF-8, ending in a newline).
    public static func json(_ r: ODRReport) -> [UInt8] {
        var w = JSONWriter()
        let orders = r.odr.first?.orders ?? 0
        w.beginObject()
        w.key("schema"); w.number(ODRReportSchema.version)
        w.key("window"); w.beginObject()
        w.key("from"); w.string(r.from); w.key("to"); w.string(r.to); w.key("days"); w.number(r.days)
        w.key("as_of"); w.string(r.asOf); w.key("lag"); w.number(r.lag); w.key("exclude_cancelled"); w.bool(r.excludeCancelled)
        w.endObject()
        w.key("target"); w.number(r.target)
        w.key("odr"); w.beginObject()
        for c in r.odr {
            w.key(c.channel); w.beginObject()
            w.key("orders"); w.number(c.orders); w.key("defective"); w.number(c.defective); w.key("rate"); w.number(c.rate)
            w.key("negative_feedback"); w.number(c.share(c.negativeFeedback))
            w.key("claims"); w.number(c.share(c.claims))
            w.key("chargebacks"); w.number(c.share(c.chargebacks))
            w.key("counts"); w.beginObject()
            w.key("negative_feedback"); w.number(c.negativeFeedback); w.key("claims"); w.number(c.claims); w.key("chargebacks"); w.number(c.chargebacks)
            w.endObject()
            w.key("meets_target"); w.bool(c.rate < r.target)
            w.endObject()
        }
        w.endObject()
        func contribution(_ c: ODRReport.Contribution, category: Bool) {
            w.beginObject()
            w.key(category ? "category" : "area"); w.string(c.key)
            if category { w.key("area"); w.string(c.area) }
            w.key("weight"); w.number(c.weight)
            w.key("rate"); w.number(rate(c.units, orders))
            w.endObject()
        }
        w.key("contributions"); w.beginArray(); for c in r.contributions { contribution(c, category: true) }; w.endArray()
        w.key("areas"); w.beginArray(); for c in r.areas { contribution(c, category: false) }; w.endArray()
        w.key("by"); w.beginObject()
        for (name, rows) in r.by {
            w.key(name); w.beginArray()
            for g in rows {
                w.beginObject()
                w.key("key"); w.string(g.key)
                if let d = g.detail { w.key("asin"); w.string(d) }
                w.key("orders"); w.number(g.orders); w.key("defective"); w.number(g.defective); w.key("rate"); w.number(g.rate)
                w.key("weight"); w.number(Double(g.contributionUnits) / Double(ODRAnalyzer.unit))
                w.key("contribution"); w.number(name == "month" ? rate(g.contributionUnits, g.orders) : rate(g.contributionUnits, orders))
                w.key("top_categories"); w.beginArray()
                for (id, weight) in g.top { w.beginObject(); w.key("category"); w.string(id); w.key("weight"); w.number(weight); w.endObject() }
                w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        w.key("what_if"); w.beginArray()
        for x in r.whatIf {
            w.beginObject()
            w.key("kind"); w.string(x.kind); w.key("fix"); w.string(x.fix)
            w.key("rate"); w.number(x.rates[0]); w.key("saved"); w.number(x.saved[0])
            w.key("afn"); w.beginObject(); w.key("rate"); w.number(x.rates[1]); w.key("saved"); w.number(x.saved[1]); w.endObject()
            w.key("mfn"); w.beginObject(); w.key("rate"); w.number(x.rates[2]); w.key("saved"); w.number(x.saved[2]); w.endObject()
            w.endObject()
        }
        w.endArray()
        w.key("removal_candidates"); w.beginArray()
        for c in r.removalCandidates {
            w.beginObject()
            w.key("order_id"); w.string(c.orderID); w.key("date"); w.string(c.date); w.key("rating"); w.number(c.rating)
            w.key("channel"); w.string(c.channel); w.key("action"); w.string(c.action); w.key("reason"); w.string(c.reason)
            w.key("categories"); w.beginArray(); for id in c.categories { w.string(id) }; w.endArray()
            w.key("text"); w.string(c.text)
            w.endObject()
        }
        w.endArray()
        w.key("trend"); w.beginArray()
        for t in r.trend {
            w.beginObject(); w.key("date"); w.string(t.date); w.key("orders"); w.number(t.orders); w.key("defective"); w.number(t.defective)
            w.key("rate"); w.number(t.rate); w.endObject()
        }
        w.endArray()
        w.key("cross_check"); w.beginArray()
        for c in r.crossCheck {
            w.beginObject()
            w.key("carrier"); w.string(c.carrier); w.key("shipments"); w.number(c.shipments); w.key("late"); w.number(c.late)
            w.key("late_rate"); w.number(c.shipments == 0 ? 0 : Double(c.late) / Double(c.shipments))
            w.key("late_delivery_complaints"); w.number(c.complaints); w.key("confirmed_late"); w.number(c.confirmedLate)
            w.key("on_time"); w.number(c.onTime); w.key("not_delivered"); w.number(c.notDelivered); w.key("no_shipment_data"); w.number(c.noData)
            w.endObject()
        }
        w.endArray()
        w.key("inputs"); w.beginArray()
        for i in r.inputs {
            w.beginObject()
            w.key("kind"); w.string(i.kind); w.key("file"); w.string(i.file); w.key("rows"); w.number(i.rows); w.key("used"); w.number(i.used)
            w.key("rejected"); w.number(i.rejected); w.key("unmatched"); w.number(i.unmatched)
            w.endObject()
        }
        w.endArray()
        w.key("unknown_return_reasons"); w.beginArray()
        for (code, n) in r.unknownReturnReasons { w.beginObject(); w.key("code"); w.string(code); w.key("count"); w.number(n); w.endObject() }
        w.endArray()
        w.key("unknown_categories"); w.beginArray()
        for (id, n) in r.unknownCategories { w.beginObject(); w.key("id"); w.string(id); w.key("count"); w.number(n); w.endObject() }
        w.endArray()
        w.key("unrated_feedback"); w.number(r.unratedFeedback)
        w.endObject()
        w.endLine()
        return w.takeOutput()
    }

    /// One table as rows of strings (header first); `nil` for an unknown name.
    public static func table(_ r: ODRReport, name: String) -> [[String]]? {
        let orders = r.odr.first?.orders ?? 0
        func d(_ x: Double) -> String { String(x) }
        switch name {
        case "odr":
            return [["channel", "orders", "defective", "rate", "negative_feedback", "claims", "chargebacks", "meets_target"]]
                + r.odr.map { c in [c.channel, String(c.orders), String(c.defective), d(c.rate), d(c.share(c.negativeFeedback)),
                                    d(c.share(c.claims)), d(c.share(c.chargebacks)), String(c.rate < r.target)] }
        case "contributions":
            return [["category", "area", "weight", "rate"]] + r.contributions.map { [$0.key, $0.area ?? "", d($0.weight), d(rate($0.units, orders))] }
        case "areas":
            return [["area", "weight", "rate"]] + r.areas.map { [$0.key, d($0.weight), d(rate($0.units, orders))] }
        case "what_if":
            return [["kind", "fix", "rate", "saved", "afn_rate", "afn_saved", "mfn_rate", "mfn_saved"]]
                + r.whatIf.map { [$0.kind, $0.fix, d($0.rates[0]), String($0.saved[0]), d($0.rates[1]), String($0.saved[1]), d($0.rates[2]), String($0.saved[2])] }
        case "removal_candidates":
            return [["order_id", "date", "rating", "channel", "action", "reason", "categories", "text"]]
                + r.removalCandidates.map { [$0.orderID, $0.date, String($0.rating), $0.channel, $0.action, $0.reason, $0.categories.joined(separator: ";"), $0.text] }
        case "trend":
            return [["date", "orders", "defective", "rate"]] + r.trend.map { [$0.date, String($0.orders), String($0.defective), d($0.rate)] }
        case "cross_check":
            return [["carrier", "shipments", "late", "late_delivery_complaints", "confirmed_late", "on_time", "not_delivered", "no_shipment_data"]]
                + r.crossCheck.map { [$0.carrier, String($0.shipments), String($0.late), String($0.complaints), String($0.confirmedLate),
                                      String($0.onTime), String($0.notDelivered), String($0.noData)] }
        case "inputs":
            return [["kind", "file", "rows", "used", "rejected", "unmatched"]]
                + r.inputs.map { [$0.kind, $0.file, String($0.rows), String($0.used), String($0.rejected), String($0.unmatched)] }
        default:
            guard let rows = r.by.first(where: { $0.name == name })?.rows else { return nil }
            return [[name, "asin", "orders", "defective", "rate", "weight", "contribution", "top_categories"]] + rows.map { g in
                [g.key, g.detail ?? "", String(g.orders), String(g.defective), d(g.rate), d(Double(g.contributionUnits) / Double(ODRAnalyzer.unit)),
                 d(name == "month" ? rate(g.contributionUnits, g.orders) : rate(g.contributionUnits, orders)),
                 g.top.map { "\($0.0):\(($0.1 * 1000).rounded() / 1000)" }.joined(separator: ";")]
            }
        }
    }

    /// One table as CSV bytes.
    public static func csv(_ r: ODRReport, name: String) -> [UInt8]? {
        guard let rows = table(r, name: name) else { return nil }
        var w = CSVWriter(options: .init(format: .csv, lineEnd: "\n"))
        for row in rows { w.writeRow(row) }
        return w.takeOutput()
    }

    static func pct(_ x: Double) -> String {
        let v = (x * 10000).rounded() / 100
        var s = String(v)
        if let dot = s.firstIndex(of: ".") , s.distance(from: dot, to: s.endIndex) == 2 { s += "0" }
        return s + " %"
    }

    /// Left-aligns in a column of `n` characters; a longer value keeps one space before the next column.
    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }

    /// The terminal summary.
    public static func text(_ r: ODRReport) -> String {
        var s = "Order Defect Rate, orders \(r.from) to \(r.to) (\(r.days) days\(r.lag > 0 ? ", lag \(r.lag)" : ""))\(r.excludeCancelled ? ", cancelled orders excluded" : "")\n\n"
        s += "  channel  orders      defective  ODR       neg. feedback  claims    chargebacks  target 1 %\n"
        for c in r.odr {
            s += "  " + pad(c.channel, 9) + pad(String(c.orders), 12) + pad(String(c.defective), 11) + pad(pct(c.rate), 10)
                + pad(pct(c.share(c.negativeFeedback)), 15) + pad(pct(c.share(c.claims)), 10) + pad(pct(c.share(c.chargebacks)), 13)
                + (c.orders == 0 ? "-" : c.rate < r.target ? "ok" : "ABOVE") + "\n"
        }
        let orders = r.odr.first?.orders ?? 0
        s += "\nWhat causes it (share of the ODR):\n"
        for c in r.contributions.filter({ $0.units > 0 }).sorted(by: { $0.units > $1.units }).prefix(8) {
            s += "  " + pad(c.key, 18) + pad(c.area ?? "", 18) + pad(pct(rate(c.units, orders)), 10) + String(format1(c.weight)) + " orders\n"
        }
        s += "\nBy root-cause area:\n"
        for a in r.areas where a.units > 0 { s += "  " + pad(a.key, 18) + pct(rate(a.units, orders)) + "\n" }
        for name in ["sku", "carrier"] {
            guard let rows = r.by.first(where: { $0.name == name })?.rows, !rows.isEmpty else { continue }
            s += "\nTop \(name == "sku" ? "SKUs" : "carriers") by contribution:\n"
            for g in rows.prefix(5) {
                s += "  " + pad(g.key, 14) + pad("\(g.defective)/\(g.orders)", 14) + pad("ODR " + pct(g.rate), 14)
                    + g.top.map(\.0).joined(separator: ", ") + "\n"
            }
        }
        s += "\nWhat if (ODR afterwards):\n"
        let ranked = r.whatIf.filter { $0.saved[0] > 0 }.sorted { $0.saved[0] > $1.saved[0] }
        for x in ranked.prefix(6) {
            let label = x.kind == "removal_candidates" ? "grant all removal requests" : "fix \(x.kind) \(x.fix)"
            s += "  " + pad(label, 40) + pad(pct(x.rates[0]), 10) + "(\(x.saved[0]) orders fewer)\n"
        }
        s += "\nRemoval / strike-through candidates: \(r.removalCandidates.count)\n"
        for i in r.inputs where i.rejected > 0 || i.unmatched > 0 {
            s += "note: \(i.file): \(i.rejected) rows rejected, \(i.unmatched) rows whose order is not in the orders file\n"
        }
        if !r.unknownReturnReasons.isEmpty {
            s += "note: unknown return reason codes: " + r.unknownReturnReasons.prefix(5).map { "\($0.code) (\($0.count))" }.joined(separator: ", ") + "\n"
        }
        return s
    }

    static func format1(_ x: Double) -> String { String((x * 10).rounded() / 10) }
}

/// The version of the JSON output schema.
public enum ODRReportSchema {
    /// 1.
    public static let version = 1
}
