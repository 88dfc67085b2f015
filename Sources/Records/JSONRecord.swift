/// One line of a JSON lines file: its line number and the object's top-level fields.
public struct JSONRecord: Equatable, Sendable {
    /// The 1-based physical line.
    public var line: Int
    /// The top-level fields of the object (a repeated key keeps its last value).
    public var fields: [String: JSONValue]

    /// The line as it stands in the file (for rejects).
    public var raw: String

    /// Creates a record.
    public init(line: Int, fields: [String: JSONValue], raw: String = "") {
        self.line = line
        self.fields = fields
        self.raw = raw
    }

    /// The value of `key`, or `nil` when absent.
    public subscript(key: String) -> JSONValue? { fields[key] }
}
