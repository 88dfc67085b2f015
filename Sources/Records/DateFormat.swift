/// A date layout such as `MM/DD/YY`, compiled for fast byte-level parsing by ``DateParser``.
///
/// Pattern tokens (case-insensitive): `YYYY` (4-digit year), `YY` (2-digit year: 00–68 → 2000s,
/// 69–99 → 1900s, as POSIX `%y`), `MM`/`M` (month), `DD`/`D` (day); also `%Y %y %m %d`. A month or
/// day accepts one or two digits unless another number follows with no separator (`YYYYMMDD`).
/// A space matches one or more spaces; any other character matches itself (`年`, `/`, `.`).
///
/// Every format also accepts an optional time after the date, separated by spaces or `T`:
/// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff`, then optionally `Z`, `±HH:MM`, `±HHMM` or `±HH`. So
/// ``iso8601`` reads `2026-07-01`, `2026-07-01T08:15:00+00:00`, `2026-07-01T08:15:00Z` and
/// `2026-07-01 08:15:00`. A time part written in a pattern (`YYYY-MM-DD HH:mm:ss`) is ignored for
/// that reason.
public struct DateFormat: Hashable, Sendable, CustomStringConvertible {
    enum Token: Hashable, Sendable {
        case year4, year2
        case month(exact: Bool)
        case day(exact: Bool)
        case spaces
        case literal(UInt8)
    }

    /// The pattern as written, e.g. `MM/DD/YY`.
    public let pattern: String
    let tokens: [Token]

    /// `YYYY-MM-DD` with optional time and offset.
    public static let iso8601 = DateFormat(known: "YYYY-MM-DD")
    /// `YYYY年M月D日` with optional time (Taobao, JD).
    public static let chinese = DateFormat(known: "YYYY年M月D日")
    /// `YYYY/MM/DD`.
    public static let yearFirstSlash = DateFormat(known: "YYYY/MM/DD")
    /// `MM/DD/YYYY` (US).
    public static let usLong = DateFormat(known: "MM/DD/YYYY")
    /// `DD/MM/YYYY` (UK and others).
    public static let dayFirstSlashLong = DateFormat(known: "DD/MM/YYYY")
    /// `MM/DD/YY` (Amazon US feedback).
    public static let usShort = DateFormat(known: "MM/DD/YY")
    /// `DD/MM/YY` (Amazon UK).
    public static let dayFirstSlashShort = DateFormat(known: "DD/MM/YY")
    /// `YY/MM/DD` (Amazon JP).
    public static let japaneseShort = DateFormat(known: "YY/MM/DD")
    /// `DD.MM.YYYY` (DE).
    public static let germanLong = DateFormat(known: "DD.MM.YYYY")
    /// `DD.MM.YY` (Amazon DE feedback).
    public static let germanShort = DateFormat(known: "DD.MM.YY")

    /// The formats ``DateFormatGuesser`` considers, in order of preference. Where values fit several
    /// (e.g. `07/01/26` fits `MM/DD/YY`, `DD/MM/YY` and `YY/MM/DD`) the guesser first prefers the
    /// reading with the steadiest years, then the earlier one here: US month-first before day-first.
    public static let guessOrder: [DateFormat] = [
        .iso8601, .chinese, .yearFirstSlash, .usLong, .dayFirstSlashLong, .germanLong,
        .usShort, .dayFirstSlashShort, .japaneseShort, .germanShort,
    ]

    private init(known pattern: String) {
        self = try! DateFormat(pattern: pattern)
    }

    /// Compiles `pattern`.
    /// - Throws: ``RecordsError`` (no file) when the pattern lacks a year, month or day, or has an unknown letter.
    public init(pattern: String) throws {
        var raw: [Token] = []
        var chars = Array(pattern)
        if let h = chars.firstIndex(where: { $0 == "H" || $0 == "h" }) {
            chars = Array(chars[..<h])
            while let last = chars.last, last == " " || last == "T" { chars.removeLast() }
        }
        var i = 0
        func run(of c: Character) -> Int {
            var n = 0
            while i + n < chars.count, chars[i + n].lowercased() == c.lowercased() { n += 1 }
            return n
        }
        func fail() -> RecordsError {
            RecordsError(file: nil, line: nil,
                         message: "date format '\(pattern)' is not understood; use YYYY YY MM DD and separators, e.g. DD.MM.YYYY")
        }
        while i < chars.count {
            let c = chars[i]
            if c == "%", i + 1 < chars.count {
                switch chars[i + 1] {
                case "Y": raw.append(.year4)
                case "y": raw.append(.year2)
                case "m": raw.append(.month(exact: false))
                case "d": raw.append(.day(exact: false))
                default: throw fail()
                }
                i += 2
                continue
            }
            switch c {
            case "Y", "y":
                let n = run(of: "Y")
                guard n == 2 || n == 4 else { throw fail() }
                raw.append(n == 4 ? .year4 : .year2)
                i += n
            case "M", "m":
                let n = run(of: "M")
                guard n <= 2 else { throw fail() }
                raw.append(.month(exact: false))
                i += n
            case "D", "d":
                let n = run(of: "D")
                guard n <= 2 else { throw fail() }
                raw.append(.day(exact: false))
                i += n
            case " ":
                if raw.last != .spaces { raw.append(.spaces) }
                i += 1
            default:
                if c.isLetter && c.isASCII { throw fail() }
                for b in String(c).utf8 { raw.append(.literal(b)) }
                i += 1
            }
        }
        // A month or day directly followed by another number takes exactly two digits.
        for k in raw.indices {
            let nextIsNumber: Bool
            if k + 1 < raw.count {
                switch raw[k + 1] {
                case .year4, .year2, .month, .day: nextIsNumber = true
                default: nextIsNumber = false
                }
            } else {
                nextIsNumber = false
            }
            if case .month = raw[k] { raw[k] = .month(exact: nextIsNumber) }
            if case .day = raw[k] { raw[k] = .day(exact: nextIsNumber) }
        }
        let hasYear = raw.contains { $0 == .year4 || $0 == .year2 }
        let hasMonth = raw.contains { if case .month = $0 { return true } else { return false } }
        let hasDay = raw.contains { if case .day = $0 { return true } else { return false } }
        guard hasYear, hasMonth, hasDay else { throw fail() }
        self.pattern = pattern
        self.tokens = raw
    }

    /// The pattern.
    public var description: String { pattern }

    /// Formats are equal when they parse the same way (`MM/DD/YY` equals `%m/%d/%y`).
    public static func == (a: DateFormat, b: DateFormat) -> Bool { a.tokens == b.tokens }
    /// Hashes the compiled tokens, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(tokens) }
}
