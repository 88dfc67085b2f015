#if canImport(Glibc)
import Glibc
#endif
import Classifier
import Dispatch
import Lexicon

/// Classifies many texts on all cores with the current lexicon, each distinct text once.
public struct TextClassifierPool: Sendable {
    /// The lexicon.
    public let lexicon: Lexicon
    /// The categories scores are reported against.
    public let categories: CategorySet
    /// Threads.
    public let jobs: Int

    /// Creates a pool.
    public init(lexicon: Lexicon, categories: CategorySet, jobs: Int) {
        self.lexicon = lexicon
        self.categories = categories
        self.jobs = max(1, jobs)
    }

    private final class Slots<R>: @unchecked Sendable {
        var results: [R]
        var failure: (any Error)?
        init(_ n: Int, empty: R) { results = [R](repeating: empty, count: n) }
    }

    /// The category scores of each input, in order.
    /// - Throws: when a classifier cannot be made (a lexicon problem).
    public func scores(of inputs: [ReviewInput]) throws -> [[CategoryScore]] {
        let categories = self.categories
        return try map(inputs, empty: []) { c in
            c.categories.compactMap { r in categories.index(r.category.id).map { CategoryScore(category: $0, score: r.score) } }
        }
    }

    /// The scores, evidence spans, language and sentiment of each input, in order.
    public func results(of inputs: [ReviewInput]) throws -> [ClassifiedText] {
        let categories = self.categories
        return try map(inputs, empty: ClassifiedText()) { c in
            var r = ClassifiedText(language: c.language, sentiment: c.sentiment.score)
            for cat in c.categories {
                guard let k = categories.index(cat.category.id) else { continue }
                r.scores.append(CategoryScore(category: k, score: cat.score))
                for e in cat.evidence {
                    let field: UInt8 = e.field == .title ? 0 : e.field == .text ? 1 : 2
                    r.evidence.append(EvidenceSpan(field: field, start: e.start, end: e.end, category: k))
                }
            }
            return r
        }
    }

    /// Classifies each distinct input once, on all cores, and maps the classification.
    private func map<R>(_ inputs: [ReviewInput], empty: R, _ transform: @escaping @Sendable (Classification) -> R) throws -> [R] {
        var unique: [ReviewInput: Int] = [:]
        var distinct: [ReviewInput] = []
        var slot = [Int](repeating: 0, count: inputs.count)
        for (i, input) in inputs.enumerated() {
            if let k = unique[input] { slot[i] = k } else {
                unique[input] = distinct.count
                slot[i] = distinct.count
                distinct.append(input)
            }
        }
        let slots = Slots<R>(distinct.count, empty: empty)
        let parts = min(jobs, max(1, distinct.count))
        let lexicon = self.lexicon
        let work = distinct
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            do {
                let classifier = try Classifier(lexicon: lexicon)
                var i = part
                var local: [(Int, R)] = []
                while i < work.count {
                    local.append((i, transform(classifier.classify(work[i]))))
                    i += parts
                }
                objc_sync(slots) { for (i, s) in local { slots.results[i] = s } }
            } catch {
                objc_sync(slots) { slots.failure = error }
            }
        }
        if let failure = slots.failure { throw failure }
        return slot.map { slots.results[$0] }
    }
}

private let poolLock = NSLockLike()

/// Runs `body` under one process-wide lock (results are merged rarely: once per thread).
func objc_sync<T: AnyObject>(_ object: T, _ body: () -> Void) {
    poolLock.lock()
    body()
    poolLock.unlock()
}

/// A tiny mutex over pthread.
final class NSLockLike: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    func lock() { pthread_mutex_lock(&mutex) }
    func unlock() { pthread_mutex_unlock(&mutex) }
}
