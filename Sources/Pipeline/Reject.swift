import Records

/// A row that could not be classified, and why.
public struct Reject: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var reason: String
    public var raw: String

    /// Creates a reject.
    public init(file: String, line: Int, reason: String, raw: String) {
        self.file = file
        self.line = line
        self.reason = reason
        self.raw = raw
    }

    /// `file:line: error: reason`.
    public var diagnostic: String { "\(file):\(line): error: \(reason)" }
}
