import Foundation

/// Runs work on batches in parallel and delivers the results in the order the batches came.
///
/// The producer calls ``submit(_:)`` (which blocks while `capacity` batches are in flight, so
/// memory stays bounded whatever the input size); `jobs` worker threads each own a `State`
/// (a classifier, say: not thread-safe, so one per thread) and transform batches; ``finish()``
/// waits for all. `deliver` is called on the worker that finished the next batch in order, under
/// a lock, so deliveries never interleave.
public final class OrderedParallelMap<Input: Sendable, Output: Sendable, State>: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [(Int, Input)] = []
    private var done: [Int: Output] = [:]
    private var nextSeq = 0
    private var nextToDeliver = 0
    private var inFlight = 0
    private var closed = false
    private var threads: [Thread] = []
    private var running = 0
    private let capacity: Int
    private let deliver: @Sendable (Output) -> Void
    private let deliverLock = NSLock()
    private var failure: (any Error)?

    /// Starts `jobs` workers; `makeState` runs once on each worker thread.
    public init(jobs: Int, capacity: Int? = nil, makeState: @escaping @Sendable () throws -> State,
                work: @escaping @Sendable (inout State, Input) -> Output, deliver: @escaping @Sendable (Output) -> Void) {
        self.capacity = capacity ?? max(2, jobs * 3)
        self.deliver = deliver
        let n = max(1, jobs)
        running = n
        for _ in 0..<n {
            // Each worker holds the map strongly until it has left every lock, so the map never
            // goes away under a worker that is still returning from `unlock()`.
            let t = Thread { [self] in
                do {
                    var state = try makeState()
                    while let (seq, input) = self.take() {
                        let out = work(&state, input)
                        self.complete(seq, out)
                    }
                } catch {
                    self.condition.lock()
                    self.failure = error
                    self.closed = true
                    self.condition.broadcast()
                    self.condition.unlock()
                }
                self.condition.lock()
                self.running -= 1
                self.condition.broadcast()
                self.condition.unlock()
            }
            t.stackSize = 8 << 20
            threads.append(t)
            t.start()
        }
    }

    /// Hands in the next batch; blocks while too many are in flight.
    public func submit(_ input: Input) throws {
        condition.lock()
        defer { condition.unlock() }
        while inFlight >= capacity && failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append((nextSeq, input))
        nextSeq += 1
        inFlight += 1
        condition.broadcast()
    }

    /// Waits for every batch to be delivered and the workers to stop.
    public func finish() throws {
        condition.lock()
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
        if let failure { throw failure }
    }

    private func take() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !closed { condition.wait() }
        if queue.isEmpty { return nil }
        return queue.removeFirst()
    }

    private func complete(_ seq: Int, _ out: Output) {
        condition.lock()
        done[seq] = out
        var ready: [Output] = []
        // Only one worker delivers at a time; it takes every batch that is next in order.
        if deliverLock.try() {
            while let o = done.removeValue(forKey: nextToDeliver) {
                ready.append(o)
                nextToDeliver += 1
            }
            condition.unlock()
            for o in ready { deliver(o) }
            condition.lock()
            inFlight -= ready.count
            // Batches that completed while we delivered.
            while let o = done.removeValue(forKey: nextToDeliver) {
                nextToDeliver += 1
                condition.unlock()
                deliver(o)
                condition.lock()
                inFlight -= 1
            }
            deliverLock.unlock()
            condition.broadcast()
        }
        condition.unlock()
    }
}
