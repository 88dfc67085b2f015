/// Why ``XLSXWriter`` could not write a workbook.
///
/// `description` is a message a user can act on, naming the sheet and cell concerned (the CLI
/// prints it after `odrlens: error: `).
public enum XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The workbook has no sheets; an .xlsx file needs at least one.
    case noSheets
    /// A date cell holds a day that does not exist, such as February 30.
    case invalidDate(sheet: String, cell: String, year: Int, month: Int, day: Int)
    /// A number cell holds NaN or an infinity, which a spreadsheet cannot store.
    case nonFiniteNumber(sheet: String, cell: String)
    /// A sheet has more rows (header included) than Excel's 1 048 576.
    case tooManyRows(sheet: String, rows: Int)
    /// A sheet has more columns than Excel's 16 384.
    case tooManyColumns(sheet: String, columns: Int)
    /// The ZIP container could not be built.
    case archive(String)

    public var description: String {
        switch self {
        case .noSheets:
            return "the workbook has no sheets; an .xlsx file needs at least one"
        case let .invalidDate(sheet, cell, year, month, day):
            return "sheet '\(sheet)' cell \(cell): \(year)-\(month)-\(day) is not a date"
        case let .nonFiniteNumber(sheet, cell):
            return "sheet '\(sheet)' cell \(cell): a number must be finite (not NaN or infinity)"
        case let .tooManyRows(sheet, rows):
            return "sheet '\(sheet)' has \(rows) rows; Excel allows at most \(XLSXWriter.maximumRows)"
        case let .tooManyColumns(sheet, columns):
            return "sheet '\(sheet)' has \(columns) columns; Excel allows at most \(XLSXWriter.maximumColumns)"
        case let .archive(reason):
            return "cannot build the .xlsx container: \(reason)"
        }
    }
}
