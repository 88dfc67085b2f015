import Testing
@testable import Records

@Suite("ArrayChunkSource and FileChunkSource")
struct ChunkSourceTests {
    @Test("ArrayChunkSource cuts into chunks and ends with nil", arguments: [1, 2, 5, 100])
    func array(chunkSize: Int) throws {
        var s = ArrayChunkSource("好评abc", chunkSize: chunkSize)
        var all: [UInt8] = []
        while let c = try s.nextChunk() {
            #expect(c.count <= chunkSize)
            all += c
        }
        #expect(all == Array("好评abc".utf8))
        #expect(try s.nextChunk() == nil)
        var empty = ArrayChunkSource([UInt8]())
        #expect(try empty.nextChunk() == nil)
    }

    @Test("FileChunkSource reads a file and reports a missing one")
    func file() throws {
        var s = try FileChunkSource(path: Fixture.path("claims.tsv"), chunkSize: 64)
        var all: [UInt8] = []
        while let c = try s.nextChunk() { all += c }
        #expect(String(decoding: all, as: UTF8.self).hasPrefix("order-id\tclaim-date"))
        #expect(all.count == 205)
        #expect(throws: RecordsError.self) { _ = try FileChunkSource(path: "/no/such/file.tsv") }
    }
}
