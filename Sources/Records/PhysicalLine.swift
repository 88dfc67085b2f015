/// One physical line of input: its bytes without the line end, its number and which line end it had.
struct PhysicalLine {
    /// How a line ended.
    enum Terminator: UInt8 {
        case none, lf, cr, crlf

        /// The bytes of the line end.
        var bytes: [UInt8] {
            switch self {
            case .none: return []
            case .lf: return [0x0A]
            case .cr: return [0x0D]
            case .crlf: return [0x0D, 0x0A]
            }
        }
    }

    var bytes: [UInt8]
    var number: Int
    var terminator: Terminator
}
