/// One line of a lexicon file cut into columns: a tab, or two or more spaces, separate columns;
/// `#` at the start of a line or of a column starts a comment.
struct ColumnLine {
    let columns: [String]

    init(_ line: Substring) {
        var text = Substring(line)
        // Strip a comment: `#` at the start of the line (after blanks) or at a column boundary
        // (after a tab or two spaces); `item #1` keeps its `#`.
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == "#" {
                let before = chars[..<i]
                let atStart = before.allSatisfy { $0 == " " || $0 == "\t" }
                let afterTab = i >= 1 && chars[i - 1] == "\t"
                let afterTwoSpaces = i >= 2 && chars[i - 1] == " " && chars[i - 2] == " "
                if atStart || afterTab || afterTwoSpaces { text = Substring(String(chars[..<i])); break }
            }
            i += 1
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
