/// Splits a decoded stream into lines (LF, CRLF or CR), numbered from 1.
public enum LineSplitter {
    /// Calls `body` with each line's number and text, streaming.
    public static func forEachLine(of reader: DecodingReader, _ body: (Int, String) throws -> Void) throws {
        var pending: [UInt8] = []
        var number = 0
        var lastWasCR = false
        while let chunk = try reader.nextChunk() {
            var start = 0
            for i in 0..<chunk.count {
                let b = chunk[i]
                if b == 0x0A && lastWasCR { start = i + 1; lastWasCR = false; continue }
                lastWasCR = false
                if b == 0x0A || b == 0x0D {
                    pending.append(contentsOf: chunk[start..<i])
                    number += 1
                    try body(number, String(decoding: pending, as: UTF8.self))
                    pending.removeAll(keepingCapacity: true)
                    start = i + 1
                    lastWasCR = b == 0x0D
                }
            }
            pending.append(contentsOf: chunk[start...])
        }
        if !pending.isEmpty {
            number += 1
            try body(number, String(decoding: pending, as: UTF8.self))
        }
    }

    /// All lines of a (small) file.
    public static func lines(of reader: DecodingReader) throws -> [(number: Int, text: String)] {
        var out: [(Int, String)] = []
        try forEachLine(of: reader) { out.append(($0, $1)) }
        return out
    }
}

extension String {
    /// The string without leading and trailing white space.
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
