/// A set of (first id, second id) pairs that may answer "maybe" for a pair it does not hold,
/// never "no" for one it does: one bit per hashed pair, in a table small enough for the L1 cache.
///
/// The phrase matcher asks it before it looks for a second token among a root child's edges:
/// nearly every English token starts some phrase ("not", "the", "very"), but the token after it
/// rarely goes on with one, and a bit answers that without touching the edges. The domain-word
/// segmentation asks it the same of a word's first two characters.
///
/// - Complexity: `insert` and `mayContain` are O(1).
public struct PairFilter: Sendable {
    /// Bits per pair held, at least: about one "maybe" in 16 for a pair it does not hold.
    static let bitsPerPair = 16
    // (Inlinable, with what it reads: the phrase matcher in another module asks once per token.)
    @usableFromInline var words: [UInt64]
    @usableFromInline let shift: UInt64

    /// An empty filter sized for `pairs` pairs.
    public init(pairs: Int) {
        var bits = 64
        while bits < pairs * PairFilter.bitsPerPair { bits *= 2 }
        words = Array(repeating: 0, count: bits / 64)
        shift = UInt64(64 - bits.trailingZeroBitCount)
    }

    /// Where a pair's bit is: a multiplicative hash, its top bits.
    @inlinable @inline(__always)
    func index(_ first: Int32, _ second: Int32) -> Int {
        let key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds a pair.
    public mutating func insert(_ first: Int32, _ second: Int32) {
        let b = index(first, second)
        words[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// False when the pair was never inserted; true when it was (and, rarely, when it was not).
    @inlinable @inline(__always)
    public func mayContain(_ first: Int32, _ second: Int32, in words: UnsafeBufferPointer<UInt64>) -> Bool {
        bit(first, second, in: words) != 0
    }

    /// 1 when the pair may have been inserted, 0 when it was not (``mayContain(_:_:in:)`` as a
    /// number, for loops without branches).
    @inlinable @inline(__always)
    public func bit(_ first: Int32, _ second: Int32, in words: UnsafeBufferPointer<UInt64>) -> UInt8 {
        let b = index(first, second)
        return UInt8(truncatingIfNeeded: words[b >> 6] >> UInt64(b & 63)) & 1
    }

    /// Calls `body` with the table borrowed (for ``mayContain(_:_:in:)`` in hot loops).
    @inlinable
    public func withWords<R>(_ body: (UnsafeBufferPointer<UInt64>) throws -> R) rethrows -> R {
        try words.withUnsafeBufferPointer(body)
    }
}
