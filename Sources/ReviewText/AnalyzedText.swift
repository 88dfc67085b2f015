import CICU
/// A text after normalization and segmentation: its tokens, their vocabulary ids, its clauses,
/// and the map from normalized positions back to the text the user wrote.
public struct AnalyzedText: Sendable {
    /// The text as given.
    public let original: String
    /// The text as given, in UTF-16 units (what offsets are computed from).
    public let originalUnits: [UInt16]
    /// NFKC + case folding + Traditional→Simplified, in UTF-16 units.
    public let normalized: [UInt16]
    /// For each normalized unit (and one past the end), the original UTF-16 index it came from;
    /// empty when that is the unit's own index (ASCII text, where normalization only lowers case).
    let map: [Int32]
    /// The tokens, in order.
    public let tokens: [Token]
    /// Each token's vocabulary id, or -1.
    public let ids: [Int32]
    /// Clauses as ranges of token indexes, in order, covering every token.
    public let clauses: [Range<Int>]
    /// Spans of tokens between punctuation only (contrast words do not cut them): phrases are
    /// matched inside these, so `ordered * but got` can match across the `but` that opens a clause.
    public let segments: [Range<Int>]
    /// Tokens in Chinese characters, and tokens of letters in other scripts (ICU's cut).
    public let hanTokens: Int
    public let letterTokens: Int
    /// Tokens in Japanese kana.
    public let kanaTokens: Int
    /// Exclamation marks in the text (！ counts too).
    public let exclamations: Int
    /// Whether any token is ideographic (false lets Chinese-only checks skip the tokens).
    public let hasIdeographic: Bool
    /// Original UTF-16 index → scalar index, only when the text has characters beyond the BMP.
    let scalarIndex: [Int32]?

    init(original: String, originalUnits: [UInt16], normalized: [UInt16], map: [Int32], tokens: [Token], ids: [Int32],
         clauses: [Range<Int>], segments: [Range<Int>], scalarIndex: [Int32]?,
         hanTokens: Int = 0, letterTokens: Int = 0, kanaTokens: Int = 0, exclamations: Int = 0, hasIdeographic: Bool = true) {
        self.hasIdeographic = hasIdeographic
        self.hanTokens = hanTokens
        self.letterTokens = letterTokens
        self.kanaTokens = kanaTokens
        self.exclamations = exclamations
        self.original = original
        self.originalUnits = originalUnits
        self.normalized = normalized
        self.map = map
        self.tokens = tokens
        self.ids = ids
        self.clauses = clauses
        self.segments = segments
        self.scalarIndex = scalarIndex
    }

    /// Whether the units between two tokens hold a sentence end: . ! ? 。 ｡ or a line end.
    public static func endsSentence(_ text: UnsafeBufferPointer<UInt16>, from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            switch text[k] {
            case 0x2E, 0x21, 0x3F, 0x0A, 0x0D, 0x3002, 0xFF61: return true
            default: k += 1
            }
        }
        return false
    }

    /// Whether the text was all ASCII as given: its normalized units map one to one onto it (and it
    /// holds no emoji, full-width forms or Chinese).
    public var isASCII: Bool { map.isEmpty }

    /// False when no word can be stretched (sooo, loooove): no three equal letters or digits stand
    /// in a row anywhere (a quick test over the whole text, before any token is looked at).
    public var mayHaveStretchedWord: Bool {
        normalized.withUnsafeBufferPointer { odr_has_run_of_three($0.baseAddress, Int32($0.count)) != 0 }
    }

    /// The normalized text as a string.
    public var normalizedString: String { String(decoding: normalized, as: UTF16.self) }

    /// A token's normalized text.
    public func text(of token: Token) -> String {
        Self.string(normalized, Int(token.start)..<Int(token.end))
    }

    /// The original UTF-16 index a normalized position maps back to (for an end position, the
    /// end of the original characters that produced the unit before it).
    func originalUTF16(start: Int) -> Int { map.isEmpty ? start : Int(map[start]) }

    func originalUTF16(end: Int) -> Int {
        if map.isEmpty { return end }
        if end >= normalized.count { return Int(map[normalized.count]) }
        // Inside one expanded character (㎏ → kg), move on to the next source character.
        var e = end
        let base = map[end - 1 < 0 ? 0 : end - 1]
        while e < normalized.count && map[e] == base && e > 0 { e += 1 }
        return Int(map[e])
    }

    func scalarOffset(utf16 index: Int) -> Int {
        guard let s = scalarIndex else { return index }
        return Int(s[index])
    }

    /// The range of normalized units [start, end) in Unicode-scalar offsets of the original text.
    public func originalRange(normalizedStart start: Int, end: Int) -> Range<Int> {
        let s = scalarOffset(utf16: originalUTF16(start: start))
        let e = scalarOffset(utf16: originalUTF16(end: end))
        return s..<max(s, e)
    }

    /// A token's position in Unicode-scalar offsets of the original text.
    public func originalRange(of token: Token) -> Range<Int> {
        originalRange(normalizedStart: Int(token.start), end: Int(token.end))
    }

    /// The original text between two scalar offsets.
    public func originalText(_ range: Range<Int>) -> String {
        let lo = utf16Offset(scalar: range.lowerBound), hi = utf16Offset(scalar: range.upperBound)
        return Self.string(originalUnits, lo..<max(lo, hi))
    }

    /// The original text that normalized units [start, end) came from.
    public func originalText(normalizedStart start: Int, end: Int) -> String {
        let lo = originalUTF16(start: start), hi = originalUTF16(end: end)
        return Self.string(originalUnits, lo..<max(lo, hi))
    }

    /// `String(decoding: units[range], as: UTF16.self)`, transcoded by hand: the standard
    /// library's generic path for UTF-16 costs thousands of instructions per short span. A lone
    /// surrogate becomes U+FFFD, as there.
    static func string(_ units: [UInt16], _ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { all in
            let u = UnsafeBufferPointer(rebasing: all[range])
            return String(unsafeUninitializedCapacity: u.count * 3) { out in
                var o = 0
                var i = 0
                while i < u.count {
                    var c = UInt32(u[i])
                    i += 1
                    if c < 0x80 {
                        out[o] = UInt8(c); o += 1
                        continue
                    }
                    if c & 0xF800 == 0xD800 {
                        if c < 0xDC00, i < u.count, u[i] & 0xFC00 == 0xDC00 {
                            c = 0x10000 + ((c - 0xD800) << 10) + (UInt32(u[i]) - 0xDC00)
                            i += 1
                        } else {
                            c = 0xFFFD
                        }
                    }
                    if c < 0x800 {
                        out[o] = UInt8(0xC0 | c >> 6); out[o + 1] = UInt8(0x80 | c & 0x3F); o += 2
                    } else if c < 0x10000 {
                        out[o] = UInt8(0xE0 | c >> 12); out[o + 1] = UInt8(0x80 | c >> 6 & 0x3F)
                        out[o + 2] = UInt8(0x80 | c & 0x3F); o += 3
                    } else {
                        out[o] = UInt8(0xF0 | c >> 18); out[o + 1] = UInt8(0x80 | c >> 12 & 0x3F)
                        out[o + 2] = UInt8(0x80 | c >> 6 & 0x3F); out[o + 3] = UInt8(0x80 | c & 0x3F); o += 4
                    }
                }
                return o
            }
        }
    }

    /// Whether the original of normalized units [start, end) is written in capitals only
    /// (at least one letter, no lower-case letter).
    public func isUpperCase(normalizedStart start: Int, end: Int) -> Bool {
        let lo = originalUTF16(start: start), hi = originalUTF16(end: end)
        var upper = false
        for u in originalUnits[lo..<max(lo, hi)] {
            if (0x61...0x7A).contains(u) || (0xFF41...0xFF5A).contains(u) { return false }
            if (0x41...0x5A).contains(u) || (0xFF21...0xFF3A).contains(u) { upper = true }
        }
        return upper
    }

    /// Whether the original text has any lower-case Latin letter.
    public var hasLowerCase: Bool {
        originalUnits.contains { (0x61...0x7A).contains($0) || (0xFF41...0xFF5A).contains($0) }
    }

    /// The UTF-16 offset of a scalar offset.
    func utf16Offset(scalar: Int) -> Int {
        guard let s = scalarIndex else { return min(scalar, originalUnits.count) }
        var lo = 0, hi = s.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(s[mid]) < scalar { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Clause spans in Unicode-scalar offsets of the original text.
    public var clauseRanges: [Range<Int>] {
        clauses.map { r in
            originalRange(normalizedStart: Int(tokens[r.lowerBound].start), end: Int(tokens[r.upperBound - 1].end))
        }
    }

    /// The index of the clause that holds a token.
    public func clause(ofToken index: Int) -> Int {
        var lo = 0, hi = clauses.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if clauses[mid].upperBound <= index { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
