/// Every order of the orders file, deduplicated, in flat arrays indexed by a dense order number.
///
/// The All Orders report has one row per item; the first row of an order gives its date, status,
/// channel and ship state, and each distinct item (SKU and ASIN) of its rows is kept. Shipment
/// facts are added by ``ShipmentsReader``.
public struct OrderTable: Sendable {
    /// Flag bit: the order was cancelled.
    public static let cancelledFlag: UInt8 = 1
    /// Each order's ``OrderKey``.
    public var keys: [UInt64] = []
    /// Each order's purchase day (days since 1970-01-01).
    public var days: [Int32] = []
    /// Each order's flags: bit 0 cancelled, bits 1–2 the ``Channel``.
    public var flags: [UInt8] = []
    /// Each order's first item (an index into ``itemNames``), or -1.
    public var items: [Int32] = []
    /// Each order's ship state (an index into ``stateNames``), or -1.
    public var states: [Int32] = []
    /// Further distinct items of orders with several: parallel arrays of order and item.
    public var extraOrders: [Int32] = []
    /// See ``extraOrders``.
    public var extraItems: [Int32] = []
    /// Items: SKU and ASIN.
    public var itemNames: [(sku: String, asin: String)] = []
    /// Each item's product name (the first one the orders file gives), parallel to ``itemNames``.
    public var productNames: [String] = []
    /// Ship states.
    public var stateNames: [String] = []
    /// Each order's carrier (an index into ``carrierNames``), or -1 without a shipment.
    public var carriers: [Int32] = []
    /// Each order's delivery against its promise: 0 no shipment data, 1 on time, 2 late, 3 not delivered.
    public var delivery: [UInt8] = []
    /// Carriers.
    public var carrierNames: [String] = []
    /// Key → order number.
    public var index = KeyTable()

    /// An empty table.
    public init() {}

    /// The number of orders.
    public var count: Int { keys.count }

    /// The channel of order `i`.
    @inline(__always)
    public func channel(_ i: Int) -> Channel { Channel(rawValue: (flags[i] >> 1) & 3) ?? .unknown }

    /// Whether order `i` was cancelled.
    @inline(__always)
    public func isCancelled(_ i: Int) -> Bool { flags[i] & OrderTable.cancelledFlag != 0 }

    /// The order id of order `i` (hashed ids print as `#` and their key).
    public func orderID(_ i: Int) -> String {
        OrderKey.amazonID(of: keys[i]) ?? "#\(keys[i] & ~OrderKey.hashedFlag)"
    }
}
