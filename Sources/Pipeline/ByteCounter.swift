import Synchronization

/// Counts bytes read, for progress reports, from any thread.
public final class ByteCounter: Sendable {
    private let value = Atomic<Int>(0)

    /// A counter at zero.
    public init() {}

    /// Adds bytes.
    public func add(_ n: Int) { value.add(n, ordering: .relaxed) }

    /// Bytes so far.
    public var count: Int { value.load(ordering: .relaxed) }
}
