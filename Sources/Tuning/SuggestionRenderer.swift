/// Renders suggestions as lines ready to paste into a lexicon's `defects.txt`:
/// `phrase<TAB>category<TAB>weight  # z=…, n=…, e.g. "…"`, after a `#` header that says what
/// was compared. Every line is valid lexicon syntax (the header and the evidence are comments).
public enum SuggestionRenderer {
    /// The placeholder category for uncovered negative reviews: replace it with an id.
    public static let placeholder = "CATEGORY"

    /// The whole output. `category` is the id suggestions were made for, or nil.
    public static func text(_ r: PhraseSuggester.Result, category: String?, input: String) -> String {
        var s: String
        if let category {
            s = "# Phrases for \(category): \(r.targetReviews) reviews where it fires vs \(r.backgroundReviews) others, in \(input) (\(r.reviews) reviews).\n"
        } else {
            s = "# Phrases of negative reviews no category covers: \(r.targetReviews) such reviews vs \(r.backgroundReviews) reviews that are not negative, in \(input) (\(r.reviews) reviews).\n"
            s += "# Replace \(placeholder) with a category id from taxonomy.tsv.\n"
        }
        s += "# Weighted log-odds with an informative Dirichlet prior (Monroe et al. 2008); n = target reviews with it, others = background reviews with it.\n"
        if r.suggestions.isEmpty { s += "# (no phrase is over-represented)\n" }
        var lang = ""
        for x in r.suggestions.sorted(by: { ($0.language == "zh" ? 0 : 1, -$0.z) < ($1.language == "zh" ? 0 : 1, -$1.z) }) {
            if x.language != lang {
                lang = x.language
                s += "\n# → \(lang)/defects.txt\n"
            }
            s += line(x, category: category ?? placeholder) + "\n"
        }
        return s
    }

    /// One lexicon line.
    public static func line(_ x: Suggestion, category: String) -> String {
        let examples = x.examples.map { "\"" + $0.replacingQuotes() + "\"" }.joined(separator: ", ")
        return "\(x.phrase)\t\(category)\t\(x.weight.short())  # z=\(x.z.short(places: 2)), n=\(x.targetCount)/\(x.targetReviews), others=\(x.backgroundCount)/\(x.backgroundReviews)"
            + (examples.isEmpty ? "" : ", e.g. \(examples)")
    }

}

extension String {
    func replacingQuotes() -> String { String(map { $0 == "\"" ? "'" : $0 }) }
}
