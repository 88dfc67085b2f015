/// One line of a lexicon file cut into columns: a tab, or two or more spaces, separate columns;
/// `#` at the start of a line or of a column starts a comment.
///
/// Works on Unicode scalars (grapheme clusters cost ten times as much, and loading reads every
/// line of every file at each start).
struct ColumnLine {
    let columns: [String]

    init(_ line: Substring) {
        let scalars = line.unicodeScalars
        // Strip a comment: `#` at the start of the line (after blanks) or at a column boundary
        // (after a tab or two spaces); `item #1` keeps its `#`.
        var end = scalars.endIndex
        var blanksOnly = true
        var previous: Unicode.Scalar = "x", beforePrevious: Unicode.Scalar = "x"
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == "#" && (blanksOnly || previous == "\t" || (previous == " " && beforePrevious == " ")) {
                end = i
                break
            }
            if c != " " && c != "\t" { blanksOnly = false }
            beforePrevious = previous
            previous = c
            scalars.formIndex(after: &i)
        }
        var cols: [String] = []
        var current = String.UnicodeScalarView()
        var spaces = 0
        for c in scalars[..<end] {
            if c == "\t" {
                cols.append(String(current)); current = String.UnicodeScalarView(); spaces = 0
            } else if c == " " || c == "\u{3000}" {
                spaces += 1
            } else {
                if spaces >= 2 {
                    cols.append(String(current)); current = String.UnicodeScalarView()
                } else if spaces == 1 && !current.isEmpty {
                    current.append(" ")
                }
                spaces = 0
                current.append(c)
            }
        }
        cols.append(String(current))
        columns = cols.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
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
