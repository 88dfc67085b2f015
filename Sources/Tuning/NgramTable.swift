/// Document counts of n-grams in two groups of reviews (target and background), with a cap on
/// its size: when it holds more than ``capacity`` n-grams, the rarest are dropped (first those
/// seen once, then twice, …), as lossy counting does. Candidates need several occurrences in the
/// target group, so the dropped ones are almost never missed.
struct NgramTable {
    struct Counts {
        var target: Int32 = 0
        var background: Int32 = 0
        var total: Int32 { target + background }
    }

    /// N-grams kept at most.
    let capacity: Int
    private(set) var counts: [String: Counts] = [:]
    /// Summed document counts of every n-gram ever added (pruned ones included), per group and
    /// language (0: Chinese, 1: English).
    private(set) var totalTarget = [0, 0]
    private(set) var totalBackground = [0, 0]
    /// How many times the table was pruned.
    private(set) var prunes = 0

    init(capacity: Int = 400_000) { self.capacity = capacity }

    /// Adds the n-grams of one review.
    mutating func add(_ ngrams: Set<String>, target: Bool) {
        for g in ngrams {
            let lang = NgramTable.isChinese(g) ? 0 : 1
            if target {
                counts[g, default: Counts()].target += 1
                totalTarget[lang] += 1
            } else {
                counts[g, default: Counts()].background += 1
                totalBackground[lang] += 1
            }
        }
        if counts.count > capacity { prune() }
    }

    /// Adds another table's counts.
    mutating func merge(_ other: NgramTable) {
        for (g, c) in other.counts {
            counts[g, default: Counts()].target += c.target
            counts[g, default: Counts()].background += c.background
        }
        for l in 0..<2 {
            totalTarget[l] += other.totalTarget[l]
            totalBackground[l] += other.totalBackground[l]
        }
        prunes += other.prunes
        if counts.count > capacity { prune() }
    }

    private mutating func prune() {
        var floor: Int32 = 1
        while counts.count > capacity / 2 {
            counts = counts.filter { $0.value.total > floor }
            floor += 1
        }
        prunes += 1
    }

    static func isChinese(_ g: String) -> Bool {
        guard let u = g.unicodeScalars.first else { return false }
        return (0x3400...0x9FFF).contains(u.value) || (0x20000...0x3FFFF).contains(u.value) || (0xF900...0xFAFF).contains(u.value)
    }
}
