/// A ``ByteChunkSource`` over bytes already in memory, cut into chunks of a fixed size.
///
/// Meant for tests (a small `chunkSize` exercises chunk boundaries) and for in-memory input.
///
///     var source = ArrayChunkSource("a,b\n1,2\n", chunkSize: 3)
public struct ArrayChunkSource: ByteChunkSource, Sendable {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    /// Serves `bytes` in chunks of `chunkSize` bytes (at least 1).
    public init(_ bytes: [UInt8], chunkSize: Int = 1 << 20) {
        self.bytes = bytes
        self.chunkSize = max(1, chunkSize)
    }

    /// Serves the UTF-8 bytes of `text` in chunks of `chunkSize` bytes.
    public init(_ text: String, chunkSize: Int = 1 << 20) {
        self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    /// Returns the next at most `chunkSize` bytes, or `nil` at the end.
    public mutating func nextChunk() throws -> [UInt8]? {
        guard position < bytes.count else { return nil }
        let end = min(bytes.count, position + chunkSize)
        defer { position = end }
        return Array(bytes[position..<end])
    }
}
