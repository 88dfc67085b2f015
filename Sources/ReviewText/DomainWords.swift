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
    // Trie edges in an open-addressing table, one word per edge: (node << 16 | unit) << 24 | child,
    // so that a probe reads eight bytes (the table of a full lexicon stays small in cache).
    private var slots: [UInt64]
    private var mask: Int
    private var edgeCount = 0
    /// Per node: 0, or the length in units of the word that ends at this node — negative when
    /// that word is a single character (one array read tells both).
    private var ends: [Int32] = [0]

    /// Bit per node: whether any edge leaves it (a walk stops at a leaf without a probe).
    private var hasChildren: [UInt64] = [0]
    /// The first and second characters of the words: most characters start a word but are not
    /// followed by its second, and this answers that from a small table. (Sized for 32 768 pairs,
    /// 64 KB: words are added one by one, and more only make "maybe" likelier.)
    private var pairs = PairFilter(pairs: 1 << 15)

    private static let emptySlot = UInt64.max
    /// Nodes are numbered below 2²⁴ (a slot holds the child in its low 24 bits).
    private static let maxNodes = 1 << 24
    /// The number of words.
    public private(set) var count = 0
    /// The root's child for every UTF-16 unit (-1: no word starts with it): the first step of
    /// every walk is an array read, not a hash probe.
    private var rootChildren = [Int32](repeating: -1, count: 65536)

    /// An empty list.
    public init() {
        slots = Array(repeating: Self.emptySlot, count: 1024)
        mask = 1023
    }

    /// Adds a word given in normalized UTF-16 units. Empty words are ignored.
    public mutating func insert<C: Collection>(normalized word: C) where C.Element == UInt16 {
        insert(units: Array(word))
    }

    private mutating func insert(units word: [UInt16]) {
        guard !word.isEmpty else { return }
        var node: Int32 = 0
        var previous: UInt16 = 0
        for (k, u) in word.enumerated() {
            if k == 1 { pairs.insert(Int32(previous), Int32(u)) }
            previous = u
            if let next = child(node, u) { node = next; continue }
            let next = Int32(ends.count)
            precondition(ends.count < Self.maxNodes, "too many domain-word characters")
            ends.append(0)
            if ends.count > hasChildren.count * 64 { hasChildren.append(0) }
            hasChildren[Int(node) >> 6] |= 1 << UInt64(node & 63)
            setChild(node, u, next)
            if node == 0 { rootChildren[Int(u)] = next }
            node = next
        }
        if ends[Int(node)] == 0 { count += 1 }
        let oneCharacter = word.count == 1 || (word.count == 2 && UTF16.isLeadSurrogate(word[0]) && UTF16.isTrailSurrogate(word[1]))
        ends[Int(node)] = oneCharacter ? -Int32(word.count) : Int32(word.count)
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
            let s = slots[i]
            if s == Self.emptySlot { return nil }
            if s >> 24 == key { return Int32(truncatingIfNeeded: s & 0xFF_FFFF) }
            i = (i + 1) & mask
        }
    }

    private mutating func setChild(_ node: Int32, _ unit: UInt16, _ value: Int32) {
        if (edgeCount + 1) * 2 > slots.count { grow() }
        let key = UInt64(node) << 16 | UInt64(unit)
        var i = slot(key)
        while slots[i] != Self.emptySlot { i = (i + 1) & mask }
        slots[i] = key << 24 | UInt64(value)
        edgeCount += 1
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.emptySlot, count: old.count * 2)
        mask = slots.count - 1
        for s in old where s != Self.emptySlot {
            var j = slot(s >> 24)
            while slots[j] != Self.emptySlot { j = (j + 1) & mask }
            slots[j] = s
        }
    }

    /// For each of the `count` positions from `start`, the longest word starting there and ending
    /// no later than `limit`, appended to `out` as its length in units, negative for a
    /// one-character word, 0 for none (and for the low half of a surrogate pair).
    ///
    /// One call per run of Chinese text, over borrowed buffers: no bounds checks or retains per character.
    func longestWords(in text: UnsafeBufferPointer<UInt16>, from start: Int, to limit: Int, count: Int, into out: inout [Int32]) {
        rootChildren.withUnsafeBufferPointer { root in
        ends.withUnsafeBufferPointer { ends in
        slots.withUnsafeBufferPointer { slots in
        hasChildren.withUnsafeBufferPointer { hasChildren in
        pairs.withWords { pairWords in
                    for q in start..<start + count {
                        let u = text[q]
                        if u & 0xFC00 == 0xDC00 { out.append(0); continue }
                        var node = root[Int(u)]
                        guard node >= 0 else { out.append(0); continue }
                        var best = ends[Int(node)]
                        var i = q + 1
                        if i < limit {
                            if !pairs.mayContain(Int32(u), Int32(text[i]), in: pairWords) { out.append(best); continue }
                        }
                        walk: while i < limit {
                            guard hasChildren[Int(node) >> 6] & (1 << UInt64(node & 63)) != 0 else { break }
                            let key = UInt64(node) << 16 | UInt64(text[i])
                            var k = slot(key)
                            while true {
                                let s = slots[k]
                                if s == DomainWords.emptySlot { break walk }
                                if s >> 24 == key { node = Int32(truncatingIfNeeded: s & 0xFF_FFFF); break }
                                k = (k + 1) & mask
                            }
                            i += 1
                            let t = ends[Int(node)]
                            if t != 0 { best = t }
                        }
                        out.append(best)
                    }
        }
        }
        }
        }
        }
    }
}
