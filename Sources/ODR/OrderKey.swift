/// Order ids as compact 64-bit keys, so that millions of orders fit in flat arrays and hash tables.
///
/// Amazon's `NNN-NNNNNNN-NNNNNNN` packs exactly into its 17 digits (below 2^57). Any other id
/// (Taobao's digit strings, a merchant's own ids) is keyed by a 63-bit FNV-1a hash with the top bit
/// set, so the two kinds never meet; two different non-Amazon ids collide with probability about
/// n²/2⁶⁴ (10⁻⁵ for 10 million ids). Leading and trailing spaces are ignored.
///
///     OrderKey.key("111-1234567-1234567")   // 1111234567 1234567 as one integer
///     OrderKey.amazonID(of: key)            // "111-1234567-1234567"
public enum OrderKey {
    /// The top bit, set on hashed (non-Amazon) keys.
    public static let hashedFlag: UInt64 = 1 << 63

    /// The key of the id in `p`, or `nil` for an empty id.
    @inline(__always)
    public static func key(_ p: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var lo = 0, hi = p.count
        while lo < hi, p[lo] == 0x20 || p[lo] == 0x22 { lo += 1 }
        while hi > lo, p[hi - 1] == 0x20 || p[hi - 1] == 0x22 || p[hi - 1] == 0x0D { hi -= 1 }
        if hi == lo { return nil }
        if hi - lo == 19, p[lo + 3] == 0x2D, p[lo + 11] == 0x2D {
            var v: UInt64 = 0
            var ok = true
            for i in lo..<hi where i != lo + 3 && i != lo + 11 {
                let d = p[i] &- 0x30
                if d > 9 { ok = false; break }
                v = v &* 10 &+ UInt64(d)
            }
            if ok { return v }
        }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in lo..<hi {
            h ^= UInt64(p[i])
            h = h &* 0x100_0000_01b3
        }
        return h | hashedFlag
    }

    /// The key of `id`, or `nil` for an empty id.
    public static func key(_ id: String) -> UInt64? {
        var copy = id
        return copy.withUTF8 { key($0) }
    }

    /// The `NNN-NNNNNNN-NNNNNNN` id a packed key stands for; `nil` for a hashed key.
    public static func amazonID(of key: UInt64) -> String? {
        guard key & hashedFlag == 0 else { return nil }
        var digits = [UInt8](repeating: 0x30, count: 17)
        var v = key
        for i in stride(from: 16, through: 0, by: -1) {
            digits[i] = 0x30 + UInt8(v % 10)
            v /= 10
        }
        return String(decoding: digits[0..<3], as: UTF8.self) + "-" + String(decoding: digits[3..<10], as: UTF8.self)
            + "-" + String(decoding: digits[10..<17], as: UTF8.self)
    }
}
