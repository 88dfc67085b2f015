/// Builds JSON text by hand into a byte buffer: fast, no `JSONEncoder`, for writing JSON lines.
///
/// Strings are escaped by ``appendEscaped(_:to:)``: `"` and `\`, control characters (as `\n`,
/// `\t`, … or `\u00XX`), and U+2028/U+2029 (which break JavaScript). Commas between members and
/// elements are inserted automatically.
///
///     var w = JSONWriter()
///     w.beginObject()
///     w.key("order"); w.string("111-2222222-3333333")
///     w.key("rating"); w.number(1)
///     w.endObject()
///     w.endLine()
///     w.takeOutput()   // {"order":"111-2222222-3333333","rating":1}\n
public struct JSONWriter: Sendable {
    /// Bytes written and not yet taken.
    public private(set) var output: [UInt8] = []
    /// For each open container, whether it has a member yet.
    private var hasItem: [Bool] = []
    private var afterKey = false

    /// An empty writer.
    public init() {
        output.reserveCapacity(1 << 12)
    }

    /// Opens an object `{`.
    public mutating func beginObject() { separate(); output.append(UInt8(ascii: "{")); hasItem.append(false) }
    /// Closes the current object `}`.
    public mutating func endObject() { output.append(UInt8(ascii: "}")); _ = hasItem.popLast() }
    /// Opens an array `[`.
    public mutating func beginArray() { separate(); output.append(UInt8(ascii: "[")); hasItem.append(false) }
    /// Closes the current array `]`.
    public mutating func endArray() { output.append(UInt8(ascii: "]")); _ = hasItem.popLast() }

    /// Writes an object member's key; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        Self.appendEscaped(name, to: &output)
        output.append(UInt8(ascii: ":"))
        afterKey = true
    }

    /// Writes a string value.
    public mutating func string(_ value: String) { separate(); Self.appendEscaped(value, to: &output) }
    /// Writes a string value or `null`.
    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    /// Writes an integer value.
    public mutating func number(_ value: Int) { separate(); output.append(contentsOf: String(value).utf8) }
    /// Writes a floating-point value (`null` when not finite, as JSON has no NaN or infinity).
    public mutating func number(_ value: Double) {
        separate()
        if value.isFinite {
            if value == value.rounded(), abs(value) < 1e15 {
                output.append(contentsOf: String(Int(value)).utf8)
            } else {
                output.append(contentsOf: String(value).utf8)
            }
        } else {
            output.append(contentsOf: "null".utf8)
        }
    }
    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) { separate(); output.append(contentsOf: (value ? "true" : "false").utf8) }
    /// Writes `null`.
    public mutating func null() { separate(); output.append(contentsOf: "null".utf8) }
    /// Writes already-valid JSON text as a value.
    public mutating func rawJSON(_ text: String) { separate(); output.append(contentsOf: text.utf8) }
    /// Ends a JSON line with `\n`.
    public mutating func endLine() { output.append(0x0A) }

    /// Returns the bytes written so far and empties the buffer.
    public mutating func takeOutput() -> [UInt8] {
        defer { output.removeAll(keepingCapacity: true) }
        return output
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = hasItem.last {
            if last { output.append(UInt8(ascii: ",")) }
            hasItem[hasItem.count - 1] = true
        }
    }

    /// `s` as a quoted, escaped JSON string.
    public static func quoted(_ s: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(s, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The lower-case hex digit of a value below 16.
    @inline(__always)
    static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }

    /// Appends `s` as a quoted JSON string to `out`.
    ///
    /// - Complexity: O(n); bytes that need no escape are copied in runs.
    public static func appendEscaped(_ s: String, to out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { p in
            var runStart = 0
            var i = 0
            let n = p.count
            let base = UnsafeRawPointer(p.baseAddress)
            while i < n {
                // Eight bytes at a time while none needs attention (control, `"`, `\`, 0xE2).
                while i + 8 <= n {
                    let w = base!.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if ByteScan.hasByte(below: 0x20, w) || ByteScan.hasByte(0x22, w) || ByteScan.hasByte(0x5C, w) || ByteScan.hasByte(0xE2, w) { break }
                    i += 8
                }
                if i >= n { break }
                let b = p[i]
                var escape: [UInt8]? = nil
                var width = 1
                if b < 0x20 {
                    switch b {
                    case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
                    case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
                    case 0x09: escape = [0x5C, UInt8(ascii: "t")]
                    case 0x08: escape = [0x5C, UInt8(ascii: "b")]
                    case 0x0C: escape = [0x5C, UInt8(ascii: "f")]
                    default: escape = [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigit(b >> 4), hexDigit(b & 0xF)]
                    }
                } else if b == 0x22 || b == 0x5C {
                    escape = [0x5C, b]
                } else if b == 0xE2, i + 2 < n, p[i + 1] == 0x80, p[i + 2] == 0xA8 || p[i + 2] == 0xA9 {
                    escape = Array((p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                }
                if let escape {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
                    out.append(contentsOf: escape)
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<n]))
        }
        out.append(0x22)
    }
}
