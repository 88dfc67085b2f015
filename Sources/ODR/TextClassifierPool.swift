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

    private final class Slots: @unchecked Sendable {
        var results: [[CategoryScore]]
        var failure: (any Error)?
        init(_ n: Int) { results = [[CategoryScore]](repeating: [], count: n) }
    }

    /// The category scores of each input, in order.
    /// - Throws: when a classifier cannot be made (a lexicon problem).
    public func scores(of inputs: [ReviewInput]) throws -> [[CategoryScore]] {
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
        let slots = Slots(distinct.count)
        let parts = min(jobs, max(1, distinct.count))
        let lexicon = self.lexicon, categories = self.categories
        let work = distinct
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            do {
                let classifier = try Classifier(lexicon: lexicon)
                var i = part
                var local: [(Int, [CategoryScore])] = []
                while i < work.count {
                    let c = classifier.classify(work[i])
                    local.append((i, c.categories.compactMap { r in
                        categories.index(r.category.id).map { CategoryScore(category: $0, score: r.score) }
                    }))
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
