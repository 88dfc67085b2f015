import Lexicon
import ReviewText

/// The stretches of a text where phrases can be suggested, as units: Chinese runs as single
/// characters (consecutive ideographic tokens with nothing between them), English runs as words
/// (consecutive word and number tokens of one clause). Each unit knows whether an existing
/// lexicon phrase already covers it and where it is in the text.
struct PhraseRuns {
    /// One character or word.
    struct Unit {
        var text: String
        /// Normalized UTF-16 span, for examples.
        var start: Int
        var end: Int
        /// Part of a phrase the lexicon already has (a selected defect, sentiment or stop phrase).
        var covered: Bool
    }

    /// One run.
    struct Run {
        var chinese: Bool
        var units: [Unit]
    }

    var runs: [Run] = []

    /// Splits an analyzed text into runs, marking the units that the lexicon covers.
    init(text t: AnalyzedText, lexicon: Lexicon) {
        var coveredToken = [Bool](repeating: false, count: t.tokens.count)
        let selection = MatchSelection(lexicon: lexicon, text: t)
        for m in selection.selected {
            let literal = lexicon.entries(of: m).contains { e in
                if case .modifier = lexicon.payloads[Int(e)] { return false }
                return true
            }
            guard literal else { continue }
            for i in m.start..<m.end where !(Int(m.gapStart)..<Int(m.gapEnd)).contains(i) { coveredToken[i] = true }
        }
        for m in selection.stops { for i in m.start..<m.end { coveredToken[i] = true } }
        var current: Run?
        var lastEnd: Int32 = -1
        var clause = 0
        for (i, tok) in t.tokens.enumerated() {
            while clause < t.clauses.count - 1 && t.clauses[clause].upperBound <= i { clause += 1 }
            let startsClause = t.clauses[clause].lowerBound == i
            switch tok.kind {
            case .ideographic:
                if current?.chinese != true || tok.start != lastEnd { flush(&current); current = Run(chinese: true, units: []) }
                // One unit per character (a scalar may be two UTF-16 units).
                var k = Int(tok.start)
                while k < Int(tok.end) {
                    let w = (t.normalized[k] & 0xFC00) == 0xD800 && k + 1 < Int(tok.end) ? 2 : 1
                    current!.units.append(Unit(text: String(decoding: t.normalized[k..<k + w], as: UTF16.self), start: k, end: k + w, covered: coveredToken[i]))
                    k += w
                }
            case .word, .number:
                if current?.chinese != false || startsClause { flush(&current); current = Run(chinese: false, units: []) }
                current!.units.append(Unit(text: t.text(of: tok), start: Int(tok.start), end: Int(tok.end), covered: coveredToken[i]))
            default:
                flush(&current)
            }
            lastEnd = tok.end
        }
        flush(&current)
    }

    private mutating func flush(_ run: inout Run?) {
        if let r = run, !r.units.isEmpty { runs.append(r) }
        run = nil
    }

    /// Shortest and longest n-grams of a run: 2–4 characters, 1–3 words.
    static func lengths(chinese: Bool) -> ClosedRange<Int> { chinese ? 2...4 : 1...3 }

    /// The key of units [from, to) of a run: characters joined as they are, words with spaces.
    static func key(_ run: Run, _ from: Int, _ to: Int) -> String {
        run.chinese ? run.units[from..<to].map(\.text).joined() : run.units[from..<to].map(\.text).joined(separator: " ")
    }

    /// Words that make a poor start or end of an English phrase.
    static let edgeStopwords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "to", "is", "was", "it", "i", "my", "this", "that", "for", "in", "on",
        "with", "but", "so", "at", "as", "be", "are", "were", "me", "you", "we", "they", "he", "she", "its", "it's",
        "from", "by", "had", "have", "has", "just", "very", "too", "also", "then", "than",
    ]

    /// Characters that make a poor start or end of a Chinese phrase.
    static let chineseEdgeStopwords: Set<String> = [
        "的", "了", "是", "都", "也", "就", "这", "那", "还", "又", "在", "和", "与", "我", "你", "他", "她", "它", "们",
        "吗", "呢", "吧", "啊", "个", "把", "被", "让", "给", "说", "要", "会", "而", "且", "但", "只", "所", "以", "因", "为",
        "很", "太", "得", "着", "地",
    ]

    /// Every n-gram of the runs that no lexicon phrase covers (each once).
    func ngrams(into set: inout Set<String>) {
        for run in runs {
            let n = run.units.count
            let lengths = PhraseRuns.lengths(chinese: run.chinese)
            for from in 0..<n where !run.units[from].covered {
                var to = from
                while to < n && to - from < lengths.upperBound {
                    if run.units[to].covered { break }
                    to += 1
                    let len = to - from
                    guard len >= lengths.lowerBound else { continue }
                    if run.chinese {
                        // Function characters make poor phrase edges (了 may end a longer phrase: 压扁了).
                        let first = run.units[from].text, last = run.units[to - 1].text
                        if PhraseRuns.chineseEdgeStopwords.contains(first) { continue }
                        if PhraseRuns.chineseEdgeStopwords.contains(last) && (len == 2 || last != "了") { continue }
                    } else {
                        if PhraseRuns.edgeStopwords.contains(run.units[from].text) || PhraseRuns.edgeStopwords.contains(run.units[to - 1].text) { continue }
                        if run.units[from..<to].allSatisfy({ $0.text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E } }) { continue }
                    }
                    set.insert(PhraseRuns.key(run, from, to))
                }
            }
        }
    }
}
