import Foundation
import Lexicon

/// What a classification collects across a review's fields before it is finished.
struct Accumulator {
    /// Per category, allocated when the first defect fires (most reviews have none).
    var weights: [Double] = []
    /// Every phrase that fired, with its category, in text order (one flat list: an array per
    /// category would cost a dozen allocations for the first defect of a review).
    var fired: [(category: Int, evidence: Evidence)] = []
    let categoryCount: Int
    var sentimentSum = 0.0
    var hasSentiment = false
    var hanTokens = 0
    var latinTokens = 0
    var kanaTokens = 0
    let tracing: Bool
    var events: [TraceEvent] = []

    init(categoryCount: Int, trace: Bool) {
        self.categoryCount = categoryCount
        tracing = trace
    }

    /// Records a trace event (the message is built only here, out of line: callers check
    /// ``tracing`` first, and the code that formats messages stays out of their hot paths).
    @inline(never)
    mutating func log(_ kind: TraceEvent.Kind, _ field: Field?, _ message: @autoclosure () -> String) {
        events.append(TraceEvent(kind, field, message()))
    }

    mutating func addDefect(_ c: Int, weight: Double, _ e: Evidence) {
        if weights.isEmpty {
            weights = Array(repeating: 0, count: categoryCount)
            fired.reserveCapacity(4)
        }
        weights[c] += weight
        fired.append((c, e))
    }

    mutating func finish(lexicon: Lexicon, rating: Int?) -> Classification {
        let rules = lexicon.rules
        var cats: [CategoryResult] = []
        for (i, w) in weights.enumerated() where w > 0 {
            if w >= rules.categoryThreshold {
                cats.append(CategoryResult(category: lexicon.categories[i], score: 1 - exp(-w), weight: w, evidence: fired.compactMap { $0.category == i ? $0.evidence : nil }))
                if tracing { log(.category, nil, "\(lexicon.categories[i].id): weight \(w.short()) ≥ \(rules.categoryThreshold.short()) → fires") }
            } else if tracing {
                log(.category, nil, "\(lexicon.categories[i].id): weight \(w.short()) < \(rules.categoryThreshold.short()) → does not fire")
            }
        }
        let textScore = hasSentiment ? sentimentSum / (sentimentSum * sentimentSum + rules.sentimentAlpha).squareRoot() : 0
        let textSentiment = Sentiment(label: label(textScore, rules), score: textScore)
        var score = textScore
        if let rating, (1...5).contains(rating) {
            let r = Double(rating - 3) / 2
            score = hasSentiment ? (1 - rules.ratingWeight) * textScore + rules.ratingWeight * r : r
            if tracing { log(.score, nil, "rating \(rating)★ → \(r.short()); combined \(score.short())") }
        }
        if tracing {
            let sum = sentimentSum
            log(.score, nil, "text score \(textScore.short()) (sum \(sum.short()) / √(sum² + \(rules.sentimentAlpha.short())))")
        }
        let lang: String
        if kanaTokens > 0 && kanaTokens * 4 >= hanTokens { lang = "ja" }
        else if hanTokens == 0 && latinTokens == 0 { lang = "und" }
        else if latinTokens == 0 || hanTokens >= 4 * latinTokens { lang = "zh" }
        else if hanTokens == 0 || latinTokens >= 4 * hanTokens * 2 { lang = "en" }
        else { lang = "mixed" }
        return Classification(categories: cats, sentiment: Sentiment(label: label(score, rules), score: score),
                              textSentiment: textSentiment, language: lang, trace: events)
    }

    private func label(_ s: Double, _ rules: Rules) -> Sentiment.Label {
        s <= -rules.neutralThreshold ? .negative : s >= rules.neutralThreshold ? .positive : .neutral
    }
}
