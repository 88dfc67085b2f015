import Foundation
import Lexicon
import Pipeline
import ReviewText

/// Finds what is wrong or useless in a lexicon: every loader diagnostic, then phrases that can
/// never match (the segmentation never produces their tokens), the same phrase written twice in
/// different spellings, phrases in two categories, defect phrases an identical stop phrase always
/// blocks, contrast words that cannot open a clause; and on a dump of reviews, entries that never
/// match, phrases always shadowed by a longer one, and stop phrases that never block anything.
///
/// ```swift
/// let report = LexiconChecker.check(directory: "lexicons")
/// let usage = try LexiconChecker.usage(of: report.lexicon!, in: ReviewDump(paths: ["dump.jsonl"]))
/// ```
public enum LexiconChecker {
    /// What ``check(directory:)`` found.
    public struct Report: Sendable {
        /// The compiled lexicon, unless it has errors.
        public var lexicon: Lexicon?
        /// Loader diagnostics and the checker's own warnings, by file and line.
        public var diagnostics: [Diagnostic]
        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    }

    /// What ``usage(of:in:jobs:)`` found on a dump.
    public struct Usage: Sendable {
        /// Warnings about entries, by file and line.
        public var diagnostics: [Diagnostic]
        /// Reviews read.
        public var reviews: Int
        /// Entries not judged because their language is rare in the dump (under 10% of reviews).
        public var skipped: Int
    }

    /// Loads the lexicon and runs the static checks.
    public static func check(directory: String) -> Report {
        let lexicon: Lexicon
        var diagnostics: [Diagnostic]
        do {
            (lexicon, diagnostics) = try LexiconLoader.load(directory: directory)
        } catch let e as LexiconError {
            return Report(lexicon: nil, diagnostics: e.diagnostics)
        } catch {
            return Report(lexicon: nil, diagnostics: [Diagnostic(.error, directory, 0, "\(error)")])
        }
        diagnostics += staticFindings(lexicon)
        return Report(lexicon: lexicon, diagnostics: sorted(diagnostics))
    }

    static func sorted(_ d: [Diagnostic]) -> [Diagnostic] {
        d.enumerated().sorted { a, b in
            (a.element.path, a.element.line, a.offset) < (b.element.path, b.element.line, b.offset)
        }.map(\.element)
    }

    /// The checks that need no reviews.
    static func staticFindings(_ lexicon: Lexicon) -> [Diagnostic] {
        var out: [Diagnostic] = []
        guard let analyzer = try? lexicon.makeAnalyzer() else { return out }
        func warn(_ e: LexiconEntry, _ message: String) { out.append(Diagnostic(.warning, e.source.path, e.source.line, message)) }
        var firstByTokens: [String: Int] = [:]
        var defectsByTokens: [String: [Int]] = [:]
        var stopsByTokens: [String: [Int]] = [:]
        for (i, e) in lexicon.entries.enumerated() {
            let words = lexicon.entryTokens[i]
            // 1. The segmentation must produce the phrase's own tokens.
            var segments: [[String]] = [[]]
            // (Number slots, like gaps, stand for tokens of the text's own.)
            func isSlot<S: StringProtocol>(_ w: S) -> Bool { w == "*" || w == "**" || NumberSlot(piece: String(w)) != nil }
            for w in words { if isSlot(w) { segments.append([]) } else { segments[segments.count - 1].append(w) } }
            segments.removeAll { $0.isEmpty }  // (a slot next to a gap; `split` below drops those too)
            // As it stands in a text: Chinese pieces written apart are still adjacent characters.
            let written = e.phrase.split(separator: " ").split(whereSeparator: { isSlot($0) }).map { LexiconChecker.joinPieces(Array($0)) }
            for (segment, text) in zip(segments, written) {
                let t = analyzer.analyze(text)
                let got = t.tokens.map { t.text(of: $0) }
                if got != segment {
                    warn(e, "'\(e.phrase)' can never match: text reads '\(got.joined(separator: " | "))' where the phrase needs '\(segment.joined(separator: " | "))'")
                    break
                }
            }
            let key = words.joined(separator: "\u{1}")
            let tag: String
            switch e.payload {
            case .defect(let c, _):
                tag = "d\(c)"
                defectsByTokens[key, default: []].append(i)
            case .sentiment: tag = "s"
            case .modifier(let k, _):
                tag = "m" + k.rawValue
            case .stop(let c):
                tag = "x\(c.map(String.init) ?? "*")"
                stopsByTokens[key, default: []].append(i)
            }
            // 2. Same phrase after normalization, spelled differently (the loader reports exact repeats).
            let full = tag + "|" + key
            if e.template != nil {
                if firstByTokens[full] == nil { firstByTokens[full] = i }  // (the loader let it through: no twin as written)
            } else if let j = firstByTokens[full] {
                let first = lexicon.entries[j]
                if normalizedSpelling(first.phrase) != normalizedSpelling(e.phrase) {
                    warn(e, "'\(e.phrase)' is the same phrase as '\(first.phrase)' (\(first.source)) after normalization")
                }
            } else {
                firstByTokens[full] = i
            }
        }
        // 3. Phrases in two categories; 4. defect phrases an identical stop phrase blocks.
        for (key, list) in defectsByTokens {
            var seen: [Int: Int] = [:]
            for i in list {
                guard case .defect(let c, _) = lexicon.entries[i].payload else { continue }
                if let other = seen.values.first(where: { j in
                    if case .defect(let c2, _) = lexicon.entries[j].payload { return c2 != c }
                    return false
                }), seen[c] == nil {
                    let o = lexicon.entries[other]
                    guard case .defect(let oc, _) = o.payload else { continue }
                    warn(lexicon.entries[i], "'\(lexicon.entries[i].phrase)' is in two categories: \(lexicon.categories[c].id) here, \(lexicon.categories[oc].id) at \(o.source)")
                }
                if seen[c] == nil { seen[c] = i }
                for s in stopsByTokens[key] ?? [] {
                    guard case .stop(let sc) = lexicon.entries[s].payload, sc == nil || sc == c else { continue }
                    let stop = lexicon.entries[s]
                    warn(lexicon.entries[i], "'\(lexicon.entries[i].phrase)' can never fire: the stop phrase '\(stop.phrase)' (\(stop.source)) always blocks it")
                }
            }
        }
        return out
    }

    /// Pieces of a phrase as a text has them: with a space between them, except between two
    /// Chinese characters.
    static func joinPieces(_ pieces: [Substring]) -> String {
        var out = ""
        for p in pieces {
            if let last = out.unicodeScalars.last, let first = p.unicodeScalars.first, !(isHan(last) && isHan(first)) { out += " " }
            out += p
        }
        return out
    }

    static func isHan(_ u: Unicode.Scalar) -> Bool { (0x3400...0x9FFF).contains(u.value) || (0x20000...0x3FFFF).contains(u.value) }

    static func times(_ n: Int) -> String { n == 1 ? "once" : "\(n) times" }

    static func normalizedSpelling(_ phrase: String) -> String {
        phrase.split(separator: " ").joined(separator: " ").lowercased()
    }

    /// Counts, on a dump, how often each entry matches, is used, or (stop phrases) blocks a
    /// defect phrase; warns about entries that never match, phrases always shadowed by a longer
    /// one, and stop phrases that never block anything.
    public static func usage(of lexicon: Lexicon, in dump: ReviewDump, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                             problem: @escaping (String) -> Void = { _ in }) throws -> Usage {
        let total = UsageCounts(entries: lexicon.entries.count)
        let map = OrderedParallelMap<[DumpReview], UsageCounts, TextAnalyzer>(
            jobs: jobs,
            makeState: { try lexicon.makeAnalyzer() },
            work: { analyzer, reviews in
                let counts = UsageCounts(entries: lexicon.entries.count)
                for r in reviews { counts.add(review: r, lexicon: lexicon, analyzer: analyzer) }
                return counts
            },
            deliver: { total.merge($0) }
        )
        var failure: (any Error)?
        do {
            try dump.read(batch: { try map.submit($0) }, problem: problem)
        } catch {
            failure = error
        }
        try map.finish()
        if let failure { throw failure }

        var out: [Diagnostic] = []
        var skipped = 0
        let hanShare = total.reviews == 0 ? 0 : Double(total.hanReviews) / Double(total.reviews)
        let latinShare = total.reviews == 0 ? 0 : Double(total.latinReviews) / Double(total.reviews)
        // The phrases a class expanded count as their line: it is used when any of them is.
        var group: [SourceLocation: [Int]] = [:]
        for (i, e) in lexicon.entries.enumerated() where e.template != nil { group[e.source, default: []].append(i) }
        for (i, e) in lexicon.entries.enumerated() {
            if case .modifier(.word, _) = e.payload { continue }
            let members = e.template == nil ? [i] : group[e.source]!
            if members[0] != i { continue }
            let phrase = e.template ?? e.phrase
            let han = phrase.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) }
            if (han ? hanShare : latinShare) < 0.1 { skipped += 1; continue }
            func warn(_ m: String) { out.append(Diagnostic(.warning, e.source.path, e.source.line, m)) }
            let n = members.reduce(0) { $0 + total.matched[$1] }
            if n == 0 {
                warn("'\(phrase)' never matches in \(total.reviews) reviews")
                continue
            }
            if case .stop = e.payload {
                if members.allSatisfy({ total.blocked[$0] == 0 }) { warn("stop phrase '\(phrase)' matches \(times(n)) but never blocks a defect phrase") }
                continue
            }
            let selected = members.contains { total.selected[$0] > 0 }
            if !selected, case .modifier = e.payload { continue }  // modifiers act from inside longer phrases' gaps
            if !selected {
                let top = members.lazy.compactMap { total.shadowers[$0]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key }.first
                let by = top.map { " ('\(lexicon.entries[$0].phrase)' at \(lexicon.entries[$0].source))" } ?? ""
                warn("'\(phrase)' matches \(times(n)) but is always shadowed by a longer phrase\(by)")
            }
        }
        return Usage(diagnostics: sorted(out), reviews: total.reviews, skipped: skipped)
    }
}

/// Per-entry counts over reviews (a batch's, or the merged total's).
final class UsageCounts: @unchecked Sendable {
    var matched: [Int]
    var selected: [Int]
    var blocked: [Int]
    /// Entry → the selected entry that shadowed it → times.
    var shadowers: [Int: [Int: Int]] = [:]
    var reviews = 0
    var hanReviews = 0
    var latinReviews = 0

    init(entries: Int) {
        matched = Array(repeating: 0, count: entries)
        selected = matched
        blocked = matched
    }

    func add(review r: DumpReview, lexicon: Lexicon, analyzer: TextAnalyzer) {
        reviews += 1
        var han = false, latin = false
        for (_, text) in r.input.fields {
            let t = analyzer.analyze(text)
            for tok in t.tokens {
                if tok.kind == .ideographic { han = true } else if tok.kind == .word { latin = true }
            }
            let s = MatchSelection(lexicon: lexicon, text: t)
            for m in s.all {
                let entries = lexicon.entries(of: m)
                let chosen = s.isSelected(m)
                let shadow = chosen ? nil : s.shadower(of: m)
                for e in entries {
                    let i = Int(e)
                    matched[i] += 1
                    if chosen { selected[i] += 1 }
                    if let shadow, let top = lexicon.entries(of: shadow).first { shadowers[i, default: [:]][Int(top), default: 0] += 1 }
                }
            }
            for stop in s.stops {
                for e in lexicon.entries(of: stop) {
                    guard case .stop(let category) = lexicon.payloads[Int(e)] else { continue }
                    let blocks = s.selected.contains { m in
                        guard stop.overlaps(m), !(stop.start >= m.start && stop.end <= m.end && stop.length < m.length) else { return false }
                        return lexicon.entries(of: m).contains { d in
                            if case .defect(let c, _) = lexicon.payloads[Int(d)] { return category == nil || category == c }
                            return false
                        }
                    }
                    if blocks { blocked[Int(e)] += 1 }
                }
            }
        }
        if han { hanReviews += 1 }
        if latin { latinReviews += 1 }
    }

    func merge(_ o: UsageCounts) {
        for i in matched.indices {
            matched[i] += o.matched[i]
            selected[i] += o.selected[i]
            blocked[i] += o.blocked[i]
        }
        for (k, v) in o.shadowers { for (s, n) in v { shadowers[k, default: [:]][s, default: 0] += n } }
        reviews += o.reviews
        hanReviews += o.hanReviews
        latinReviews += o.latinReviews
    }
}
