import CICU

/// Turns a text into an ``AnalyzedText``: NFKC with case folding, Traditional → Simplified
/// Chinese, ICU word segmentation, the domain-word re-segmentation of Chinese runs, vocabulary
/// ids and clauses.
///
/// Holds ICU state and buffers that are reused across calls: one analyzer per thread.
///
/// ```swift
/// let analyzer = try TextAnalyzer(configuration: .standard(words: ["发货", "客服"]))
/// let t = analyzer.analyze("發貨太慢，客服不理人")
/// t.tokens.map(t.text(of:))  // ["发货", "太慢", "客服", "不理", "人"]
/// ```
public final class TextAnalyzer {
    private let handle: OpaquePointer
    /// Scratch for the domain-word segmentation, reused between texts.
    private var longestAt: [Int32] = []
    /// The words, vocabulary and contrast words this analyzer uses.
    public let configuration: AnalyzerConfiguration

    /// Starts building the shared Traditional→Simplified table in the background (a quarter of a
    /// start-up): call it before other start-up work, such as reading a lexicon, so that the two
    /// overlap. The first analyzer waits for the table; calling this more than once does nothing.
    public static func prepare() { odr_t2s_prepare() }

    /// Opens ICU's normalizer and word break iterator.
    public init(configuration: AnalyzerConfiguration = AnalyzerConfiguration()) throws {
        var status: Int32 = 0
        guard let h = odr_analyzer_open(&status) else {
            throw TextLayerError("cannot open ICU's word break iterator: \(String(cString: odr_icu_error_name(status)))")
        }
        handle = h
        self.configuration = configuration
        odr_analyzer_set_ascii_fast_path(h, configuration.asciiFastPath ? 1 : 0)
    }

    deinit { odr_analyzer_close(handle) }

    /// The normalized form of a text (NFKC_Casefold, Traditional → Simplified), in UTF-16 units.
    public func normalize(_ text: String) -> [UInt16] {
        let units = Array(text.utf16)
        var status: Int32 = 0
        _ = units.withUnsafeBufferPointer { odr_normalize_utf16(handle, $0.baseAddress, Int32($0.count), &status) }
        var len: Int32 = 0
        let p = odr_analyzer_normalized(handle, &len)
        return Array(UnsafeBufferPointer(start: p, count: Int(len)))
    }

    /// Analyzes a text.
    ///
    /// - Complexity: O(n) in the text's length (ICU's dictionary segmentation of Chinese runs
    ///   dominates: about 15 MB/s on one core; a text that is ASCII after normalization skips
    ///   ICU's break iterator, see ``AnalyzerConfiguration/asciiFastPath``).
    public func analyze(_ text: String) -> AnalyzedText {
        var text = text
        var status: Int32 = 0
        let count = text.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { odr_analyze_utf8(handle, $0.baseAddress, Int32($0.count), &status) }
        }
        if count < 0 { return AnalyzedText(original: text, originalUnits: Array(text.utf16), normalized: [], map: [0], tokens: [], ids: [], clauses: [], segments: [], scalarIndex: nil) }
        return collect(original: text)
    }

    private func collect(original: String) -> AnalyzedText {
        var origLen: Int32 = 0, normLen: Int32 = 0, tokenCount: Int32 = 0
        let origPtr = odr_analyzer_original(handle, &origLen)
        let normPtr = odr_analyzer_normalized(handle, &normLen)
        let mapPtr = odr_analyzer_map(handle)!
        let tokPtr = odr_analyzer_tokens(handle, &tokenCount)
        let norm = UnsafeBufferPointer(start: normPtr, count: Int(normLen))
        let normalized = Array(norm)
        // ASCII text normalizes unit for unit: no map to keep, and no surrogate pairs.
        let ascii = odr_analyzer_original_is_ascii(handle) != 0
        let map = ascii ? [] : Array(UnsafeBufferPointer(start: mapPtr, count: Int(normLen) + 1))

        // Scalar offsets differ from UTF-16 offsets only after a surrogate pair.
        var scalarIndex: [Int32]? = nil
        let orig = UnsafeBufferPointer(start: origPtr, count: Int(origLen))
        if !ascii && orig.contains(where: { $0 & 0xFC00 == 0xD800 }) {
            var idx = [Int32](repeating: 0, count: orig.count + 1)
            var s: Int32 = 0
            for i in 0..<orig.count {
                idx[i] = s
                if orig[i] & 0xFC00 != 0xDC00 { s += 1 }
            }
            idx[orig.count] = s
            scalarIndex = idx
        }

        var raw = [Token]()
        raw.reserveCapacity(Int(tokenCount))
        var han = 0, letters = 0, kana = 0
        var ideographic = false
        if let tokPtr {
            for t in UnsafeBufferPointer(start: tokPtr, count: Int(tokenCount)) {
                let kind = TokenKind(code: t.kind)
                ideographic = ideographic || kind == .ideographic
                if t.script == 17 /* USCRIPT_HAN */ { han += 1 } else if t.script == 20 || t.script == 22 /* HIRAGANA, KATAKANA */ { kana += 1 } else if kind == .word { letters += 1 }
                raw.append(Token(start: t.start, end: t.end, kind: kind, script: t.script))
            }
        }
        // Re-segmentation only touches runs of ideographic tokens: without any, ICU's tokens stand.
        let tokens = configuration.domainWords.count == 0 || !ideographic ? raw : resegment(raw, norm)
        let ids = [Int32](unsafeUninitializedCapacity: tokens.count) { buffer, count in
            if configuration.vocabulary.count > 0 {
                tokens.withUnsafeBufferPointer { configuration.vocabulary.ids(of: $0, in: norm, into: buffer) }
            } else {
                buffer.initialize(repeating: -1)
            }
            count = tokens.count
        }
        let (clauses, segments) = splitClauses(tokens, ids, norm, ideographic: ideographic)
        return AnalyzedText(original: original, originalUnits: Array(orig), normalized: normalized, map: map, tokens: tokens, ids: ids,
                            clauses: clauses, segments: segments, scalarIndex: scalarIndex,
                            hanTokens: han, letterTokens: letters, kanaTokens: kana, exclamations: Int(odr_analyzer_exclamations(handle)),
                            hasIdeographic: ideographic)
    }

    /// Re-segments each run of adjacent ideographic tokens by forward maximum matching against
    /// the domain words, ICU's boundaries as fallback (the rules are on ``DomainWords``).
    private func resegment(_ tokens: [Token], _ text: UnsafeBufferPointer<UInt16>) -> [Token] {
        let words = configuration.domainWords
        var longestAt = self.longestAt
        self.longestAt = []
        defer { self.longestAt = longestAt }
        var out = [Token]()
        out.reserveCapacity(tokens.count + 4)
        var i = 0
        while i < tokens.count {
            let first = tokens[i]
            guard first.kind == .ideographic else { out.append(first); i += 1; continue }
            var r = i + 1
            while r < tokens.count && tokens[r].kind == .ideographic && tokens[r].start == tokens[r - 1].end { r += 1 }
            let runEnd = Int(tokens[r - 1].end)
            let runStart = Int(first.start)
            // The longest listed word at each position of the run, found once (0: none; a
            // negative length marks a one-character word).
            longestAt.removeAll(keepingCapacity: true)
            words.longestWords(in: text, from: runStart, to: runEnd, count: runEnd - runStart, into: &longestAt)
            var p = runStart
            var ti = i  // ICU token containing p
            func emit(_ s: Int, _ e: Int) {
                out.append(Token(start: Int32(s), end: Int32(e), kind: .ideographic, script: first.script))
            }
            while p < runEnd {
                while Int(tokens[ti].end) <= p { ti += 1 }
                let icuEnd = Int(tokens[ti].end)
                let w = longestAt[p - runStart]
                if w != 0 {
                    let q = p + Int(abs(w))
                    let atBoundary = q == runEnd || isBoundary(q, tokens, from: ti, to: r)
                    if atBoundary || w > 0 || longestAt[q - runStart] != 0 {
                        emit(p, q)
                        p = q
                        continue
                    }
                }
                // ICU's token from p, cut where a listed word starts inside it and reaches its end.
                var cut = icuEnd
                var q = p + 1
                while q < icuEnd {
                    let l = Int(abs(longestAt[q - runStart]))
                    if l > 0 && q + l >= icuEnd { cut = q; break }
                    q += 1
                }
                emit(p, cut)
                p = cut
            }
            i = r
        }
        return out
    }

    @inline(__always)
    private func isBoundary(_ pos: Int, _ tokens: [Token], from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            let e = Int(tokens[k].end)
            if e == pos { return true }
            if e > pos { return false }
            k += 1
        }
        return false
    }

    /// Clause boundaries: sentence ends and clause punctuation between tokens, and before
    /// contrast words; segments: the punctuation boundaries alone.
    private func splitClauses(_ tokens: [Token], _ ids: [Int32], _ text: UnsafeBufferPointer<UInt16>, ideographic: Bool) -> ([Range<Int>], [Range<Int>]) {
        guard !tokens.isEmpty else { return ([], []) }
        var clauses = [Range<Int>]()
        var segments = [Range<Int>]()
        clauses.reserveCapacity(8)
        segments.reserveCapacity(8)
        var start = 0, segmentStart = 0
        // Spaces between Chinese tokens, as boundaries of runs (rare: allocated when one occurs).
        var spaces: [Int] = []
        var runBreaks: [Int] = []
        // Borrowed buffers: no bounds checks or retains per token.
        tokens.withUnsafeBufferPointer { tokens in
            ids.withUnsafeBufferPointer { ids in
                configuration.contrast.withUnsafeBufferPointer { contrast in
                    for i in 1..<tokens.count {
                        var punctuation = false
                        var k = Int(tokens[i - 1].end)
                        let e = Int(tokens[i].start)
                        while k < e {
                            if TextAnalyzer.isClausePunctuation(text[k]) { punctuation = true; break }
                            k += 1
                        }
                        if punctuation {
                            segments.append(segmentStart..<i)
                            segmentStart = i
                            if !spaces.isEmpty { runBreaks.append(i) }
                        } else if ideographic && tokens[i - 1].kind == .ideographic && tokens[i].kind == .ideographic
                                    && (Int(tokens[i - 1].end)..<e).contains(where: { text[$0] == 0x20 }) {
                            if spaces.isEmpty { runBreaks = segments.map(\.upperBound) + [segmentStart] }
                            spaces.append(i)
                            runBreaks.append(i)
                        }
                        let id = Int(ids[i])
                        if punctuation || (id >= 0 && id < contrast.count && contrast[id]) {
                            clauses.append(start..<i)
                            start = i
                        }
                    }
                }
            }
        }
        clauses.append(start..<tokens.count)
        segments.append(segmentStart..<tokens.count)
        if !spaces.isEmpty { clauses = TextAnalyzer.breakAtSpaces(clauses, spaces: spaces, runBreaks: runBreaks + [tokens.count]) }
        return (clauses, segments)
    }

    /// Chinese written with spaces for commas (不甜 不如之前买的好 不会再买了): a space between two
    /// runs of Chinese text of two tokens or more each ends a clause — not between single words
    /// (没有 破损, 包装 完好: words spaced apart are one clause), and never a segment (phrases still
    /// match across it). `runBreaks`: every punctuation break and space, in order, and the end.
    static func breakAtSpaces(_ clauses: [Range<Int>], spaces: [Int], runBreaks: [Int]) -> [Range<Int>] {
        let breaks = Array(Set(runBreaks + [0])).sorted()
        var starts = Set(clauses.map(\.lowerBound))
        for i in spaces {
            guard let b = breaks.firstIndex(of: i), b > 0, b + 1 < breaks.count else { continue }
            if i - breaks[b - 1] >= 2 && breaks[b + 1] - i >= 2 { starts.insert(i) }
        }
        let sorted = starts.sorted()
        let end = clauses.last!.upperBound
        return sorted.indices.map { k in sorted[k]..<(k + 1 < sorted.count ? sorted[k + 1] : end) }
    }

    /// Punctuation that ends a clause, in normalized form (NFKC has already turned ，！？；～ into
    /// their ASCII forms and … into "...").
    @inline(__always)
    static func isClausePunctuation(_ u: UInt16) -> Bool {
        switch u {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x2C, 0x0A, 0x0D, 0x7E,   // . ! ? ; , LF CR ~
             0x3002, 0x3001, 0xFF61, 0xFF64:                     // 。 、 ｡ ､
            return true
        default:
            return false
        }
    }
}
