/// Everything `attribute` computes: the ODR per channel, its attribution to categories, areas
/// and breakdowns, what-ifs, removal candidates, the trend and the carrier cross-check.
///
/// Rates are fractions (0.0123, not 1.23 %). Weights are summed order weights: each defective order
/// weighs 1, split over its categories; in every table the weights add up to the defective orders
/// and the rates (weight ÷ orders) to the ODR.
public struct ODRReport: Sendable {
    /// The window of order dates, inclusive, as ISO dates.
    public var from = "", to = ""
    /// Its settings.
    public var days = 60, lag = 0, asOf = "", excludeCancelled = false
    /// The target.
    public var target = 0.01
    /// `all`, `afn`, `mfn`.
    public var odr: [ChannelRate] = []
    /// Per category, then `unattributed`, in taxonomy order.
    public var contributions: [Contribution] = []
    /// Per area, then `unattributed`.
    public var areas: [Contribution] = []
    /// Breakdowns by `sku`, `asin`, `channel`, `carrier`, `state`, `month`.
    public var by: [(name: String, rows: [GroupRow])] = []
    /// What-ifs.
    public var whatIf: [WhatIf] = []
    /// Removal and strike-through candidates in the window.
    public var removalCandidates: [RemovalCandidate] = []
    /// The ODR of the window ending on each day of the data.
    public var trend: [TrendPoint] = []
    /// Late-delivery complaints against shipment dates, per carrier.
    public var crossCheck: [CarrierCheck] = []
    /// One summary per input.
    public var inputs: [InputSummary] = []
    /// Return reason codes not in the table.
    public var unknownReturnReasons: [(code: String, count: Int)] = []
    /// Category ids in classify output unknown to the lexicon.
    public var unknownCategories: [(id: String, count: Int)] = []
    /// Feedback without a rating.
    public var unratedFeedback = 0

    /// Creates an empty report.
    public init() {}

    /// The ODR of one channel.
    public struct ChannelRate: Sendable, Equatable {
        public var channel: String
        public var orders = 0, defective = 0
        public var negativeFeedback = 0, claims = 0, chargebacks = 0
        public var rate: Double { orders == 0 ? 0 : Double(defective) / Double(orders) }
        public func share(_ n: Int) -> Double { orders == 0 ? 0 : Double(n) / Double(orders) }
    }

    /// One category's or area's part of the ODR.
    public struct Contribution: Sendable, Equatable {
        /// The category id, area id or `unattributed`.
        public var key: String
        /// The category's area (categories only).
        public var area: String?
        /// The summed weight in units of ``ODRAnalyzer/unit`` per order.
        public var units: Int64
        /// The summed order weight.
        public var weight: Double { Double(units) / Double(ODRAnalyzer.unit) }
    }

    /// A row of a breakdown.
    public struct GroupRow: Sendable, Equatable {
        public var key: String
        /// The ASIN of a SKU row.
        public var detail: String?
        public var orders = 0, defective = 0
        /// This row's part of the ODR in order-weight units (orders with several SKUs split equally).
        public var contributionUnits: Int64 = 0
        /// Top categories: id and weight.
        public var top: [(String, Double)] = []
        public var rate: Double { orders == 0 ? 0 : Double(defective) / Double(orders) }
        public static func == (a: GroupRow, b: GroupRow) -> Bool {
            a.key == b.key && a.orders == b.orders && a.defective == b.defective && a.contributionUnits == b.contributionUnits
        }
    }

    /// The ODR if one thing were fixed.
    public struct WhatIf: Sendable, Equatable {
        /// `category`, `area` or `removal_candidates`.
        public var kind: String
        public var fix: String
        /// Defective orders that would no longer be, per channel all/afn/mfn.
        public var saved: [Int]
        /// The ODR afterwards, per channel all/afn/mfn.
        public var rates: [Double]
    }

    /// A feedback worth a removal or strike-through request.
    public struct RemovalCandidate: Sendable, Equatable {
        public var orderID: String
        public var date: String
        public var rating: Int
        public var channel: String
        public var action: String
        public var reason: String
        public var categories: [String]
        public var text: String
    }

    /// The ODR of the window ending on a day.
    public struct TrendPoint: Sendable, Equatable {
        public var date: String
        public var orders: Int
        public var defective: Int
        public var rate: Double { orders == 0 ? 0 : Double(defective) / Double(orders) }
    }

    /// One carrier's late-delivery complaints against its shipment dates (orders in the window).
    public struct CarrierCheck: Sendable, Equatable {
        public var carrier: String
        /// Orders with delivery data, and how many of them arrived after the promised date.
        public var shipments = 0, late = 0
        /// Orders whose texts report late delivery, split by what the shipment dates say.
        public var complaints = 0, confirmedLate = 0, onTime = 0, notDelivered = 0, noData = 0
    }
}
