import Testing
import Synchronization
@testable import Pipeline

@Suite struct OrderedParallelMapTests {
    final class Collected: @unchecked Sendable {
        let lock = Mutex<[Int]>([])
    }

    @Test("results come in submission order whatever the worker count", arguments: [1, 2, 4, 8])
    func order(jobs: Int) throws {
        let got = Collected()
        let map = OrderedParallelMap<Int, Int, Int>(jobs: jobs, makeState: { 0 }, work: { state, x in
            state += 1
            // Uneven work so that batches finish out of order.
            var acc = 0
            for i in 0..<((x % 7) * 2000) { acc &+= i }
            return x + (acc == -1 ? 1 : 0)
        }, deliver: { x in got.lock.withLock { $0.append(x) } })
        for i in 0..<500 { try map.submit(i) }
        try map.finish()
        #expect(got.lock.withLock { $0 } == Array(0..<500))
    }

    @Test func emptyInput() throws {
        let map = OrderedParallelMap<Int, Int, Int>(jobs: 2, makeState: { 0 }, work: { _, x in x }, deliver: { _ in })
        try map.finish()
    }

    struct Boom: Error {}

    @Test func aWorkerThatCannotStartFailsTheRun() {
        let map = OrderedParallelMap<Int, Int, Int>(jobs: 2, makeState: { throw Boom() }, work: { _, x in x }, deliver: { _ in })
        #expect(throws: Boom.self) {
            for i in 0..<100 { try map.submit(i) }
            try map.finish()
        }
    }
}
