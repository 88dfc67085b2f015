/// What a word in `modifiers.txt` does to the phrases around it.
public enum ModifierKind: String, Sendable, Hashable, CaseIterable {
    /// Flips what follows within the negation window: 不, 没有, not, never.
    case negator
    /// Scales the next sentiment word up by its factor: 很, 非常, very.
    case intensifier
    /// Scales it down: 有点, 稍微, a bit.
    case diminisher
    /// Opens a new clause and moves sentiment weight to it: 但是, but.
    case contrast
    /// Opens a concession, whose sentiment counts less than the main clause's: 虽然, 尽管,
    /// although, despite ("Although the color is off, I love it").
    case concession
    /// Makes the rest of its clause a condition or wish, where nothing fires: 如果, 希望, if, hope.
    case hypothetical
    /// Says the rest of its clause happened at another seller or shop, where no defect fires
    /// (别家, 其他店, another seller); its sentiment still counts (比别家贵 is a complaint).
    case elsewhere
    /// Only keeps a word whole in Chinese segmentation (差不多 must not become 差/不多).
    case word
}
