import Lexicon

/// The defect categories attribution uses (the lexicon's taxonomy), with bit masks per area.
///
/// Up to 64 categories: each has one bit, so a text's categories are one `UInt64`.
public struct CategorySet: Sendable {
    /// Category ids, in taxonomy order.
    public let ids: [String]
    /// Each category's area.
    public let areas: [RootCauseArea]
    private let lookup: [String: Int]

    /// The categories of `lexicon` (the first 64).
    public init(lexicon: Lexicon) {
        self.init(lexicon.categories.prefix(64).map { ($0.id, $0.area) })
    }

    /// Categories from (id, area) pairs.
    public init(_ pairs: [(String, RootCauseArea)]) {
        ids = pairs.map(\.0)
        areas = pairs.map(\.1)
        var l: [String: Int] = [:]
        for (i, id) in ids.enumerated() { l[id] = i }
        lookup = l
    }

    /// The number of categories.
    public var count: Int { ids.count }

    /// The index of `id`, or `nil`.
    public func index(_ id: String) -> Int? { lookup[id] }

    /// The bits of every category of `area`.
    public func mask(of area: RootCauseArea) -> UInt64 {
        var m: UInt64 = 0
        for (i, a) in areas.enumerated() where a == area { m |= 1 << UInt64(i) }
        return m
    }
}
