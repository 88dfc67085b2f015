import CICU

/// Decodes a byte stream in any supported encoding to UTF-8, chunk by chunk.
///
/// Invalid byte sequences never stop decoding and are never dropped silently: each becomes
/// U+FFFD, and is counted with the line it was on (``invalidLines``, the first 1000).
///
/// ```swift
/// var d = try StreamDecoder(encoding: .gb18030)
/// let utf8 = d.decode(chunk, final: false) + d.decode([], final: true)
/// ```
public struct StreamDecoder {
    /// The encoding decoded from.
    public let encoding: TextEncoding
    /// The number of invalid sequences replaced by U+FFFD so far.
    public private(set) var invalidCount = 0
    /// The 1-based lines on which invalid sequences were found (the first 1000 of them).
    public private(set) var invalidLines: [Int] = []
    /// Every line with an invalid sequence (up to ``maxTrackedLines``), for per-row checks.
    public private(set) var invalidLineSet: Set<Int> = []
    /// How many lines with invalid sequences are tracked for ``invalidLineSet``.
    public static let maxTrackedLines = 1_000_000
    /// Lines completed so far (newlines seen in the output).
    private var line = 1
    private var carry: [UInt8] = []
    private var converter: ConverterBox?

    /// How many invalid lines are remembered.
    public static let maxRememberedLines = 1000

    /// Creates a decoder; throws when ICU has no converter for the encoding.
    public init(encoding: TextEncoding) throws {
        self.encoding = encoding
        if !encoding.isUTF8 {
            var status: Int32 = 0
            guard let c = odrConverterOpen(encoding.name, &status) else {
                throw TextLayerError("unknown encoding '\(encoding.name)'")
            }
            converter = ConverterBox(c)
        }
    }

    /// Decodes the next chunk; pass `final: true` with the last one (it may be empty).
    public mutating func decode(_ bytes: [UInt8], final: Bool) -> [UInt8] {
        if let converter { return decodeICU(bytes, final: final, converter.handle) }
        return decodeUTF8(bytes, final: final)
    }

    private mutating func record(badAt lineOffsetCounter: Int) {
        invalidCount += 1
        if invalidLines.count < StreamDecoder.maxRememberedLines && invalidLines.last != lineOffsetCounter {
            invalidLines.append(lineOffsetCounter)
        }
        if invalidLineSet.count < StreamDecoder.maxTrackedLines { invalidLineSet.insert(lineOffsetCounter) }
    }

    private mutating func decodeUTF8(_ chunk: [UInt8], final: Bool) -> [UInt8] {
        let input = carry.isEmpty ? chunk : carry + chunk
        carry.removeAll(keepingCapacity: true)
        // One pass to find a sequence cut off by the chunk's end and whether anything is invalid.
        var cut = input.count
        var anyBad = false
        input.withUnsafeBufferPointer { p in
            var i = 0
            let base = UnsafeRawPointer(p.baseAddress)
            while i < p.count {
                // ASCII eight bytes at a time.
                while i + 8 <= p.count && base!.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
                if i >= p.count { break }
                if p[i] < 0x80 { i += 1; continue }
                let l = UTF8Validator.sequenceLength(p, i)
                if l > 0 { i += l; continue }
                if l < 0 && !final { cut = i; break }
                anyBad = true
                i += 1
            }
        }
        if cut < input.count { carry = Array(input[cut...]) }
        if !anyBad {
            let body = cut == input.count ? input : Array(input[..<cut])
            line += body.withUnsafeBufferPointer { countNewlines($0) }
            return body
        }
        // Repair: every invalid byte becomes U+FFFD, recorded with its line.
        var out = [UInt8]()
        out.reserveCapacity(cut + 64)
        input.withUnsafeBufferPointer { full in
            let p = UnsafeBufferPointer(rebasing: full[..<cut])
            var i = 0
            while i < p.count {
                let b = p[i]
                if b < 0x80 {
                    if b == 0x0A { line += 1 }
                    out.append(b)
                    i += 1
                    continue
                }
                let l = UTF8Validator.sequenceLength(p, i)
                if l > 0 {
                    out.append(contentsOf: p[i..<(i + l)])
                    i += l
                } else {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    record(badAt: line)
                    i += 1
                }
            }
        }
        return out
    }

    private func countNewlines(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        var i = 0
        if let base = UnsafeRawPointer(p.baseAddress) {
            // Eight bytes at a time: each byte equal to LF becomes 0x01 in `hits`, then they are summed.
            while i + 8 <= p.count {
                let x = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                // High bit of each byte set where the byte of x is zero (exact, no borrow across bytes).
                let t = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | x) & 0x8080_8080_8080_8080
                n += (t ^ 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
        }
        while i < p.count { if p[i] == 0x0A { n += 1 }; i += 1 }
        return n
    }

    private mutating func decodeICU(_ chunk: [UInt8], final: Bool, _ c: OpaquePointer) -> [UInt8] {
        let cap = 2 * chunk.count + 16
        var utf16 = [UInt16](repeating: 0, count: cap)
        var bad = [Int32](repeating: 0, count: 256)
        var badCount: Int32 = 0
        var status: Int32 = 0
        let n = chunk.withUnsafeBufferPointer { src in
            src.withMemoryRebound(to: CChar.self) { s in
                odr_converter_to_utf16(c, s.baseAddress, Int32(s.count), &utf16, Int32(cap), final ? 1 : 0,
                                       &bad, 256, &badCount, &status)
            }
        }
        let units = utf16[0..<Int(n)]
        // Line numbers of the invalid sequences, counted in the output (the first 256 of a chunk;
        // beyond that they are counted without their lines).
        var k = 0
        for b in bad.prefix(Int(min(badCount, 256))) {
            while k < Int(b) { if units[k] == 0x0A { line += 1 }; k += 1 }
            record(badAt: line)
        }
        while k < units.count { if units[k] == 0x0A { line += 1 }; k += 1 }
        if badCount > 256 { invalidCount += Int(badCount) - 256 }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}

/// Owns an ICU converter and closes it.
final class ConverterBox {
    let handle: OpaquePointer
    init(_ h: OpaquePointer) { handle = h }
    deinit { odr_converter_close(handle) }
}
