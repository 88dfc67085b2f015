/// Small text helpers used by the parsers in this module (internal).
extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }

    /// The string with spaces removed.
    func replacingSpaces() -> String {
        String(filter { $0 != " " })
    }
}
