#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An interning table from normalized token text (UTF-16 units) to dense integer ids.
///
/// Matching looks every token up here once, so lookups take a buffer slice and never build a
/// `String`: an open-addressing hash table over a flat store of units.
///
/// - Complexity: `id(of:)` is O(length of the token) on average.
public struct Vocabulary: Sendable {
    private var units: [UInt16] = []
    private var offsets: [Int32] = [0]        // id -> start in `units`; id+1 -> end
    private var slots: [Int32]                 // -1 empty, else id
    private var mask: Int

    /// Creates an empty vocabulary.
    public init() {
        slots = Array(repeating: -1, count: 64)
        mask = 63
    }

    /// The number of distinct entries.
    public var count: Int { offsets.count - 1 }

    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt16>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for u in p { h = (h ^ UInt64(u)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of a text, or nil when it is not in the vocabulary.
    @inline(__always)
    public func id(of text: UnsafeBufferPointer<UInt16>) -> Int32? {
        let h = Vocabulary.hash(text)
        return slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                units.withUnsafeBufferPointer { store in
                    var i = h & mask
                    while true {
                        let id = slots[i]
                        if id < 0 { return nil }
                        let s = Int(offsets[Int(id)]), e = Int(offsets[Int(id) + 1])
                        if e - s == text.count && (text.count == 0 || memcmp(store.baseAddress! + s, text.baseAddress!, text.count * 2) == 0) {
                            return id
                        }
                        i = (i + 1) & mask
                    }
                }
            }
        }
    }

    /// The id of a string's UTF-16 form, or nil.
    public func id(of text: String) -> Int32? {
        let u = Array(text.utf16)
        return u.withUnsafeBufferPointer { id(of: $0) }
    }

    /// Adds a text (if new) and returns its id.
    @discardableResult
    public mutating func insert(_ text: UnsafeBufferPointer<UInt16>) -> Int32 {
        if let id = id(of: text) { return id }
        let id = Int32(count)
        units.append(contentsOf: text)
        offsets.append(Int32(units.count))
        if count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(id) }
        return id
    }

    /// Adds a string's UTF-16 form (if new) and returns its id.
    @discardableResult
    public mutating func insert(_ text: String) -> Int32 {
        let u = Array(text.utf16)
        return u.withUnsafeBufferPointer { insert($0) }
    }

    /// The text of an id.
    public func text(of id: Int32) -> String {
        let s = Int(offsets[Int(id)]), e = Int(offsets[Int(id) + 1])
        return String(decoding: units[s..<e], as: UTF16.self)
    }

    private mutating func place(_ id: Int32) {
        let s = Int(offsets[Int(id)]), e = Int(offsets[Int(id) + 1])
        let h = units.withUnsafeBufferPointer { Vocabulary.hash(UnsafeBufferPointer(rebasing: $0[s..<e])) }
        var i = h & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = id
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for id in 0..<Int32(count) { place(id) }
    }
}
