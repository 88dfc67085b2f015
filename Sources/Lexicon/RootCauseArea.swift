/// The five root-cause areas the attribution reports, each a part of the seller's operation.
public enum RootCauseArea: String, Sendable, Hashable, CaseIterable, Comparable {
    case logistics
    case orderProcessing = "order_processing"
    case inventory
    case product
    case afterSales = "after_sales"

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
