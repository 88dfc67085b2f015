import ReviewText

/// A number in a phrase, written `<n>`, `<more>`, `<less>`, `<other>` or `<same>`: the phrase
/// matches where a number stands, and the others compare it with the phrase's number before it —
/// so that `only got <n> of <more>` fires on "only got 10 of 12" and not on "only got 12 of 12",
/// and `一箱 <n> * 只有 <less>` on 一箱24瓶只有20瓶. Colours work the same way: `<color>` takes any
/// ``ColorWord``, `<othercolor>` one that differs from the phrase's colour before it, `<samecolor>`
/// the same one.
///
/// A number is a token of digits (full-width ones are normalized to ASCII; commas between
/// thousands are skipped), digits with a unit written on (128gb, 3pcs: the digits count), an
/// English number word written alone (one … twelve, twenty), or Chinese numerals up to 万, with
/// a measure word ICU keeps on them (二十四, 两, 一百零五, 十二个, 三瓶).
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
    /// Any colour (黑色, navy).
    case color = -9
    /// A colour other than the phrase's colour before it.
    case otherColor = -10
    /// The same colour as the phrase's colour before it (for stop phrases: `ordered * <color> ** received * <samecolor>`).
    case sameColor = -11

    /// The slot a phrase piece names, or nil.
    public init?(piece: String) {
        guard piece.utf8.first == UInt8(ascii: "<") else { return nil }  // (most pieces: at once)
        switch piece {
        case "<n>": self = .any
        case "<more>": self = .more
        case "<less>": self = .less
        case "<other>": self = .other
        case "<same>": self = .same
        case "<color>": self = .color
        case "<othercolor>": self = .otherColor
        case "<samecolor>": self = .sameColor
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
        case .color: return "<color>"
        case .otherColor: return "<othercolor>"
        case .sameColor: return "<samecolor>"
        }
    }

    /// Whether the slot takes a colour (else a number).
    var isColor: Bool { self == .color || self == .otherColor || self == .sameColor }

    /// Whether the slot compares with a slot before it (and needs one).
    var compares: Bool { self != .any && self != .color }

    /// The slot for a trie id, or nil when the id is a word's.
    static func of(id: Int32) -> NumberSlot? { NumberSlot(rawValue: id) }

    /// Whether a number fills the slot after the phrase's number before it (``Quantity/none``:
    /// none before). Quantities with units of one dimension compare in its base unit.
    func accepts(_ q: Quantity, after previous: Quantity) -> Bool {
        let (value, before) = q.comparable(with: previous)
        switch self {
        case .any: return true
        case .more: return value > before
        case .less: return value < before
        case .other: return !before.isNaN && value != before
        case .same: return value == before
        case .color, .otherColor, .sameColor: return false
        }
    }

    /// Whether a colour (a ``ColorWord`` id) fills the slot after the phrase's colour before it (-1: none).
    func accepts(color: Int32, after previous: Int32) -> Bool {
        switch self {
        case .color: return true
        case .otherColor: return previous >= 0 && color != previous
        case .sameColor: return color == previous
        default: return false
        }
    }

    /// The quantity at token `pos`: its number, with the unit written on it (128gb, 三天) or in
    /// the tokens after it inside `limit` ("2 weeks", "3 business days", 48 小时, 3 个 多 月).
    static func quantity(at pos: Int, limit: Int, tokens: UnsafeBufferPointer<Token>, normalized: UnsafeBufferPointer<UInt16>) -> Quantity? {
        func text(_ i: Int) -> UnsafeBufferPointer<UInt16> {
            UnsafeBufferPointer(rebasing: normalized[Int(tokens[i].start)..<Int(tokens[i].end)])
        }
        guard let (value, unit) = reading(text(pos)) else { return nil }
        if unit != nil { return Quantity(value, unit) }
        var i = pos + 1
        var afterGe = false
        while i < limit && i <= pos + 3 {
            let t = text(i)
            if MeasureUnit.isFiller(t) {
                afterGe = afterGe || t.first == MeasureUnit.ge
                i += 1
                continue
            }
            if afterGe && t.first == 0x6708 { return Quantity(value, MeasureUnit.month) }  // 3 个 月, 3 个 多 月了
            return Quantity(value, MeasureUnit.leading(t))
        }
        return Quantity(value)
    }

    /// The value of a normalized token, when it is a number: digits with at most one decimal
    /// point, and maybe a unit of ASCII letters after them; or a number word.
    static func value(_ units: UnsafeBufferPointer<UInt16>) -> Double? { reading(units)?.0 }

    /// The number a token holds, and the unit written on it (128gb, 48h, 三天, 一个月): digits
    /// with at most one decimal point and maybe ASCII letters after them, a number word, or
    /// Chinese numerals with a measure word or unit after them.
    static func reading(_ units: UnsafeBufferPointer<UInt16>) -> (Double, MeasureUnit?)? {
        // Asked of the token after every word a slot phrase starts with ("only", "got", 买): most
        // are no number, and the first unit says so without a lookup or an allocation.
        guard let first = units.first else { return nil }
        if first >= 0x61 && first <= 0x7A { return englishWord(units).map { ($0, nil) } }
        if first < 0x30 || first > 0x39 { return isChineseNumeral(first) ? chineseReading(units) : nil }
        var whole = 0.0, fraction = 0.0, scale = 1.0, point = false, digits = 0
        for (i, u) in units.enumerated() {
            if u >= 0x30 && u <= 0x39 {
                let d = Double(u - 0x30)
                if point { scale /= 10; fraction += d * scale } else { whole = whole * 10 + d }
                digits += 1
            } else if u == 0x2E && !point && digits > 0 {
                point = true
            } else if u == 0x2C && !point && digits > 0 && i + 1 < units.count && units[i + 1] >= 0x30 && units[i + 1] <= 0x39 {
                continue  // 1,000
            } else if digits > 0 && !point && units[i...].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) {
                return (whole, MeasureUnit.named(UnsafeBufferPointer(rebasing: units[i...])))  // 128gb, 3pcs
            } else {
                return nil
            }
        }
        return digits > 0 ? (whole + fraction, nil) : nil
    }

    /// Chinese numerals with the unit they end with (三天, 两周, 二十四小时), else as ``chinese(_:)``.
    private static func chineseReading(_ units: UnsafeBufferPointer<UInt16>) -> (Double, MeasureUnit?)? {
        if let (unit, end) = MeasureUnit.trailing(ofNumeral: units), let v = chinese(UnsafeBufferPointer(rebasing: units[..<end])) {
            return (v, unit)
        }
        return chinese(units).map { ($0, nil) }
    }

    /// Chinese numerals (零 〇 一 … 九 两 十 百 千 万), maybe with one measure word after them.
    static func chinese(_ units: UnsafeBufferPointer<UInt16>) -> Double? {
        var n = units.count
        if n >= 2 && measureWords.contains(units[n - 1]) { n -= 1 }
        guard n > 0 else { return nil }
        var total = 0, section = 0, digit = 0
        for u in units[..<n] {
            if let d = chineseDigits[u] {
                digit = d
            } else if let m = chineseMultipliers[u] {
                if m == 10_000 {
                    total += (section + digit) * m
                    section = 0
                } else {
                    section += (digit == 0 && m == 10 ? 1 : digit) * m  // 十二: 十 alone is ten
                }
                digit = 0
            } else {
                return nil
            }
        }
        return Double(total + section + digit)
    }

    private static let chineseDigits: [UInt16: Int] = {
        var d: [UInt16: Int] = [:]
        for (i, s) in ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"].enumerated() { d[s.utf16.first!] = i }
        d["〇".utf16.first!] = 0
        d["两".utf16.first!] = 2
        d["俩".utf16.first!] = 2
        return d
    }()
    private static let chineseMultipliers: [UInt16: Int] = ["十".utf16.first!: 10, "百".utf16.first!: 100, "千".utf16.first!: 1000, "万".utf16.first!: 10_000]
    /// Measure words ICU may keep on a numeral (十二个); 分 is not one here (十分 is "very").
    private static let measureWords: Set<UInt16> = Set("个件瓶盒包只双条支箱斤块本台张袋罐片粒颗套份桶听".utf16)

    /// one … twelve, twenty (normalized text is lower case).
    private static let words = WordTable(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].enumerated()
            .map { ($1, Double($0 + 1)) } + [("twenty", 20)])

    private static func englishWord(_ units: UnsafeBufferPointer<UInt16>) -> Double? {
        guard units.count >= 3 else { return nil }
        return words.value(of: units)
    }

    /// 零 〇 一 … 九 两 俩 十 百 千 万.
    private static func isChineseNumeral(_ u: UInt16) -> Bool {
        switch u {
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
             0x4E24, 0x4FE9, 0x5341, 0x767E, 0x5343, 0x4E07: return true
        default: return false
        }
    }
}
