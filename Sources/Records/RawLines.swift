/// Lines of a file as bytes, back to back, with their line numbers: JSON lines that one thread
/// reads and others parse (``ReviewRowInterpreter/interpret(_:at:)``). One buffer for many lines
/// instead of an array per line.
public struct RawLines: Sendable {
    /// The lines' bytes, back to back.
    private var bytes: [UInt8] = []
    /// Per line: its 1-based number in the file.
    private var numbers: [Int] = []
    /// Per line: where its bytes end in `bytes` (they start where the previous line's end).
    private var ends: [Int] = []

    /// No lines.
    public init() {}

    /// How many lines.
    public var count: Int { numbers.count }
    /// Whether there are none.
    public var isEmpty: Bool { numbers.isEmpty }
    /// How many bytes they hold together.
    public var byteCount: Int { bytes.count }

    /// The file line number of line `i`.
    public func number(_ i: Int) -> Int { numbers[i] }

    /// The bytes of line `i`.
    public func bytes(_ i: Int) -> ArraySlice<UInt8> { bytes[range(i)] }

    /// Calls `body` with the bytes of line `i`, borrowed.
    public func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let r = range(i)
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[r])) }
    }

    /// Where line `i` is in `bytes`.
    private func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Adds a line.
    public mutating func append(line number: Int, bytes line: ArraySlice<UInt8>) {
        line.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
        numbers.append(number)
        ends.append(bytes.count)
    }

    /// Removes the last line.
    public mutating func removeLast() {
        numbers.removeLast()
        ends.removeLast()
        bytes.removeSubrange((ends.last ?? 0)...)
    }

    /// Removes every line, keeping the storage when asked.
    public mutating func removeAll(keepingCapacity keep: Bool = false) {
        bytes.removeAll(keepingCapacity: keep)
        numbers.removeAll(keepingCapacity: keep)
        ends.removeAll(keepingCapacity: keep)
    }
}
