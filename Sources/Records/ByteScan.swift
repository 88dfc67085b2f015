/// Tests on eight bytes at once (SWAR, in a `UInt64` loaded from the buffer): the fast paths of
/// ``JSONWriter``, ``JSONLineParser`` and ``LineSource`` skip runs of plain bytes with them.
enum ByteScan {
    /// Whether a byte of `w` equals `b` (the classic zero-byte test on `w ^ b…b`).
    @inline(__always)
    static func hasByte(_ b: UInt8, _ w: UInt64) -> Bool {
        let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }

    /// Whether a byte of `w` is below `n` (n ≤ 128).
    @inline(__always)
    static func hasByte(below n: UInt8, _ w: UInt64) -> Bool {
        (w &- 0x0101_0101_0101_0101 &* UInt64(n)) & ~w & 0x8080_8080_8080_8080 != 0
    }
}
