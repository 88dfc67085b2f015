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
    /// Empty: `UInt64.max`; else the hash's upper 32 bits above the id, so that a probe that
    /// meets another entry rarely has to compare texts.
    private var slots: [UInt64]
    private var mask: Int
    private static let empty = UInt64.max

    /// Creates an empty vocabulary.
    public init() {
        slots = Array(repeating: Vocabulary.empty, count: 64)
        mask = 63
    }

    /// The number of distinct entries.
    public var count: Int { offsets.count - 1 }

    /// A 64-bit hash of UTF-16 units, four at a time (most tokens are one or two steps).
    @inline(__always)
    static func hash(_ p: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: p.count) &* 0x9E37_79B9_7F4A_7C15
        var i = 0
        if let base = UnsafeRawPointer(p.baseAddress) {
            while i + 4 <= p.count {
                h = (h ^ base.loadUnaligned(fromByteOffset: 2 * i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 4
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < p.count {
            tail |= UInt64(p[i]) << shift
            shift += 16
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }

    /// The id of a text, or nil when it is not in the vocabulary.
    @inline(__always)
    public func id(of text: UnsafeBufferPointer<UInt16>) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                units.withUnsafeBufferPointer { store in
                    Vocabulary.lookup(text, slots: slots, offsets: offsets, store: store, mask: mask)
                }
            }
        }
    }

    /// The id of each token's text in `text`, or -1, into `ids` (one per token): the tables are
    /// borrowed once for the whole text.
    public func ids(of tokens: UnsafeBufferPointer<Token>, in text: UnsafeBufferPointer<UInt16>, into ids: UnsafeMutableBufferPointer<Int32>) {
        slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                units.withUnsafeBufferPointer { store in
                    for (i, t) in tokens.enumerated() {
                        let units = UnsafeBufferPointer(rebasing: text[Int(t.start)..<Int(t.end)])
                        ids[i] = Vocabulary.lookup(units, slots: slots, offsets: offsets, store: store, mask: mask) ?? -1
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func lookup(_ text: UnsafeBufferPointer<UInt16>, slots: UnsafeBufferPointer<UInt64>, offsets: UnsafeBufferPointer<Int32>,
                               store: UnsafeBufferPointer<UInt16>, mask: Int) -> Int32? {
        let h = hash(text)
        let tag = h >> 32
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let slot = slots[i]
            if slot == empty { return nil }
            if slot >> 32 == tag {
                let id = Int(slot & 0xFFFF_FFFF)
                let s = Int(offsets[id]), e = Int(offsets[id + 1])
                if e - s == text.count && (text.count == 0 || memcmp(store.baseAddress! + s, text.baseAddress!, text.count * 2) == 0) {
                    return Int32(id)
                }
            }
            i = (i + 1) & mask
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

    /// Calls `body` with the UTF-16 units of an id, without building a `String`.
    public func withUnits<R>(of id: Int32, _ body: (UnsafeBufferPointer<UInt16>) throws -> R) rethrows -> R {
        let s = Int(offsets[Int(id)]), e = Int(offsets[Int(id) + 1])
        return try units.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[s..<e])) }
    }

    private mutating func place(_ id: Int32) {
        let s = Int(offsets[Int(id)]), e = Int(offsets[Int(id) + 1])
        let h = units.withUnsafeBufferPointer { Vocabulary.hash(UnsafeBufferPointer(rebasing: $0[s..<e])) }
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i] != Vocabulary.empty { i = (i + 1) & mask }
        slots[i] = (h >> 32) << 32 | UInt64(UInt32(id))
    }

    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: Vocabulary.empty, count: capacity)
        mask = capacity - 1
        for id in 0..<Int32(count) { place(id) }
    }
}
