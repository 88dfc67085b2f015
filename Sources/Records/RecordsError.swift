/// A fatal error from the Records module, carrying the file and line it concerns.
///
/// `description` reads `path:line: error: message`, the layout compilers use, so editors and
/// terminals can jump to the place. Either location part may be absent (for example an error
/// about a command-line option has no file, an error opening a file has no line).
public struct RecordsError: Error, CustomStringConvertible, Equatable, Hashable, Sendable {
    /// The file the error concerns (`-` for standard input), or `nil` when there is none.
    public var file: String?
    /// The 1-based physical line the error concerns, or `nil` when it concerns the whole file.
    public var line: Int?
    /// A human-readable message, without the `error:` prefix.
    public var message: String

    /// Creates an error about `file` at `line`.
    public init(file: String?, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `path:line: error: message`, `path: error: message` or `error: message`.
    public var description: String {
        var s = ""
        if let file {
            s += file
            if let line { s += ":\(line)" }
            s += ": "
        }
        return s + "error: " + message
    }
}
