/// One line of a lexicon file cut into columns: a tab, or two or more spaces, separate columns;
/// `#` at the start or after whitespace starts a comment.
struct ColumnLine {
    let columns: [String]

    init(_ line: Substring) {
        var text = Substring(line)
        // Strip a comment.
        var prev: Character = " "
        var idx = text.startIndex
        while idx < text.endIndex {
            let c = text[idx]
            if c == "#" && (prev == " " || prev == "\t" || idx == text.startIndex) { text = text[..<idx]; break }
            prev = c
            idx = text.index(after: idx)
        }
        var cols: [String] = []
        var current = ""
        var spaces = 0
        for c in text {
            if c == "\t" {
                cols.append(current); current = ""; spaces = 0
            } else if c == " " || c == "\u{3000}" {
                spaces += 1
            } else {
                if spaces >= 2 { cols.append(current); current = "" } else if spaces == 1 && !current.isEmpty { current.append(" ") }
                spaces = 0
                current.append(c)
            }
        }
        cols.append(current)
        columns = cols.map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
