/// Decides one ``DateFormat`` for a whole file from a sample of its values.
///
/// The rule: among the formats in ``DateFormat/guessOrder`` (or the given candidates) that parse
/// *every* non-blank sampled value, the one whose years span the fewest years; on a tie, the
/// earliest in the order. Never per row: a file mixing `07/01/26` and `13/01/26` gets `DD/MM/YY`
/// for all rows, not a different reading per row.
///
/// Why the year span: `YY/MM/DD` (Amazon JP) and `DD/MM/YY` (UK) fit the same values in 2026
/// (`26/07/15`), but a report covers a few months, so the reading that keeps the year steady is
/// the right one. Month-first and day-first readings have the same years, so for them the order
/// decides: US `MM/DD` is preferred when every sampled value is ambiguous (all parts ≤ 12).
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
        var best: (format: DateFormat, span: Int)?
        candidates: for format in candidates {
            let parser = DateParser(format: format)
            var low = Int.max, high = Int.min
            for value in values {
                guard let date = parser.parse(value) else { continue candidates }
                low = min(low, date.year)
                high = max(high, date.year)
            }
            if best == nil || high - low < best!.span { best = (format, high - low) }
        }
        return best?.format
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
