/// A problem found in a lexicon file, located by file and line.
///
/// Printed the way compilers print them, so editors jump to the line:
/// `lexicons/zh/defects.txt:12: error: unknown category 'damage'`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Sendable, Hashable {
        /// The lexicon cannot be used; the program stops with exit code 2.
        case error
        /// Printed; loading goes on.
        case warning
    }

    public var severity: Severity
    /// The file, as the user named it.
    public var path: String
    /// 1-based line; 0 when the problem is about the whole file.
    public var line: Int
    public var message: String

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ path: String, _ line: Int, _ message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(path):\(line): \(severity.rawValue): \(message)" : "\(path): \(severity.rawValue): \(message)"
    }
}
