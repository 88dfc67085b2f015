import Testing
@testable import Lexicon
import ReviewText

@Suite struct NumberSlotTests {
    static func value(_ s: String) -> Double? {
        Array(s.utf16).withUnsafeBufferPointer { NumberSlot.value($0) }
    }

    /// Digits (a unit written on counts its digits), number words alone; nothing else.
    @Test("numbers a slot takes", arguments: [
        ("12", 12.0), ("3.5", 3.5), ("128gb", 128), ("3pcs", 3), ("two", 2), ("twelve", 12), ("两", 2), ("三", 3), ("十", 10),
        ("1,000", 1000), ("十二", 12), ("二十四", 24), ("一百零五", 105), ("两千", 2000), ("三万五千", 35000), ("十二个", 12), ("三瓶", 3),
        ("48h", 48), ("三天", 3), ("两周", 2), ("一个月", 1), ("二十四小时", 24), ("十个工作日", 10),
    ] as [(String, Double)])
    func number(text: String, expected: Double) {
        #expect(Self.value(text) == expected)
    }

    @Test("tokens that are no number", arguments: ["", "gb", "5'8", "3.5gb", "x12", "1.2.3", "twenty-one", ".", "十分", "个", "好", "1,", ",5"])
    func notANumber(text: String) {
        #expect(Self.value(text) == nil)
    }

    /// The unit written on a number token, with its dimension and size in the base unit.
    @Test("units written on a number", arguments: [
        ("128gb", MeasureUnit(.data, 1e9)), ("48h", MeasureUnit(.time, 1)), ("5days", MeasureUnit(.time, 24)), ("1kg", MeasureUnit(.mass, 1000)),
        ("800g", MeasureUnit(.mass, 1)), ("500ml", MeasureUnit(.volume, 1)), ("55in", MeasureUnit(.length, 25.4)),
        ("三天", MeasureUnit(.time, 24)), ("两周", MeasureUnit(.time, 168)), ("一个月", MeasureUnit(.time, 720)),
        ("二十四小时", MeasureUnit(.time, 1)), ("三个小时", MeasureUnit(.time, 1)), ("十个工作日", MeasureUnit(.time, 24)),
        ("两斤", MeasureUnit(.mass, 500)),
    ] as [(String, MeasureUnit)])
    func unitOn(text: String, unit: MeasureUnit) {
        let r = Array(text.utf16).withUnsafeBufferPointer { NumberSlot.reading($0) }
        #expect(r?.1 == unit)
    }

    @Test("numbers with no unit on them", arguments: ["12", "3pcs", "two", "十二个", "三瓶", "1,000"])
    func noUnitOn(text: String) {
        let r = Array(text.utf16).withUnsafeBufferPointer { NumberSlot.reading($0) }
        #expect(r != nil && r?.1 == nil)
    }

    /// The quantity at the first of a run of tokens (as the text layer cuts them): the unit may be
    /// the next word, after fillers; a Chinese unit may begin the next token.
    @Test("the unit after a number", arguments: [
        (["2", "weeks"], MeasureUnit(.time, 168) as MeasureUnit?), (["3", "business", "days"], MeasureUnit(.time, 24)),
        (["500", "gb"], MeasureUnit(.data, 1e9)), (["16", "oz"], MeasureUnit(.mass, 28.349_523_125)), (["2", "lbs"], MeasureUnit(.mass, 453.592_37)),
        (["48", "小时"], MeasureUnit(.time, 1)), (["5", "天才"], MeasureUnit(.time, 24)), (["3", "天内"], MeasureUnit(.time, 24)),
        (["48", "小时内发货"], MeasureUnit(.time, 1)), (["3", "个", "多", "月"], MeasureUnit(.time, 720)), (["2", "个", "星期"], MeasureUnit(.time, 168)),
        (["5", "月"], nil),           // May, not five months
        (["2", "天猫"], nil),         // Tmall: a one-character unit only before particles
        (["10", "cans"], nil), (["12", "of", "12"], nil),
    ] as [([String], MeasureUnit?)])
    func unitAfter(tokens words: [String], unit: MeasureUnit?) {
        var text: [UInt16] = [], tokens: [Token] = []
        for w in words {
            tokens.append(Token(start: Int32(text.count), end: Int32(text.count + w.utf16.count), kind: .word, script: 0))
            text += w.utf16
        }
        let q = text.withUnsafeBufferPointer { t in
            tokens.withUnsafeBufferPointer { NumberSlot.quantity(at: 0, limit: words.count, tokens: $0, normalized: t) }
        }
        #expect(q?.unit == unit)
        // Nothing past the segment's end counts.
        let alone = text.withUnsafeBufferPointer { t in
            tokens.withUnsafeBufferPointer { NumberSlot.quantity(at: 0, limit: 1, tokens: $0, normalized: t) }
        }
        #expect(alone?.unit == nil)
    }

    @Test("comparisons with the number before", arguments: [
        (NumberSlot.any, Quantity(5), Quantity.none, true), (.more, Quantity(12), Quantity(10), true), (.more, Quantity(10), Quantity(10), false),
        (.less, Quantity(20), Quantity(24), true), (.less, Quantity(24), Quantity(24), false), (.other, Quantity(64), Quantity(128), true),
        (.other, Quantity(64), Quantity(64), false), (.same, Quantity(6), Quantity(6), true), (.same, Quantity(8), Quantity(6), false),
        (.more, Quantity(1), .none, false), (.other, Quantity(1), .none, false),
        // Units of one dimension compare in its base unit; other pairs as written.
        (.more, Quantity(2, MeasureUnit(.time, 168)), Quantity(2, MeasureUnit(.time, 24)), true),    // 2 weeks after 2 days
        (.more, Quantity(36, MeasureUnit(.time, 1)), Quantity(2, MeasureUnit(.time, 24)), false),    // 36 hours after 2 days
        (.less, Quantity(800, MeasureUnit(.mass, 1)), Quantity(1, MeasureUnit(.mass, 1000)), true),  // 800 g after 1 kg
        (.other, Quantity(1000, MeasureUnit(.data, 1e9)), Quantity(1, MeasureUnit(.data, 1e12)), false),  // 1000 GB after 1 TB
        (.same, Quantity(1000, MeasureUnit(.data, 1e9)), Quantity(1, MeasureUnit(.data, 1e12)), true),
        (.more, Quantity(5), Quantity(3, MeasureUnit(.time, 24)), true),                             // no unit: as written
        (.less, Quantity(2, MeasureUnit(.length, 10)), Quantity(5, MeasureUnit(.mass, 1)), true),    // other dimensions: as written
    ])
    func comparison(slot: NumberSlot, value: Quantity, previous: Quantity, accepts: Bool) {
        #expect(slot.accepts(value, after: previous) == accepts)
    }

    static func color(_ s: String) -> Int32? { Array(s.utf16).withUnsafeBufferPointer { ColorWord.id($0) } }

    @Test("colours a colour slot takes", arguments: ["黑色", "深蓝色", "军绿色", "卡其色", "藏青色", "black", "navy", "grey", "khaki"])
    func colour(text: String) {
        #expect(Self.color(text) != nil)
    }

    @Test("tokens that are no colour", arguments: ["颜色", "特色", "出色", "褪色", "掉色", "色", "黑", "blackish", "bla", "colour", "好看的颜色"])
    func notAColour(text: String) {
        #expect(Self.color(text) == nil)
    }

    @Test func coloursCompareBySpelling() throws {
        #expect(Self.color("黑色") == Self.color("黑色"))
        #expect(Self.color("深蓝色") != Self.color("蓝色"))
        #expect(Self.color("grey") == Self.color("gray"))
        #expect(Self.color("black") != Self.color("white"))
        let black = try #require(Self.color("black")), white = try #require(Self.color("white"))
        #expect(NumberSlot.otherColor.accepts(color: white, after: black))
        #expect(!NumberSlot.otherColor.accepts(color: black, after: black))
        #expect(!NumberSlot.otherColor.accepts(color: black, after: -1))
        #expect(NumberSlot.sameColor.accepts(color: black, after: black))
        #expect(NumberSlot.color.accepts(color: black, after: -1))
        #expect(!NumberSlot.more.accepts(color: black, after: white))
    }

    @Test func slotsAreWrittenAsTheyAreRead() {
        for slot in NumberSlot.allCases { #expect(NumberSlot(piece: slot.piece) == slot) }
        #expect(NumberSlot(piece: "<N>") == nil)
        #expect(NumberSlot(piece: "n") == nil)
    }
}
