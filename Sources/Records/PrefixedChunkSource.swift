/// A chunk source that first hands out bytes already read (to sniff a format), then the rest.
public struct PrefixedChunkSource<Base: ByteChunkSource>: ByteChunkSource {
    private var prefix: [UInt8]?
    private var base: Base

    /// Puts `prefix` back in front of `base`.
    public init(prefix: [UInt8], base: Base) {
        self.prefix = prefix.isEmpty ? nil : prefix
        self.base = base
    }

    public mutating func nextChunk() throws -> [UInt8]? {
        if let p = prefix { prefix = nil; return p }
        return try base.nextChunk()
    }
}
