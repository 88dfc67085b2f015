/// The per-language lexicon files and the columns each takes.
public enum LexiconFileKind: String, Sendable, CaseIterable {
    /// `defects.txt`: phrase, category, optional weight.
    case defects
    /// `sentiment.txt`: phrase, valence.
    case sentiment
    /// `modifiers.txt`: phrase, kind, optional factor.
    case modifiers
    /// `stop.txt`: phrase, optional category.
    case stop

    /// The file name inside a language directory.
    public var fileName: String { rawValue + ".txt" }

    var usage: String {
        switch self {
        case .defects: return "expected 'phrase<TAB>category[<TAB>weight]'"
        case .sentiment: return "expected 'phrase<TAB>valence'"
        case .modifiers: return "expected 'phrase<TAB>kind[<TAB>factor]'"
        case .stop: return "expected 'phrase[<TAB>category]'"
        }
    }
}
