import Lexicon

/// Where a category's phrase was found: the field, the span in Unicode-scalar offsets of that
/// field's original text, the text there, and the lexicon entry that matched.
public struct Evidence: Sendable, Hashable {
    public var field: Field
    /// Start offset, in Unicode scalars of the field's original text.
    public var start: Int
    /// End offset (exclusive).
    public var end: Int
    /// The original text of the span.
    public var text: String
    /// The lexicon phrase that matched.
    public var phrase: String
    /// Where that phrase is written.
    public var source: SourceLocation

    /// Creates evidence.
    public init(field: Field, start: Int, end: Int, text: String, phrase: String, source: SourceLocation) {
        self.field = field
        self.start = start
        self.end = end
        self.text = text
        self.phrase = phrase
        self.source = source
    }
}
