import Records
import Foundation
import Testing
@testable import ODR

/// The hand-computed fixture (fixtures/odr, window 2026-07-01…10):
/// window orders A B C F G H (AFN: A G; MFN: B C F H); D is 2026-07-11 in UTC, E is 2026-06-30.
/// Defects: A negative feedback + granted claim (once), B negative feedback, F refunded claim,
/// G service chargeback; C's denied claim and Amazon-responsible chargeback, H's withdrawn claim
/// and fraud chargeback do not count. ODR 4/6; AFN 2/2; MFN 2/4.
/// Split: A late 0.6 + damaged 0.2 → 0.75/0.25; B defective; F damaged (return code); G size_fit
/// (its 5-star feedback's text) → late 0.75, damaged 1.25, defective 1, size_fit 1.
@Suite struct AttributeRunTests {
    @Test func handComputedFixture() throws {
        let (r, problems) = try Support.run(Support.inputs(), Support.options())
        #expect(r.from == "2026-07-01" && r.to == "2026-07-10")
        let all = r.odr[0], afn = r.odr[1], mfn = r.odr[2]
        #expect((all.orders, all.defective, all.negativeFeedback, all.claims, all.chargebacks) == (6, 4, 2, 2, 1))
        #expect((afn.orders, afn.defective) == (2, 2))
        #expect((mfn.orders, mfn.defective) == (4, 2))
        #expect(all.rate == 4.0 / 6.0)
        let weights = Dictionary(uniqueKeysWithValues: r.contributions.map { ($0.key, $0.weight) })
        #expect(weights["late_delivery"] == 0.75)
        #expect(weights["damaged"] == 1.25)
        #expect(weights["defective"] == 1)
        #expect(weights["size_fit"] == 1)
        #expect(weights["unattributed"] == 0)
        let areas = Dictionary(uniqueKeysWithValues: r.areas.map { ($0.key, $0.weight) })
        #expect(areas["logistics"] == 2 && areas["product"] == 2)
        let saved = Dictionary(uniqueKeysWithValues: r.whatIf.map { ("\($0.kind):\($0.fix)", $0.saved[0]) })
        #expect(saved["category:defective"] == 1)
        #expect(saved["category:late_delivery"] == 0) // A's claim remains
        #expect(saved["category:damaged"] == 0)       // F's claim has no category
        #expect(saved["area:product"] == 1)
        #expect(saved["removal_candidates:all"] == 1)
        #expect(r.removalCandidates.map { "\($0.orderID) \($0.action) \($0.reason)" } == [
            "111-0000001-0000001 strike_through fba_delivery", "111-0000002-0000002 removal product_review"])
        #expect(r.crossCheck.first { $0.carrier == "UPS" }?.confirmedLate == 1)
        #expect(r.unknownReturnReasons.map(\.code) == ["SOME_NEW_CODE"])
        #expect(problems.map { "\($0.line) \($0.reason)" } == ["11 no order id", "12 unparseable date 'not a date'"])
        let feedback = r.inputs.first { $0.kind == "feedback" }!
        #expect((feedback.rows, feedback.used, feedback.unmatched) == (5, 4, 1))
    }

    @Test func contributionsAddUpToTheODRInEveryTable() throws {
        let (r, _) = try Support.run(Support.inputs(), Support.options())
        let defective = Int64(r.odr[0].defective) * ODRAnalyzer.unit
        #expect(r.contributions.reduce(0) { $0 + $1.units } == defective)
        #expect(r.areas.reduce(0) { $0 + $1.units } == defective)
        for (name, rows) in r.by where name != "month" {
            #expect(rows.reduce(0) { $0 + $1.contributionUnits } == defective, "table \(name)")
        }
    }

    @Test(arguments: [
        (asOf: "2026-07-10", days: 10, lag: 0, orders: 6),
        (asOf: "2026-07-10", days: 1, lag: 0, orders: 1),   // F alone, on the last day
        (asOf: "2026-07-11", days: 1, lag: 0, orders: 1),   // D: 23:30 at UTC-7 is the 11th in UTC
        (asOf: "2026-07-11", days: 1, lag: 1, orders: 1),   // the lag shifts back to the 10th
        (asOf: "2026-07-01", days: 1, lag: 0, orders: 1),   // A on the first day
        (asOf: "2026-07-01", days: 2, lag: 0, orders: 2),   // E (2026-06-30) joins
        (asOf: "2026-06-29", days: 60, lag: 0, orders: 0),
    ])
    func windowEdges(asOf: String, days: Int, lag: Int, orders: Int) throws {
        let (r, _) = try Support.run(Support.inputs(), Support.options(asOf: asOf, days: days, lag: lag))
        #expect(r.odr[0].orders == orders)
    }

    @Test func excludeCancelledDropsCancelledOrders() throws {
        var o = Support.options()
        o.excludeCancelled = true
        let (r, _) = try Support.run(Support.inputs(), o)
        #expect((r.odr[0].orders, r.odr[0].defective, r.odr[2].orders) == (5, 4, 3))
    }

    @Test func claimIgnoreChangesWhichClaimsCount() throws {
        var o = Support.options()
        o.rules = DefectRules(claimIgnore: []) // the old rule: every claim counts
        let (r, _) = try Support.run(Support.inputs(), o)
        #expect((r.odr[0].claims, r.odr[0].defective) == (4, 6))
    }

    @Test func inputOrderDoesNotMatter() throws {
        let (base, _) = try Support.run(Support.inputs(), Support.options())
        let dir = try Support.rewritten { $0.reversed() }
        let (reversed, _) = try Support.run(Support.inputs(dir), Support.options())
        #expect(Support.fingerprint(base) == Support.fingerprint(reversed))
        let (oneJob, _) = try Support.run(Support.inputs(), Support.options(), jobs: 1)
        #expect(Support.fingerprint(base) == Support.fingerprint(oneJob))
    }

    @Test func duplicatingEveryRowKeepsEveryRate() throws {
        let (base, _) = try Support.run(Support.inputs(), Support.options())
        let dir = try Support.rewritten { $0.flatMap { [$0, $0] } }
        let (doubled, _) = try Support.run(Support.inputs(dir), Support.options())
        #expect(base.odr == doubled.odr)
        #expect(base.contributions == doubled.contributions)
        #expect(base.areas == doubled.areas)
        #expect(base.whatIf == doubled.whatIf)
    }

    @Test func missingOrdersFileIsAnError() {
        #expect(throws: RecordsError.self) { try Support.run(AttributeInputs(orders: "/nonexistent/orders.tsv"), Support.options()) }
    }
}
