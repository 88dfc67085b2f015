import Lexicon
import Records

/// Computes an ``ODRReport`` from orders and events: the marketplace's ODR, then its attribution.
///
/// The rules:
/// - The window is the `days` calendar days of order dates ending on `asOf − lag`, inclusive.
///   Every order in it counts, cancelled ones too unless `excludeCancelled`.
/// - An order is defective when it has negative feedback (1–2 stars), a counting claim or a counting
///   chargeback (``DefectRules``) — at most once, whatever the number of defects.
/// - A defective order weighs 1, split over the categories of all its texts (feedback, claim and
///   chargeback reasons, return codes), in proportion to each category's summed score; with no
///   category it goes to `unattributed`. The split is done in integer units (``unit`` per order,
///   largest remainders), so every table adds up *exactly* to the defective orders, whatever the
///   order the files were read in.
/// - What-if: fixing a set of categories removes a defect event when all of its categories are in
///   the set (and it has some); an order is saved when all its defect events are removed.
public enum ODRAnalyzer {
    /// The weight of one defective order in integer units: 10⁹.
    public static let unit: Int64 = 1_000_000_000

    struct Group {
        var orders = 0
        var defective = 0
        var contribution: Int64 = 0
        var units: [Int64]
        init(_ c: Int) { units = [Int64](repeating: 0, count: c) }
    }

    /// Splits `unit` over `sums` (category index → summed score) by largest remainders; ties go to
    /// the lower index. `parts` must have room for every index.
    @inline(__always)
    static func split(_ sums: [Int64], into parts: inout [Int64]) {
        var total: Int64 = 0
        for s in sums { total += s }
        for i in parts.indices { parts[i] = 0 }
        guard total > 0 else { return }
        var given: Int64 = 0
        var rema: [(Int64, Int)] = []
        for (i, s) in sums.enumerated() where s > 0 {
            let q = (unit.multipliedFullWidth(by: s))
            let (p, r) = total.dividingFullWidth(q)
            parts[i] = p
            given += p
            rema.append((r, i))
        }
        var left = unit - given
        if left > 0 {
            rema.sort { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            var k = 0
            while left > 0 { parts[rema[k % rema.count].1] += 1; left -= 1; k += 1 }
        }
    }

    /// Analyzes `orders` with `events`.
    public static func analyze(orders: OrderTable, events: EventSet, categories: CategorySet, options: AttributeOptions) -> ODRReport {
        var report = ODRReport()
        let n = orders.count
        let C = categories.count
        let unattributed = C // the extra column
        report.days = options.days
        report.lag = options.lag
        report.excludeCancelled = options.excludeCancelled
        report.target = options.target
        report.inputs = events.inputs
        report.unratedFeedback = events.unratedFeedback
        report.unknownReturnReasons = events.unknownReturnReasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        report.unknownCategories = events.unknownCategories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        guard n > 0 else { return report }
        var minDay = Int.max, maxDay = Int.min
        for d in orders.days { minDay = min(minDay, Int(d)); maxDay = max(maxDay, Int(d)) }
        let asOf = options.asOf ?? maxDay
        let to = asOf - options.lag, from = to - options.days + 1
        report.asOf = CalendarDate(dayNumber: asOf).iso
        report.from = CalendarDate(dayNumber: from).iso
        report.to = CalendarDate(dayNumber: to).iso

        // Events grouped by order (counting sort).
        var offsets = [Int32](repeating: 0, count: n + 1)
        for e in events.events { offsets[Int(e.order) + 1] += 1 }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var fill = offsets
        var byOrder = [Int32](repeating: 0, count: events.events.count)
        for (k, e) in events.events.enumerated() {
            byOrder[Int(fill[Int(e.order)])] = Int32(k)
            fill[Int(e.order)] += 1
        }
        fill = []
        // Removal screening of negative feedback.
        var candidate = [Bool](repeating: false, count: events.events.count)
        var candidates: [(order: Int, ODRReport.RemovalCandidate)] = []
        for (k, e) in events.events.enumerated() where e.detail >= 0 {
            let d = events.details[Int(e.detail)]
            let ch = orders.channel(Int(e.order))
            guard let (action, reason) = RemovalScreen.screen(text: d.text, mask: e.mask, channel: ch, categories: categories,
                                                                words: options.removalWords) else { continue }
            candidate[k] = true
            candidates.append((Int(e.order), ODRReport.RemovalCandidate(
                orderID: d.orderID, date: d.date, rating: d.rating, channel: ch.description, action: action.rawValue, reason: reason,
                categories: e.scores.map { categories.ids[Int($0.category)] }, text: d.text)))
        }

        let span = maxDay - minDay + 1
        var dayOrders = [Int](repeating: 0, count: span), dayDefective = [Int](repeating: 0, count: span)
        var rates = (0..<3).map { ODRReport.ChannelRate(channel: ["all", "afn", "mfn"][$0]) }
        var contrib = [[Int64]](repeating: [Int64](repeating: 0, count: C + 1), count: 3)
        var skuGroups = [Group](repeating: Group(C + 1), count: orders.itemNames.count)
        var stateGroups = [Group](repeating: Group(C + 1), count: orders.stateNames.count + 1)
        var carrierGroups = [Group](repeating: Group(C + 1), count: orders.carrierNames.count + 1)
        var channelGroups = [Group](repeating: Group(C + 1), count: 3)
        var monthGroups: [Int: Group] = [:]
        var savedCategory = [[Int]](repeating: [0, 0, 0], count: C)
        let areaList = RootCauseArea.allCases
        let areaMasks = areaList.map { categories.mask(of: $0) }
        var savedArea = [[Int]](repeating: [0, 0, 0], count: areaList.count)
        var savedRemoval = [0, 0, 0]
        var checks = [ODRReport.CarrierCheck](repeating: ODRReport.CarrierCheck(carrier: ""), count: orders.carrierNames.count + 1)
        let late = categories.index("late_delivery")
        var sums = [Int64](repeating: 0, count: C + 1)
        var parts = [Int64](repeating: 0, count: C + 1)
        var extra = 0
        var itemsOf: [Int32] = []

        for o in 0..<n {
            itemsOf.removeAll(keepingCapacity: true)
            if orders.items[o] >= 0 { itemsOf.append(orders.items[o]) }
            while extra < orders.extraOrders.count, Int(orders.extraOrders[extra]) < o { extra += 1 }
            while extra < orders.extraOrders.count, Int(orders.extraOrders[extra]) == o {
                itemsOf.append(orders.extraItems[extra])
                extra += 1
            }
            if options.excludeCancelled && orders.isCancelled(o) { continue }
            let day = Int(orders.days[o])
            let inWindow = day >= from && day <= to
            let ch = Int(orders.channel(o).rawValue)
            let month = CalendarDate(dayNumber: day)
            let monthKey = month.year * 12 + month.month - 1
            dayOrders[day - minDay] += 1
            monthGroups[monthKey, default: Group(C + 1)].orders += 1
            let state = orders.states[o] >= 0 ? Int(orders.states[o]) : orders.stateNames.count
            let carrier = orders.carriers[o] >= 0 ? Int(orders.carriers[o]) : orders.carrierNames.count
            if inWindow {
                rates[0].orders += 1
                if ch != 0 { rates[ch].orders += 1 }
                for it in itemsOf { skuGroups[Int(it)].orders += 1 }
                stateGroups[state].orders += 1
                carrierGroups[carrier].orders += 1
                channelGroups[ch].orders += 1
                let status = orders.delivery[o]
                if status == 1 || status == 2 {
                    checks[carrier].shipments += 1
                    if status == 2 { checks[carrier].late += 1 }
                }
            }
            let lo = Int(offsets[o]), hi = Int(offsets[o + 1])
            if lo == hi { continue }
            var neg = false, claim = false, cb = false
            var union: UInt64 = 0
            var anyEmpty = false, allCandidates = true, mentionsLate = false
            for k in lo..<hi {
                let e = events.events[Int(byOrder[k])]
                let mask = e.mask
                if let late, mask & (1 << UInt64(late)) != 0 { mentionsLate = true }
                guard e.isDefect else { continue }
                switch e.kind {
                case .feedback: neg = true
                case .claim: claim = true
                case .chargeback: cb = true
                case .returned: break
                }
                union |= mask
                if mask == 0 { anyEmpty = true }
                if !candidate[Int(byOrder[k])] { allCandidates = false }
            }
            if inWindow && mentionsLate {
                checks[carrier].complaints += 1
                switch orders.delivery[o] {
                case 1: checks[carrier].onTime += 1
                case 2: checks[carrier].confirmedLate += 1
                case 3: checks[carrier].notDelivered += 1
                default: checks[carrier].noData += 1
                }
            }
            guard neg || claim || cb else { continue }
            // The order's split.
            for i in sums.indices { sums[i] = 0 }
            for k in lo..<hi {
                for s in events.events[Int(byOrder[k])].scores { sums[Int(s.category)] += Int64(s.micro) }
            }
            split(sums, into: &parts)
            var total: Int64 = 0
            for p in parts { total += p }
            if total == 0 { parts[unattributed] = unit }
            dayDefective[day - minDay] += 1
            monthGroups[monthKey]!.defective += 1
            monthGroups[monthKey]!.contribution += unit
            for i in 0...C where parts[i] != 0 { monthGroups[monthKey]!.units[i] += parts[i] }
            guard inWindow else { continue }
            for c in [0, ch] where c == 0 || ch != 0 {
                rates[c].defective += 1
                if neg { rates[c].negativeFeedback += 1 }
                if claim { rates[c].claims += 1 }
                if cb { rates[c].chargebacks += 1 }
                for i in 0...C { contrib[c][i] += parts[i] }
                if !anyEmpty {
                    for (a, m) in areaMasks.enumerated() where union & ~m == 0 { savedArea[a][c] += 1 }
                    if union.nonzeroBitCount == 1 { savedCategory[union.trailingZeroBitCount][c] += 1 }
                }
                if allCandidates { savedRemoval[c] += 1 }
            }
            func add(_ g: inout Group, _ share: Int64) {
                g.defective += 1
                g.contribution += share
                for i in 0...C where parts[i] != 0 { g.units[i] += parts[i] }
            }
            if !itemsOf.isEmpty {
                let k = Int64(itemsOf.count)
                for (j, it) in itemsOf.enumerated() { add(&skuGroups[Int(it)], unit / k + (Int64(j) < unit % k ? 1 : 0)) }
            }
            add(&stateGroups[state], unit)
            add(&carrierGroups[carrier], unit)
            add(&channelGroups[ch], unit)
        }

        // ODR and contributions.
        report.odr = rates
        for i in 0...C {
            report.contributions.append(ODRReport.Contribution(key: i < C ? categories.ids[i] : "unattributed",
                                                               area: i < C ? categories.areas[i].rawValue : nil, units: contrib[0][i]))
        }
        for area in areaList {
            var u: Int64 = 0
            for i in 0..<C where categories.areas[i] == area { u += contrib[0][i] }
            report.areas.append(ODRReport.Contribution(key: area.rawValue, area: nil, units: u))
        }
        report.areas.append(ODRReport.Contribution(key: "unattributed", area: nil, units: contrib[0][C]))

        // Breakdowns.
        func top(_ g: Group) -> [(String, Double)] {
            (0..<C).filter { g.units[$0] > 0 }.sorted { g.units[$0] != g.units[$1] ? g.units[$0] > g.units[$1] : $0 < $1 }
                .prefix(options.topCategories).map { (categories.ids[$0], Double(g.units[$0]) / Double(unit)) }
        }
        func rows(_ groups: [Group], key: (Int) -> String, detail: (Int) -> String? = { _ in nil }) -> [ODRReport.GroupRow] {
            groups.enumerated().filter { $0.element.orders > 0 || $0.element.defective > 0 }.map { i, g in
                ODRReport.GroupRow(key: key(i), detail: detail(i), orders: g.orders, defective: g.defective,
                                   contributionUnits: g.contribution, top: top(g))
            }.sorted { $0.contributionUnits != $1.contributionUnits ? $0.contributionUnits > $1.contributionUnits : $0.key < $1.key }
        }
        // ASIN rows merge the SKUs of one ASIN.
        var asinIndex: [String: Int] = [:]
        var asinGroups: [Group] = []
        var asinNames: [String] = []
        for (i, g) in skuGroups.enumerated() {
            let a = orders.itemNames[i].asin
            let k = asinIndex[a] ?? { asinIndex[a] = asinGroups.count; asinGroups.append(Group(C + 1)); asinNames.append(a); return asinGroups.count - 1 }()
            asinGroups[k].orders += g.orders
            asinGroups[k].defective += g.defective
            asinGroups[k].contribution += g.contribution
            for c in 0...C { asinGroups[k].units[c] += g.units[c] }
        }
        let months = monthGroups.keys.sorted()
        report.by = [
            ("sku", rows(skuGroups, key: { orders.itemNames[$0].sku.isEmpty ? "(none)" : orders.itemNames[$0].sku }, detail: { orders.itemNames[$0].asin })),
            ("asin", rows(asinGroups, key: { asinNames[$0].isEmpty ? "(none)" : asinNames[$0] })),
            ("channel", rows(channelGroups, key: { Channel(rawValue: UInt8($0))!.description })),
            ("carrier", rows(carrierGroups, key: { $0 < orders.carrierNames.count ? orders.carrierNames[$0] : "unknown" })),
            ("state", rows(stateGroups, key: { $0 < orders.stateNames.count ? orders.stateNames[$0] : "unknown" })),
            ("month", months.map { m in
                let g = monthGroups[m]!
                let y = m / 12, mo = m % 12 + 1
                return ODRReport.GroupRow(key: "\(y)-\(mo < 10 ? "0" : "")\(mo)", detail: nil, orders: g.orders, defective: g.defective,
                                          contributionUnits: g.contribution, top: top(g))
            }),
        ]

        // What-ifs.
        func after(_ saved: [Int]) -> [Double] {
            (0..<3).map { c in rates[c].orders == 0 ? 0 : Double(rates[c].defective - saved[c]) / Double(rates[c].orders) }
        }
        for c in 0..<C { report.whatIf.append(ODRReport.WhatIf(kind: "category", fix: categories.ids[c], saved: savedCategory[c], rates: after(savedCategory[c]))) }
        for (a, area) in areaList.enumerated() { report.whatIf.append(ODRReport.WhatIf(kind: "area", fix: area.rawValue, saved: savedArea[a], rates: after(savedArea[a]))) }
        report.whatIf.append(ODRReport.WhatIf(kind: "removal_candidates", fix: "all", saved: savedRemoval, rates: after(savedRemoval)))

        report.removalCandidates = candidates.filter {
            let d = Int(orders.days[$0.order])
            return d >= from && d <= to && !(options.excludeCancelled && orders.isCancelled($0.order))
        }.map(\.1).sorted { ($0.orderID, $0.date, $0.reason) < ($1.orderID, $1.date, $1.reason) }

        // Trend: the window ending on each day.
        var prefixOrders = [Int](repeating: 0, count: span + 1), prefixDefective = [Int](repeating: 0, count: span + 1)
        for i in 0..<span {
            prefixOrders[i + 1] = prefixOrders[i] + dayOrders[i]
            prefixDefective[i + 1] = prefixDefective[i] + dayDefective[i]
        }
        for i in 0..<span {
            let lo = max(0, i - options.days + 1)
            report.trend.append(ODRReport.TrendPoint(date: CalendarDate(dayNumber: minDay + i).iso,
                                                     orders: prefixOrders[i + 1] - prefixOrders[lo],
                                                     defective: prefixDefective[i + 1] - prefixDefective[lo]))
        }
        for i in checks.indices { checks[i].carrier = i < orders.carrierNames.count ? orders.carrierNames[i] : "unknown" }
        report.crossCheck = checks.filter { $0.shipments > 0 || $0.complaints > 0 }.sorted { $0.carrier < $1.carrier }
        return report
    }
}
