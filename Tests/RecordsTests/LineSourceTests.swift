import Testing
@testable import Records

@Suite("LineSource")
struct LineSourceTests {
    @Test("physical lines, numbered, across chunk boundaries", arguments: [1, 2, 3, 4, 64])
    func lines(chunkSize: Int) throws {
        var source = LineSource(ArrayChunkSource("\u{FEFF}a\r\nb\rc\n\n好\r", chunkSize: chunkSize))
        var got: [(String, Int, PhysicalLine.Terminator)] = []
        while let l = try source.nextLine() { got.append((String(decoding: l.bytes, as: UTF8.self), l.number, l.terminator)) }
        #expect(got.map(\.0) == ["a", "b", "c", "", "好"])
        #expect(got.map(\.1) == [1, 2, 3, 4, 5])
        #expect(got.map(\.2) == [.crlf, .cr, .lf, .lf, .cr])
    }

    @Test("last line without a line end; empty input")
    func edges() throws {
        var s = LineSource(ArrayChunkSource("x\ny"))
        #expect(try s.nextLine()?.terminator == .lf)
        #expect(try s.nextLine()?.terminator == PhysicalLine.Terminator.none)
        #expect(try s.nextLine() == nil)
        var e = LineSource(ArrayChunkSource(""))
        #expect(try e.nextLine() == nil)
    }
}
