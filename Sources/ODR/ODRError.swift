/// A fatal error of an `attribute` run: an unreadable input, a file without the columns it needs,
/// a bad option value. `description` reads `path:line: error: message` like the rest of ODRLens.
public struct ODRError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file it concerns, or `nil` (an option).
    public var file: String?
    /// The 1-based line it concerns, or `nil` (the whole file).
    public var line: Int?
    /// The message, without the `error:` prefix.
    public var message: String

    /// Creates an error.
    public init(file: String? = nil, line: Int? = nil, _ message: String) {
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
