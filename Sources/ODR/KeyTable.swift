/// An open-addressing hash table from ``OrderKey`` keys to dense order numbers (`Int32`).
///
/// Keys are stored in a flat array with linear probing; the table doubles when half full. Reads
/// are thread-safe once building is over.
///
/// - Complexity: O(1) expected per insert and look-up.
public struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// The number of keys.
    public private(set) var count = 0
    private static let empty = UInt64.max

    /// An empty table sized for about `capacity` keys.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: KeyTable.empty, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var h = key &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    public func find(_ key: UInt64) -> Int32? {
        keys.withUnsafeBufferPointer { k in
            var i = KeyTable.slot(key, mask)
            while true {
                let s = k[i]
                if s == key { return values[i] }
                if s == KeyTable.empty { return nil }
                i = (i + 1) & mask
            }
        }
    }

    /// The value of `key`, inserting `value` when the key is new; `inserted` tells which.
    @inline(__always)
    public mutating func insert(_ key: UInt64, value: Int32) -> (value: Int32, inserted: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        let m = mask
        return keys.withUnsafeMutableBufferPointer { k in
            var i = KeyTable.slot(key, m)
            while true {
                let s = k[i]
                if s == key { return (values[i], false) }
                if s == KeyTable.empty {
                    k[i] = key
                    values[i] = value
                    count += 1
                    return (value, true)
                }
                i = (i + 1) & m
            }
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        let size = keys.count * 2
        keys = [UInt64](repeating: KeyTable.empty, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (i, k) in oldKeys.enumerated() where k != KeyTable.empty { _ = insert(k, value: oldValues[i]) }
    }
}
