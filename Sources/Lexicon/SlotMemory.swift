/// What a phrase walk remembers of the slots it has filled: the last number (for `<more>`,
/// `<less>`, `<other>`, `<same>`) and the last colour (for `<othercolor>`).
struct SlotMemory: Sendable {
    var number: Quantity
    /// A ``ColorWord`` id, or -1.
    var color: Int32

    /// Nothing filled yet.
    static let none = SlotMemory(number: .none, color: -1)
}
