/// Gives each distinct byte string (a SKU, a state, a carrier) a small dense id, without making a
/// `String` per row: bytes are hashed and compared in place, and only new values are copied.
///
///     var states = ByteInterner()
///     states.intern(bytesOf: "CA")   // 0
///     states.intern(bytesOf: "TX")   // 1
///     states.intern(bytesOf: "CA")   // 0
public struct ByteInterner: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Int32] = [Int32](repeating: -1, count: 64)
    private var hashes: [UInt64] = []

    /// An empty interner.
    public init() {}

    /// The number of distinct values.
    public var count: Int { hashes.count }

    /// The value with id `id`.
    public func string(_ id: Int) -> String {
        String(decoding: arena[starts[id]..<starts[id + 1]], as: UTF8.self)
    }

    /// Every value, by id.
    public var strings: [String] { (0..<count).map(string) }

    /// The id of `p`, adding it when new.
    @inline(__always)
    public mutating func intern(_ p: UnsafeBufferPointer<UInt8>) -> Int32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in p { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
        while true {
            let id = slots[i]
            if id < 0 { break }
            if hashes[Int(id)] == h && equal(Int(id), p) { return id }
            i = (i + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(h)
        arena.append(contentsOf: p)
        starts.append(arena.count)
        slots[i] = id
        if hashes.count * 2 > slots.count { rehash() }
        return id
    }

    /// The id of `text`, adding it when new.
    public mutating func intern(_ text: String) -> Int32 {
        var copy = text
        return copy.withUTF8 { intern($0) }
    }

    private func equal(_ id: Int, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = starts[id], e = starts[id + 1]
        guard e - s == p.count else { return false }
        var k = 0
        while k < p.count {
            if arena[s + k] != p[k] { return false }
            k += 1
        }
        return true
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h ^ (h >> 32)) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(id)
        }
    }
}
