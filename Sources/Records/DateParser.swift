/// Parses dates of one ``DateFormat`` into ``CalendarDate``s, on UTF-8 bytes, without Foundation.
///
/// The format is chosen once per file (given by the user, or by ``DateFormatGuesser`` from a
/// sample), never per row. Leading and trailing spaces are ignored.
///
///     let parser = DateParser(format: .usShort)
///     parser.parse("07/01/26")?.iso          // "2026-07-01"
public struct DateParser: Sendable {
    /// The format in use.
    public let format: DateFormat

    /// A parser for `format`.
    public init(format: DateFormat) {
        self.format = format
    }

    /// A parser for the format named by `pattern` (e.g. `DD.MM.YYYY`).
    /// - Throws: ``RecordsError`` when the pattern is not understood.
    public init(pattern: String) throws {
        self.format = try DateFormat(pattern: pattern)
    }

    /// The date in `text`, or `nil` when it does not fit the format or names no real day.
    public func parse(_ text: String) -> CalendarDate? {
        var copy = text
        return copy.withUTF8 { parse(bytes: $0) }
    }

    /// The date in `text`, or `nil`.
    public func parse(_ text: Substring) -> CalendarDate? {
        var copy = text
        return copy.withUTF8 { parse(bytes: $0) }
    }

    /// The date in `text`.
    /// - Throws: ``RecordsError`` with `file` and `line`: `cannot read date '…' as MM/DD/YY`.
    public func parse(_ text: String, file: String?, line: Int?) throws -> CalendarDate {
        guard let date = parse(text) else {
            throw RecordsError(file: file, line: line, message: "cannot read date '\(text)' as \(format.pattern)")
        }
        return date
    }

    /// The date in the UTF-8 bytes `p`, or `nil`.
    public func parse(bytes p: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        var i = 0
        var n = p.count
        while i < n, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
        while n > i, p[n - 1] == 0x20 || p[n - 1] == 0x09 { n -= 1 }

        func number(min: Int, max: Int) -> Int? {
            var v = 0, k = 0
            while k < max, i < n, p[i] >= 0x30, p[i] <= 0x39 {
                v = v * 10 + Int(p[i] - 0x30)
                i += 1
                k += 1
            }
            return k >= min ? v : nil
        }

        var year = 0, month = 0, day = 0
        for token in format.tokens {
            switch token {
            case .year4:
                guard let v = number(min: 4, max: 4) else { return nil }
                year = v
            case .year2:
                guard let v = number(min: 2, max: 2) else { return nil }
                year = v < 69 ? 2000 + v : 1900 + v
            case .month(let exact):
                guard let v = number(min: exact ? 2 : 1, max: 2) else { return nil }
                month = v
            case .day(let exact):
                guard let v = number(min: exact ? 2 : 1, max: 2) else { return nil }
                day = v
            case .spaces:
                guard i < n, p[i] == 0x20 else { return nil }
                while i < n, p[i] == 0x20 { i += 1 }
            case .literal(let b):
                guard i < n, p[i] == b else { return nil }
                i += 1
            }
        }
        // A digit right after the date means the value is longer than the format (e.g. a 4-digit
        // year read as `YY`).
        if i < n, p[i] >= 0x30, p[i] <= 0x39, i > 0, p[i - 1] >= 0x30, p[i - 1] <= 0x39 { return nil }

        var seconds: Int?
        var offset: Int?
        if i < n {
            while i < n, p[i] == 0x20 || p[i] == UInt8(ascii: "T") { i += 1 }
            guard let h = number(min: 1, max: 2), h < 24, i < n, p[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            guard let m = number(min: 2, max: 2), m < 60 else { return nil }
            var s = 0
            if i < n, p[i] == UInt8(ascii: ":") {
                i += 1
                guard let v = number(min: 2, max: 2), v < 61 else { return nil }
                s = min(v, 59)
                if i < n, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: ",") {
                    i += 1
                    guard number(min: 1, max: 9) != nil else { return nil }
                }
            }
            seconds = h * 3600 + m * 60 + s
            while i < n, p[i] == 0x20 { i += 1 }
            if i < n {
                if p[i] == UInt8(ascii: "Z") || p[i] == UInt8(ascii: "z") {
                    offset = 0
                    i += 1
                } else if p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") {
                    let sign = p[i] == UInt8(ascii: "-") ? -1 : 1
                    i += 1
                    guard let oh = number(min: 2, max: 2), oh <= 18 else { return nil }
                    var om = 0
                    if i < n, p[i] == UInt8(ascii: ":") { i += 1 }
                    if i < n {
                        guard let v = number(min: 2, max: 2), v < 60 else { return nil }
                        om = v
                    }
                    offset = sign * (oh * 3600 + om * 60)
                }
            }
            if i < n { return nil }
        }
        return CalendarDate(year: year, month: month, day: day, secondsOfDay: seconds, utcOffsetSeconds: offset)
    }
}
