import CICU

/// What a token is. Spaces and punctuation are never tokens.
public enum TokenKind: String, Sendable, Hashable, CaseIterable {
    /// A run of letters (Latin, Cyrillic, Hangul, …): `iphone`, `didn't`.
    case word
    /// Chinese characters (one or several, as ICU's dictionary or the domain words cut them).
    case ideographic
    /// A number: `3`, `3.5`, `5'8`.
    case number
    /// An emoji, with its modifiers and joiners: `😡`, `👍🏻`.
    case emoji
    /// Japanese kana.
    case kana

    init(code: Int32) {
        switch code {
        case Int32(ODR_TOKEN_IDEOGRAPHIC): self = .ideographic
        case Int32(ODR_TOKEN_NUMBER): self = .number
        case Int32(ODR_TOKEN_EMOJI): self = .emoji
        case Int32(ODR_TOKEN_KANA): self = .kana
        default: self = .word
        }
    }
}
