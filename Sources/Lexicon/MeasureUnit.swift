/// A unit written after a number — hours, days, GB, kg, cm, 天, 小时, 公斤 — so that number slots
/// compare quantities rather than bare numbers: "said 2 day shipping, took 2 weeks" is later than
/// promised, 承诺24小时发货，3天才发 too, and "listed as 1TB, it has 1000GB" is the same size.
///
/// Units of one dimension convert to its base unit (hours, bytes, grams, millilitres,
/// millimetres); numbers of different dimensions, or without a unit, compare as they are written.
public struct MeasureUnit: Sendable, Hashable {
    /// What the unit measures.
    public enum Dimension: UInt8, Sendable {
        case time = 1, data, mass, volume, length
    }

    public var dimension: Dimension
    /// The unit's size in its dimension's base unit.
    public var size: Double

    /// Creates a unit.
    public init(_ dimension: Dimension, _ size: Double) {
        self.dimension = dimension
        self.size = size
    }

    /// The unit an English or Chinese word names exactly (normalized: lower case, Simplified).
    static func named(_ units: UnsafeBufferPointer<UInt16>) -> MeasureUnit? { table.value(of: units) }

    /// The unit a Chinese token starts with (Chinese writes it on the number's next word): a unit
    /// of two characters or more before anything (小时内发货, 星期后), one of one character before
    /// particles only (天内, 天了, ICU's 天才 in 三天才到 — not 天猫).
    static func leading(_ units: UnsafeBufferPointer<UInt16>) -> MeasureUnit? {
        if let u = named(units) { return u }
        guard let first = units.first, first >= 0x3400 else { return nil }
        for length in stride(from: min(units.count - 1, 3), through: 1, by: -1) {
            guard let u = named(UnsafeBufferPointer(rebasing: units[..<length])),
                  length > 1 || units[length...].allSatisfy({ particles.contains($0) }) else { continue }
            return u
        }
        return nil
    }

    /// The unit a Chinese numeral token ends with (三天, 两周, 一个月, 二十四小时), and where the
    /// numeral ends.
    static func trailing(ofNumeral units: UnsafeBufferPointer<UInt16>) -> (MeasureUnit, end: Int)? {
        for length in stride(from: min(units.count - 1, 3), through: 1, by: -1) {
            guard let u = named(UnsafeBufferPointer(rebasing: units[(units.count - length)...])) else { continue }
            var end = units.count - length
            if end > 1 && units[end - 1] == ge { end -= 1 }  // 一个月, 三个小时
            return (u, end)
        }
        return nil
    }

    /// Words between a number and its unit that change nothing: "3 business days", 3个多月.
    /// 月 alone is a unit only after 个 (5月 is May).
    static func isFiller(_ units: UnsafeBufferPointer<UInt16>) -> Bool { fillers.value(of: units) != nil }

    static let ge: UInt16 = 0x4E2A  // 个
    static let month = MeasureUnit(.time, 720)
    private static let fillers = WordTable(["business", "working", "calendar", "个", "多", "个多", "来"].map { ($0, true) })
    /// What may follow a unit in the same Chinese token: 天内, 天了, 小时后, 天左右.
    private static let particles: Set<UInt16> = Set("内了后就才多左右之以上还都也的".utf16)

    private static let table: WordTable<MeasureUnit> = {
        var t: [(String, MeasureUnit)] = []
        func add(_ words: [String], _ d: Dimension, _ size: Double) {
            for w in words { t.append((w, MeasureUnit(d, size))) }
        }
        add(["min", "mins", "minute", "minutes", "分钟"], .time, 1.0 / 60)
        add(["h", "hr", "hrs", "hour", "hours", "小时", "钟头"], .time, 1)
        add(["d", "day", "days", "天", "日", "工作日"], .time, 24)
        add(["wk", "wks", "week", "weeks", "周", "星期", "礼拜"], .time, 168)
        add(["mo", "month", "months", "个月"], .time, 720)
        add(["kb"], .data, 1e3)
        add(["mb"], .data, 1e6)
        add(["gb"], .data, 1e9)
        add(["tb"], .data, 1e12)
        add(["mg", "毫克"], .mass, 0.001)
        add(["g", "gram", "grams", "克"], .mass, 1)
        add(["kg", "kgs", "kilo", "kilos", "千克", "公斤"], .mass, 1000)
        add(["斤"], .mass, 500)
        add(["oz", "ounce", "ounces"], .mass, 28.349_523_125)
        add(["lb", "lbs", "pound", "pounds"], .mass, 453.592_37)
        add(["ml", "毫升"], .volume, 1)
        add(["l", "liter", "liters", "litre", "litres", "升"], .volume, 1000)
        add(["mm", "毫米"], .length, 1)
        add(["cm", "厘米", "公分"], .length, 10)
        add(["m", "meter", "meters", "metre", "metres", "米"], .length, 1000)
        add(["in", "inch", "inches", "英寸"], .length, 25.4)
        add(["ft", "foot", "feet"], .length, 304.8)
        return WordTable(t)
    }()
}
