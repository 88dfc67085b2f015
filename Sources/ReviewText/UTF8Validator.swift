/// Checks and repairs UTF-8.
enum UTF8Validator {
    /// The length of the valid UTF-8 sequence starting at `i`, 0 when the bytes there are invalid,
    /// or -1 when the sequence is cut off by the end of the buffer.
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b0 = p[i]
        if b0 < 0x80 { return 1 }
        let n = p.count
        @inline(__always) func cont(_ k: Int) -> Int { // 1 ok, 0 bad, -1 missing
            k < n ? (p[k] & 0xC0 == 0x80 ? 1 : 0) : -1
        }
        switch b0 {
        case 0xC2...0xDF:
            let c = cont(i + 1); return c == 1 ? 2 : (c < 0 ? -1 : 0)
        case 0xE0...0xEF:
            guard i + 1 < n else { return -1 }
            let b1 = p[i + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }
            if b0 == 0xED && b1 > 0x9F { return 0 }
            if b1 & 0xC0 != 0x80 { return 0 }
            let c = cont(i + 2); return c == 1 ? 3 : (c < 0 ? -1 : 0)
        case 0xF0...0xF4:
            guard i + 1 < n else { return -1 }
            let b1 = p[i + 1]
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 > 0x8F { return 0 }
            if b1 & 0xC0 != 0x80 { return 0 }
            let c2 = cont(i + 2); if c2 <= 0 { return c2 < 0 ? -1 : 0 }
            let c3 = cont(i + 3); return c3 == 1 ? 4 : (c3 < 0 ? -1 : 0)
        default:
            return 0
        }
    }

    /// Whether the bytes are valid UTF-8 (a sequence cut off at the very end is allowed when
    /// `allowTruncatedEnd`, for samples taken from a longer file).
    static func isValid(_ bytes: [UInt8], allowTruncatedEnd: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                if p[i] < 0x80 { i += 1; continue }
                let l = sequenceLength(p, i)
                if l == 0 { return false }
                if l < 0 { return allowTruncatedEnd }
                i += l
            }
            return true
        }
    }

    /// Counts valid 3- and 4-byte sequences (rare by chance in GBK or Big5 bytes) and invalid bytes.
    static func census(_ bytes: [UInt8]) -> (multiByte: Int, invalid: Int) {
        bytes.withUnsafeBufferPointer { p in
            var i = 0, multi = 0, bad = 0
            while i < p.count {
                if p[i] < 0x80 { i += 1; continue }
                let l = sequenceLength(p, i)
                if l > 2 { multi += 1; i += l } else if l == 2 { i += 2 } else if l < 0 { break } else { bad += 1; i += 1 }
            }
            return (multi, bad)
        }
    }
}
