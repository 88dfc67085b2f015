/// A column of a worksheet: its header title, its width and whether its cells wrap.
///
///     WorksheetColumn(title: "评价内容", width: 60, wrap: true)
public struct WorksheetColumn: Sendable, Equatable {
    /// The width used when none is given, in characters (Excel's own default is about 8.43).
    public static let defaultWidth: Double = 12

    /// The widest column Excel accepts, in characters.
    public static let maximumWidth: Double = 255

    /// The header text, written in bold in the sheet's first row.
    public var title: String
    /// The width in characters of the default font's digits. Values outside 0…255 are clamped
    /// when written; a non-finite value means ``defaultWidth``.
    public var width: Double
    /// Whether the column's cells wrap their text (with top vertical alignment), for long texts
    /// such as reviews.
    public var wrap: Bool

    /// Creates a column.
    public init(title: String, width: Double = WorksheetColumn.defaultWidth, wrap: Bool = false) {
        self.title = title
        self.width = width
        self.wrap = wrap
    }
}
