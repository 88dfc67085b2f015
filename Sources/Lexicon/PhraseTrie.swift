/// Phrases as sequences of vocabulary ids, in a trie with `*` gap edges.
///
/// Matching walks the trie from every token: a plain edge consumes one token with that id, a gap
/// edge skips 0…`gapMax` tokens of the same clause. Every phrase found is reported (the caller
/// picks the longest non-overlapping ones), like spaCy's PhraseMatcher.
struct PhraseTrie: Sendable {
    static let gap: Int32 = -2

    private var edges: [UInt64: Int32] = [:]
    private var gapChild: [Int32] = [-1]
    private var terminal: [Int32: [Int32]] = [:]

    var nodeCount: Int { gapChild.count }

    mutating func insert(_ ids: [Int32], entry: Int32) {
        var node: Int32 = 0
        for id in ids {
            if id == PhraseTrie.gap {
                if gapChild[Int(node)] < 0 { gapChild[Int(node)] = newNode() }
                node = gapChild[Int(node)]
            } else {
                let key = PhraseTrie.key(node, id)
                if let c = edges[key] { node = c } else {
                    let c = newNode()
                    edges[key] = c
                    node = c
                }
            }
        }
        terminal[node, default: []].append(entry)
    }

    private mutating func newNode() -> Int32 {
        gapChild.append(-1)
        return Int32(gapChild.count - 1)
    }

    @inline(__always)
    static func key(_ node: Int32, _ id: Int32) -> UInt64 { UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id)) }

    /// Every phrase occurrence starting at token `start` and ending within `limit` (the clause end).
    func matches(ids: [Int32], start: Int, limit: Int, gapMax: Int, into out: inout [PhraseMatch]) {
        guard start < limit, ids[start] >= 0, let first = edges[PhraseTrie.key(0, ids[start])] else { return }
        walk(first, pos: start + 1, start: start, ids: ids, limit: limit, gapMax: gapMax, gaps: [], out: &out)
    }

    private func walk(_ node: Int32, pos: Int, start: Int, ids: [Int32], limit: Int, gapMax: Int,
                      gaps: [Range<Int>], out: inout [PhraseMatch]) {
        if let entries = terminal[node] { out.append(PhraseMatch(start: start, end: pos, entries: entries, gaps: gaps)) }
        if pos < limit, ids[pos] >= 0, let c = edges[PhraseTrie.key(node, ids[pos])] {
            walk(c, pos: pos + 1, start: start, ids: ids, limit: limit, gapMax: gapMax, gaps: gaps, out: &out)
        }
        let g = gapChild[Int(node)]
        if g >= 0 {
            var p = pos
            while p < limit && p - pos <= gapMax {
                if ids[p] >= 0, let c = edges[PhraseTrie.key(g, ids[p])] {
                    walk(c, pos: p + 1, start: start, ids: ids, limit: limit, gapMax: gapMax,
                         gaps: p > pos ? gaps + [pos..<p] : gaps, out: &out)
                }
                p += 1
            }
        }
    }
}
