import CLITestSupport
import Testing
@testable import ODR

@Suite struct ODRAnalyzerTests {
    static let categories = CategorySet([("late_delivery", .logistics), ("damaged", .logistics), ("defective", .product), ("wrong_item", .orderProcessing)])

    /// A table of `n` orders on consecutive days, alternating AFN and MFN.
    static func orders(_ n: Int) -> OrderTable {
        var t = OrderTable()
        for i in 0..<n {
            let key = UInt64(1_110_000_000_000_000 + i)
            _ = t.index.insert(key, value: Int32(i))
            t.keys.append(key)
            t.days.append(Int32(20_000 + i % 90))
            t.flags.append((i % 2 == 0 ? Channel.afn : Channel.mfn).rawValue << 1)
            t.items.append(Int32(i % 7))
            t.states.append(-1)
            if i % 5 == 0 { t.extraOrders.append(Int32(i)); t.extraItems.append(Int32((i + 1) % 7)) }
        }
        t.itemNames = (0..<7).map { ("SKU-\($0)", "B\($0)") }
        t.carriers = [Int32](repeating: -1, count: n)
        t.delivery = [UInt8](repeating: 0, count: n)
        return t
    }

    @Test(arguments: [[Int64(1), 1, 1], [600_000, 200_000], [1, 2, 3, 4], [333_333, 333_333, 333_334], [7]])
    func splitGivesExactlyOneUnit(_ sums: [Int64]) {
        var parts = [Int64](repeating: 0, count: sums.count)
        ODRAnalyzer.split(sums, into: &parts)
        #expect(parts.reduce(0, +) == ODRAnalyzer.unit)
    }

    @Test func contributionsAddUpOnGeneratedData() {
        var rng = SplitMix64(seed: 2026)  // the same data on every run
        let n = 5000
        let orders = Self.orders(n)
        var events = EventSet()
        for _ in 0..<3000 {
            let o = Int32(Int.random(in: 0..<n, using: &rng))
            let kind = EventKind(rawValue: UInt8.random(in: 0...3, using: &rng))!
            let scores = (0..<Int.random(in: 0...3, using: &rng)).map { _ in CategoryScore(category: Int.random(in: 0..<4, using: &rng), score: Double.random(in: 0.05...1, using: &rng)) }
            events.events.append(OrderEvent(order: o, kind: kind, isDefect: kind != .returned && Bool.random(using: &rng), scores: scores))
        }
        var options = AttributeOptions()
        options.days = 60
        let r = ODRAnalyzer.analyze(orders: orders, events: events, categories: Self.categories, options: options)
        let defective = Int64(r.odr[0].defective) * ODRAnalyzer.unit
        #expect(r.odr[0].defective > 0)
        #expect(r.contributions.reduce(0) { $0 + $1.units } == defective)
        #expect(r.areas.reduce(0) { $0 + $1.units } == defective)
        for (name, rows) in r.by where name != "month" {
            #expect(rows.reduce(0) { $0 + $1.contributionUnits } == defective, "table \(name)")
        }
        #expect(r.odr[1].defective + r.odr[2].defective == r.odr[0].defective)
        #expect(r.odr[0].defective <= r.odr[0].negativeFeedback + r.odr[0].claims + r.odr[0].chargebacks)
        // The month table covers all the data: its weights add up to every defective order.
        let allDefective = r.by.first { $0.name == "month" }!.rows.reduce(0) { $0 + $1.defective }
        #expect(r.by.first { $0.name == "month" }!.rows.reduce(0) { $0 + $1.contributionUnits } == Int64(allDefective) * ODRAnalyzer.unit)
    }

    @Test func anOrderWithSeveralDefectsCountsOnce() {
        let orders = Self.orders(1)
        var events = EventSet()
        events.events = [
            OrderEvent(order: 0, kind: .feedback, isDefect: true, scores: [CategoryScore(category: 0, score: 0.5)]),
            OrderEvent(order: 0, kind: .claim, isDefect: true, scores: [CategoryScore(category: 1, score: 0.5)]),
            OrderEvent(order: 0, kind: .chargeback, isDefect: true),
        ]
        let r = ODRAnalyzer.analyze(orders: orders, events: events, categories: Self.categories, options: AttributeOptions())
        #expect((r.odr[0].orders, r.odr[0].defective, r.odr[0].negativeFeedback, r.odr[0].claims, r.odr[0].chargebacks) == (1, 1, 1, 1, 1))
        #expect(r.contributions[0].weight == 0.5 && r.contributions[1].weight == 0.5)
        // The chargeback has no category: fixing logistics leaves it.
        #expect(r.whatIf.first { $0.fix == "logistics" }!.saved[0] == 0)
    }

    @Test func anOrderWithoutCategoriesIsUnattributed() {
        var events = EventSet()
        events.events = [OrderEvent(order: 0, kind: .feedback, isDefect: true)]
        let r = ODRAnalyzer.analyze(orders: Self.orders(2), events: events, categories: Self.categories, options: AttributeOptions())
        #expect(r.contributions.last!.key == "unattributed" && r.contributions.last!.weight == 1)
    }

    @Test func emptyOrders() {
        let r = ODRAnalyzer.analyze(orders: OrderTable(), events: EventSet(), categories: Self.categories, options: AttributeOptions())
        #expect(r.odr.isEmpty && r.trend.isEmpty)
    }
}
