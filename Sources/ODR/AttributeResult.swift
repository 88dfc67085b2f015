import Pipeline
import Records

/// What a detailed ``AttributeRun`` gives: the report, the rejected rows, and the orders and events
/// it was computed from (with their texts), for the views built on top of it.
public struct AttributeResult: Sendable {
    /// The ODR, its attribution and the rest.
    public var report: ODRReport
    /// Every rejected row.
    public var problems: [Reject]
    /// The orders.
    public var orders: OrderTable
    /// The events, with ``EventSet/texts`` when kept.
    public var events: EventSet
    /// The categories scores refer to.
    public var categories: CategorySet
    /// The obscene words removal screening used.
    public var removalWords: RemovalWords

    /// Creates a result.
    public init(report: ODRReport, problems: [Reject], orders: OrderTable, events: EventSet, categories: CategorySet,
                removalWords: RemovalWords = .builtIn) {
        self.removalWords = removalWords
        self.report = report
        self.problems = problems
        self.orders = orders
        self.events = events
        self.categories = categories
    }

    /// The window's first and last day (days since 1970-01-01), or `nil` without orders.
    public var window: ClosedRange<Int>? {
        guard let from = DayParser(format: nil).day(report.from), let to = DayParser(format: nil).day(report.to) else { return nil }
        return from...to
    }

    /// The items (indices into ``OrderTable/itemNames``) of order `o`.
    public func items(of o: Int) -> [Int] {
        var out: [Int] = []
        if orders.items[o] >= 0 { out.append(Int(orders.items[o])) }
        // extraOrders is sorted by order.
        var lo = 0, hi = orders.extraOrders.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(orders.extraOrders[mid]) < o { lo = mid + 1 } else { hi = mid }
        }
        while lo < orders.extraOrders.count, Int(orders.extraOrders[lo]) == o {
            out.append(Int(orders.extraItems[lo]))
            lo += 1
        }
        return out
    }
}
