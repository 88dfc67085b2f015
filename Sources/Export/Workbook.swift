/// A spreadsheet workbook: an ordered list of sheets, written by ``XLSXWriter``.
///
///     let book = Workbook(sheets: [Worksheet(name: "Queue", columns: [WorksheetColumn(title: "Order")])])
///     let bytes = try XLSXWriter.data(book)
public struct Workbook: Sendable, Equatable {
    /// The sheets, in tab order; a workbook needs at least one to be written.
    public var sheets: [Worksheet]

    /// Creates a workbook.
    public init(sheets: [Worksheet] = []) {
        self.sheets = sheets
    }
}
