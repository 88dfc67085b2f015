import Classifier
import Pipeline
import Records

/// Renders an ``Explanation`` as readable text (for people) or one JSON object (for machines).
///
/// Both end with the record `classify` would write for the review, so a user sees the steps and
/// their outcome together.
public enum ExplanationRenderer {
    /// The explanation as text, in sections per field.
    public static func text(_ e: Explanation, row: ReviewRow) -> String {
        var s = ""
        if let r = e.input.rating { s += "rating: \(r)★\n" }
        s += "lexicons: \(e.lexiconDirectory)\n"
        for f in e.fields {
            s += "\n── \(f.field.rawValue): \(f.text)\n"
            s += "tokens (\(f.tokens.count); * = cut by the lexicon's words where ICU alone cuts otherwise):\n  "
            s += f.tokens.map { $0.text + ($0.domainWord ? "*" : "") }.joined(separator: " | ") + "\n"
            s += "clauses:\n"
            for (k, c) in f.clauses.enumerated() {
                s += "  \(k + 1). " + c.map { f.tokens[$0].text }.joined(separator: " ") + "\n"
            }
            s += "matches:\n"
            if f.matches.isEmpty { s += "  (none)\n" }
            let width = min(24, f.matches.map { displayWidth("'\($0.text)'") }.max() ?? 0)
            for m in f.matches {
                let head = "'\(m.text)'"
                let status: String
                switch m.status {
                case .selected: status = ""
                case .shadowed(let by): status = "  [shadowed by '\(by)']"
                case .inGap(let of): status = "  [in the gap of '\(of)']"
                case .stop: status = ""
                case .released: status = "  [blocked by a stop phrase: its tokens went to the phrases it shadowed]"
                }
                for (k, entry) in m.entries.enumerated() {
                    let lead = k == 0 ? pad(head, width) : String(repeating: " ", count: width)
                    let from = entry.template.map { ": \($0)" } ?? ""
                    s += "  \(lead)  \(entry.meaning)  (\(entry.source)\(from))\(k == 0 ? status : "")\n"
                }
            }
            s += "decisions:\n"
            if f.decisions.isEmpty { s += "  (none)\n" }
            for d in f.decisions { s += "  \(pad(d.kind.rawValue, 12)) \(d.message)\n" }
        }
        s += "\n── result\n"
        for d in e.summary { s += "  \(pad(d.kind.rawValue, 12)) \(d.message)\n" }
        let c = e.classification
        s += "  categories   " + (c.categories.isEmpty ? "(none)" : c.categories.map { "\($0.category.id) (score \($0.score.short()))" }.joined(separator: ", ")) + "\n"
        s += "  sentiment    \(c.sentiment.label.rawValue) \(c.sentiment.score.short()) (text alone: \(c.textSentiment.label.rawValue) \(c.textSentiment.score.short()))\n"
        s += "\nrecord:\n" + record(e, row: row)
        return s
    }

    /// The explanation as one JSON object (and a newline).
    public static func json(_ e: Explanation, row: ReviewRow) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("lexicons"); w.string(e.lexiconDirectory)
        w.key("rating"); if let r = e.input.rating { w.number(r) } else { w.null() }
        w.key("fields"); w.beginArray()
        for f in e.fields {
            w.beginObject()
            w.key("field"); w.string(f.field.rawValue)
            w.key("text"); w.string(f.text)
            w.key("tokens"); w.beginArray()
            for t in f.tokens {
                w.beginObject()
                w.key("text"); w.string(t.text)
                w.key("start"); w.number(t.start)
                w.key("end"); w.number(t.end)
                w.key("kind"); w.string(t.kind)
                w.key("domain_word"); w.bool(t.domainWord)
                w.endObject()
            }
            w.endArray()
            w.key("clauses"); w.beginArray()
            for c in f.clauses { w.beginArray(); w.number(c.lowerBound); w.number(c.upperBound); w.endArray() }
            w.endArray()
            w.key("matches"); w.beginArray()
            for m in f.matches {
                w.beginObject()
                w.key("text"); w.string(m.text)
                w.key("tokens"); w.beginArray(); w.number(m.tokens.lowerBound); w.number(m.tokens.upperBound); w.endArray()
                switch m.status {
                case .selected: w.key("status"); w.string("selected")
                case .shadowed(let by): w.key("status"); w.string("shadowed"); w.key("by"); w.string(by)
                case .inGap(let of): w.key("status"); w.string("in_gap"); w.key("of"); w.string(of)
                case .stop: w.key("status"); w.string("stop")
                case .released: w.key("status"); w.string("released")
                }
                w.key("entries"); w.beginArray()
                for entry in m.entries {
                    w.beginObject()
                    w.key("phrase"); w.string(entry.phrase)
                    w.key("meaning"); w.string(entry.meaning)
                    w.key("file"); w.string(entry.source.path)
                    w.key("line"); w.number(entry.source.line)
                    if let t = entry.template { w.key("template"); w.string(t) }
                    w.endObject()
                }
                w.endArray()
                w.endObject()
            }
            w.endArray()
            w.key("decisions"); events(f.decisions, &w)
            w.endObject()
        }
        w.endArray()
        w.key("decisions"); events(e.summary, &w)
        w.key("record"); w.rawJSON(record(e, row: row).trimmingNewline())
        w.endObject()
        w.endLine()
        return String(decoding: w.takeOutput(), as: UTF8.self)
    }

    static func events(_ list: [TraceEvent], _ w: inout JSONWriter) {
        w.beginArray()
        for d in list {
            w.beginObject()
            w.key("kind"); w.string(d.kind.rawValue)
            w.key("message"); w.string(d.message)
            w.endObject()
        }
        w.endArray()
    }

    /// The JSON line `classify` writes for the review.
    static func record(_ e: Explanation, row: ReviewRow) -> String {
        var bytes: [UInt8] = []
        ReviewRecordRenderer(format: .jsonl).render(ClassifiedReview(row: row, classification: e.classification), into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Columns of a terminal a string takes: two for CJK characters.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            return n + (wide ? 2 : 1)
        }
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let w = displayWidth(s)
        return w >= width ? s : s + String(repeating: " ", count: width - w)
    }
}

extension String {
    func trimmingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
