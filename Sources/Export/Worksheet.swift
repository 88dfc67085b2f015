/// One sheet of a workbook: a name, the header columns and the data rows below the header.
///
/// The name is made valid for Excel when the workbook is written (see
/// ``XLSXWriter/sheetNames(_:)``). Rows may be shorter than `columns` (missing cells are empty)
/// or longer (extra cells get no header and no width).
///
///     Worksheet(name: "投诉队列",
///               columns: [WorksheetColumn(title: "订单编号", width: 20), WorksheetColumn(title: "日期", width: 12)],
///               rows: [[.text("A-1"), .date(year: 2026, month: 11, day: 27)]])
public struct Worksheet: Sendable, Equatable {
    /// The sheet's name as given; it may contain characters Excel forbids.
    public var name: String
    /// The columns, whose titles form the bold, frozen header row. With no columns the sheet has
    /// no header row, no frozen pane and no filter.
    public var columns: [WorksheetColumn]
    /// The data rows, written from row 2 (row 1 when there are no columns).
    public var rows: [[Cell]]

    /// Creates a sheet.
    public init(name: String, columns: [WorksheetColumn], rows: [[Cell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
