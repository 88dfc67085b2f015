/// Who fulfils an order: Amazon (FBA, `AFN`) or the seller (`MFN`); `unknown` when the orders
/// file does not say.
public enum Channel: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case unknown = 0
    case afn = 1
    case mfn = 2

    /// `afn`, `mfn` or `unknown`.
    public var description: String {
        switch self {
        case .unknown: return "unknown"
        case .afn: return "afn"
        case .mfn: return "mfn"
        }
    }

    /// Reads `Amazon`/`AFN` and `Merchant`/`MFN`/`Seller` (any case); anything else is unknown.
    @inline(__always)
    public static func parse(_ p: UnsafeBufferPointer<UInt8>) -> Channel {
        guard let first = p.first(where: { $0 != 0x20 }) else { return .unknown }
        switch first | 0x20 {
        case UInt8(ascii: "a"): return .afn
        case UInt8(ascii: "m"), UInt8(ascii: "s"): return .mfn
        default: return .unknown
        }
    }
}
