/// A fatal problem of a tuning command: a bad argument or an unreadable input, located by file and
/// line when there is one. Printed as `path:line: error: message`.
public struct TuningError: Error, Sendable, CustomStringConvertible {
    /// The file concerned, if any.
    public var path: String?
    /// 1-based line; 0 when the problem is about the whole file.
    public var line: Int
    public var message: String

    /// Creates an error.
    public init(_ message: String, path: String? = nil, line: Int = 0) {
        self.message = message
        self.path = path
        self.line = line
    }

    public var description: String {
        guard let path else { return "error: \(message)" }
        return line > 0 ? "\(path):\(line): error: \(message)" : "\(path): error: \(message)"
    }
}
