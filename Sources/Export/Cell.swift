import Records

/// One value of a worksheet cell, as the XLSX writer stores it.
///
/// Text is always written as a plain string cell through the shared string table, never as a
/// formula, so untrusted text such as `=HYPERLINK(…)` stays text. Integers and numbers are numeric
/// cells; dates are real date cells (an Excel serial day number with a `yyyy-mm-dd` format), so
/// spreadsheets sort and filter them as dates.
///
///     let row: [Cell] = [.text("订单 123"), .integer(2), .number(4.5), .date(year: 2026, month: 11, day: 27), .empty]
public enum Cell: Sendable, Equatable {
    /// No value: nothing is written for the cell.
    case empty
    /// A string, written to the shared string table (never a formula).
    case text(String)
    /// A floating-point number; it must be finite.
    case number(Double)
    /// A whole number. Excel holds numbers as doubles: beyond ±2⁵³ digits are lost, so write
    /// identifiers such as order numbers as ``text(_:)``.
    case integer(Int)
    /// A calendar date (proleptic Gregorian). Dates Excel cannot represent (before 1900-01-01 or
    /// after 9999-12-31) are written as `yyyy-mm-dd` text; a date that does not exist (February 30)
    /// makes the writer throw.
    case date(year: Int, month: Int, day: Int)

    /// A date cell for a parsed calendar date (its time of day and offset are not kept).
    public static func date(_ date: CalendarDate) -> Cell {
        .date(year: date.year, month: date.month, day: date.day)
    }

    /// A text cell, or ``empty`` when `text` is `nil` or empty.
    public static func text(orEmpty text: String?) -> Cell {
        guard let text, !text.isEmpty else { return .empty }
        return .text(text)
    }
}
