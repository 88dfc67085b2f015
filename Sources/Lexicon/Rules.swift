/// Every tunable constant of the classifier, read from `rules.txt` so tuning never needs a rebuild.
///
/// Each rule's meaning is documented in ``Rules/catalog`` and in the shipped `rules.txt`.
public struct Rules: Sendable, Hashable {
    /// Tokens before a phrase, inside its clause, in which a negator negates it.
    public var negationWindow = 3
    /// Multiplies a negated sentiment word's valence (VADER's −0.74).
    public var negationScalar = -0.74
    /// Tokens before a sentiment word in which intensifiers and diminishers act.
    public var degreeWindow = 3
    /// Each step of distance between a degree word and its sentiment word multiplies the
    /// factor's effect by this (1: no decay).
    public var degreeDecay = 0.9
    /// Weight of the sentiment in clauses before a contrast word.
    public var contrastBefore = 0.5
    /// Weight of the sentiment in the clause a contrast word opens and those after it.
    public var contrastAfter = 1.5
    /// Added to the magnitude of the summed valence for each exclamation mark.
    public var exclamationBoost = 0.292
    /// Exclamation marks that count at most.
    public var exclamationMax = 4
    /// Added to a sentiment word's magnitude when written in ALL CAPS amid lower case.
    public var capsBoost = 0.733
    /// Added to a sentiment word's magnitude when stretched (sooo, 好好好).
    public var stretchBoost = 0.5
    /// Valence a fired defect phrase adds to the sentiment, per unit of weight.
    public var defectValence = -1.5
    /// Valence a negated defect phrase adds, per unit of weight ("no missing pieces", 没有破损).
    public var negatedDefectValence = 0.3
    /// Weight of sentiment in a concession (from 虽然, although, despite to the end of its clause).
    public var concessionWeight = 0.5
    /// Normalizes the summed valence into [-1, 1]: score = s / sqrt(s² + alpha).
    public var sentimentAlpha = 15.0
    /// |score| below this is neutral.
    public var neutralThreshold = 0.05
    /// Share of a star rating in the combined sentiment when one is given (0: text only).
    public var ratingWeight = 0.6
    /// A category fires when the summed weights of its phrases in a text reach this.
    public var categoryThreshold = 1.0
    /// Tokens a `*` gap in a phrase may span at most.
    public var gapMax = 3
    /// Tokens a `**` gap may span at most; it may also cross a comma (not a sentence end).
    public var wideGapMax = 6

    /// Creates the defaults.
    public init() {}

    /// One rule: its name in `rules.txt`, what it does, and how to read and write it.
    public struct Rule: Sendable {
        public let name: String
        public let help: String
        let set: @Sendable (inout Rules, Double) -> Bool
        let get: @Sendable (Rules) -> Double
    }

    private static func real(_ name: String, _ kp: WritableKeyPath<Rules, Double> & Sendable, _ help: String,
                             _ range: ClosedRange<Double> = -1e9...1e9) -> Rule {
        Rule(name: name, help: help, set: { r, v in guard range.contains(v) else { return false }; r[keyPath: kp] = v; return true },
             get: { $0[keyPath: kp] })
    }

    private static func int(_ name: String, _ kp: WritableKeyPath<Rules, Int> & Sendable, _ help: String,
                            _ range: ClosedRange<Int>) -> Rule {
        Rule(name: name, help: help, set: { r, v in
            guard v == v.rounded(), range.contains(Int(v)) else { return false }
            r[keyPath: kp] = Int(v)
            return true
        }, get: { Double($0[keyPath: kp]) })
    }

    /// Every rule, by name.
    public static let catalog: [Rule] = [
        int("negation_window", \.negationWindow, "tokens before a phrase in which a negator negates it", 0...10),
        real("negation_scalar", \.negationScalar, "multiplies a negated sentiment word's valence", -2...0),
        int("degree_window", \.degreeWindow, "tokens before a sentiment word in which intensifiers and diminishers act", 0...10),
        real("degree_decay", \.degreeDecay, "per token of distance, the degree word's effect is multiplied by this", 0...1),
        real("contrast_before", \.contrastBefore, "weight of sentiment before a contrast word", 0...5),
        real("contrast_after", \.contrastAfter, "weight of sentiment after a contrast word", 0...5),
        real("concession_weight", \.concessionWeight, "weight of sentiment in a concession (although …, despite …, 虽然 …)", 0...5),
        real("exclamation_boost", \.exclamationBoost, "added to the summed magnitude per exclamation mark", 0...5),
        int("exclamation_max", \.exclamationMax, "exclamation marks that count at most", 0...100),
        real("caps_boost", \.capsBoost, "added to a sentiment word's magnitude in ALL CAPS", 0...5),
        real("stretch_boost", \.stretchBoost, "added to a stretched sentiment word's magnitude (sooo, 好好好)", 0...5),
        real("defect_valence", \.defectValence, "valence a fired defect phrase adds, per unit of weight", -10...0),
        real("negated_defect_valence", \.negatedDefectValence, "valence a negated defect phrase adds, per unit of weight", 0...10),
        real("sentiment_alpha", \.sentimentAlpha, "score = sum / sqrt(sum^2 + alpha)", 0.01...1000),
        real("neutral_threshold", \.neutralThreshold, "|score| below this is neutral", 0...1),
        real("rating_weight", \.ratingWeight, "share of the star rating in the combined sentiment", 0...1),
        real("category_threshold", \.categoryThreshold, "summed phrase weight at which a category fires", 0...100),
        int("gap_max", \.gapMax, "tokens a * gap spans at most", 0...10),
        int("wide_gap_max", \.wideGapMax, "tokens a ** gap spans at most, across commas", 0...20),
    ]

    /// The `rules.txt` text for these values, with each rule documented.
    public func fileText() -> String {
        var s = "# Tunable constants of the classifier: `name = value`, one per line.\n"
        for r in Rules.catalog {
            let v = r.get(self)
            let text = v == v.rounded() && abs(v) < 1e6 ? String(Int(v)) : String(v)
            s += "\n# \(r.help)\n\(r.name) = \(text)\n"
        }
        return s
    }
}
