/// Decides one ``DateFormat`` for a whole file from a sample of its values.
///
/// The rule: the first format in ``DateFormat/guessOrder`` (or the given candidates) that parses
/// *every* non-blank sampled value. Never per row: a file mixing `07/01/26` and `13/01/26` gets
/// `DD/MM/YY` for all rows (or no format), not a different reading per row. When values fit
/// several formats, the order decides; it prefers US month-first (documented on ``DateFormat/guessOrder``).
///
///     DateFormatGuesser.guess(["07/01/26", "07/15/26"])    // .usShort
///     DateFormatGuesser.guess(["15.07.26"])                // .germanShort
public enum DateFormatGuesser {
    /// How many values callers should sample: 200.
    public static let sampleSize = 200

    /// The first candidate that parses every non-blank value of `samples`; `nil` when none does or
    /// when there is no non-blank value.
    public static func guess<S: Sequence>(_ samples: S, candidates: [DateFormat] = DateFormat.guessOrder) -> DateFormat?
        where S.Element == String {
        let values = samples.filter { !$0.trimmingSpaces().isEmpty }
        guard !values.isEmpty else { return nil }
        for format in candidates {
            let parser = DateParser(format: format)
            if values.allSatisfy({ parser.parse($0) != nil }) { return format }
        }
        return nil
    }

    /// Like ``guess(_:candidates:)`` but throws an error for `file` that shows a few of the values.
    /// - Throws: ``RecordsError``: `cannot tell the date format of column 'Date' from values '…'; give it with --date-format`.
    public static func guessOrThrow(_ samples: [String], column: String, file: String?, line: Int?) throws -> DateFormat {
        if let format = guess(samples) { return format }
        let shown = samples.filter { !$0.trimmingSpaces().isEmpty }.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
        throw RecordsError(file: file, line: line,
                           message: "cannot tell the date format of column '\(column)' from values \(shown); give it with --date-format (e.g. DD.MM.YYYY)")
    }
}
