import ArgumentParser
import Classifier
import Lexicon
import Records

/// `odrlens eval`: accuracy of the lexicons on gold-labeled reviews.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the lexicons: per-category precision, recall and F1 on a gold file; sentiment balanced accuracy on a labeled corpus.",
        discussion: """
        Gold files are JSON lines with "id", optional "title", "text", "categories" (ids) and "sentiment". \
        A corpus (--corpus) is JSON lines with "text" (and "title") and either "label" (0 negative, 1 positive) \
        or "rating" (1-2 negative, 4-5 positive, 3 skipped); only the text is classified.
        """
    )

    @Option(help: "A gold file (JSON lines).")
    var gold: [String] = []

    @Option(help: "A sentiment corpus (JSON lines with label or rating).")
    var corpus: [String] = []

    @Flag(help: "List false positives and false negatives with their evidence.")
    var errors = false

    @Flag(help: "Print JSON for machines.")
    var json = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if gold.isEmpty && corpus.isEmpty { throw ValidationError("give --gold FILE or --corpus FILE") }
    }

    func run() throws {
        let lexicon = try lexiconOptions.load()
        let classifier = try Classifier(lexicon: lexicon)
        let out = StandardOutput()
        for path in gold {
            var ev = Evaluation(categoryIDs: lexicon.categories.map(\.id))
            try forEachRecord(path) { r in
                let input = ReviewInput(title: r["title"]?.text, text: r["text"]?.text)
                let gold = Set(r["categories"]?.text.map(EvalCommand.parseIDs) ?? [])
                let sentiment = r["sentiment"]?.text.flatMap(Sentiment.Label.init(rawValue:))
                ev.add(id: r["id"]?.text ?? "\(path):\(r.line)", text: input.fields.map(\.1).joined(separator: " / "),
                       gold: gold, goldSentiment: sentiment, predicted: classifier.classify(input))
            }
            out.write(json ? EvalReport.json(ev) + "\n" : EvalReport.text(ev, path: path, errors: errors))
        }
        for path in corpus {
            var pe = PolarityEvaluation()
            try forEachRecord(path) { r in
                let negative: Bool
                if let label = r["label"]?.int { negative = label == 0 }
                else if let rating = r["rating"]?.double { if rating == 3 { return }; negative = rating < 3 }
                else { return }
                let c = classifier.classify(ReviewInput(title: r["title"]?.text, text: r["text"]?.text))
                pe.add(negative: negative, predicted: c.textSentiment)
            }
            out.write(EvalReport.text(pe, path: path, json: json))
        }
        out.flush()
    }

    static func parseIDs(_ raw: String) -> [String] {
        raw.split(whereSeparator: { "[], \"".contains($0) }).map(String.init)
    }

    func forEachRecord(_ path: String, _ body: (JSONRecord) throws -> Void) throws {
        var reader = JSONLinesRecordReader(try FileChunkSource(path: path))
        while let o = try reader.next() {
            switch o {
            case .record(let r): try body(r)
            case .problem(let p): StandardError.print("\(path):\(p.line): warning: \(p.reason)")
            }
        }
    }
}

/// Renders evaluations.
enum EvalReport {
    static func pct(_ x: Double) -> String {
        let v = (x * 1000).rounded() / 10
        return String(v)
    }

    static func text(_ ev: Evaluation, path: String, errors: Bool) -> String {
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }
        var s = "\(path): \(ev.count) reviews\n"
        s += pad("category", 18) + lpad("P", 7) + lpad("R", 7) + lpad("F1", 7) + lpad("support", 9) + lpad("TP", 5) + lpad("FP", 5) + lpad("FN", 5) + "\n"
        for id in ev.order {
            let c = ev.categories[id] ?? Evaluation.Counts()
            s += pad(id, 18) + lpad(pct(c.precision), 7) + lpad(pct(c.recall), 7) + lpad(pct(c.f1), 7) + lpad(String(c.support), 9)
                + lpad(String(c.truePositives), 5) + lpad(String(c.falsePositives), 5) + lpad(String(c.falseNegatives), 5) + "\n"
        }
        let m = ev.micro
        s += pad("micro", 18) + lpad(pct(m.precision), 7) + lpad(pct(m.recall), 7) + lpad(pct(m.f1), 7) + lpad(String(m.support), 9) + "\n"
        s += "macro F1: \(pct(ev.macroF1))\n"
        s += "sentiment accuracy: \(pct(ev.sentimentAccuracy)) (rows gold, columns predicted: negative neutral positive)\n"
        for g in Sentiment.Label.allCases {
            let row = ev.confusion[g] ?? [:]
            s += "  " + pad(g.rawValue, 9) + Sentiment.Label.allCases.map { lpad(String(row[$0] ?? 0), 8) }.joined() + "\n"
        }
        if errors {
            s += "\nerrors:\n"
            for e in ev.errors.sorted(by: { ($0.category, $0.id) < ($1.category, $1.id) }) {
                s += "  \(e.falsePositive ? "FP" : "FN") \(e.category) \(e.id): \(e.text.prefix(160))\n"
                for x in e.evidence { s += "      evidence: \(x)\n" }
            }
        }
        return s
    }

    static func json(_ ev: Evaluation) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.key("micro_f1"); w.number(ev.microF1)
        w.key("macro_f1"); w.number(ev.macroF1)
        w.key("categories"); w.beginObject()
        for id in ev.order {
            let c = ev.categories[id] ?? Evaluation.Counts()
            w.key(id); w.beginObject()
            w.key("precision"); w.number(c.precision)
            w.key("recall"); w.number(c.recall)
            w.key("f1"); w.number(c.f1)
            w.key("support"); w.number(c.support)
            w.endObject()
        }
        w.endObject()
        w.key("sentiment"); w.beginObject()
        w.key("accuracy"); w.number(ev.sentimentAccuracy)
        w.key("confusion"); w.beginObject()
        for g in Sentiment.Label.allCases {
            w.key(g.rawValue); w.beginObject()
            for p in Sentiment.Label.allCases { w.key(p.rawValue); w.number(ev.confusion[g]?[p] ?? 0) }
            w.endObject()
        }
        w.endObject()
        w.endObject()
        w.endObject()
        return String(decoding: w.takeOutput(), as: UTF8.self)
    }

    static func text(_ pe: PolarityEvaluation, path: String, json: Bool) -> String {
        if json {
            return "{\"corpus\":\(JSONWriter.quoted(path)),\"balanced_accuracy\":\(pe.balancedAccuracy),\"negative_recall\":\(pe.negativeRecall),\"positive_recall\":\(pe.positiveRecall),\"negatives\":\(pe.negatives),\"positives\":\(pe.positives)}\n"
        }
        return "\(path): sentiment balanced accuracy \(pct(pe.balancedAccuracy)) (negative recall \(pct(pe.negativeRecall)) of \(pe.negatives), positive recall \(pct(pe.positiveRecall)) of \(pe.positives); neutral on negative \(pe.neutralOnNegative), on positive \(pe.neutralOnPositive))\n"
    }
}
