#if canImport(Glibc)
import Glibc
#endif

/// Buffered writes to standard output.
final class StandardOutput {
    private var buffer: [UInt8] = []
    init() { buffer.reserveCapacity(1 << 16) }
    func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }
    func flush() {
        var off = 0
        while off < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + off, buffer.count - off) }
            if n <= 0 { break }
            off += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }
}

/// Messages on standard error.
enum StandardError {
    static func print(_ s: String) {
        let line = s + "\n"
        _ = line.utf8CString.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress!, $0.count - 1) }
    }
}

/// JSON string quoting for hand-built JSON.
enum JSONString {
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 { out += String(format4: u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

extension String {
    init(format4 v: UInt32) {
        let hex = String(v, radix: 16)
        self = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
