import Lexicon
import ODR

/// Turns an attribution's orders and events into complaint queues: which orders need someone,
/// how soon, and what to do (rules in ``Priority`` and README's "Complaint queues").
///
/// ```swift
/// let result = try AttributeRun(lexicon: lexicon, inputs: inputs, options: AttributeOptions()).runDetailed()
/// let rows = ComplaintQueueBuilder.build(result, options: ExportOptions())
/// ```
public enum ComplaintQueueBuilder {
    /// One event's verdict before events are merged into rows.
    struct Item {
        var event: Int
        var categories: [(index: Int, score: Double)]
        var priority: Priority
        var action: SuggestedAction
        var reason: String
        var deadline: Int?
        var severity: Double
    }

    /// The day deadlines are counted from: `options.today`, else the latest day in the inputs.
    public static func referenceDay(_ result: AttributeResult, options: ExportOptions) -> Int {
        if let t = options.today { return t }
        var latest = result.orders.days.max().map(Int.init) ?? 0
        for t in result.events.texts { if let d = t.day { latest = max(latest, d) } }
        return latest
    }

    /// The rows of every queue, sorted by queue (taxonomy order), priority, days left, severity
    /// and order id.
    public static func build(_ result: AttributeResult, options: ExportOptions) -> [ComplaintRow] {
        let orders = result.orders, events = result.events, categories = result.categories
        let today = referenceDay(result, options: options)
        let window = result.window
        // Events by order; then the orphans (orders not in the orders file) by order id.
        var groups: [(order: Int?, events: [Int], orphan: Bool)] = []
        let sorted = events.events.indices.sorted {
            events.events[$0].order != events.events[$1].order ? events.events[$0].order < events.events[$1].order : $0 < $1
        }
        var k = 0
        while k < sorted.count {
            let o = Int(events.events[sorted[k]].order)
            var group: [Int] = []
            while k < sorted.count, Int(events.events[sorted[k]].order) == o { group.append(sorted[k]); k += 1 }
            groups.append((o, group, false))
        }
        var orphanGroups: [String: [Int]] = [:]
        var orphanOrder: [String] = []
        for (i, e) in events.orphans.enumerated() {
            let id = e.text >= 0 ? events.texts[Int(e.text)].orderID : ""
            if orphanGroups[id] == nil { orphanOrder.append(id) }
            orphanGroups[id, default: []].append(i)
        }
        for id in orphanOrder { groups.append((nil, orphanGroups[id]!, true)) }
        var rows: [ComplaintRow] = []
        for g in groups {
            let list = g.orphan ? events.orphans : events.events
            let o = g.order
            // An order not in the orders file: its negative feedback is taken to count.
            let inWindow = o.map { o in window.map { $0.contains(Int(orders.days[o])) } ?? false } ?? true
            let defective = inWindow && g.events.contains { list[$0].isDefect }
            var items: [Item] = []
            for e in g.events {
                if let item = judge(list[e], index: e, result: result, order: o, counts: defective, today: today, options: options) { items.append(item) }
            }
            guard !items.isEmpty else { continue }
            // Queues.
            var queues: [String: [Int]] = [:]
            var queueOrder: [String] = []
            for (i, item) in items.enumerated() {
                var keys: [String] = []
                switch options.split {
                case .none: keys = ["all"]
                case .category: keys = item.categories.map { categories.ids[$0.index] }.filter { options.categories.isEmpty || options.categories.contains($0) }
                case .area:
                    keys = item.categories.map { categories.areas[$0.index].rawValue }.filter { options.areas.isEmpty || options.areas.contains($0) }
                }
                if item.categories.isEmpty && options.split != .none { keys = ["unattributed"] }
                for key in keys {
                    if queues[key] == nil { queueOrder.append(key) }
                    if queues[key]?.contains(i) != true { queues[key, default: []].append(i) }
                }
            }
            for q in queueOrder {
                rows.append(row(queue: q, items: queues[q]!.map { items[$0] }, events: list, result: result, order: o, counts: defective,
                                today: today, options: options))
            }
        }
        let rank = queueRank(categories)
        return rows.sorted {
            let (ra, rb) = (rank[$0.queue] ?? Int.max, rank[$1.queue] ?? Int.max)
            if ra != rb { return ra < rb }
            if $0.priority != $1.priority { return $0.priority < $1.priority }
            let (da, db) = ($0.daysLeft ?? Int.max, $1.daysLeft ?? Int.max)
            if da != db { return da < db }
            if $0.severity != $1.severity { return $0.severity > $1.severity }
            return $0.orderID < $1.orderID
        }
    }

    /// Queue names in display order: categories in taxonomy order, then areas, `unattributed`, `all`.
    public static func queueRank(_ categories: CategorySet) -> [String: Int] {
        var rank: [String: Int] = [:]
        for (i, id) in categories.ids.enumerated() { rank[id] = i }
        for (i, a) in RootCauseArea.allCases.enumerated() { rank[a.rawValue] = 100 + i }
        rank["unattributed"] = 200
        rank["all"] = 300
        return rank
    }

    /// Whether event `e` is a complaint that passes the filters, and if so its verdict.
    static func judge(_ event: OrderEvent, index e: Int, result: AttributeResult, order o: Int?, counts: Bool, today: Int,
                      options: ExportOptions) -> Item? {
        let categories = result.categories
        let text = event.text >= 0 ? result.events.texts[Int(event.text)] : nil
        var cats = event.scores.map { (index: Int($0.category), score: Double($0.micro) / 1_000_000) }.filter { $0.score >= options.minScore }
        cats.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        let defect = event.isDefect && counts
        guard !cats.isEmpty || event.isDefect else { return nil }
        // Filters.
        if !options.categories.isEmpty || !options.areas.isEmpty {
            let ok = cats.contains { c in
                (options.categories.isEmpty || options.categories.contains(categories.ids[c.index]))
                    && (options.areas.isEmpty || options.areas.contains(categories.areas[c.index].rawValue))
            }
            guard ok else { return nil }
        }
        if let since = options.since {
            guard let d = text?.day, d >= since else { return nil }
        }
        if !options.languages.isEmpty {
            guard let lang = text?.language, options.languages.contains(lang) else { return nil }
        }
        let top = cats.first.map { categories.ids[$0.index] }
        var item = Item(event: e, categories: cats, priority: .other, action: SuggestedAction.forCategory(top),
                        reason: cats.isEmpty ? "unattributed" : "complaint", deadline: nil, severity: 0)
        let day = text?.day
        let status = text?.status ?? ""
        switch event.kind {
        case .feedback:
            if defect {
                let channel = o.map { result.orders.channel($0) } ?? .unknown
                let words = text?.joined ?? ""
                if let (action, why) = RemovalScreen.screen(text: words, mask: event.mask, channel: channel, categories: categories,
                                                                 words: result.removalWords),
                   day.map({ $0 + options.removalDays >= today }) ?? true {
                    item.priority = .actNow
                    item.action = action == .removal ? .requestRemoval : .requestStrikeThrough
                    item.reason = why
                    item.deadline = day.map { $0 + options.removalDays }
                } else {
                    item.priority = .counts
                    item.action = .contactBuyer
                    item.reason = "negative_feedback"
                    item.deadline = day.map { $0 + options.buyerRemovalDays }
                }
            } else if event.isDefect {
                item.reason = "negative_feedback_outside_window"
            }
        case .claim, .chargeback:
            let claim = event.kind == .claim
            // An open chargeback counts (isDefect) unless DefectRules call its kind fraud.
            if options.isOpen(status) && (claim || event.isDefect) {
                item.priority = .actNow
                item.action = claim ? .respondToClaim : .respondToChargeback
                item.reason = claim ? "claim_open" : "chargeback_open"
                item.deadline = day.map { $0 + (claim ? options.claimResponseDays : options.chargebackResponseDays) }
            } else if defect {
                item.priority = .counts
                item.reason = (claim ? "claim_" : "chargeback_") + (status.isEmpty ? "counted" : status.lowercased().replacingOccurrences(of: " ", with: "_"))
            } else {
                item.reason = (claim ? "claim_" : "chargeback_") + (status.isEmpty ? "not_counted" : status.lowercased().replacingOccurrences(of: " ", with: "_"))
            }
        case .returned:
            item.reason = status.isEmpty ? "return" : "return_" + status.lowercased()
        }
        var severity = cats.first?.score ?? 0
        if let r = text?.rating { severity += r == 1 ? 1 : r == 2 ? 0.5 : 0 }
        if event.kind == .claim || event.kind == .chargeback { severity += 1 }
        if event.isDefect { severity += 1 }
        severity += 0.1 * Double(max(0, cats.count - 1))
        item.severity = severity
        return item
    }


    /// Merges the items of one order in one queue into a row.
    static func row(queue: String, items: [Item], events list: [OrderEvent], result: AttributeResult, order o: Int?, counts: Bool,
                    today: Int, options: ExportOptions) -> ComplaintRow {
        let events = result.events, orders = result.orders, categories = result.categories
        let best = items.min {
            if $0.priority != $1.priority { return $0.priority < $1.priority }
            let (a, b) = ($0.deadline ?? Int.max, $1.deadline ?? Int.max)
            return a != b ? a < b : $0.severity > $1.severity
        }!
        var scores: [Int: Double] = [:]
        for item in items { for c in item.categories { scores[c.index] = max(scores[c.index] ?? 0, c.score) } }
        let cats = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var areas: [String] = []
        for c in cats where !areas.contains(categories.areas[c.key].rawValue) { areas.append(categories.areas[c.key].rawValue) }
        let texts = items.map { (list[$0.event].kind, list[$0.event].text >= 0 ? events.texts[Int(list[$0.event].text)] : nil) }
        var sources: [String] = []
        for kind in EventKind.allCases where texts.contains(where: { $0.0 == kind }) { sources.append(kind.description) }
        var evidence: [String] = []
        for (_, t) in texts {
            guard let t else { continue }
            for span in t.evidence {
                let words = slice(t.field(span.field), Int(span.start), Int(span.end))
                let shown = options.redact ? PersonalData.redact(words) : words
                if !shown.isEmpty && !evidence.contains(shown) { evidence.append(shown) }
            }
        }
        let bodies: [(EventKind, String)] = texts.compactMap { kind, t in
            guard let t else { return nil }
            var body = t.joined
            if kind == .returned && !t.status.isEmpty { body = body.isEmpty ? t.status : "\(t.status): \(body)" }
            return body.isEmpty ? nil : (kind, body)
        }
        var text = bodies.count == 1 ? bodies[0].1 : bodies.map { "[\($0.0)] \($0.1)" }.joined(separator: "\n")
        if options.redact { text = PersonalData.redact(text) }
        let items0 = o.map { result.items(of: $0) } ?? []
        var products: [String] = []
        for i in items0 where i < orders.productNames.count && !orders.productNames[i].isEmpty && !products.contains(orders.productNames[i]) {
            products.append(orders.productNames[i])
        }
        for (_, t) in texts { if let p = t?.productName, !p.isEmpty, !products.contains(p) { products.append(p) } }
        let ratings = texts.compactMap { $0.1?.rating }
        let days = texts.compactMap { $0.1?.day }
        let langs = texts.compactMap { $0.1?.language }.filter { !$0.isEmpty && $0 != "und" }
        return ComplaintRow(
            queue: queue, priority: best.priority, action: best.action, reason: best.reason,
            daysLeft: best.deadline.map { $0 - today },
            orderID: o.map { orders.orderID($0) } ?? (texts.compactMap { $0.1?.orderID }.first ?? ""),
            orderDay: o.map { Int(orders.days[$0]) }, complaintDay: days.min(),
            channel: o.map { orders.channel($0).description } ?? "",
            skus: items0.map { orders.itemNames[$0].sku }.filter { !$0.isEmpty },
            productNames: products, rating: ratings.min(), sources: sources,
            categories: cats.map { categories.ids[$0.key] }, areas: areas, score: cats.first?.value ?? 0,
            evidence: evidence, text: text, language: langs.first ?? "", countsTowardODR: counts,
            severity: items.map(\.severity).max() ?? 0)
    }

    /// The Unicode scalars `start..<end` of `s` (clamped).
    static func slice(_ s: String, _ start: Int, _ end: Int) -> String {
        let scalars = s.unicodeScalars
        let n = scalars.count
        let a = max(0, min(start, n)), b = max(a, min(end, n))
        let i = scalars.index(scalars.startIndex, offsetBy: a), j = scalars.index(i, offsetBy: b - a)
        return String(scalars[i..<j])
    }
}
