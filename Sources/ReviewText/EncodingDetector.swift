import CICU

/// Decides the encoding of a file from its first bytes.
///
/// In order: a byte-order mark (UTF-8, UTF-16 LE/BE); valid UTF-8; then ICU's charset detector,
/// whose Chinese, Japanese and Western guesses are checked by decoding the sample without errors.
/// Plain ASCII is UTF-8.
public enum EncodingDetector {
    /// The outcome of detection.
    public struct Detection: Sendable, Equatable {
        /// The encoding to decode with.
        public var encoding: TextEncoding
        /// Bytes of byte-order mark to skip.
        public var bomLength: Int
        /// Why: `BOM`, `valid UTF-8`, `ICU detector (confidence 62)`.
        public var reason: String
    }

    /// How many bytes of a file detection looks at.
    public static let sampleSize = 256 * 1024

    /// Detects the encoding of a sample (the start of a file).
    public static func detect(_ sample: [UInt8]) -> Detection {
        if sample.starts(with: [0xEF, 0xBB, 0xBF]) { return Detection(encoding: .utf8, bomLength: 3, reason: "UTF-8 BOM") }
        if sample.starts(with: [0xFF, 0xFE]) { return Detection(encoding: .utf16LE, bomLength: 2, reason: "UTF-16LE BOM") }
        if sample.starts(with: [0xFE, 0xFF]) { return Detection(encoding: .utf16BE, bomLength: 2, reason: "UTF-16BE BOM") }
        // UTF-16 without BOM: many zero bytes in alternate positions.
        if sample.count >= 4 {
            var evenZero = 0, oddZero = 0
            for (i, b) in sample.prefix(4096).enumerated() where b == 0 { if i % 2 == 0 { evenZero += 1 } else { oddZero += 1 } }
            let half = min(sample.count, 4096) / 2
            if oddZero > half / 3 && evenZero < half / 20 { return Detection(encoding: .utf16LE, bomLength: 0, reason: "UTF-16LE zero-byte pattern") }
            if evenZero > half / 3 && oddZero < half / 20 { return Detection(encoding: .utf16BE, bomLength: 0, reason: "UTF-16BE zero-byte pattern") }
        }
        if UTF8Validator.isValid(sample, allowTruncatedEnd: sample.count >= sampleSize) {
            return Detection(encoding: .utf8, bomLength: 0, reason: "valid UTF-8")
        }
        // Mostly valid UTF-8 with a few broken bytes is UTF-8 (the bad bytes are replaced and reported).
        let (multi, invalid) = UTF8Validator.census(sample)
        if multi >= 8 && invalid * 3 <= multi {
            return Detection(encoding: .utf8, bomLength: 0, reason: "UTF-8 with \(invalid) invalid byte(s)")
        }
        let candidates = icuCandidates(sample)
        // ICU's guess, when decoding the sample with it is clean.
        for (name, confidence) in candidates {
            guard let enc = supported(name) else { continue }
            if invalidCount(sample, enc) == 0 {
                return Detection(encoding: enc, bomLength: 0, reason: "ICU charset detector: \(name), confidence \(confidence)")
            }
        }
        // Otherwise the East Asian encoding that decodes with the fewest errors, then Windows-1252.
        let ranked = [TextEncoding.gb18030, .big5, .shiftJIS].map { ($0, invalidCount(sample, $0)) }.sorted { $0.1 < $1.1 }
        if let best = ranked.first, best.1 * 50 < sample.count, hasHighBytePairs(sample) {
            return Detection(encoding: best.0, bomLength: 0, reason: "fewest decoding errors (\(best.1))")
        }
        return Detection(encoding: .windows1252, bomLength: 0, reason: "not UTF-8, no better guess")
    }

    static func supported(_ icuName: String) -> TextEncoding? {
        switch icuName {
        case "UTF-8": return .utf8
        case "UTF-16LE": return .utf16LE
        case "UTF-16BE": return .utf16BE
        case "GB18030": return .gb18030
        case "Big5": return .big5
        case "Shift_JIS": return .shiftJIS
        case "ISO-8859-1", "windows-1252": return .windows1252
        case "EUC-JP": return TextEncoding(name: "EUC-JP")
        case "EUC-KR": return TextEncoding(name: "EUC-KR")
        default: return nil
        }
    }

    static func icuCandidates(_ sample: [UInt8]) -> [(String, Int)] {
        var names = [[CChar]](repeating: [CChar](repeating: 0, count: 32), count: 8)
        var conf = [Int32](repeating: 0, count: 8)
        var status: Int32 = 0
        let flat = UnsafeMutablePointer<CChar>.allocate(capacity: 8 * 32)
        defer { flat.deallocate() }
        let n = sample.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { b in
                flat.withMemoryRebound(to: (CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar, CChar).self, capacity: 8) {
                    odr_detect_charsets(b.baseAddress, Int32(min(b.count, 64 * 1024)), $0, &conf, 8, &status)
                }
            }
        }
        for i in 0..<Int(n) { names[i] = Array(UnsafeBufferPointer(start: flat + i * 32, count: 32)) }
        return (0..<Int(n)).map { i in (names[i].withUnsafeBufferPointer { String(cString: $0.baseAddress!) }, Int(conf[i])) }
    }

    static func invalidCount(_ sample: [UInt8], _ encoding: TextEncoding) -> Int {
        guard var decoder = try? StreamDecoder(encoding: encoding) else { return .max }
        _ = decoder.decode(sample, final: false)
        return decoder.invalidCount
    }

    static func hasHighBytePairs(_ sample: [UInt8]) -> Bool {
        var i = 0, pairs = 0
        while i + 1 < sample.count {
            if sample[i] >= 0x81 && sample[i + 1] >= 0x40 { pairs += 1; i += 2 } else { i += 1 }
        }
        return pairs > 0
    }
}
