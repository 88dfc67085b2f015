/// One row of a delimited file as read: where it starts, its fields and its raw text.
public struct RawRecord: Equatable, Hashable, Sendable {
    /// The 1-based physical line where the row starts.
    public var line: Int
    /// The fields, unquoted and unescaped.
    public var fields: [String]
    /// The raw text of the row, without its final line end (inner line ends of multi-line fields kept).
    public var raw: String

    /// Creates a record.
    public init(line: Int, fields: [String], raw: String) {
        self.line = line
        self.fields = fields
        self.raw = raw
    }

    /// The field at `index`, or `nil` when the row is shorter.
    public subscript(safe index: Int) -> String? {
        index >= 0 && index < fields.count ? fields[index] : nil
    }
}
