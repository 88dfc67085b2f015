import Foundation
import Lexicon
import ReviewText

/// Maps a buyer's text to the defect categories it reports and to a sentiment, with evidence.
///
/// Per field (title, text, follow-up): analyze the text, find every lexicon phrase, keep the
/// longest non-overlapping ones, then decide each defect phrase — blocked when a negator stands
/// within ``Rules/negationWindow`` tokens before it in its clause or inside its gap, when a
/// hypothetical or wish marker precedes it in its clause, or when a stop phrase for its category
/// overlaps it — and add up sentiment VADER-style (negation, degree words, contrast, caps,
/// stretching, exclamation marks, emoji).
///
/// Holds a text analyzer: use one classifier per thread.
public final class Classifier {
    /// The lexicon it classifies with.
    public let lexicon: Lexicon
    private let analyzer: TextAnalyzer
    /// Scratch arrays, reused between texts (moved out for a review and back, so that the hot
    /// loops work on unique locals: no copies, no exclusivity checks on every access).
    @exclusivity(unchecked) private var scratch = Scratch()
    /// ``Lexicon/negatorPrefixes``, as a short list (scanned faster than a set is hashed).
    private let negatorPrefixes: [UInt16]
    /// `degree_decay` to the powers 0 ..< `degree_window` (a degree word's weight by distance).
    private let decayPowers: [Double]

    struct Scratch {
        /// The phrases of two tokens or more, in order of start token.
        var long: [PhraseMatch] = []
        var stops: [(PhraseMatch, Int?)] = []
    }
    /// Per token, one byte of ``Flag``s, a degree factor, the one-token phrase found there (the
    /// first `onesCount` entries) and the selected phrases; per phrase of two tokens or more,
    /// whether it was chosen and its sort key (length descending, start, index). Raw memory,
    /// grown as needed and reused: these are written and read in the hot loops, where arrays
    /// would add a uniqueness and a capacity check to every write. (Unchecked exclusivity: only
    /// this classifier's own thread touches them, through `reserve` and the field classifier.)
    @exclusivity(unchecked) private var tokenCapacity = 0
    @exclusivity(unchecked) private var flagsBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 0)
    @exclusivity(unchecked) private var degreeBuffer = UnsafeMutablePointer<Double>.allocate(capacity: 0)
    @exclusivity(unchecked) private var onesBuffer = UnsafeMutablePointer<TokenMatch>.allocate(capacity: 0)
    @exclusivity(unchecked) private var selectedBuffer = UnsafeMutablePointer<PhraseMatch>.allocate(capacity: 0)
    @exclusivity(unchecked) private var matchCapacity = 0
    @exclusivity(unchecked) private var chosenBuffer = UnsafeMutablePointer<Bool>.allocate(capacity: 0)
    @exclusivity(unchecked) private var orderBuffer = UnsafeMutablePointer<UInt64>.allocate(capacity: 0)

    deinit {
        flagsBuffer.deallocate()
        degreeBuffer.deallocate()
        onesBuffer.deallocate()
        selectedBuffer.deallocate()
        chosenBuffer.deallocate()
        orderBuffer.deallocate()
    }

    /// Room for `tokens` tokens in the per-token buffers.
    private func reserve(tokens: Int) {
        guard tokens > tokenCapacity else { return }
        tokenCapacity = max(tokens, 2 * tokenCapacity, 256)
        flagsBuffer.deallocate()
        degreeBuffer.deallocate()
        onesBuffer.deallocate()
        selectedBuffer.deallocate()
        flagsBuffer = .allocate(capacity: tokenCapacity)
        degreeBuffer = .allocate(capacity: tokenCapacity)
        onesBuffer = .allocate(capacity: tokenCapacity)
        // (The merge writes every candidate at the count so far and counts it when it wins: the
        // count reaches n only with the last token's own phrase; one slot more spares that argument.)
        selectedBuffer = .allocate(capacity: tokenCapacity + 1)
    }

    /// Room for `matches` phrases of two tokens or more in the per-match buffers.
    private func reserve(matches: Int) {
        guard matches > matchCapacity else { return }
        matchCapacity = max(matches, 2 * matchCapacity, 64)
        chosenBuffer.deallocate()
        orderBuffer.deallocate()
        chosenBuffer = .allocate(capacity: matchCapacity)
        orderBuffer = .allocate(capacity: matchCapacity)
    }

    /// Bits of the per-token flags.
    private enum Flag {
        static let taken: UInt8 = 1         // a selected phrase covers the token
        static let literal: UInt8 = 2       // a selected phrase spells the token (not its gap)
        static let negator: UInt8 = 4       // a negator ends at the token
        static let hypothetical: UInt8 = 8  // a hypothetical or wish marker starts at the token
        static let question: UInt8 = 16     // an A-not-A question starts at the token (its A counts nothing either)
        static let sentiment: UInt8 = 32    // a Chinese sentiment word ends at the token: a negator before it is its own
        static let degreeWord: UInt8 = 64   // a word that is also a sentiment word starts here and is a degree word here (好慢)
        static let elsewhere: UInt8 = 128   // a mention of another seller or shop starts at the token
    }

    /// Creates a classifier for a lexicon.
    public init(lexicon: Lexicon) throws {
        self.lexicon = lexicon
        analyzer = try lexicon.makeAnalyzer()
        negatorPrefixes = lexicon.negatorPrefixes.sorted()
        decayPowers = (0..<max(lexicon.rules.degreeWindow, 0)).map { pow(lexicon.rules.degreeDecay, Double($0)) }
    }

    /// Classifies a single text (as the review's body).
    public func classify(text: String) -> Classification { classify(ReviewInput(text: text)) }

    /// Classifies a review. With `trace`, every decision is recorded in ``Classification/trace``.
    public func classify(_ input: ReviewInput, trace: Bool = false) -> Classification {
        var acc = Accumulator(categoryCount: lexicon.categories.count, trace: trace)
        var scratch = self.scratch
        self.scratch = Scratch()
        defer { self.scratch = scratch }
        // The fields in reading order (no array of them is built: this runs per review).
        if let s = input.title, !s.isEmpty { classifyField(.title, analyzer.analyze(s), &acc, &scratch) }
        if let s = input.text, !s.isEmpty { classifyField(.text, analyzer.analyze(s), &acc, &scratch) }
        if let s = input.followup, !s.isEmpty { classifyField(.followup, analyzer.analyze(s), &acc, &scratch) }
        return acc.finish(lexicon: lexicon, rating: input.rating)
    }

    private func classifyField(_ field: Field, _ t: AnalyzedText, _ acc: inout Accumulator, _ scratch: inout Scratch) {
        let rules = lexicon.rules
        acc.hanTokens += t.hanTokens
        acc.latinTokens += t.letterTokens
        acc.kanaTokens += t.kanaTokens
        guard !t.tokens.isEmpty else { return }
        let (ids, stretched) = lexicon.matchIDs(t)
        if acc.tracing { traceTokens(field, t, &acc) }
        let matchPayloads = lexicon.matchPayloads
        let matchEntries = lexicon.matchEntries
        let n = t.tokens.count
        reserve(tokens: n)
        // One-token phrases apart (most matches): they need no sort, since a one-token phrase
        // can only lose its token to a longer one.
        let onesCount = lexicon.scanMatches(t, ids: ids, ones: onesBuffer, into: &scratch.long)
        let long = scratch.long
        if onesCount == 0 && long.isEmpty { return }
        reserve(matches: long.count)
        let ones = UnsafeBufferPointer(start: onesBuffer, count: onesCount)

        // Stop phrases block (rare: collected in text order only when one occurs).
        scratch.stops.removeAll(keepingCapacity: true)
        var anyStop: UInt8 = 0
        for o in ones { anyStop |= o.kinds }
        for m in long { anyStop |= m.kinds }
        if anyStop & PhraseMatch.Kinds.stop != 0 { collectStops(ones, long, &scratch.stops) }

        // Everything else competes for tokens, longest first (ties: the earlier start, then the
        // earlier match), through one sort of packed integer keys — of the longer phrases only:
        // a one-token phrase then gets its token when no longer phrase took it.
        // Keys pack (0xFFFF − length) << 48 | start << 24 | index; longer texts sort indexes instead.
        let packed = long.count < 1 << 24 && n < 1 << 24
        var orderCount = 0
        for (k, m) in long.enumerated() where m.kinds & PhraseMatch.Kinds.nonStop != 0 {
            orderBuffer[orderCount] = packed ? UInt64(0xFFFF - min(m.length, 0xFFFF)) << 48 | UInt64(m.start) << 24 | UInt64(k) : UInt64(k)
            orderCount += 1
        }
        // Matches never reach past the last token (n), so every index below is in bounds.
        let flags = UnsafeMutableBufferPointer(start: flagsBuffer, count: n)
        let degreeAt = UnsafeMutableBufferPointer(start: degreeBuffer, count: n)
        let chosen = UnsafeMutableBufferPointer(start: chosenBuffer, count: long.count)
        var order = UnsafeMutableBufferPointer(start: orderBuffer, count: orderCount)
        if orderCount > 1 {
            if packed {
                order.sort()
            } else {
                order.sort { a, b in
                    let x = long[Int(a)], y = long[Int(b)]
                    return x.length != y.length ? x.length > y.length : x.start != y.start ? x.start < y.start : a < b
                }
            }
        }
        let stops = scratch.stops
        // Longer defect phrases a stop phrase blocks give their tokens back (rare: empty unless a
        // stop phrase blocked one): "only 2 of the 12 glasses arrived broken" is no missing part,
        // and "arrived broken", which it shadowed, then counts.
        var released: [Bool] = []
        var selectedCount = 0
        var clauses = t.clauses
        var contrastStart = -1
        var concessions: [Range<Int>] = []  // rare: no allocation unless a concession occurs
        var anyMarker = false  // a hypothetical, question or elsewhere marker
        var anyDegree = false
        var anyNegator = false
        while true {
            flags.initialize(repeating: 0)
            chosen.initialize(repeating: false)
            for key in order {
                let k = packed ? Int(key & 0xFF_FFFF) : Int(key)
                if !released.isEmpty && released[k] { continue }
                let m = long[k]
                var free = true
                for i in m.start..<m.end where flags[i] & Flag.taken != 0 { free = false; break }
                guard free else { continue }
                // The tokens it spells (not its gap) are literal: a modifier there is part of it
                // (the "not" of "not as described").
                for i in m.start..<m.end { flags[i] |= i < Int(m.gapStart) || i >= Int(m.gapEnd) ? Flag.taken | Flag.literal : Flag.taken }
                chosen[k] = true
            }
            // The selected phrases in text order: the chosen longer ones and the one-token ones on
            // free tokens (chosen phrases never share a start).
            selectedCount = 0
            var j = 0
            for o in ones {
                while j < long.count && long[j].start < Int(o.start) {
                    selectedBuffer[selectedCount] = long[j]
                    selectedCount += chosen[j] ? 1 : 0
                    j += 1
                }
                let i = Int(o.start)
                let wins = o.kinds & PhraseMatch.Kinds.nonStop != 0 && flags[i] & Flag.taken == 0
                selectedBuffer[selectedCount] = o.phraseMatch
                selectedCount += wins ? 1 : 0
                flags[i] |= wins ? Flag.literal : 0
            }
            while j < long.count {
                selectedBuffer[selectedCount] = long[j]
                selectedCount += chosen[j] ? 1 : 0
                j += 1
            }
            /// Whether a longer phrase counts for its modifiers: chosen, or not spelled (in part) by a
            /// selected phrase.
            func counts(_ k: Int) -> Bool {
                if chosen[k] { return true }
                for i in long[k].start..<long[k].end where flags[i] & Flag.literal != 0 { return false }
                return true
            }

            // A contrast or concession of several words ("on the other hand", "even though") opens a
            // clause at its first word, as a one-token one does in the text layer, and is not cut
            // itself (the text layer cut "even though" at "though"). Rare: the clauses are rebuilt
            // only then.
            clauses = t.clauses
            var opened = false
            for (k, m) in long.enumerated() where m.kinds & PhraseMatch.Kinds.modifier != 0 && counts(k) {
                for e in lexicon.entryRange(of: m) {
                    guard case .modifier(let kind, _) = matchPayloads[e], kind == .contrast || kind == .concession else { continue }
                    clauses = Classifier.openClause(clauses, at: m.start..<m.end)
                    opened = true
                }
            }
            if acc.tracing && opened { traceClauses(field, t, clauses, &acc) }

            // Modifier positions, from every match — a negator inside another phrase's gap counts
            // (物流不算慢: 不算 sits in the gap of 物流 * 慢) — but not from tokens that a selected
            // phrase spells out itself (the "not" of "not as described").
            // Where the last contrast word starts: sentiment before it is damped, from it on raised
            // (by token position, so that a contrast of several words — "on the other hand" — counts too).
            contrastStart = -1
            concessions.removeAll()
            anyMarker = false
            anyDegree = false
            anyNegator = false
            // The selection and the clauses above, complete (`let`s: a nested function that
            // captures a `var` boxes it, and every access to it is then checked for exclusivity).
            let selectedNow = UnsafeBufferPointer(start: selectedBuffer, count: selectedCount)
            let clausesNow = clauses
            func apply(_ m: PhraseMatch) {
                for k in lexicon.entryRange(of: m) {
                    guard case .modifier(let kind, let factor) = matchPayloads[k] else { continue }
                    switch kind {
                    case .negator:
                        // A-not-A (喜不喜欢, 坏没坏) asks; it does not deny: the clause from A on
                        // counts nothing, as after a hypothetical marker.
                        if t.hasIdeographic && Classifier.isAnotA(m, t) {
                            flags[m.start - 1] |= Flag.hypothetical | Flag.question
                            anyMarker = true
                        } else {
                            flags[m.end - 1] |= Flag.negator
                            anyNegator = true
                        }
                    case .intensifier, .diminisher:
                        // A sentiment word too (好, terribly): a degree word only right before a sentiment
                        // word (decided here, once; scoring reads the flag).
                        if m.kinds & PhraseMatch.Kinds.sentiment != 0 {
                            guard isDegreeWord(m, selectedNow, clausesNow) else { continue }
                            flags[m.start] |= Flag.degreeWord
                        }
                        if !anyDegree { degreeAt.initialize(repeating: 1); anyDegree = true }
                        degreeAt[m.end - 1] = factor
                    case .hypothetical: flags[m.start] |= Flag.hypothetical; anyMarker = true
                    case .elsewhere: flags[m.start] |= Flag.elsewhere; anyMarker = true
                    case .contrast: contrastStart = max(contrastStart, m.start)
                    case .concession:
                        // From the word to the end of its clause.
                        let end = clausesNow.first { $0.contains(m.start) }?.upperBound ?? n
                        concessions.append(m.start..<end)
                    case .word: break
                    }
                }
            }
            // (The longer phrases first: a degree word's factor, written at its last token, is then
            // overwritten as in text order — a one-token phrase never ends where a longer one that
            // starts no later ends.)
            for (k, m) in long.enumerated() where m.kinds & PhraseMatch.Kinds.modifier != 0 && counts(k) { apply(m) }
            for o in ones where o.kinds & PhraseMatch.Kinds.modifier != 0 {
                // Taken and spelled by a longer phrase: part of it.
                if flags[Int(o.start)] & (Flag.taken | Flag.literal) == Flag.taken | Flag.literal { continue }
                apply(o.phraseMatch)
            }
            // Negators fused into a Chinese token ICU would not split (不是, 没发): the token
            // starts with a one-character negator and is not itself in the lexicon.
            if !negatorPrefixes.isEmpty && t.hasIdeographic {
                for (i, tok) in t.tokens.enumerated() where ids[i] < 0 && tok.kind == .ideographic && tok.length >= 2 {
                    if negatorPrefixes.contains(t.normalized[Int(tok.start)]) { flags[i] |= Flag.negator; anyNegator = true }
                }
            }
            // A stop phrase that blocks every category of a longer defect phrase frees its tokens;
            // select again without it (a few texts in a thousand).
            guard !stops.isEmpty else { break }
            let blocked = blockedDefects(long, chosen: UnsafeBufferPointer(chosen), stops, clauses, UnsafeBufferPointer(flags))
            guard !blocked.isEmpty else { break }
            if released.isEmpty { released = Array(repeating: false, count: long.count) }
            for k in blocked {
                released[k] = true
                if acc.tracing {
                    acc.events.append(TraceEvent(.stopped, field, "'\(Classifier.words(long[k], t))' blocked by a stop phrase: its tokens go to the phrases it shadowed",
                                                 released: long[k].start..<long[k].end))
                }
            }
        }
        let selected = UnsafeBufferPointer(start: selectedBuffer, count: selectedCount)
        // A Chinese negator negates the first sentiment word after it, not the ones behind that
        // (不喜欢好后悔 regrets; 不好 买后悔了 regrets too); a comparison (不如 …) stops at one too.
        var anySentimentFlag = false
        if t.hasIdeographic {
            for m in selected where t.tokens[m.start].kind == .ideographic && isSentimentWord(m, flags[m.start]) {
                flags[m.end - 1] |= Flag.sentiment
                anySentimentFlag = true
            }
        }
        let flagsRead = UnsafeBufferPointer(flags)
        if acc.tracing { traceMatches(field, t, selected, stops, &acc) }

        var fieldSum = 0.0
        var hasSentiment = false
        var clauseIndex = 0  // selected is in text order: the clause only moves forward
        for m in selected {
            while clauses[clauseIndex].upperBound <= m.start { clauseIndex += 1 }
            let clause = clauses[clauseIndex]
            let negator = anyNegator ? negatorBefore(m, clause: clause, flagsRead, rules.negationWindow) : nil
            let negated = negator != nil
            // (A sentiment word between the negator and this one took the negation.)
            let sentimentNegated = negated && !(anySentimentFlag && (negator! + 1..<max(negator! + 1, m.start)).contains { flags[$0] & Flag.sentiment != 0 })
            // Only defect phrases look for a negation after them (once per match; no nested
            // function: one that captured this `var` would box it and check every access).
            var negatedAfterOnce: Bool? = nil
            // The markers before it in its clause: a condition or wish counts nothing; another
            // seller's or shop's story counts no defect.
            var markers: UInt8 = 0
            if anyMarker { for k in clause.lowerBound..<m.start { markers |= flags[k] } }
            let hypothetical = anyMarker && (flags[m.start] & Flag.question != 0 || markers & Flag.hypothetical != 0)
            let elsewhere = markers & Flag.elsewhere != 0
            let words = acc.tracing ? Classifier.words(m, t) : ""
            var valence = 0.0
            for k in lexicon.entryRange(of: m) {
                switch matchPayloads[k] {
                case .defect(let c, let w):
                    if hypothetical {
                        if acc.tracing { acc.log(.hypothetical, field, "'\(words)' (\(lexicon.categories[c].id)) is in a condition or wish: not counted") }
                        continue
                    }
                    if elsewhere {
                        if acc.tracing { acc.log(.elsewhere, field, "'\(words)' (\(lexicon.categories[c].id)) happened at another seller or shop: not counted") }
                        continue
                    }
                    if negatedAfterOnce == nil { negatedAfterOnce = !negated && isNegatedAfter(m, clause: clause, flagsRead, t) }
                    let negatedAfter = negatedAfterOnce!
                    if negated || negatedAfter {
                        // A problem denied is mild praise (no missing pieces, 没有破损).
                        valence += rules.negatedDefectValence * w
                        if acc.tracing { acc.log(.negated, field, "'\(words)' (\(lexicon.categories[c].id)) is negated\(negatedAfter ? " after it" : ""): not counted" + (rules.negatedDefectValence > 0 ? ", valence +\((rules.negatedDefectValence * w).short())" : "")) }
                        continue
                    }
                    if let stop = stops.first(where: { blocks($0.0, category: $0.1, m, c, clause: clause, flagsRead) }) {
                        if acc.tracing {
                            let s = (stop.0.start..<stop.0.end).map { t.text(of: t.tokens[$0]) }.joined(separator: " ")
                            acc.log(.stopped, field, "'\(words)' (\(lexicon.categories[c].id)) blocked by stop phrase '\(s)'")
                        }
                        continue
                    }
                    // A phrase a stop phrase freed tokens from hands them to other categories only:
                    // "only got one" inside the blocked "only got one wear out of" stays quiet.
                    if !released.isEmpty, let r = long.indices.first(where: { released[$0] && long[$0].overlaps(m) && Classifier.defectCategories(long[$0], lexicon).contains(c) }) {
                        if acc.tracing { acc.log(.stopped, field, "'\(words)' (\(lexicon.categories[c].id)) lies in '\(Classifier.words(long[r], t))', which a stop phrase blocked") }
                        continue
                    }
                    let entry = lexicon.entries[Int(matchEntries[k])]
                    let first = t.tokens[m.start], last = t.tokens[m.end - 1]
                    let r = t.originalRange(normalizedStart: Int(first.start), end: Int(last.end))
                    acc.addDefect(c, weight: w, Evidence(field: field, start: r.lowerBound, end: r.upperBound,
                                                         text: t.originalText(normalizedStart: Int(first.start), end: Int(last.end)),
                                                         phrase: entry.phrase, source: entry.source))
                    valence += rules.defectValence * w
                    if acc.tracing { acc.log(.fired, field, "'\(words)' → \(lexicon.categories[c].id) +\(w.short())") }
                case .sentiment(let v):
                    if hypothetical { continue }
                    if flags[m.start] & Flag.degreeWord != 0 {
                        if acc.tracing { acc.log(.sentiment, field, "'\(words)' \(v.short()) is a degree word here, before a sentiment word: no valence of its own") }
                        continue
                    }
                    var x = v
                    // 没有上次买的好吃, 不如实体店的甜: a comparison denies the praise that ends its
                    // clause, however far back its 没有 or 不如 stands.
                    let comparedDown = !sentimentNegated && v >= 1 && t.hasIdeographic && isComparedDown(m, clause: clause, flagsRead, t)
                    if sentimentNegated || comparedDown { x *= rules.negationScalar }
                    // Degree words before it, decaying with distance.
                    var k = m.start - 1
                    var dist = 1
                    while anyDegree && k >= clause.lowerBound && dist <= rules.degreeWindow {
                        if degreeAt[k] != 1 {
                            let f = 1 + (degreeAt[k] - 1) * decayPowers[dist - 1]
                            x *= f
                        }
                        k -= 1
                        dist += 1
                    }
                    let sign: Double = x < 0 ? -1 : 1
                    let isStretched = stretched.map { s in (m.start..<m.end).contains { s[$0] } } ?? false
                    if isStretched || isRepeated(m, ids) { x += sign * rules.stretchBoost }
                    if isAllCaps(m, t) { x += sign * rules.capsBoost }
                    valence += x
                    if acc.tracing {
                        let note = sentimentNegated ? " negated" : comparedDown ? " compared down (没有/不如 … at the end of its clause)"
                            : negated ? " (its negator went to a sentiment word before it)" : ""
                        acc.log(.sentiment, field, "'\(words)' \(v.short())\(note) → \(x.short())")
                    }
                default:
                    break
                }
            }
            guard valence != 0 else { continue }
            hasSentiment = true
            if contrastStart >= 0 {
                valence *= m.start < contrastStart ? rules.contrastBefore : rules.contrastAfter
            }
            if !concessions.isEmpty && concessions.contains(where: { $0.contains(m.start) }) { valence *= rules.concessionWeight }
            fieldSum += valence
        }
        if hasSentiment {
            let bangs = min(t.exclamations, rules.exclamationMax)
            if bangs > 0 && fieldSum != 0 { fieldSum += (fieldSum < 0 ? -1 : 1) * Double(bangs) * rules.exclamationBoost }
            acc.sentimentSum += fieldSum
            acc.hasSentiment = true
            if acc.tracing { acc.log(.score, field, "summed valence \(fieldSum.short())" + (bangs > 0 ? " (with \(bangs) exclamation mark(s))" : "")) }
        }
    }

    /// Whether a selected match is a sentiment word of some weight (|valence| ≥ 1; not 什么 −0.5)
    /// that is not a degree word here (`flags`: those at its first token).
    private func isSentimentWord(_ m: PhraseMatch, _ flags: UInt8) -> Bool {
        m.kinds & PhraseMatch.Kinds.sentiment != 0 && flags & Flag.degreeWord == 0
            && lexicon.entryRange(of: m).contains(where: { if case .sentiment(let v) = lexicon.matchPayloads[$0] { return abs(v) >= 1 } else { return false } })
    }

    /// Whether a match that is both a sentiment word and a degree word (好, terribly, 严重) is a
    /// degree word here: right before a selected sentiment word of its clause (好慢 is "so slow",
    /// "terribly nice" is nice). Elsewhere it is a sentiment word (好, 很好的卖家), and its factor
    /// scales nothing.
    private func isDegreeWord(_ m: PhraseMatch, _ selected: UnsafeBufferPointer<PhraseMatch>, _ clauses: [Range<Int>]) -> Bool {
        let both = PhraseMatch.Kinds.sentiment | PhraseMatch.Kinds.degree
        guard m.kinds & both == both else { return false }
        let payloads = lexicon.matchPayloads
        // The selected match that starts where this one ends (selected is in text order).
        var lo = 0, hi = selected.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if selected[mid].start < m.end { lo = mid + 1 } else { hi = mid }
        }
        guard lo < selected.count, selected[lo].start == m.end,
              clauses.contains(where: { $0.contains(m.start) && $0.contains(m.end) }) else { return false }
        return lexicon.entryRange(of: selected[lo]).contains { if case .sentiment(let v) = payloads[$0] { return v != 0 } else { return false } }
    }

    /// The chosen longer defect phrases (defect entries only) whose every category a stop phrase
    /// blocks, as indexes into `long`.
    private func blockedDefects(_ long: [PhraseMatch], chosen: UnsafeBufferPointer<Bool>, _ stops: [(PhraseMatch, Int?)],
                                _ clauses: [Range<Int>], _ flags: UnsafeBufferPointer<UInt8>) -> [Int] {
        var out: [Int] = []
        var ci = 0  // `long` is in text order: the clause only moves forward
        for (k, m) in long.enumerated() where chosen[k] && m.kinds & PhraseMatch.Kinds.nonStop == PhraseMatch.Kinds.defect {
            while clauses[ci].upperBound <= m.start { ci += 1 }
            let all = lexicon.entryRange(of: m).allSatisfy { e in
                guard case .defect(let c, _) = lexicon.matchPayloads[e] else { return true }
                return stops.contains { blocks($0.0, category: $0.1, m, c, clause: clauses[ci], flags) }
            }
            if all { out.append(k) }
        }
        return out
    }

    /// Every stop phrase among the matches, with the category it blocks (nil: all), in text order
    /// (at one start, the one-token phrase first).
    private func collectStops(_ ones: UnsafeBufferPointer<TokenMatch>, _ long: [PhraseMatch], _ stops: inout [(PhraseMatch, Int?)]) {
        func add(_ m: PhraseMatch) {
            guard m.kinds & PhraseMatch.Kinds.stop != 0 else { return }
            for k in lexicon.entryRange(of: m) {
                if case .stop(let c) = lexicon.matchPayloads[k] { stops.append((m, c)) }
            }
        }
        var j = 0
        for o in ones {
            while j < long.count && long[j].start < Int(o.start) { add(long[j]); j += 1 }
            add(o.phraseMatch)
        }
        while j < long.count { add(long[j]); j += 1 }
    }

    /// The defect categories of a match's entries.
    static func defectCategories(_ m: PhraseMatch, _ lexicon: Lexicon) -> [Int] {
        lexicon.entryRange(of: m).compactMap { if case .defect(let c, _) = lexicon.matchPayloads[$0] { return c } else { return nil } }
    }

    /// Clauses (covering every token, in order) with one starting at `span`'s first token and none
    /// inside it.
    static func openClause(_ clauses: [Range<Int>], at span: Range<Int>) -> [Range<Int>] {
        guard let end = clauses.last?.upperBound else { return clauses }
        var starts = clauses.map(\.lowerBound).filter { $0 <= span.lowerBound || $0 >= span.upperBound }
        if !starts.contains(span.lowerBound) { starts.append(span.lowerBound); starts.sort() }
        return starts.indices.map { i in starts[i]..<(i + 1 < starts.count ? starts[i + 1] : end) }
    }

    private func isNegated(_ m: PhraseMatch, clause: Range<Int>, _ flags: UnsafeBufferPointer<UInt8>, _ window: Int) -> Bool {
        negatorBefore(m, clause: clause, flags, window) != nil
    }

    /// Where the negator that negates a match stands: within `window` tokens before it in its
    /// clause (the nearest), or inside its gap; nil when none does.
    private func negatorBefore(_ m: PhraseMatch, clause: Range<Int>, _ flags: UnsafeBufferPointer<UInt8>, _ window: Int) -> Int? {
        var k = m.start - 1
        while k >= clause.lowerBound && k >= m.start - window {
            if flags[k] & Flag.negator != 0 { return k }
            k -= 1
        }
        var g = Int(m.gapStart)
        while g < Int(m.gapEnd) { if flags[g] & Flag.negator != 0 { return g }; g += 1 }
        return nil
    }

    /// Chinese puts the negation after the thing too, at the end of the clause: 破损都没有,
    /// 一点划痕也没有, 色差什么的没有. A Chinese negator within `negation_window` + 1 tokens after a defect phrase,
    /// followed by nothing but sentence-final particles, negates it; 没有处理 or 没出来 (a negator
    /// going on to its own verb) does not.
    private func isNegatedAfter(_ m: PhraseMatch, clause: Range<Int>, _ flags: UnsafeBufferPointer<UInt8>, _ t: AnalyzedText) -> Bool {
        var j = m.end
        while j < min(m.end + lexicon.rules.negationWindow + 1, clause.upperBound) {
            if flags[j] & Flag.negator != 0 && t.tokens[j].kind == .ideographic {
                // Only sentence-final particles may follow the negator (没有了, 都没有啊).
                return (j + 1..<clause.upperBound).allSatisfy { k in
                    let tok = t.tokens[k]
                    return tok.length == 1 && Classifier.finalParticles.contains(t.normalized[Int(tok.start)])
                }
            }
            j += 1
        }
        return false
    }

    /// Whether a Chinese sentiment word is the last word of its clause (sentence-final particles
    /// aside) and a comparison marker stands before it in the clause with no other sentiment word
    /// between — 不如, or 没/没有 with a 的 or 那么 between: 没有上次买的好吃 is "not as tasty as last
    /// time". (Asked of praise only: 没有考虑问题 does not compare 问题.)
    private func isComparedDown(_ m: PhraseMatch, clause: Range<Int>, _ flags: UnsafeBufferPointer<UInt8>, _ t: AnalyzedText) -> Bool {
        guard t.tokens[m.start].kind == .ideographic, m.start > clause.lowerBound,
              (m.end..<clause.upperBound).allSatisfy({ k in
                  let tok = t.tokens[k]
                  return tok.length == 1 && Classifier.finalParticles.contains(t.normalized[Int(tok.start)])
              }) else { return false }
        var k = m.start - 1
        var measure = false  // a 的 or 那么 between: 没有上次买的好, 没有那么甜 (没吃 … 不错 is no comparison)
        while k >= clause.lowerBound {
            let tok = t.tokens[k]
            let units = t.normalized[Int(tok.start)..<Int(tok.end)]
            if Classifier.comparisonMarkers.contains(where: { $0.elementsEqual(units) }) {
                return k < m.start - 1 && (measure || units.elementsEqual(Classifier.comparisonMarkers[2]))
            }
            if flags[k] & Flag.sentiment != 0 { return false }
            measure = measure || Classifier.comparisonLinks.contains { $0.elementsEqual(units) }
            k -= 1
        }
        return false
    }

    /// 没, 没有, 不如 (as normalized UTF-16; 不如 compares by itself, the others only with a
    /// ``comparisonLinks`` word between).
    static let comparisonMarkers: [[UInt16]] = ["没", "没有", "不如"].map { Array($0.utf16) }
    /// 的, 那么, 这么, 那样, 这样, 那, 买的.
    static let comparisonLinks: [[UInt16]] = ["的", "那么", "这么", "那样", "这样", "那", "买的"].map { Array($0.utf16) }

    /// 了 的 啊 呢 哦 吧 呀 喔 噢 哈 滴 嘛.
    static let finalParticles: [UInt16] = Array("了的啊呢哦吧呀喔噢哈滴嘛".utf16)

    /// Whether a stop phrase blocks a defect match: it overlaps it, is for its category (or all),
    /// is not merely a part of the longer defect phrase ("as pictured" inside "not as pictured"),
    /// and is not negated itself ("doesn't fit well").
    private func blocks(_ stop: PhraseMatch, category: Int?, _ m: PhraseMatch, _ c: Int, clause: Range<Int>, _ flags: UnsafeBufferPointer<UInt8>) -> Bool {
        guard stop.overlaps(m), category == nil || category == c else { return false }
        if stop.start >= m.start && stop.end <= m.end && stop.length < m.length { return false }
        return !isNegated(stop, clause: clause, flags, lexicon.rules.negationWindow)
    }

    /// Whether a one-token Chinese negator stands between a token that ends with a character and
    /// one that starts with the same character (喜 不 喜欢, 屏幕坏 没 坏): a question, not a denial.
    /// (ICU keeps most such questions whole — 好不好, 是不是 — and those carry no negator.)
    static func isAnotA(_ m: PhraseMatch, _ t: AnalyzedText) -> Bool {
        guard m.length == 1, m.start > 0, m.end < t.tokens.count, t.tokens[m.start].kind == .ideographic else { return false }
        let a = t.tokens[m.start - 1], b = t.tokens[m.end]
        guard a.kind == .ideographic, b.kind == .ideographic else { return false }
        return t.normalized[Int(a.end) - 1] == t.normalized[Int(b.start)]
    }

    /// The same word twice in a row (好好, very very): emphasis.
    private func isRepeated(_ m: PhraseMatch, _ ids: [Int32]) -> Bool {
        m.length == 1 && m.end < ids.count && ids[m.end] == ids[m.start]
    }

    private func isAllCaps(_ m: PhraseMatch, _ t: AnalyzedText) -> Bool {
        let first = t.tokens[m.start]
        guard first.kind == .word, first.length >= 2 else { return false }
        // Most words start in lower case: in ASCII text (where normalized and original offsets
        // agree) that answers at once.
        if t.isASCII && !(0x41...0x5A).contains(t.originalUnits[Int(first.start)]) { return false }
        guard t.isUpperCase(normalizedStart: Int(first.start), end: Int(t.tokens[m.end - 1].end)) else { return false }
        // ALL CAPS amid lower case only: a text shouted throughout has no contrast.
        return t.hasLowerCase
    }

    // Tracing, out of the hot path: these run only for `explain` (and their code stays out of
    // the instruction cache while classifying).

    @inline(never)
    private func traceTokens(_ field: Field, _ t: AnalyzedText, _ acc: inout Accumulator) {
        acc.log(.tokens, field, t.tokens.map { t.text(of: $0) }.joined(separator: " "))
        acc.log(.clauses, field, t.clauses.map { c in c.map { t.text(of: t.tokens[$0]) }.joined(separator: " ") }.joined(separator: " | "))
    }

    @inline(never)
    private func traceClauses(_ field: Field, _ t: AnalyzedText, _ clauses: [Range<Int>], _ acc: inout Accumulator) {
        let text = clauses.map { c in c.map { t.text(of: t.tokens[$0]) }.joined(separator: " ") }.joined(separator: " | ")
        acc.events.append(TraceEvent(.clauses, field, "with the contrast and concession phrases of several words: " + text, clauses: clauses))
    }

    @inline(never)
    private func traceMatches(_ field: Field, _ t: AnalyzedText, _ selected: UnsafeBufferPointer<PhraseMatch>, _ stops: [(PhraseMatch, Int?)],
                              _ acc: inout Accumulator) {
        for m in selected {
            let what = lexicon.entries(of: m).map { e -> String in
                let entry = lexicon.entries[Int(e)]
                return "\(lexicon.meaning(entry.payload)) (\(entry.source))"
            }.joined(separator: "; ")
            acc.log(.match, field, "'\(Classifier.words(m, t))' → \(what)")
        }
        for (m, _) in stops {
            acc.log(.match, field, "'\(Classifier.words(m, t))' → stop phrase (\(lexicon.entries[Int(lexicon.entries(of: m).first!)].source))")
        }
    }

    /// A match's tokens, as the trace shows them.
    @inline(never)
    private static func words(_ m: PhraseMatch, _ t: AnalyzedText) -> String {
        (m.start..<m.end).map { t.text(of: t.tokens[$0]) }.joined(separator: " ")
    }
}
