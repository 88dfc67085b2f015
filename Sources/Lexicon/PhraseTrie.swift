/// Phrases as sequences of vocabulary ids, in a trie with `*` gap edges.
///
/// Matching walks the trie from every token: a plain edge consumes one token with that id, a gap
/// edge skips 0…`gapMax` tokens of the same clause. Every phrase found is reported (the caller
/// picks the longest non-overlapping ones), like spaCy's PhraseMatcher. Edges live in one
/// open-addressing table keyed by (node, id), so a step is a multiply and a probe or two.
struct PhraseTrie: Sendable {
    static let gap: Int32 = -2
    private static let empty = UInt64.max

    private var keys: [UInt64] = Array(repeating: PhraseTrie.empty, count: 1024)
    private var values: [Int32] = Array(repeating: 0, count: 1024)
    private var mask = 1023
    private var edgeCount = 0
    private var gapChild: [Int32] = [-1]
    /// Per node: the entries that end there (while building).
    private var terminal: [[Int32]] = [[]]
    /// Per vocabulary id: the root's child for it, or -1 (most tokens start no phrase; this
    /// answers without hashing).
    private(set) var rootChild: [Int32] = []
    /// Per node: where its entries start in ``flatEntries`` (one past the end for the last node).
    private(set) var entryStart: [Int32] = []
    private(set) var flatEntries: [Int32] = []

    var nodeCount: Int { gapChild.count }

    mutating func insert(_ ids: [Int32], entry: Int32) {
        var node: Int32 = 0
        for id in ids {
            if id == PhraseTrie.gap {
                if gapChild[Int(node)] < 0 { gapChild[Int(node)] = newNode() }
                node = gapChild[Int(node)]
            } else if let c = child(node, id) {
                node = c
            } else {
                let c = newNode()
                setChild(node, id, c)
                node = c
            }
        }
        terminal[Int(node)].append(entry)
    }

    /// Flattens the per-node entry lists and indexes the root's children; call once after the
    /// last insert, with the vocabulary's size.
    mutating func finalize(vocabularySize: Int) {
        rootChild = Array(repeating: -1, count: vocabularySize)
        for id in 0..<vocabularySize { if let c = child(0, Int32(id)) { rootChild[id] = c } }
        entryStart = []
        flatEntries = []
        entryStart.reserveCapacity(terminal.count + 1)
        for t in terminal {
            entryStart.append(Int32(flatEntries.count))
            flatEntries.append(contentsOf: t)
        }
        entryStart.append(Int32(flatEntries.count))
    }

    /// The entries of a node.
    @inline(__always)
    func entries(_ node: Int32) -> ArraySlice<Int32> {
        flatEntries[Int(entryStart[Int(node)])..<Int(entryStart[Int(node) + 1])]
    }

    @inline(__always)
    private func isTerminal(_ node: Int32) -> Bool { entryStart[Int(node) + 1] > entryStart[Int(node)] }

    private mutating func newNode() -> Int32 {
        gapChild.append(-1)
        terminal.append([])
        return Int32(gapChild.count - 1)
    }

    @inline(__always)
    private static func key(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32? {
        let k = PhraseTrie.key(node, id)
        var i = slot(k)
        while true {
            let x = keys[i]
            if x == k { return values[i] }
            if x == PhraseTrie.empty { return nil }
            i = (i + 1) & mask
        }
    }

    private mutating func setChild(_ node: Int32, _ id: Int32, _ value: Int32) {
        if (edgeCount + 1) * 2 > keys.count { grow() }
        let k = PhraseTrie.key(node, id)
        var i = slot(k)
        while keys[i] != PhraseTrie.empty { i = (i + 1) & mask }
        keys[i] = k
        values[i] = value
        edgeCount += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: PhraseTrie.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (i, k) in oldKeys.enumerated() where k != PhraseTrie.empty {
            var j = slot(k)
            while keys[j] != PhraseTrie.empty { j = (j + 1) & mask }
            keys[j] = k
            values[j] = oldValues[i]
        }
    }

    /// Every phrase occurrence starting at token `start` and ending within `limit` (the clause end).
    func matches(ids: UnsafeBufferPointer<Int32>, start: Int, limit: Int, gapMax: Int, into out: inout [PhraseMatch]) {
        guard start < limit else { return }
        let id = Int(ids[start])
        guard id >= 0, id < rootChild.count else { return }
        let first = rootChild[id]
        guard first >= 0 else { return }
        walk(first, pos: start + 1, start: start, ids: ids, limit: limit, gapMax: gapMax, gapStart: -1, gapEnd: -1, out: &out)
    }

    private func walk(_ node: Int32, pos: Int, start: Int, ids: UnsafeBufferPointer<Int32>, limit: Int, gapMax: Int,
                      gapStart: Int32, gapEnd: Int32, out: inout [PhraseMatch]) {
        var node = node
        var pos = pos
        while true {
            if isTerminal(node) {
                out.append(PhraseMatch(start: start, end: pos, node: node, gapStart: max(gapStart, 0), gapEnd: max(gapEnd, 0)))
            }
            let g = gapChild[Int(node)]
            if g >= 0 {
                var p = pos
                while p < limit && p - pos <= gapMax {
                    if ids[p] >= 0, let c = child(g, ids[p]) {
                        let gs = p > pos ? (gapStart < 0 ? Int32(pos) : gapStart) : gapStart
                        let ge = p > pos ? Int32(p) : gapEnd
                        walk(c, pos: p + 1, start: start, ids: ids, limit: limit, gapMax: gapMax, gapStart: gs, gapEnd: ge, out: &out)
                    }
                    p += 1
                }
            }
            guard pos < limit, ids[pos] >= 0, let c = child(node, ids[pos]) else { return }
            node = c
            pos += 1
        }
    }
}
