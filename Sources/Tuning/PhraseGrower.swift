import Foundation
import Lexicon
import Pipeline
import ReviewText

/// The second pass of ``PhraseSuggester``: finds where each candidate n-gram occurs (once per
/// review, outside phrases the lexicon covers), with the units around it and, in target reviews,
/// a snippet of the text; then grows each candidate to the longest expression most of its target
/// occurrences share and counts that expression in both groups.
struct PhraseGrower {
    /// Occurrences kept per candidate; beyond it, counts are extrapolated from this sample.
    static let sampleSize = 3000
    /// Share of target occurrences that must agree on the next unit for a phrase to grow.
    static let growShare = 0.8

    /// One occurrence in one review.
    struct Occurrence: Sendable {
        var target: Bool
        /// Units before it, nearest first; after it, nearest first (up to the growth limit).
        var left: [String]
        var right: [String]
        var snippet: String?
    }

    /// Every occurrence of one candidate, and how many there were in each group.
    struct Occurrences: Sendable {
        var sample: [Occurrence] = []
        var targetSeen = 0
        var backgroundSeen = 0

        mutating func merge(_ o: Occurrences) {
            for x in o.sample where sample.count < PhraseGrower.sampleSize { sample.append(x) }
            targetSeen += o.targetSeen
            backgroundSeen += o.backgroundSeen
        }

        /// Grows a seed to the longest expression its target occurrences share; counts it.
        func grow(seed: String, chinese: Bool) -> (phrase: String, target: Int, background: Int, examples: [String]) {
            let maxUnits = chinese ? 10 : 6
            var units = chinese ? seed.map(String.init) : seed.split(separator: " ").map(String.init)
            var left: [String] = [], right: [String] = []
            var matching = sample.indices.filter { sample[$0].target }
            let targets = matching.count
            /// Growing needs evidence: a phrase seen fewer times than this stays as it is.
            let minimumToGrow = 2
            func step(_ side: KeyPath<Occurrence, [String]>, _ depth: Int) -> String? {
                var tally: [String: Int] = [:]
                for i in matching where sample[i][keyPath: side].count > depth { tally[sample[i][keyPath: side][depth], default: 0] += 1 }
                guard let (u, n) = tally.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                      Double(n) >= PhraseGrower.growShare * Double(targets), targets >= minimumToGrow else { return nil }
                return u
            }
            while units.count + left.count + right.count < maxUnits, let u = step(\.right, right.count) {
                right.append(u)
                matching = matching.filter { sample[$0].right.count >= right.count && sample[$0].right[right.count - 1] == u }
            }
            while units.count + left.count + right.count < maxUnits, let u = step(\.left, left.count) {
                left.append(u)
                matching = matching.filter { sample[$0].left.count >= left.count && sample[$0].left[left.count - 1] == u }
            }
            units = left.reversed() + units + right
            func agrees(_ o: Occurrence) -> Bool {
                o.left.count >= left.count && o.right.count >= right.count
                    && zip(o.left, left).allSatisfy(==) && zip(o.right, right).allSatisfy(==)
            }
            var t = 0, b = 0, sampledT = 0, sampledB = 0
            var examples: [String] = []
            for o in sample {
                if o.target { sampledT += 1 } else { sampledB += 1 }
                guard agrees(o) else { continue }
                if o.target {
                    t += 1
                    if examples.count < 3, let s = o.snippet { examples.append(s) }
                } else {
                    b += 1
                }
            }
            // Extrapolate when the sample did not hold every occurrence.
            if targetSeen > sampledT, sampledT > 0 { t = Int((Double(t) * Double(targetSeen) / Double(sampledT)).rounded()) }
            if backgroundSeen > sampledB, sampledB > 0 { b = Int((Double(b) * Double(backgroundSeen) / Double(sampledB)).rounded()) }
            return (chinese ? units.joined() : units.joined(separator: " "), t, b, examples)
        }
    }

    let lexicon: Lexicon
    let candidates: [String]
    let jobs: Int

    /// Reads the dump again; `groups[i]` is review i's group (1 target, 0 background, -1 neither).
    func collect(_ dump: ReviewDump, groups: [Int8]) throws -> [Occurrences] {
        let lexicon = self.lexicon
        let seeds: [[String]] = candidates.map { NgramTable.isChinese($0) ? $0.map(String.init) : $0.split(separator: " ").map(String.init) }
        var byFirst: [String: [Int]] = [:]
        for (k, s) in seeds.enumerated() { byFirst[s[0], default: []].append(k) }
        let index = byFirst
        let total = Box(Array(repeating: Occurrences(), count: candidates.count))
        let map = OrderedParallelMap<([DumpReview], ArraySlice<Int8>), [Occurrences], TextAnalyzer>(
            jobs: jobs,
            makeState: { try lexicon.makeAnalyzer() },
            work: { analyzer, input in
                var out = Array(repeating: Occurrences(), count: seeds.count)
                for (r, group) in zip(input.0, input.1) where group >= 0 {
                    var seen = Set<Int>()
                    for (_, text) in r.input.fields {
                        let t = analyzer.analyze(text)
                        for run in PhraseRuns(text: t, lexicon: lexicon).runs {
                            let n = run.units.count
                            for start in 0..<n where !run.units[start].covered {
                                guard let ks = index[run.units[start].text] else { continue }
                                for k in ks where !seen.contains(k) {
                                    let seed = seeds[k]
                                    guard NgramTable.isChinese(seed[0]) == run.chinese, start + seed.count <= n else { continue }
                                    var ok = true
                                    for j in 0..<seed.count where run.units[start + j].text != seed[j] || run.units[start + j].covered { ok = false; break }
                                    guard ok else { continue }
                                    seen.insert(k)
                                    let end = start + seed.count
                                    let reach = run.chinese ? 10 : 6
                                    var left: [String] = [], right: [String] = []
                                    var i = start - 1
                                    while i >= 0 && left.count < reach && !run.units[i].covered { left.append(run.units[i].text); i -= 1 }
                                    i = end
                                    while i < n && right.count < reach && !run.units[i].covered { right.append(run.units[i].text); i += 1 }
                                    let target = group == 1
                                    if target { out[k].targetSeen += 1 } else { out[k].backgroundSeen += 1 }
                                    var snippet: String?
                                    if target && out[k].sample.lazy.filter(\.target).count < 20 {
                                        snippet = PhraseGrower.snippet(t, from: run.units[start].start, to: run.units[end - 1].end)
                                    }
                                    if out[k].sample.count < PhraseGrower.sampleSize {
                                        out[k].sample.append(Occurrence(target: target, left: left, right: right, snippet: snippet))
                                    }
                                }
                            }
                        }
                    }
                }
                return out
            },
            deliver: { batch in for k in batch.indices { total.value[k].merge(batch[k]) } }
        )
        var offset = 0
        var failure: (any Error)?
        do {
            try dump.read(batch: { reviews in
                let slice = groups[min(offset, groups.count)..<min(offset + reviews.count, groups.count)]
                offset += reviews.count
                try map.submit((reviews, slice))
            })
        } catch { failure = error }
        try map.finish()
        if let failure { throw failure }
        return total.value
    }

    /// The original text around normalized units [from, to), about 15 characters either side.
    static func snippet(_ t: AnalyzedText, from: Int, to: Int) -> String {
        let lo = max(0, from - 15), hi = min(t.normalized.count, to + 15)
        var s = t.originalText(normalizedStart: lo, end: hi)
        s = String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
        return (lo > 0 ? "…" : "") + s + (hi < t.normalized.count ? "…" : "")
    }
}

/// A mutable value shared with a `@Sendable` closure that runs one at a time (deliveries of
/// ``OrderedParallelMap`` never overlap).
final class Box<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
