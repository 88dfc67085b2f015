/// One line of a lexicon file cut into columns: a tab, or two or more spaces, separate columns;
/// `#` at the start of a line or of a column starts a comment.
///
/// Works on Unicode scalars (grapheme clusters cost ten times as much, and loading reads every
/// line of every file at each start).
struct ColumnLine {
    let columns: [String]

    init(_ line: Substring) {
        var line = line
        columns = line.withUTF8 { ColumnLine.columns(of: $0) }
    }

    /// The columns of a line given in UTF-8. Separators and the comment mark are ASCII (and U+3000,
    /// E3 80 80), so a byte scan finds them: a byte of a longer character is never one of them.
    static func columns(of u: UnsafeBufferPointer<UInt8>) -> [String] {
        // Strip a comment: `#` at the start of the line (after blanks) or at a column boundary
        // (after a tab or two spaces); `item #1` keeps its `#`.
        var end = u.count
        var blanksOnly = true
        var previous: UInt8 = 0x78, beforePrevious: UInt8 = 0x78
        for i in 0..<u.count {
            let c = u[i]
            if c == 0x23 && (blanksOnly || previous == 0x09 || (previous == 0x20 && beforePrevious == 0x20)) {
                end = i
                break
            }
            if c != 0x20 && c != 0x09 { blanksOnly = false }
            beforePrevious = previous
            previous = c
        }
        // Cut: a tab ends a column, two or more blanks (space, U+3000) too; one blank inside a
        // column is kept as a space, blanks at its edges are dropped.
        var cols: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(end)
        var spaces = 0
        var i = 0
        while i < end {
            let c = u[i]
            if c == 0x09 {
                ColumnLine.finish(&current, into: &cols)
                spaces = 0
            } else if c == 0x20 {
                spaces += 1
            } else if c == 0xE3 && i + 2 < end && u[i + 1] == 0x80 && u[i + 2] == 0x80 {
                spaces += 1
                i += 2
            } else {
                if spaces >= 2 {
                    ColumnLine.finish(&current, into: &cols)
                } else if spaces == 1 && !current.isEmpty {
                    current.append(0x20)
                }
                spaces = 0
                current.append(c)
            }
            i += 1
        }
        ColumnLine.finish(&current, into: &cols)
        return cols
    }

    /// Ends a column: its text, trimmed, unless empty, goes to `cols`. (A function of its own, not a
    /// closure: captured arrays would be boxed and checked at every access of the byte loop.)
    private static func finish(_ current: inout [UInt8], into cols: inout [String]) {
        defer { current.removeAll(keepingCapacity: true) }
        guard let first = current.first, let last = current.last else { return }
        // Whitespace other than the blanks cut above (\r, NBSP, …) can only be left at the
        // edges; an ASCII letter, digit or mark at both ends needs no Unicode lookup.
        func plain(_ b: UInt8) -> Bool { b > 0x20 && b < 0x7F }
        let s = String(decoding: current, as: UTF8.self)
        if plain(first) && plain(last) { cols.append(s); return }
        let t = s.trimmingWhitespace()
        if !t.isEmpty { cols.append(t) }
    }
}

extension String {
    /// The string without leading and trailing whitespace (Unicode's White_Space).
    func trimmingWhitespace() -> String {
        let s = unicodeScalars
        guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = s.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(s[first...last])
    }
}
