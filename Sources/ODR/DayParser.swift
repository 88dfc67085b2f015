import Records

/// Reads the calendar day (days since 1970-01-01) of a date or timestamp, on bytes.
///
/// The rule for the ODR window: a timestamp with a UTC offset (`2026-07-01T23:30:00-07:00`, `…Z`)
/// is converted to ``utcOffset`` (UTC unless `--tz` says otherwise) and its date taken there;
/// a value without an offset is taken as it stands. ISO dates and timestamps take a fast path;
/// any other layout goes through ``DateParser`` with the one format decided for the column.
///
///     DayParser(format: nil, utcOffset: 8 * 3600).day("2026-07-01T23:30:00Z")  // 2026-07-02
public struct DayParser: Sendable {
    /// The column's format; `nil` for ISO 8601.
    public let format: DateFormat?
    /// The offset (seconds east of UTC) that timestamps with an offset are converted to.
    public let utcOffset: Int
    private let parser: DateParser

    /// A parser for `format` (`nil`: ISO), converting to `utcOffset`.
    public init(format: DateFormat?, utcOffset: Int = 0) {
        self.format = format == .iso8601 ? nil : format
        self.utcOffset = utcOffset
        self.parser = DateParser(format: format ?? .iso8601)
    }

    /// A parser whose format is guessed from `samples` (ISO when they are ISO or empty).
    public static func guessing(_ samples: [String], utcOffset: Int) -> DayParser {
        let values = samples.filter { !$0.trimmingCharacters(in: " ").isEmpty }
        if values.allSatisfy({ DayParser(format: nil, utcOffset: 0).day($0) != nil }) {
            return DayParser(format: nil, utcOffset: utcOffset)
        }
        return DayParser(format: DateFormatGuesser.guess(values), utcOffset: utcOffset)
    }

    /// The day of `text`, or `nil`.
    public func day(_ text: String) -> Int? {
        var copy = text
        return copy.withUTF8 { day($0) }
    }

    /// The day of the bytes `p`, or `nil` when they are not a date of the format.
    @inline(__always)
    public func day(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        if format == nil, let d = fastISO(p) { return d }
        guard let date = parser.parse(bytes: p) else { return nil }
        if date.utcOffsetSeconds != nil { return date.converted(toUTCOffset: utcOffset).dayNumber }
        return date.dayNumber
    }

    @inline(__always)
    private func fastISO(_ p: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = p.count
        guard n >= 10, p[4] == 0x2D, p[7] == 0x2D else { return nil }
        @inline(__always) func d(_ i: Int) -> Int { Int(p[i] &- 0x30) }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where p[i] &- 0x30 > 9 { return nil }
        let year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)
        let month = d(5) * 10 + d(6), day = d(8) * 10 + d(9)
        guard month >= 1, month <= 12, day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        let base = CalendarDate.dayNumber(year: year, month: month, day: day)
        if n == 10 { return base }
        // YYYY-MM-DDTHH:MM:SS(Z|±HH:MM)
        guard n >= 19, p[10] == 0x54 || p[10] == 0x20, p[13] == 0x3A, p[16] == 0x3A else { return nil }
        for i in [11, 12, 14, 15, 17, 18] where p[i] &- 0x30 > 9 { return nil }
        let seconds = (d(11) * 10 + d(12)) * 3600 + (d(14) * 10 + d(15)) * 60 + d(17) * 10 + d(18)
        let offset: Int
        if n == 19 { return base }
        if n == 20, p[19] == 0x5A { offset = 0 }
        else if n == 25, p[19] == 0x2B || p[19] == 0x2D, p[22] == 0x3A {
            for i in [20, 21, 23, 24] where p[i] &- 0x30 > 9 { return nil }
            let o = (d(20) * 10 + d(21)) * 3600 + (d(23) * 10 + d(24)) * 60
            offset = p[19] == 0x2D ? -o : o
        } else { return nil }
        let local = base * 86400 + seconds - offset + utcOffset
        return local >= 0 ? local / 86400 : (local - 86399) / 86400
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, set.contains(l) || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
