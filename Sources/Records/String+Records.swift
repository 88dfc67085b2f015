/// Small text helpers used by the parsers in this module (internal).
extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        // On bytes, and without a copy when there is nothing to trim (the usual case).
        let u = utf8
        guard let first = u.first, let last = u.last else { return self }
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        if !blank(first) && !blank(last) { return self }
        guard let lo = u.firstIndex(where: { !blank($0) }) else { return "" }
        let hi = u.lastIndex(where: { !blank($0) })!
        return String(self[lo...hi])
    }

    /// The string with spaces removed.
    func replacingSpaces() -> String {
        String(filter { $0 != " " })
    }
}
