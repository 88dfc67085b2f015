/// The settings of an ODR computation (the `attribute` command's options).
public struct AttributeOptions: Sendable {
    /// The window length in calendar days of order dates: 60.
    public var days = 60
    /// The window's last day before the lag (days since 1970-01-01); the latest order date when `nil`.
    public var asOf: Int?
    /// Days the window is shifted back from `asOf`: 0.
    public var lag = 0
    /// Drop cancelled orders from every count.
    public var excludeCancelled = false
    /// Which claims and chargebacks count.
    public var rules = DefectRules()
    /// The ODR target: 0.01 (1 %).
    public var target = 0.01
    /// How many top categories each breakdown row lists: 3.
    public var topCategories = 3
    /// The obscene words of removal screening (``AttributeRun`` reads `removal-words.txt` beside the lexicon).
    public var removalWords = RemovalWords.builtIn

    /// The defaults.
    public init() {}
}
