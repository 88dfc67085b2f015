import ReviewText

/// A number in a phrase, written `<n>`, `<more>`, `<less>`, `<other>` or `<same>`: the phrase
/// matches where a number stands, and the others compare it with the phrase's number before it —
/// so that `only got <n> of <more>` fires on "only got 10 of 12" and not on "only got 12 of 12",
/// and `一箱 <n> * 只有 <less>` on 一箱24瓶只有20瓶.
///
/// A number is a token of digits (full-width ones are normalized to ASCII), digits with a unit
/// written on (128gb, 3pcs: the digits count), or a number word written alone: one … twelve,
/// twenty, 一 … 十, 两, 俩.
public enum NumberSlot: Int32, Sendable, CaseIterable {
    /// Any number.
    case any = -4
    /// A number greater than the phrase's number before it.
    case more = -5
    /// A number smaller than the phrase's number before it.
    case less = -6
    /// A number different from the phrase's number before it.
    case other = -7
    /// The same number as the phrase's number before it (for stop phrases: `ordered size <n> ** got size <same>`).
    case same = -8

    /// The slot a phrase piece names, or nil.
    public init?(piece: String) {
        guard piece.utf8.first == UInt8(ascii: "<") else { return nil }  // (most pieces: at once)
        switch piece {
        case "<n>": self = .any
        case "<more>": self = .more
        case "<less>": self = .less
        case "<other>": self = .other
        case "<same>": self = .same
        default: return nil
        }
    }

    /// How the slot is written in a phrase.
    public var piece: String {
        switch self {
        case .any: return "<n>"
        case .more: return "<more>"
        case .less: return "<less>"
        case .other: return "<other>"
        case .same: return "<same>"
        }
    }

    /// The slot for a trie id, or nil when the id is a word's.
    static func of(id: Int32) -> NumberSlot? { NumberSlot(rawValue: id) }

    /// Whether `value` fills the slot after the phrase's number before it (NaN: none before).
    func accepts(_ value: Double, after previous: Double) -> Bool {
        switch self {
        case .any: return true
        case .more: return value > previous
        case .less: return value < previous
        case .other: return !previous.isNaN && value != previous
        case .same: return value == previous
        }
    }

    /// The value of a normalized token, when it is a number: digits with at most one decimal
    /// point, and maybe a unit of ASCII letters after them; or a number word.
    static func value(_ units: UnsafeBufferPointer<UInt16>) -> Double? {
        guard !units.isEmpty else { return nil }
        var whole = 0.0, fraction = 0.0, scale = 1.0, point = false, digits = 0
        for (i, u) in units.enumerated() {
            if u >= 0x30 && u <= 0x39 {
                let d = Double(u - 0x30)
                if point { scale /= 10; fraction += d * scale } else { whole = whole * 10 + d }
                digits += 1
            } else if u == 0x2E && !point && digits > 0 {
                point = true
            } else if digits > 0 && !point && units[i...].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                return whole  // 128gb, 3pcs
            } else {
                return digits == 0 ? NumberSlot.words[Array(units)] : nil
            }
        }
        return digits > 0 ? whole + fraction : nil
    }

    /// Number words, as normalized (case-folded) UTF-16.
    private static let words: [[UInt16]: Double] = {
        var w: [[UInt16]: Double] = [:]
        let en = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        for (i, s) in en.enumerated() { w[Array(s.utf16)] = Double(i + 1) }
        w[Array("twenty".utf16)] = 20
        for (i, s) in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].enumerated() { w[Array(s.utf16)] = Double(i + 1) }
        w[Array("两".utf16)] = 2
        w[Array("俩".utf16)] = 2
        return w
    }()
}
