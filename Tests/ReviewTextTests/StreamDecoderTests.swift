import Testing
@testable import ReviewText

@Suite struct StreamDecoderTests {
    @Test func invalidUTF8IsReplacedCountedAndLocated() throws {
        let (text, reader) = try Fixtures.decode(Fixtures.path("encodings/zh-utf8-invalid.csv"))
        #expect(reader.encoding == .utf8)
        #expect(reader.invalidCount == 4)          // FF, FE, and the two bytes of a cut-off 3-byte sequence
        #expect(reader.invalidLines == [2, 4])
        #expect(text.contains("1001,\u{FFFD}\u{FFFD} bad bytes\n"))
        #expect(text.contains("1002,好评，物流很快，包装也很好\n"), "rows after the bad bytes survive")
        #expect(text.hasSuffix("1004,质量不错，性价比高，下次还会再来\n"))
    }

    @Test("a multi-byte character split across chunks is kept whole", arguments: 1...8)
    func chunkBoundaries(split: Int) throws {
        let bytes = Array("物流太慢了😡 late".utf8)
        var d = try StreamDecoder(encoding: .utf8)
        let out = d.decode(Array(bytes[..<split]), final: false) + d.decode(Array(bytes[split...]), final: false) + d.decode([], final: true)
        #expect(String(decoding: out, as: UTF8.self) == "物流太慢了😡 late")
        #expect(d.invalidCount == 0)
    }

    @Test("GBK split across chunks", arguments: [1, 2, 3, 5])
    func gbkChunks(split: Int) throws {
        let gbk: [UInt8] = [0xCE, 0xEF, 0xC1, 0xF7, 0xCC, 0xAB, 0xC2, 0xFD, 0x0A]  // 物流太慢\n
        var d = try StreamDecoder(encoding: .gb18030)
        let out = d.decode(Array(gbk[..<split]), final: false) + d.decode(Array(gbk[split...]), final: true)
        #expect(String(decoding: out, as: UTF8.self) == "物流太慢\n")
    }

    @Test func invalidGBKIsReplacedWithLine() throws {
        var d = try StreamDecoder(encoding: .gb18030)
        let out = d.decode([0x61, 0x0A, 0x62, 0x0A, 0xFF, 0x63, 0x0A], final: true)
        #expect(String(decoding: out, as: UTF8.self) == "a\nb\n\u{FFFD}c\n")
        #expect(d.invalidCount == 1)
        #expect(d.invalidLines == [3])
    }

    @Test func emptyInput() throws {
        let (text, reader) = try Fixtures.decode(Fixtures.path("encodings/empty.txt"))
        #expect(text.isEmpty)
        #expect(reader.invalidCount == 0)
    }

    @Test func aOneMegabyteLineDecodesAcrossChunks() throws {
        let line = String(repeating: "物流太慢了，包装破损。", count: 40_000)  // ~1.3 MB
        var d = try StreamDecoder(encoding: .utf8)
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count { let e = min(bytes.count, i + 65_537); out += d.decode(Array(bytes[i..<e]), final: false); i = e }
        out += d.decode([], final: true)
        #expect(out == bytes)
    }

    @Test func missingFileIsAnErrorWithThePath() {
        #expect(throws: TextLayerError.self) { try DecodingReader(path: "/nonexistent/feedback.csv") }
        do { _ = try DecodingReader(path: "/nonexistent/feedback.csv") } catch {
            #expect("\(error)".hasPrefix("/nonexistent/feedback.csv: cannot open"))
        }
    }
}
