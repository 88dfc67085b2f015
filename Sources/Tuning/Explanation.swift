import Classifier
import Lexicon

/// Everything the classifier did with one review, step by step: per field the tokens (with the
/// words the lexicon's segmentation merged), the clauses, every phrase found with its lexicon
/// file and line and whether it was used, and the decisions (negation, condition, stop phrase,
/// sentiment arithmetic); then the category thresholds, the score and the final classification.
///
/// Built by ``Explainer``; rendered by ``ExplanationRenderer``.
public struct Explanation: Sendable {
    /// One token of a field.
    public struct TokenInfo: Sendable, Hashable {
        /// Normalized text.
        public var text: String
        /// Scalar offsets in the field's original text.
        public var start: Int
        public var end: Int
        /// `word`, `ideographic`, `number`, `emoji`, `kana`.
        public var kind: String
        /// The lexicon's words made this token: ICU alone cuts the text differently here.
        public var domainWord: Bool
    }

    /// One lexicon entry a match stands for.
    public struct EntryInfo: Sendable, Hashable {
        /// The phrase as written in the file.
        public var phrase: String
        /// What it means: `defect damaged weight 1.5`, `sentiment -2`, `negator`, `stop all`.
        public var meaning: String
        public var source: SourceLocation
        /// The line's phrase with its classes, when a class expanded it (`点的是 ** @sent`).
        public var template: String? = nil
    }

    /// What became of a match.
    public enum MatchStatus: Sendable, Hashable {
        /// It won its tokens and counts.
        case selected
        /// A longer phrase took its tokens.
        case shadowed(by: String)
        /// It sits in the `*` gap of a longer phrase (a modifier there still acts).
        case inGap(of: String)
        /// A stop phrase: blocks the defect phrases it overlaps.
        case stop
        /// A longer defect phrase a stop phrase blocked: its tokens went back to the phrases it
        /// shadowed (for other categories).
        case released
    }

    /// One phrase occurrence.
    public struct MatchInfo: Sendable, Hashable {
        /// Its tokens' texts, space-separated.
        public var text: String
        /// Token indexes.
        public var tokens: Range<Int>
        public var entries: [EntryInfo]
        public var status: MatchStatus
    }

    /// One field (title, text, follow-up).
    public struct FieldExplanation: Sendable {
        public var field: Field
        /// The field as written.
        public var text: String
        public var tokens: [TokenInfo]
        /// Token index ranges.
        public var clauses: [Range<Int>]
        public var matches: [MatchInfo]
        /// The classifier's decisions on this field, in order.
        public var decisions: [TraceEvent]
    }

    /// What was classified.
    public var input: ReviewInput
    public var fields: [FieldExplanation]
    /// Decisions about the whole review: category thresholds, rating and score.
    public var summary: [TraceEvent]
    /// The result.
    public var classification: Classification
    /// The lexicon directory.
    public var lexiconDirectory: String
}
