/// A calendar date, optionally with a time of day and a UTC offset: the value dates are parsed into.
///
/// Dates use the proleptic Gregorian calendar. ``dayNumber`` (days since 1970-01-01) makes
/// arithmetic and windows simple: `b.dayNumber - a.dayNumber` is a number of days.
///
///     let d = CalendarDate(year: 2026, month: 7, day: 1)
///     d.iso                     // "2026-07-01"
///     d.adding(days: 60).iso    // "2026-08-30"
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int
    /// Seconds since midnight (0..<86400), when the value had a time.
    public var secondsOfDay: Int?
    /// The UTC offset in seconds (east positive), when the value had one (`Z` is 0).
    public var utcOffsetSeconds: Int?

    /// Creates a date; returns `nil` when the day does not exist (e.g. February 30).
    public init?(year: Int, month: Int, day: Int, secondsOfDay: Int? = nil, utcOffsetSeconds: Int? = nil) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        if let s = secondsOfDay, !(0..<86400).contains(s) { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The date `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        secondsOfDay = nil
        utcOffsetSeconds = nil
    }

    /// Whether `year` is a leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (the date part only).
    public var dayNumber: Int { CalendarDate.dayNumber(year: year, month: month, day: day) }

    /// Days since 1970-01-01 (proleptic Gregorian) of a civil date, without building a date
    /// (Howard Hinnant's days_from_civil; inlinable for the readers' hot loops).
    @inlinable @inline(__always)
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date part alone (no time, no offset).
    public var dateOnly: CalendarDate { CalendarDate(dayNumber: dayNumber) }

    /// The date `days` days later (the time of day and offset are dropped).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// Seconds since 1970-01-01T00:00:00Z, when the value has an offset (a missing time is midnight).
    public var epochSeconds: Int? {
        guard let offset = utcOffsetSeconds else { return nil }
        return dayNumber * 86400 + (secondsOfDay ?? 0) - offset
    }

    /// The same instant seen at `offsetSeconds` from UTC: a value with an offset is shifted (which
    /// may change its date); a value without one is taken as already local and returned with the
    /// new offset unchanged otherwise.
    ///
    ///     // 2026-07-01T23:30:00Z in UTC+8 is 2026-07-02T07:30:00+08:00
    public func converted(toUTCOffset offsetSeconds: Int) -> CalendarDate {
        guard let epoch = epochSeconds else {
            var copy = self
            copy.utcOffsetSeconds = offsetSeconds
            return copy
        }
        let local = epoch + offsetSeconds
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        var result = CalendarDate(dayNumber: days)
        result.secondsOfDay = local - days * 86400
        result.utcOffsetSeconds = offsetSeconds
        return result
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// `YYYY-MM-DD`, with `THH:MM:SS` when there is a time and `Z` or `±HH:MM` when there is an offset.
    public var isoTimestamp: String {
        var s = iso
        if let t = secondsOfDay {
            s += "T" + pad(t / 3600, 2) + ":" + pad(t / 60 % 60, 2) + ":" + pad(t % 60, 2)
        }
        if let o = utcOffsetSeconds {
            if o == 0 {
                s += secondsOfDay == nil ? "" : "Z"
            } else {
                let a = abs(o)
                s += (o < 0 ? "-" : "+") + pad(a / 3600, 2) + ":" + pad(a / 60 % 60, 2)
            }
        }
        return s
    }

    /// ``isoTimestamp``.
    public var description: String { isoTimestamp }

    /// Orders by date, then by time of day (a missing time sorts first). Offsets are not applied;
    /// convert to one offset first to compare instants.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        let da = a.dayNumber, db = b.dayNumber
        if da != db { return da < db }
        return (a.secondsOfDay ?? -1) < (b.secondsOfDay ?? -1)
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
