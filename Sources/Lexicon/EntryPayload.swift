/// What a matched phrase means: one lexicon entry's effect.
public enum EntryPayload: Sendable, Hashable {
    /// A defect phrase: category index into ``Lexicon/categories`` and weight.
    case defect(category: Int, weight: Double)
    /// A sentiment word with its valence (-4…4).
    case sentiment(valence: Double)
    /// A modifier and its factor (1 where none applies).
    case modifier(ModifierKind, factor: Double)
    /// A stop phrase, blocking one category (index) or all (nil).
    case stop(category: Int?)
}
