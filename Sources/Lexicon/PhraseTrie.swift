import ReviewText
/// Phrases as sequences of vocabulary ids, in a trie with `*` gap edges and number-slot edges.
///
/// Matching walks the trie from every token: a plain edge consumes one token with that id, a gap
/// edge skips 0…`gapMax` tokens of the same segment (`**`: `wideGapMax`, across commas), a number
/// edge consumes one number that fills its ``NumberSlot`` (the walk carries the last ``Quantity``
/// read). Every phrase found is reported (the caller picks the longest non-overlapping ones),
/// like spaCy's PhraseMatcher. While building, edges live in an open-addressing table keyed by
/// (node, id); for matching, each node's plain edges are sorted together, so that a hot node's
/// edges share cache lines.
struct PhraseTrie: Sendable {
    static let gap: Int32 = -2
    /// A `**` gap: up to `wideGapMax` tokens, across commas.
    static let wideGap: Int32 = -3
    private static let empty = UInt64.max

    private var keys: [UInt64] = Array(repeating: PhraseTrie.empty, count: 1024)
    private var values: [Int32] = Array(repeating: 0, count: 1024)
    private var mask = 1023
    private var edgeCount = 0
    private var gapChild: [Int32] = [-1]
    private var wideGapChild: [Int32] = [-1]
    /// Per node: its number-slot edges (while building).
    private var numberChildren: [[NumberEdge]] = [[]]
    /// Every number-slot edge, grouped by parent node (``Node/numberStart``).
    private var numberEdges: [NumberEdge] = []
    /// Per node: the entries that end there (while building).
    private var terminal: [[Int32]] = [[]]
    /// Per vocabulary id: the root's child for it, or -1 (most tokens start no phrase; this
    /// answers without hashing).
    private(set) var rootChild: [Int32] = []
    /// Per node: where its entries start in ``flatEntries`` (one past the end for the last node).
    private(set) var entryStart: [Int32] = []
    private(set) var flatEntries: [Int32] = []
    /// What a walk needs of each node, in one place.
    private var nodes: [Node] = []
    /// Every plain edge, grouped by parent node and sorted by id within it: a hot node's edges
    /// sit together in cache (a hash table would scatter them over the whole table).
    private var edges: [Edge] = []

    /// A node as the walk sees it.
    struct Node {
        /// Its plain edges: `edges[firstEdge..<edgeEnd]`.
        var firstEdge: Int32
        var edgeEnd: Int32
        var gapChild: Int32
        var wideGapChild: Int32
        /// The entries that end here: `flatEntries[entryStart..<entryEnd]`.
        var entryStart: Int32
        var entryEnd: Int32
        /// Its number-slot edges: `numberEdges[numberStart..<numberEnd]`.
        var numberStart: Int32
        var numberEnd: Int32
        /// The ``PhraseMatch/Kinds`` of the entries that end here (0: none do).
        var kinds: UInt8
    }

    /// An edge that consumes one number token, when the number fills its ``NumberSlot``.
    struct NumberEdge {
        var slot: NumberSlot
        var child: Int32
    }

    /// What the first step of a walk needs to know of the root's child for a vocabulary id, in 16
    /// bytes: the one-token phrase that ends there is reported without the child's ``Node``, which
    /// is fetched only when a gap or a second token follows.
    struct RootStep {
        /// The child, or -1 when no phrase starts with the id.
        var node: Int32
        /// The entries that end at the child: `flatEntries[entryStart..<entryEnd]`.
        var entryStart: Int32
        var entryEnd: Int32
        /// The ``PhraseMatch/Kinds`` of the entries that end at the child (0: none do).
        var kinds: UInt8
        /// Which ways on the child has, as ``Branch`` bits.
        var branches: UInt8

        /// Bits of ``branches``.
        enum Branch {
            static let plain: UInt8 = 1
            static let gaps: UInt8 = 2  // a `*` or a `**` gap
            static let numbers: UInt8 = 4  // a number slot
        }
    }
    /// Indexed by vocabulary id + 1 (row 0: a token without an id).
    private var rootSteps: [RootStep] = []
    /// What the first pass over a text's tokens needs of ``rootSteps``, in one byte per row (the
    /// table stays in the L1 cache): bit 0, a phrase ends at the root's child or a gap follows it
    /// (a walk is due whatever comes next); bit 1, plain edges go on from it (a walk is due when
    /// the pair filter lets the next token through).
    private var rootFlags: [UInt8] = []
    /// The first two tokens of every phrase that starts with two plain tokens.
    private var rootPairs = PairFilter(pairs: 0)

    struct Edge {
        var id: Int32
        var child: Int32
    }

    var nodeCount: Int { gapChild.count }

    mutating func insert(_ ids: [Int32], entry: Int32) {
        var node: Int32 = 0
        for id in ids {
            if id == PhraseTrie.gap {
                if gapChild[Int(node)] < 0 { gapChild[Int(node)] = newNode() }
                node = gapChild[Int(node)]
            } else if id == PhraseTrie.wideGap {
                if wideGapChild[Int(node)] < 0 { wideGapChild[Int(node)] = newNode() }
                node = wideGapChild[Int(node)]
            } else if let slot = NumberSlot.of(id: id) {
                if let e = numberChildren[Int(node)].first(where: { $0.slot == slot }) {
                    node = e.child
                } else {
                    let c = newNode()
                    numberChildren[Int(node)].append(NumberEdge(slot: slot, child: c))
                    node = c
                }
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
    mutating func finalize(vocabularySize: Int, kinds: (Int32) -> UInt8, fillsSlot: (Int32) -> Bool = { _ in false }) {
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
        var all: [(parent: Int32, edge: Edge)] = []
        for (i, k) in keys.enumerated() where k != PhraseTrie.empty {
            all.append((Int32(truncatingIfNeeded: k >> 32), Edge(id: Int32(truncatingIfNeeded: k), child: values[i])))
        }
        all.sort { $0.parent != $1.parent ? $0.parent < $1.parent : $0.edge.id < $1.edge.id }
        edges = all.map(\.edge)
        numberEdges = []
        nodes = (0..<gapChild.count).map { n in
            let numberStart = Int32(numberEdges.count)
            numberEdges.append(contentsOf: numberChildren[n])
            return Node(firstEdge: 0, edgeEnd: 0, gapChild: gapChild[n], wideGapChild: wideGapChild[n], entryStart: entryStart[n], entryEnd: entryStart[n + 1],
                        numberStart: numberStart, numberEnd: Int32(numberEdges.count), kinds: terminal[n].reduce(0) { $0 | kinds($1) })
        }
        var e = 0
        for n in 0..<nodes.count {
            nodes[n].firstEdge = Int32(e)
            while e < all.count && all[e].parent == Int32(n) { e += 1 }
            nodes[n].edgeEnd = Int32(e)
        }
        // Row 0 stands for tokens without an id (-1): no phrase starts there.
        let none = RootStep(node: -1, entryStart: 0, entryEnd: 0, kinds: 0, branches: 0)
        rootSteps = [none] + rootChild.map { c in
            guard c >= 0 else { return none }
            let n = nodes[Int(c)]
            let plain = n.edgeEnd > n.firstEdge ? RootStep.Branch.plain : 0
            let gaps = n.gapChild >= 0 || n.wideGapChild >= 0 ? RootStep.Branch.gaps : 0
            let numbers = n.numberEnd > n.numberStart ? RootStep.Branch.numbers : 0
            return RootStep(node: c, entryStart: n.entryStart, entryEnd: n.entryEnd, kinds: n.kinds, branches: plain | gaps | numbers)
        }
        // A slot after the first word is asked like a second plain token: through the pair filter,
        // with every id a number or colour can have — -1 (most are in no phrase) and the
        // vocabulary's own numbers and colours (一, two, black) — so that "only" before a word
        // starts no walk.
        rootFlags = rootSteps.map { step in
            (step.kinds != 0 || step.branches & RootStep.Branch.gaps != 0 ? 1 : 0)
                | (step.branches & (RootStep.Branch.plain | RootStep.Branch.numbers) != 0 ? 2 : 0)
        }
        let numberIDs = [-1] + (0..<Int32(vocabularySize)).filter(fillsSlot)
        rootPairs = PairFilter(pairs: rootChild.reduce(0) { $1 < 0 ? $0 : $0 + Int(nodes[Int($1)].edgeEnd - nodes[Int($1)].firstEdge) }
                                   + numberIDs.count * rootChild.count { $0 >= 0 && nodes[Int($0)].numberEnd > nodes[Int($0)].numberStart })
        for (id, c) in rootChild.enumerated() where c >= 0 {
            for e in edges[Int(nodes[Int(c)].firstEdge)..<Int(nodes[Int(c)].edgeEnd)] { rootPairs.insert(Int32(id), e.id) }
            if nodes[Int(c)].numberEnd > nodes[Int(c)].numberStart {
                for n in numberIDs { rootPairs.insert(Int32(id), Int32(n)) }
            }
        }
    }

    /// The entries of a node.
    @inline(__always)
    func entries(_ node: Int32) -> ArraySlice<Int32> {
        flatEntries[Int(entryStart[Int(node)])..<Int(entryStart[Int(node) + 1])]
    }

    private mutating func newNode() -> Int32 {
        gapChild.append(-1)
        wideGapChild.append(-1)
        numberChildren.append([])
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

    /// Every phrase occurrence inside each segment (the tokens between two punctuation marks)
    /// (``Lexicon/scanMatches(_:ids:ones:into:)``): the one-token phrases into `ones` (room for
    /// one per token; their count is returned), the longer ones appended to `out`, each in order of
    /// start token; a `**` gap may reach into the next segments of the same sentence.
    func scan(ids: UnsafeBufferPointer<Int32>, segments: UnsafeBufferPointer<Range<Int>>, tokens: UnsafeBufferPointer<Token>,
              normalized: UnsafeBufferPointer<UInt16>, gapMax: Int, wideGapMax: Int, ones: UnsafeMutablePointer<TokenMatch>,
              into out: inout [PhraseMatch]) -> Int {
        var onesCount = 0
        rootSteps.withUnsafeBufferPointer { root in
            nodes.withUnsafeBufferPointer { nodes in
                edges.withUnsafeBufferPointer { edges in
                    rootPairs.withWords { pairWords in
                    rootFlags.withUnsafeBufferPointer { rootFlags in
                    numberEdges.withUnsafeBufferPointer { numberEdges in
                    withUnsafeTemporaryAllocation(of: Int32.self, capacity: ids.count) { starts in
                    let walker = Walker(nodes: nodes, edges: edges, numberEdges: numberEdges, ids: ids, segments: segments, tokens: tokens, normalized: normalized,
                                        gapMax: gapMax, wideGapMax: wideGapMax)
                    // Phrases that start with a number slot (`<n> pack ** only <less>`): a walk from
                    // every number token (digits; a number word there has no phrase of its own).
                    let numberRoot: UInt8 = nodes[0].numberEnd > nodes[0].numberStart ? 1 : 0
                    for k in 0..<segments.count {
                        let segment = segments[k]
                        // First, without a branch per token, the tokens where a walk may find
                        // something: a phrase ends at the root's child, a gap follows it, or the
                        // pair filter lets the next token through (most tokens are none of these).
                        // (At the segment's last token the pair is the token with itself: a
                        // "maybe" there costs a look, never a match.)
                        var count = 0
                        let last = segment.upperBound - 1
                        for start in segment {
                            let id = max(ids[start], -1)
                            let row = Int(id) + 1
                            let f = rootFlags[row < rootFlags.count ? row : 0]
                            let pair = rootPairs.bit(id, ids[min(start + 1, last)], in: pairWords)
                            let number = numberRoot & (tokens[start].kind == .number ? 1 : 0)
                            starts[count] = Int32(truncatingIfNeeded: start)
                            count &+= Int((f | (f >> 1 & pair) | number) & 1)
                        }
                        for c in 0..<count {
                            let start = Int(starts[c])
                            let id = ids[start]
                            let step = root[Int(id) + 1]  // in bounds: the pass above chose the token
                            // The first step of the walk, inline: most tokens end here. (Written
                            // unconditionally, counted when a phrase ends: no branch to mispredict.)
                            ones[onesCount] = TokenMatch(start: Int32(truncatingIfNeeded: start), node: step.node,
                                                         entryStart: step.entryStart, entryEnd: step.entryEnd, kinds: step.kinds)
                            onesCount &+= step.kinds != 0 ? 1 : 0
                            if step.branches & RootStep.Branch.gaps != 0 {
                                let info = nodes[Int(step.node)]
                                if info.gapChild >= 0 {
                                    walker.gaps(info.gapChild, pos: start + 1, start: start, segment: k, gapStart: -1, gapEnd: -1, last: SlotMemory.none, out: &out)
                                }
                                if info.wideGapChild >= 0 {
                                    walker.wideGaps(info.wideGapChild, pos: start + 1, start: start, segment: k, gapStart: -1, gapEnd: -1, last: SlotMemory.none, out: &out)
                                }
                            }
                            if step.branches & RootStep.Branch.numbers != 0 {
                                walker.numbers(nodes[Int(step.node)], pos: start + 1, start: start, segment: k, gapStart: -1, gapEnd: -1, last: SlotMemory.none, out: &out)
                            }
                            if numberRoot != 0 && tokens[start].kind == .number {
                                walker.numbers(nodes[0], pos: start, start: start, segment: k, gapStart: -1, gapEnd: -1, last: SlotMemory.none, out: &out)
                            }
                            let pos = start + 1
                            guard step.branches & RootStep.Branch.plain != 0, pos < segment.upperBound else { continue }
                            let next = ids[pos]
                            guard next >= 0, rootPairs.mayContain(id, next, in: pairWords),
                                  let c = walker.child(nodes[Int(step.node)], next) else { continue }
                            walker.walk(c, nodes[Int(c)], pos: pos + 1, start: start, segment: k, gapStart: -1, gapEnd: -1, last: SlotMemory.none, out: &out)
                        }
                    }
                    }
                    }
                    }
                    }
                }
            }
        }
        return onesCount
    }

    /// The walk over borrowed buffers: no retains, no copy-on-write checks in the loop.
    private struct Walker {
        let nodes: UnsafeBufferPointer<Node>
        let edges: UnsafeBufferPointer<Edge>
        let numberEdges: UnsafeBufferPointer<NumberEdge>
        let ids: UnsafeBufferPointer<Int32>
        let segments: UnsafeBufferPointer<Range<Int>>
        let tokens: UnsafeBufferPointer<Token>
        let normalized: UnsafeBufferPointer<UInt16>
        let gapMax: Int
        let wideGapMax: Int

        /// The child of a node for an id: a short scan for few edges, else a binary search.
        @inline(__always)
        func child(_ info: Node, _ id: Int32) -> Int32? {
            var lo = Int(info.firstEdge), hi = Int(info.edgeEnd)
            while hi - lo > 8 {
                let mid = (lo + hi) / 2
                if edges[mid].id < id { lo = mid + 1 } else { hi = mid + 1 }
            }
            while lo < hi {
                let e = edges[lo]
                if e.id >= id { return e.id == id ? e.child : nil }
                lo += 1
            }
            return nil
        }

        /// The walks on from a `*` gap node `g`: the gap skips 0…`gapMax` tokens from `pos` inside segment `k`.
        func gaps(_ g: Int32, pos: Int, start: Int, segment k: Int, gapStart: Int32, gapEnd: Int32, last: SlotMemory, out: inout [PhraseMatch]) {
            let gapInfo = nodes[Int(g)]
            let limit = segments[k].upperBound
            var p = pos
            while p < limit && p - pos <= gapMax {
                afterGap(gapInfo, at: p, gapFrom: pos, start: start, segment: k, gapStart: gapStart, gapEnd: gapEnd, last: last, out: &out)
                p += 1
            }
        }

        /// The walks on from a gap node when its gap, begun at `pos`, ends before token `p`: through
        /// its plain edges and its number slots. (A gap spans the tokens skipped by all its gaps.)
        @inline(__always)
        func afterGap(_ gapInfo: Node, at p: Int, gapFrom pos: Int, start: Int, segment k: Int, gapStart: Int32, gapEnd: Int32,
                      last: SlotMemory, out: inout [PhraseMatch]) {
            let gs = p > pos ? (gapStart < 0 ? Int32(pos) : gapStart) : gapStart
            let ge = p > pos ? Int32(p) : gapEnd
            if ids[p] >= 0, let c = child(gapInfo, ids[p]) {
                walk(c, nodes[Int(c)], pos: p + 1, start: start, segment: k, gapStart: gs, gapEnd: ge, last: last, out: &out)
            }
            if gapInfo.numberEnd > gapInfo.numberStart {
                numbers(gapInfo, pos: p, start: start, segment: k, gapStart: gs, gapEnd: ge, last: last, out: &out)
            }
        }

        /// The walks on through a node's number and colour slots when the token at `pos` fills them.
        func numbers(_ info: Node, pos: Int, start: Int, segment k: Int, gapStart: Int32, gapEnd: Int32, last: SlotMemory, out: inout [PhraseMatch]) {
            let limit = segments[k].upperBound
            guard pos < limit else { return }
            // Read at most once each, and only when an edge asks (most tokens are neither).
            var number: Quantity?? = nil
            var color: Int32?? = nil
            for e in numberEdges[Int(info.numberStart)..<Int(info.numberEnd)] {
                var next = last
                if e.slot.isColor {
                    if color == nil {
                        let t = tokens[pos]
                        color = .some(ColorWord.id(UnsafeBufferPointer(rebasing: normalized[Int(t.start)..<Int(t.end)])))
                    }
                    guard let c = color!, e.slot.accepts(color: c, after: last.color) else { continue }
                    next.color = c
                } else {
                    if number == nil { number = .some(NumberSlot.quantity(at: pos, limit: limit, tokens: tokens, normalized: normalized)) }
                    guard let q = number!, e.slot.accepts(q, after: last.number) else { continue }
                    next.number = q
                }
                walk(e.child, nodes[Int(e.child)], pos: pos + 1, start: start, segment: k, gapStart: gapStart, gapEnd: gapEnd, last: next, out: &out)
            }
        }

        /// The walks on from a `**` gap node `g`: 0…`wideGapMax` tokens from `pos`, across the
        /// punctuation between segments but not past a sentence end; the words after the gap stay in
        /// the segment they start in.
        func wideGaps(_ g: Int32, pos: Int, start: Int, segment k: Int, gapStart: Int32, gapEnd: Int32, last: SlotMemory, out: inout [PhraseMatch]) {
            let gapInfo = nodes[Int(g)]
            var seg = k
            var p = pos
            while p - pos <= wideGapMax {
                if p >= segments[seg].upperBound {
                    // Into the next segment, unless a sentence ends between them.
                    guard seg + 1 < segments.count,
                          !AnalyzedText.endsSentence(normalized, from: Int(tokens[segments[seg].upperBound - 1].end),
                                                     to: Int(tokens[segments[seg + 1].lowerBound].start)) else { return }
                    seg += 1
                    continue
                }
                afterGap(gapInfo, at: p, gapFrom: pos, start: start, segment: seg, gapStart: gapStart, gapEnd: gapEnd, last: last, out: &out)
                p += 1
            }
        }

        func walk(_ node: Int32, _ info: Node, pos: Int, start: Int, segment k: Int, gapStart: Int32, gapEnd: Int32, last: SlotMemory, out: inout [PhraseMatch]) {
            var node = node
            var info = info
            var pos = pos
            let limit = segments[k].upperBound
            while true {
                if info.kinds != 0 {
                    out.append(PhraseMatch(start: start, end: pos, node: node, gapStart: max(gapStart, 0), gapEnd: max(gapEnd, 0),
                                           kinds: info.kinds, entries: info.entryStart..<info.entryEnd))
                }
                if info.gapChild >= 0 {
                    gaps(info.gapChild, pos: pos, start: start, segment: k, gapStart: gapStart, gapEnd: gapEnd, last: last, out: &out)
                }
                if info.wideGapChild >= 0 {
                    wideGaps(info.wideGapChild, pos: pos, start: start, segment: k, gapStart: gapStart, gapEnd: gapEnd, last: last, out: &out)
                }
                if info.numberEnd > info.numberStart {
                    numbers(info, pos: pos, start: start, segment: k, gapStart: gapStart, gapEnd: gapEnd, last: last, out: &out)
                }
                guard pos < limit, ids[pos] >= 0, let c = child(info, ids[pos]) else { return }
                node = c
                info = nodes[Int(c)]
                pos += 1
            }
        }
    }
}
