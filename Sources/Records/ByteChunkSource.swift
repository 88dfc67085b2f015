/// A source of UTF-8 bytes delivered in chunks of any size.
///
/// Readers in this module pull chunks until the source returns `nil`. Chunk boundaries may fall
/// anywhere, including inside a line, a `\r\n` pair or a multi-byte UTF-8 sequence.
public protocol ByteChunkSource {
    /// Returns the next chunk, or `nil` at the end of the input. An empty chunk is allowed and means nothing.
    mutating func nextChunk() throws -> [UInt8]?
}
