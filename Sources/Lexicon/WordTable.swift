/// A small fixed table of words (normalized UTF-16) to values, looked up without an allocation:
/// one FNV-1a hash and one compare. For the words number slots read — units, colours, number
/// words — which are asked of tokens in the phrase matcher's walks.
struct WordTable<Value: Sendable>: Sendable {
    private var entries: [UInt64: (word: [UInt16], value: Value)] = [:]
    /// No word longer than this (a quick reject).
    private var maxLength = 0

    /// A table of `words`; two words with one hash stop the program (none do).
    init(_ words: [(String, Value)]) {
        for (w, v) in words {
            let units = Array(w.utf16)
            precondition(entries[WordTable.hash(units)] == nil, "word table hash collision: \(w)")
            entries[WordTable.hash(units)] = (units, v)
            maxLength = max(maxLength, units.count)
        }
    }

    /// The value of a word, or nil.
    func value<C: Collection>(of units: C) -> Value? where C.Element == UInt16 {
        guard units.count <= maxLength, let e = entries[WordTable.hash(units)], e.word.elementsEqual(units) else { return nil }
        return e.value
    }

    /// FNV-1a over UTF-16 units (``ColorWord`` hashes Chinese colours with it too).
    @inline(__always)
    static func hash<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for u in units { h = (h ^ UInt64(u)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
