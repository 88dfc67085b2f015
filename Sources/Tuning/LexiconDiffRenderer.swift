import Classifier
import Records

/// Renders a ``LexiconDiff`` as a readable report or as JSON.
public enum LexiconDiffRenderer {
    /// The report: totals, a table per category, sentiment changes, examples with evidence.
    public static func text(_ d: LexiconDiff, old: String, new: String, input: String) -> String {
        var s = "lexicon diff: \(old) → \(new) on \(input)\n"
        s += "\(d.reviews) reviews: \(d.changed) changed (\(d.categoryChanged) in categories, \(d.sentimentChanged) in sentiment label)\n"
        s += "\n" + ExplanationRenderer.pad("category", 18) + lpad("before", 8) + lpad("after", 8) + lpad("gained", 8) + lpad("lost", 8) + "\n"
        for id in d.categoryOrder {
            let c = d.categories[id] ?? LexiconDiff.CategoryCounts()
            s += ExplanationRenderer.pad(id, 18) + lpad(String(c.before), 8) + lpad(String(c.after), 8)
                + lpad(c.gained > 0 ? "+\(c.gained)" : "0", 8) + lpad(c.lost > 0 ? "-\(c.lost)" : "0", 8) + "\n"
        }
        s += "\nsentiment label changes:\n"
        let transitions = transitionsList(d)
        if transitions.isEmpty { s += "  (none)\n" }
        for (a, b, n) in transitions { s += "  " + ExplanationRenderer.pad("\(a.rawValue) → \(b.rawValue)", 22) + lpad(String(n), 6) + "\n" }
        let cuts = topResegmentations(d)
        if !cuts.isEmpty {
            s += "\nsegmentation changes in the changed reviews (the new lexicon's words cut these texts otherwise):\n"
            for (c, n) in cuts { s += "  " + ExplanationRenderer.pad(c, 28) + lpad(String(n), 6) + "\n" }
        }
        s += "\nexamples (\(d.examples.count) of \(d.changed)):\n"
        if d.examples.isEmpty { s += "  (none)\n" }
        for e in d.examples {
            s += "  \(e.id)  \(e.file):\(e.line)" + (e.rating.map { "  \($0)★" } ?? "") + "\n"
            s += "    \(e.text.prefix(200))\n"
            for g in e.gained { s += change("+", g) }
            for l in e.lost { s += change("-", l) }
            if e.sentimentChanged {
                s += "    sentiment \(e.oldSentiment.label.rawValue) \(e.oldSentiment.score.short()) → \(e.newSentiment.label.rawValue) \(e.newSentiment.score.short())\n"
            }
            if !e.resegmented.isEmpty { s += "    segmentation \(e.resegmented.joined(separator: "; "))\n" }
        }
        return s
    }

    /// The most frequent segmentation changes, most reviews first (at most 15).
    static func topResegmentations(_ d: LexiconDiff) -> [(String, Int)] {
        Array(d.resegmentations.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(15))
    }

    static func change(_ sign: String, _ c: LexiconDiff.CategoryChange) -> String {
        let ev = c.evidence.map { "'\($0.text)' ← \($0.phrase) (\($0.source))" }.joined(separator: "; ")
        return "    \(sign) \(ExplanationRenderer.pad(c.category, 16)) \(ev)\n"
    }

    static func transitionsList(_ d: LexiconDiff) -> [(Sentiment.Label, Sentiment.Label, Int)] {
        var out: [(Sentiment.Label, Sentiment.Label, Int)] = []
        for a in Sentiment.Label.allCases {
            for b in Sentiment.Label.allCases { if let n = d.sentiment[a]?[b], n > 0 { out.append((a, b, n)) } }
        }
        return out
    }

    /// One JSON object (and a newline).
    public static func json(_ d: LexiconDiff, old: String, new: String, input: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("old"); w.string(old)
        w.key("new"); w.string(new)
        w.key("input"); w.string(input)
        w.key("reviews"); w.number(d.reviews)
        w.key("changed"); w.number(d.changed)
        w.key("category_changed"); w.number(d.categoryChanged)
        w.key("sentiment_changed"); w.number(d.sentimentChanged)
        w.key("categories"); w.beginObject()
        for id in d.categoryOrder {
            let c = d.categories[id] ?? LexiconDiff.CategoryCounts()
            w.key(id); w.beginObject()
            w.key("before"); w.number(c.before)
            w.key("after"); w.number(c.after)
            w.key("gained"); w.number(c.gained)
            w.key("lost"); w.number(c.lost)
            w.endObject()
        }
        w.endObject()
        w.key("sentiment"); w.beginArray()
        for (a, b, n) in transitionsList(d) {
            w.beginObject(); w.key("from"); w.string(a.rawValue); w.key("to"); w.string(b.rawValue); w.key("count"); w.number(n); w.endObject()
        }
        w.endArray()
        w.key("segmentation"); w.beginArray()
        for (c, n) in topResegmentations(d) {
            w.beginObject(); w.key("change"); w.string(c); w.key("reviews"); w.number(n); w.endObject()
        }
        w.endArray()
        w.key("examples"); w.beginArray()
        for e in d.examples {
            w.beginObject()
            w.key("id"); w.string(e.id)
            w.key("file"); w.string(e.file)
            w.key("line"); w.number(e.line)
            w.key("rating"); if let r = e.rating { w.number(r) } else { w.null() }
            w.key("text"); w.string(e.text)
            for (name, list) in [("gained", e.gained), ("lost", e.lost)] {
                w.key(name); w.beginArray()
                for c in list {
                    w.beginObject()
                    w.key("category"); w.string(c.category)
                    w.key("evidence"); w.beginArray()
                    for x in c.evidence {
                        w.beginObject()
                        w.key("text"); w.string(x.text)
                        w.key("phrase"); w.string(x.phrase)
                        w.key("file"); w.string(x.source.path)
                        w.key("line"); w.number(x.source.line)
                        w.endObject()
                    }
                    w.endArray()
                    w.endObject()
                }
                w.endArray()
            }
            w.key("segmentation"); w.beginArray()
            for c in e.resegmented { w.string(c) }
            w.endArray()
            w.key("sentiment"); w.beginObject()
            w.key("old"); w.string(e.oldSentiment.label.rawValue)
            w.key("new"); w.string(e.newSentiment.label.rawValue)
            w.key("old_score"); w.number((e.oldSentiment.score * 1000).rounded() / 1000)
            w.key("new_score"); w.number((e.newSentiment.score * 1000).rounded() / 1000)
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.endLine()
        return String(decoding: w.takeOutput(), as: UTF8.self)
    }

    static func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
}
