import CICU

/// One token of an analyzed text.
///
/// Positions come in two coordinates: `start`/`end` index the *normalized* text in UTF-16 units
/// (what matching works on); ``AnalyzedText/originalRange(of:)`` turns them into Unicode-scalar
/// offsets into the text the user wrote (what evidence reports).
public struct Token: Sendable, Hashable {
    /// First UTF-16 unit in the normalized text.
    public var start: Int32
    /// One past the last UTF-16 unit in the normalized text.
    public var end: Int32
    /// What the token is.
    public var kind: TokenKind
    /// ICU's script code of its first character (see ``scriptName``).
    public var script: Int32

    /// Creates a token.
    public init(start: Int32, end: Int32, kind: TokenKind, script: Int32) {
        self.start = start
        self.end = end
        self.kind = kind
        self.script = script
    }

    /// Length in UTF-16 units of the normalized text.
    @inlinable public var length: Int { Int(end - start) }

    /// ISO 15924 code of the token's script: `Hani`, `Latn`, `Zyyy` (common: numbers, emoji).
    public var scriptName: String { String(cString: odr_script_short_name(script)) }
}
