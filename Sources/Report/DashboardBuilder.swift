import Export
import Lexicon
import ODR
import Records

/// Turns an attribution into the values of the dashboard template: every number formatted, every
/// chart drawn, every text escaped (the template inserts charts and highlighted texts as they are).
public enum DashboardBuilder {
    /// The template context for `result` in the labels' language.
    public static func context(_ result: AttributeResult, categories taxonomy: [DefectCategory], labels: DashboardLabels,
                               samplesPerCategory: Int = 3) -> [String: Any] {
        let report = result.report
        let zh = labels.language == "zh"
        var names: [String: String] = [:]
        for c in taxonomy { names[c.id] = zh ? c.nameZH : c.nameEN }
        func name(_ id: String) -> String { names[id] ?? ComplaintTable.areaName(id, labels.language) }
        let all = report.odr.first { $0.channel == "all" }
        let orders = Double(all?.orders ?? 0)
        func rate(_ units: Int64) -> Double { orders == 0 ? 0 : Double(units) / Double(ODRAnalyzer.unit) / orders }

        var ctx: [String: Any] = ["l": labels.all, "lang": labels.language]
        ctx["from"] = report.from
        ctx["to"] = report.to
        ctx["asOf"] = report.asOf
        ctx["days"] = report.days
        ctx["targetText"] = HTML.percent(report.target)
        ctx["inputs"] = report.inputs.map { ["kind": $0.kind, "file": $0.file, "rows": $0.rows, "used": $0.used] as [String: Any] }

        // Headline.
        ctx["channels"] = report.odr.map { c -> [String: Any] in
            [
                "id": c.channel, "name": labels[c.channel], "rate": HTML.percent(c.rate), "orders": c.orders, "defective": c.defective,
                "over": c.rate >= report.target, "status": c.rate >= report.target ? labels["over"] : labels["ok"],
                "negativeFeedback": HTML.percent(c.share(c.negativeFeedback)), "claims": HTML.percent(c.share(c.claims)),
                "chargebacks": HTML.percent(c.share(c.chargebacks)),
                "gauge": min(100, c.rate / max(report.target * 3, 1e-9) * 100), "targetMark": 100.0 / 3,
            ]
        }

        // Trend.
        ctx["trendChart"] = SVGChart.trend(report.trend.map { ($0.date, $0.rate) }, threshold: report.target,
                                           highlightFrom: report.from, title: labels["trend"],
                                           thresholdLabel: "\(labels["threshold"]) \(HTML.percent(report.target))")

        // Contributions.
        func contributionRows(_ list: [ODRReport.Contribution], attribute: String) -> [[String: Any]] {
            let total = list.reduce(Int64(0)) { $0 + $1.units }
            return list.filter { $0.units > 0 }.map { c in
                [
                    "key": c.key, "attr": attribute, "name": c.key == "unattributed" ? labels["unattributed"] : name(c.key),
                    "rate": HTML.percent(rate(c.units)), "share": HTML.fixed(total == 0 ? 0 : Double(c.units) / Double(total) * 100, 1) + " %",
                    "weight": HTML.fixed(c.weight, 2), "area": c.area.map(name) ?? "",
                ]
            }
        }
        let categoryRows = contributionRows(report.contributions, attribute: "category")
        let areaRows = contributionRows(report.areas, attribute: "area")
        ctx["categoryRows"] = categoryRows
        ctx["areaRows"] = areaRows
        ctx["totalRate"] = HTML.percent(all?.rate ?? 0)
        ctx["categoryChart"] = SVGChart.bars(report.contributions.filter { $0.units > 0 }.map {
            ($0.key == "unattributed" ? labels["unattributed"] : name($0.key), rate($0.units), HTML.percent(rate($0.units)))
        }, title: labels["byCategory"])
        ctx["areaChart"] = SVGChart.bars(report.areas.filter { $0.units > 0 }.map {
            ($0.key == "unattributed" ? labels["unattributed"] : name($0.key), rate($0.units), HTML.percent(rate($0.units)))
        }, title: labels["byArea"])

        // Breakdowns.
        func groupRows(_ key: String, limit: Int) -> [[String: Any]] {
            let rows = report.by.first { $0.name == key }?.rows ?? []
            return rows.filter { $0.defective > 0 }.prefix(limit).map { r in
                [
                    "key": r.key, "detail": r.detail ?? "", "orders": r.orders, "defective": r.defective, "rate": HTML.percent(r.rate),
                    "contribution": HTML.percent(rate(r.contributionUnits)),
                    "top": r.top.map { name($0.0) }.joined(separator: ", "),
                ]
            }
        }
        ctx["skuRows"] = groupRows("sku", limit: 10)
        var carriers = groupRows("carrier", limit: 20)
        for i in carriers.indices {
            let key = carriers[i]["key"] as? String ?? ""
            if let c = report.crossCheck.first(where: { $0.carrier == key }), c.shipments > 0 {
                carriers[i]["late"] = "\(c.late) / \(c.shipments) (\(HTML.percent(Double(c.late) / Double(c.shipments))))"
            } else {
                carriers[i]["late"] = "–"
            }
        }
        ctx["carrierRows"] = carriers

        // What-ifs: the ones that save something, best first.
        let afterIndex = 0
        ctx["whatIfRows"] = report.whatIf.filter { $0.saved[0] > 0 }.sorted { $0.saved[0] != $1.saved[0] ? $0.saved[0] > $1.saved[0] : $0.fix < $1.fix }
            .prefix(12).map { w -> [String: Any] in
                let label = w.kind == "removal_candidates" ? labels["removalCandidates"] : name(w.fix)
                return ["kind": w.kind, "fix": w.fix, "name": label, "saved": w.saved[0], "after": HTML.percent(w.rates[afterIndex]),
                        "meets": w.rates[afterIndex] < report.target]
            }

        // Removal candidates.
        ctx["removalRows"] = report.removalCandidates.map { r -> [String: Any] in
            let (a, why) = labels.request(r.action, r.reason)
            return ["order": r.orderID, "date": r.date, "rating": r.rating, "channel": r.channel, "action": a, "reason": why,
                    "categories": r.categories.map(name).joined(separator: ", "), "text": r.text]
        }

        // What to do now: the complaint queue's first priority, soonest deadline first.
        var queue = ExportOptions()
        queue.split = .none
        queue.language = labels.language
        let urgent = ComplaintQueueBuilder.build(result, options: queue).filter { $0.priority == .actNow }
        ctx["actNowCount"] = urgent.count
        ctx["actNowRows"] = urgent.prefix(25).map { r -> [String: Any] in
            let text = r.text.count > 220 ? String(r.text.prefix(220)) + "…" : r.text
            return ["order": r.orderID, "action": r.action.label(labels.language), "days": r.daysLeft.map(String.init) ?? "–",
                    "overdue": (r.daysLeft ?? 0) < 0, "categories": r.categories.map(name).joined(separator: ", "), "text": text]
        }
        if urgent.count > 25 { ctx["actNowMore"] = urgent.count - 25 }

        // Samples per category.
        ctx["samples"] = samples(result, name: name, limit: samplesPerCategory)
        return ctx
    }

    /// Up to `limit` texts per category, defects first, then by score, with that category's evidence marked.
    static func samples(_ result: AttributeResult, name: (String) -> String, limit: Int) -> [[String: Any]] {
        let events = result.events, categories = result.categories
        var out: [[String: Any]] = []
        for (c, id) in categories.ids.enumerated() {
            var picks: [(defect: Bool, score: Int32, text: EventText, kind: EventKind)] = []
            var seen = Set<String>()
            for e in events.events where e.text >= 0 {
                guard let s = e.scores.first(where: { Int($0.category) == c }) else { continue }
                let t = events.texts[Int(e.text)]
                guard t.evidence.contains(where: { Int($0.category) == c }), seen.insert(t.joined).inserted else { continue }
                picks.append((e.isDefect, s.micro, t, e.kind))
            }
            guard !picks.isEmpty else { continue }
            picks.sort { $0.defect != $1.defect ? $0.defect : $0.score != $1.score ? $0.score > $1.score : $0.text.orderID < $1.text.orderID }
            let items = picks.prefix(limit).map { p -> [String: Any] in
                var parts: [String] = []
                for f: UInt8 in 0...2 {
                    let field = p.text.field(f)
                    guard !field.isEmpty else { continue }
                    let spans = p.text.evidence.filter { Int($0.category) == c && $0.field == f }.map { Int($0.start)..<Int($0.end) }
                    parts.append(HTML.highlight(field, spans: spans))
                }
                let meta = [p.kind.description, p.text.rating.map { "\($0)★" }, p.text.day.map { CalendarDate(dayNumber: $0).iso }, p.text.orderID]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
                return ["html": parts.joined(separator: " — "), "meta": meta]
            }
            out.append(["id": id, "name": name(id), "count": picks.count, "items": Array(items)])
        }
        return out
    }
}
