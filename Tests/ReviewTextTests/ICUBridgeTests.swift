import CICU
import CLITestSupport
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

    /// The stretched-word pre-check (eight units at a time with SSE2) says what a plain loop says:
    /// three equal units in a row, the first a digit, letter or anything at or above U+0030.
    @Test("the run-of-three scan agrees with a plain loop", arguments: [1, 2, 3])
    func runOfThree(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let alphabet: [UInt16] = [0x20, 0x2E, 0x2F, 0x30, 0x61, 0x62, 0x4E00, 0xFFFF]
        for _ in 0..<20_000 {
            let n = Int.random(in: 0...40, using: &rng)
            var s = (0..<n).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }
            if n >= 3 && Bool.random(using: &rng) {  // plant a run somewhere, often near the ends
                let at = [0, n - 3, Int.random(in: 0...(n - 3), using: &rng)][Int.random(in: 0..<3, using: &rng)]
                let u = alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]
                s[at] = u; s[at + 1] = u; s[at + 2] = u
            }
            var plain = false
            for i in 0..<max(n - 2, 0) where s[i] == s[i + 1] && s[i] == s[i + 2] && s[i] >= 0x30 { plain = true }
            let fast = s.withUnsafeBufferPointer { odr_has_run_of_three($0.baseAddress, Int32(n)) != 0 }
            #expect(fast == plain, "\(s.map { String($0, radix: 16) })")
            if fast != plain { return }
        }
    }

    @Test func errorNames() {
        #expect(String(cString: odr_icu_error_name(1)) == "U_ILLEGAL_ARGUMENT_ERROR")
    }
}
