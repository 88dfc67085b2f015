import Records
import ReviewText

/// A file (or standard input) decoded to UTF-8 by the text layer, as a chunk source for the
/// table readers: a GBK export saved by Excel reads like any UTF-8 file.
public struct DecodedChunkSource: ByteChunkSource {
    /// The reader underneath, for its encoding and invalid-byte report.
    public let reader: DecodingReader
    private let counter: ByteCounter?

    /// Opens a path (`-` for standard input) with an optional encoding override.
    public init(path: String, encoding: TextEncoding? = nil, counter: ByteCounter? = nil) throws {
        reader = try DecodingReader(path: path, encoding: encoding)
        self.counter = counter
    }

    public mutating func nextChunk() throws -> [UInt8]? {
        let c = try reader.nextChunk()
        if let c { counter?.add(c.count) }
        return c
    }
}
