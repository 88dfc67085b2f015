/// What a ``TextAnalyzer`` knows beyond ICU: the domain words to keep whole, the vocabulary
/// whose ids tokens carry, and which of those ids are contrast words that open a new clause.
///
/// Built once (from the lexicons), shared read-only by every thread's analyzer.
public struct AnalyzerConfiguration: Sendable {
    /// Words the Chinese segmentation keeps whole (see ``DomainWords``).
    public var domainWords: DomainWords
    /// Token texts that get an id in ``AnalyzedText/ids``; others get -1.
    public var vocabulary: Vocabulary
    /// For each vocabulary id, whether it is a contrast or concession word (但是, but, 虽然,
    /// although) that starts a clause.
    public var contrast: [Bool]
    /// Whether texts that are all ASCII after normalization are segmented by the scanner of ICU's
    /// ASCII word rules (`segment_ascii` in odr_icu.c) instead of ICU's break iterator: the same
    /// tokens, without the iterator's cost. Off only to compare the two (the tests do).
    public var asciiFastPath: Bool

    /// Contrast words used when no lexicon says otherwise.
    public static let defaultContrastWords = [
        "但是", "但", "不过", "可是", "然而", "就是", "只是", "可惜",
        "but", "however", "although", "though", "yet", "except",
    ]

    /// Creates a configuration.
    public init(domainWords: DomainWords = DomainWords(), vocabulary: Vocabulary = Vocabulary(), contrast: [Bool] = [],
                asciiFastPath: Bool = true) {
        self.domainWords = domainWords
        self.vocabulary = vocabulary
        self.contrast = contrast
        self.asciiFastPath = asciiFastPath
    }

    /// A configuration with the default contrast words and `words` as domain words and vocabulary.
    public static func standard(words: [String] = []) throws -> AnalyzerConfiguration {
        let normalizer = try TextAnalyzer()
        var config = AnalyzerConfiguration()
        for w in words {
            let n = normalizer.normalize(w)
            config.domainWords.insert(normalized: n)
            n.withUnsafeBufferPointer { _ = config.vocabulary.insert($0) }
        }
        for w in defaultContrastWords {
            let n = normalizer.normalize(w)
            config.domainWords.insert(normalized: n)
            let id = n.withUnsafeBufferPointer { config.vocabulary.insert($0) }
            config.markContrast(id)
        }
        return config
    }

    /// Marks a vocabulary id as a contrast word.
    public mutating func markContrast(_ id: Int32) {
        if contrast.count <= Int(id) { contrast.append(contentsOf: repeatElement(false, count: Int(id) + 1 - contrast.count)) }
        contrast[Int(id)] = true
    }

    @inline(__always)
    func isContrast(_ id: Int32) -> Bool { id >= 0 && Int(id) < contrast.count && contrast[Int(id)] }
}
