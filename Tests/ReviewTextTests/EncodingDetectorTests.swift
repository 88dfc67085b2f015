import Testing
@testable import ReviewText

@Suite struct EncodingDetectorTests {
    static let zh = "订单号,评价内容\n1001,物流太慢了，包装破损，客服不理人\n1002,质量很好，发货快，好评！\n"

    @Test("every encoding a real export has is detected and decoded", arguments: [
        ("encodings/zh-utf8.csv", "UTF-8", "物流太慢了，包装破损"),
        ("encodings/zh-utf8-bom.csv", "UTF-8", "订单号,评价内容"),
        ("encodings/zh-utf16le-bom.csv", "UTF-16LE", "客服不理人"),
        ("encodings/zh-utf16be-bom.csv", "UTF-16BE", "客服不理人"),
        ("encodings/zh-gbk.csv", "GB18030", "物流太慢了，包装破损"),
        ("encodings/zh-gb18030.csv", "GB18030", "质量很好，发货快，好评！"),
        ("encodings/zh-big5.csv", "Big5", "發錯貨了，退貨很麻煩"),
        ("encodings/ja-shift_jis.csv", "Shift_JIS", "配送が遅い。箱が潰れていた"),
        ("encodings/en-windows1252.csv", "windows-1252", "Café order never arrived – très déçu"),
        ("encodings/en-latin1.tsv", "windows-1252", "schlechte Qualität"),
    ])
    func detects(file: String, encoding: String, expected: String) throws {
        let (text, reader) = try Fixtures.decode(Fixtures.path(file))
        #expect(reader.encoding.name == encoding, "\(file): \(reader.reason)")
        #expect(text.contains(expected))
        #expect(reader.invalidCount == 0)
        #expect(!text.hasPrefix("\u{FEFF}"), "the BOM is not part of the text")
    }

    @Test func explicitEncodingOverridesDetection() throws {
        let (text, reader) = try Fixtures.decode(Fixtures.path("encodings/zh-gbk.csv"), encoding: try TextEncoding(userName: "gbk"))
        #expect(reader.encoding == .gb18030)
        #expect(text == Self.zh)
    }

    @Test func asciiIsUTF8() {
        #expect(EncodingDetector.detect(Array("Date,Rating\n".utf8)).encoding == .utf8)
        #expect(EncodingDetector.detect([]).encoding == .utf8)
    }

    @Test func utf16WithoutBOMByZeroBytes() {
        let bytes = Array("Date,Rating,Comments\n07/01/26,1,late\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(EncodingDetector.detect(bytes).encoding == .utf16LE)
    }

    @Test("user names of encodings", arguments: [
        ("gbk", "GB18030"), ("GB2312", "GB18030"), ("cp936", "GB18030"), ("utf8", "UTF-8"), ("UTF-8", "UTF-8"),
        ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("sjis", "Shift_JIS"), ("big5", "Big5"),
        ("utf-16le", "UTF-16LE"), ("EUC-KR", "EUC-KR"), ("windows-1251", "windows-1251"),
    ])
    func userNames(name: String, canonical: String) throws {
        #expect(try TextEncoding(userName: name).name == canonical)
    }

    @Test func unknownEncodingIsAClearError() {
        #expect(throws: TextLayerError.self) { try TextEncoding(userName: "klingon-8") }
    }
}
