/// A number a slot read, with its unit when one was written on it or after it.
public struct Quantity: Sendable, Hashable {
    /// The number as written (3 in "3 days").
    public var value: Double
    /// Its unit, or nil (a bare number or a count).
    public var unit: MeasureUnit?

    /// Creates a quantity.
    public init(_ value: Double, _ unit: MeasureUnit? = nil) {
        self.value = value
        self.unit = unit
    }

    /// No number read yet (the phrase has had no slot).
    static let none = Quantity(.nan)

    /// The two numbers to compare: in the base unit when both have units of one dimension ("2
    /// days" against "2 weeks"), else as written.
    @inline(__always)
    func comparable(with previous: Quantity) -> (Double, Double) {
        if let u = unit, let p = previous.unit, u.dimension == p.dimension { return (value * u.size, previous.value * p.size) }
        return (value, previous.value)
    }
}
