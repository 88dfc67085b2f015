/// A list of words that Chinese segmentation must keep whole, whatever ICU's dictionary says.
///
/// ICU's Chinese dictionary lacks e-commerce words: 发货, 退货, 客服, 性价比 and 好评 come out as
/// single characters, and it fuses negators and intensifiers into tokens (没收到, 太慢). With a
/// word list, ``TextAnalyzer`` re-segments every run of ideographic tokens by forward maximum
/// matching against these words, with ICU's boundaries as the fallback:
///
/// - at each position the longest listed word starting there becomes a token, even when it cuts
///   one of ICU's tokens (还没/收到 + `没收到` → 还/没收到);
/// - a one-character word cuts an ICU token only when a listed word starts right after it
///   (太慢 + `太`, `慢` → 太/慢), so listing 不 does not split 不错 unless 错 is listed too;
/// - elsewhere ICU's token stands, cut short only where a listed word starts inside it and
///   reaches or crosses its end.
///
/// Words are stored normalized (the caller normalizes them through the same pipeline as text),
/// in a character trie over UTF-16 units.
public struct DomainWords: Sendable {
    // Trie edges: key = node << 16 | unit, in an open-addressing table.
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private var edgeCount = 0
    /// Per node: 0, or the word's length in units when a word ends at this node.
    private var terminal: [Int32] = [0]
    /// Per node: true when the word ending there is a single character.
    private var single: [Bool] = [false]
    /// The number of words.
    public private(set) var count = 0
    /// The root's child for every UTF-16 unit (-1: no word starts with it): the first step of
    /// every walk is an array read, not a hash probe.
    private var rootChildren = [Int32](repeating: -1, count: 65536)

    /// An empty list.
    public init() {
        keys = Array(repeating: .max, count: 1024)
        values = Array(repeating: 0, count: 1024)
        mask = 1023
    }

    /// Adds a word given in normalized UTF-16 units. Empty words are ignored.
    public mutating func insert<C: Collection>(normalized word: C) where C.Element == UInt16 {
        guard !word.isEmpty else { return }
        var node: Int32 = 0
        for u in word {
            if let next = child(node, u) { node = next; continue }
            let next = Int32(terminal.count)
            terminal.append(0)
            single.append(false)
            setChild(node, u, next)
            if node == 0 { rootChildren[Int(u)] = next }
            node = next
        }
        if terminal[Int(node)] == 0 { count += 1 }
        terminal[Int(node)] = Int32(word.count)
        let scalars = String(decoding: Array(word), as: UTF16.self).unicodeScalars.count
        single[Int(node)] = scalars == 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    @inline(__always)
    func child(_ node: Int32, _ unit: UInt16) -> Int32? {
        let key = UInt64(node) << 16 | UInt64(unit)
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == .max { return nil }
            i = (i + 1) & mask
        }
    }

    private mutating func setChild(_ node: Int32, _ unit: UInt16, _ value: Int32) {
        if (edgeCount + 1) * 2 > keys.count { grow() }
        let key = UInt64(node) << 16 | UInt64(unit)
        var i = slot(key)
        while keys[i] != .max { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
        edgeCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, k) in oldKeys.enumerated() where k != .max {
            var j = slot(k)
            while keys[j] != .max { j = (j + 1) & mask }
            keys[j] = k
            values[j] = oldValues[i]
        }
    }

    /// The longest word starting at `start` and ending no later than `limit`: its length in
    /// units and whether it is a single character; nil when none.
    @inline(__always)
    func longest(in text: UnsafeBufferPointer<UInt16>, at start: Int, limit: Int) -> (length: Int, single: Bool)? {
        var node = rootChildren[Int(text[start])]
        guard node >= 0 else { return nil }
        var best: (Int, Bool)? = nil
        var i = start + 1
        let t0 = terminal[Int(node)]
        if t0 != 0 { best = (Int(t0), single[Int(node)]) }
        while i < limit, let next = child(node, text[i]) {
            node = next
            i += 1
            let t = terminal[Int(node)]
            if t != 0 { best = (Int(t), single[Int(node)]) }
        }
        return best
    }
}
