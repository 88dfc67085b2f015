/// The colour a token names, for the colour slots `<color>` and `<othercolor>`: so that
/// `买的 <color> ** <othercolor>` (wrong_item) fires on 买的黑色，给我发了个灰色 and not on
/// 买的黑色，收到的也是黑色.
///
/// A Chinese colour is a token of two to four characters that ends with 色 and holds a hue
/// character (黑色, 深蓝色, 军绿色, 卡其色 — not 颜色, 特色, 出色, 褪色); an English one is a
/// colour word (black, navy, grey, gray). Each spelling is a colour of its own (深蓝色 is not 蓝色),
/// except grey and gray.
enum ColorWord {
    /// An id for the colour a normalized token names, or nil when it names none.
    static func id(_ units: UnsafeBufferPointer<UInt16>) -> Int32? {
        guard let first = units.first, let last = units.last else { return nil }
        if first >= 0x61 && first <= 0x7A {
            return english.value(of: units)
        }
        guard last == se, units.count >= 2 && units.count <= 4, units.dropLast().contains(where: { hues.contains($0) }) else { return nil }
        // A hash of the characters, kept apart from the English ids (small and non-negative).
        return Int32(truncatingIfNeeded: WordTable<Int32>.hash(units) | 0x4000_0000) & 0x7FFF_FFFF
    }

    private static let se: UInt16 = 0x8272  // 色
    /// Characters that name a hue (咖 of 咖啡色, 卡 of 卡其色, 驼 of 驼色, 藏 of 藏青色).
    private static let hues: Set<UInt16> = Set("黑白红蓝灰粉绿黄紫棕橙银金青褐米咖卡驼杏藏橘".utf16)
    /// English colour words and their ids (grey and gray share one).
    private static let english: WordTable<Int32> = {
        let words = ["black", "white", "red", "blue", "navy", "grey", "green", "pink", "purple", "yellow", "orange", "brown",
                     "beige", "ivory", "cream", "tan", "silver", "gold", "khaki", "maroon", "burgundy", "teal", "turquoise", "olive",
                     "charcoal", "coral", "lavender", "mint", "camel", "rose"]
        return WordTable(words.enumerated().map { ($1, Int32($0)) } + [("gray", 5)])
    }()
}
