/// One data row of a table as field ranges over bytes: no `String` is made unless asked for.
///
/// Fields past the row's end read as empty, so optional columns need no bounds checks.
public struct RowView {
    /// The row's bytes (the whole physical line in the fast path).
    public let raw: UnsafeBufferPointer<UInt8>
    let starts: UnsafeMutablePointer<Int32>
    let ends: UnsafeMutablePointer<Int32>
    /// The number of fields.
    public let count: Int
    /// The row's line: relative to its part of the file until ``TableScan`` fixes it up.
    public let line: Int

    /// The bytes of field `i` (empty when the row is shorter).
    @inline(__always)
    public func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        guard i >= 0, i < count else { return UnsafeBufferPointer(start: raw.baseAddress, count: 0) }
        let s = Int(starts[i]), e = Int(ends[i])
        return UnsafeBufferPointer(rebasing: raw[s..<e])
    }

    /// Field `i` with spaces trimmed, as a `String` (empty when absent).
    public func string(_ i: Int) -> String {
        let f = field(i)
        var lo = 0, hi = f.count
        while lo < hi, f[lo] == 0x20 { lo += 1 }
        while hi > lo, f[hi - 1] == 0x20 || f[hi - 1] == 0x0D { hi -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: f[lo..<hi]), as: UTF8.self)
    }

    /// The raw row as text, for rejects.
    public var rawText: String { String(decoding: raw, as: UTF8.self) }
}
