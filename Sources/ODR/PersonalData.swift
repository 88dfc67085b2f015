/// Finds e-mail addresses and phone numbers in buyer text: what makes a feedback removable, and
/// what `export --redact` masks.
///
/// - An e-mail: letters, digits or `_` before an `@`, then a domain of at least three letters with
///   a dot inside it.
/// - A phone number: 10 or more digits in one run of digits and the separators space, `-`, `.`,
///   `(`, `)`, `+`; an Amazon order id (3-7-7 digits) is not one.
public enum PersonalData {
    /// What was found.
    public enum Kind: String, Sendable {
        case email
        case phone
    }

    /// The UTF-8 byte ranges of every e-mail and phone number in `text`, in text order.
    public static func find(in text: String) -> [(kind: Kind, range: Range<Int>)] {
        let u = Array(text.utf8)
        var out: [(kind: Kind, range: Range<Int>)] = []
        for (i, b) in u.enumerated() where b == UInt8(ascii: "@") && i > 0 {
            guard isWord(u[i - 1]) else { continue }
            var j = i + 1, dot = false, letters = 0
            while j < u.count, isWord(u[j]) || u[j] == UInt8(ascii: ".") || u[j] == UInt8(ascii: "-") {
                if u[j] == UInt8(ascii: ".") { dot = letters > 0 } else { letters += 1 }
                j += 1
            }
            if dot && letters >= 3 && u[j - 1] != UInt8(ascii: ".") {
                var s = i - 1
                while s > 0, isWord(u[s - 1]) || u[s - 1] == UInt8(ascii: ".") || u[s - 1] == UInt8(ascii: "-") || u[s - 1] == UInt8(ascii: "+") { s -= 1 }
                out.append((.email, s..<j))
            }
        }
        var i = 0
        while i < u.count {
            guard isDigit(u[i]) || u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "(") else { i += 1; continue }
            var j = i, digits = 0, last = i
            var groups: [Int] = []
            var group = 0
            while j < u.count, isDigit(u[j]) || [0x20, 0x2D, 0x2E, 0x28, 0x29, 0x2B].contains(u[j]) {
                if isDigit(u[j]) { digits += 1; group += 1; last = j } else if group > 0 { groups.append(group); group = 0 }
                j += 1
            }
            if group > 0 { groups.append(group) }
            let insideEmail = out.contains { $0.kind == .email && $0.range.contains(i) }
            if digits >= 10 && groups != [3, 7, 7] && !insideEmail { out.append((.phone, i..<(last + 1))) }
            i = j + 1
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether `text` holds an e-mail address or a phone number.
    public static func contains(in text: String) -> Bool { !find(in: text).isEmpty }

    /// `text` with every e-mail replaced by `[email]` and every phone number by `[phone]`.
    public static func redact(_ text: String) -> String {
        let found = find(in: text)
        guard !found.isEmpty else { return text }
        let u = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var at = 0
        for f in found where f.range.lowerBound >= at {
            out += u[at..<f.range.lowerBound]
            out += Array("[\(f.kind.rawValue)]".utf8)
            at = f.range.upperBound
        }
        out += u[at...]
        return String(decoding: out, as: UTF8.self)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isWord(_ b: UInt8) -> Bool {
        isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == UInt8(ascii: "_")
    }
}
