/// One entry of a lexicon file: its phrase, what it means and where it was written.
public struct LexiconEntry: Sendable, Hashable {
    /// The phrase as written (before normalization).
    public var phrase: String
    public var payload: EntryPayload
    public var source: SourceLocation
    /// The line's phrase as written, when the entry is one of the phrases a class expands it to
    /// (`点的是 ** @sent`, see `classes.txt`); nil for a phrase written out.
    public var template: String?

    /// Creates an entry.
    public init(phrase: String, payload: EntryPayload, source: SourceLocation, template: String? = nil) {
        self.phrase = phrase
        self.payload = payload
        self.source = source
        self.template = template
    }
}
