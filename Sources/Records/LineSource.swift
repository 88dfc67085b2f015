/// Splits a ``ByteChunkSource`` into physical lines (`\n`, `\r\n` or a lone `\r` end a line),
/// counting them from 1 and dropping a leading UTF-8 BOM.
///
/// - Complexity: O(n) over the input; each byte is scanned once.
struct LineSource {
    private var source: any ByteChunkSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanned = 0
    private var atEnd = false
    private var checkedBOM = false
    private var nextNumber = 1

    init(_ source: some ByteChunkSource) {
        self.source = source
    }

    /// The next physical line, or `nil` at the end. A final line without a line end is returned too;
    /// an input ending with a line end does not produce an extra empty line.
    mutating func nextLine() throws -> PhysicalLine? {
        guard let (range, terminator) = try nextRange() else { return nil }
        var line = PhysicalLine(bytes: Array(buffer[range]), number: nextNumber - 1, terminator: terminator)
        if !checkedBOM { stripBOM(&line) }
        return line
    }

    /// The next line that holds more than spaces and tabs, appended to `lines` without a copy of
    /// its own (the way JSON lines travel to the threads that parse them); its number, or `nil` at
    /// the end.
    mutating func nextNonBlankLine(appendingTo lines: inout RawLines) throws -> Int? {
        if !checkedBOM {
            // The first line goes the long way, for its byte order mark.
            while let line = try nextLine() {
                if LineSource.isBlank(line.bytes[...]) { continue }
                lines.append(line: line.number, bytes: line.bytes[...])
                return line.number
            }
            return nil
        }
        while let (range, _) = try nextRange() {
            if LineSource.isBlank(buffer[range]) { continue }
            lines.append(line: nextNumber - 1, bytes: buffer[range])
            return nextNumber - 1
        }
        return nil
    }

    /// Whether a line holds nothing but spaces and tabs.
    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        for b in bytes where b != 0x20 && b != 0x09 { return false }
        return true
    }

    /// Finds the next line and moves past it: its bytes' range in `buffer` (valid until the next
    /// call) and how it ended. `nextNumber` is one past its number afterwards.
    private mutating func nextRange() throws -> (Range<Int>, PhysicalLine.Terminator)? {
        while true {
            if let end = findLineEnd() {
                let isCR = buffer[end] == 0x0D
                if isCR, end + 1 == buffer.count, !atEnd {
                    // A CR at the end of the buffer may be the first half of CRLF.
                    scanned = end
                    try fill()
                    continue
                }
                let crlf = isCR && end + 1 < buffer.count && buffer[end + 1] == 0x0A
                let range = start..<end
                nextNumber += 1
                start = end + (crlf ? 2 : 1)
                scanned = start
                return (range, crlf ? .crlf : (isCR ? .cr : .lf))
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let range = start..<buffer.count
                nextNumber += 1
                start = buffer.count
                scanned = start
                return (range, .none)
            }
            try fill()
        }
    }

    private mutating func findLineEnd() -> Int? {
        let from = scanned
        let found: Int? = buffer.withUnsafeBufferPointer { p in
            var i = from
            let n = p.count
            // Eight bytes at a time while none is CR or LF.
            if let base = UnsafeRawPointer(p.baseAddress) {
                while i + 8 <= n {
                    let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    if ByteScan.hasByte(0x0A, w) || ByteScan.hasByte(0x0D, w) { break }
                    i += 8
                }
            }
            while i < n {
                let b = p[i]
                if b <= 0x0D, b == 0x0A || b == 0x0D { return i }
                i += 1
            }
            return nil
        }
        if found == nil { scanned = buffer.count }
        return found
    }

    /// Drops consumed bytes and appends the next chunk (or marks the end).
    private mutating func fill() throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        guard let chunk = try source.nextChunk() else {
            atEnd = true
            return
        }
        buffer.append(contentsOf: chunk)
    }

    /// Removes a UTF-8 byte order mark from the first line.
    private mutating func stripBOM(_ line: inout PhysicalLine) {
        checkedBOM = true
        if line.bytes.count >= 3, line.bytes[0] == 0xEF, line.bytes[1] == 0xBB, line.bytes[2] == 0xBF {
            line.bytes.removeFirst(3)
        }
    }
}
