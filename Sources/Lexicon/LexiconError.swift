/// Loading a lexicon failed: the error diagnostics (and the warnings found with them).
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    /// Every diagnostic, errors and warnings, in file order.
    public let diagnostics: [Diagnostic]

    /// Creates the error.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
