import Testing
@testable import Lexicon

@Suite struct NumberSlotTests {
    static func value(_ s: String) -> Double? {
        Array(s.utf16).withUnsafeBufferPointer { NumberSlot.value($0) }
    }

    /// Digits (a unit written on counts its digits), number words alone; nothing else.
    @Test("numbers a slot takes", arguments: [
        ("12", 12.0), ("3.5", 3.5), ("128gb", 128), ("3pcs", 3), ("two", 2), ("twelve", 12), ("两", 2), ("三", 3), ("十", 10),
        ("1,000", 1000), ("十二", 12), ("二十四", 24), ("一百零五", 105), ("两千", 2000), ("三万五千", 35000), ("十二个", 12), ("三瓶", 3),
    ] as [(String, Double)])
    func number(text: String, expected: Double) {
        #expect(Self.value(text) == expected)
    }

    @Test("tokens that are no number", arguments: ["", "gb", "5'8", "3.5gb", "x12", "1.2.3", "twenty-one", ".", "十分", "个", "好", "1,", ",5"])
    func notANumber(text: String) {
        #expect(Self.value(text) == nil)
    }

    @Test("comparisons with the number before", arguments: [
        (NumberSlot.any, 5.0, Double.nan, true), (.more, 12, 10, true), (.more, 10, 10, false), (.less, 20, 24, true),
        (.less, 24, 24, false), (.other, 64, 128, true), (.other, 64, 64, false), (.same, 6, 6, true), (.same, 8, 6, false),
        (.more, 1, .nan, false), (.other, 1, .nan, false),
    ])
    func comparison(slot: NumberSlot, value: Double, previous: Double, accepts: Bool) {
        #expect(slot.accepts(value, after: previous) == accepts)
    }

    @Test func slotsAreWrittenAsTheyAreRead() {
        for slot in NumberSlot.allCases { #expect(NumberSlot(piece: slot.piece) == slot) }
        #expect(NumberSlot(piece: "<N>") == nil)
        #expect(NumberSlot(piece: "n") == nil)
    }
}
