import CICU
import Testing

/// The C bridge's declarations are checked against ICU's headers when odr_icu.c compiles
/// (`_Static_assert`s and real calls); these tests check the headers against the library.
@Suite struct ICUBridgeTests {
    @Test func headersMatchTheLoadedLibrary() {
        var buf = [CChar](repeating: 0, count: 24)
        odr_icu_runtime_version(&buf, 24)
        let runtime = buf.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let header = String(cString: odr_icu_header_version())
        #expect(runtime.hasPrefix(header), "compiled against ICU \(header) but loaded \(runtime)")
        #expect(odr_icu_uchar_size() == 2)
    }

    @Test func traditionalTableAgreesWithTheTransliterator() {
        let sample = Array("發錯貨了退貨麻煩包裝破損質量物流說話為什麼這個東西還沒收到".utf16)
        var out = [UInt16](repeating: 0, count: sample.count * 4)
        var status: Int32 = 0
        let n = odr_transliterate_t2s(sample, Int32(sample.count), &out, Int32(out.count), &status)
        #expect(odr_icu_failure(status) == 0)
        let viaTable = sample.map { odr_simplify_char($0) }
        #expect(Array(out[..<Int(n)]) == viaTable)
        #expect(String(decoding: viaTable, as: UTF16.self) == "发错货了退货麻烦包装破损质量物流说话为什么这个东西还没收到")
    }

    @Test func errorNames() {
        #expect(String(cString: odr_icu_error_name(1)) == "U_ILLEGAL_ARGUMENT_ERROR")
    }
}
