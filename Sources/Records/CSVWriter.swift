/// Writes rows as CSV (RFC 4180) or TSV into a byte buffer the caller drains.
///
/// A field is quoted when it contains the delimiter, a quote, CR or LF (or starts or ends with a
/// space, which spreadsheets would trim); quotes inside are doubled. With ``Options/excel`` the
/// output starts with a UTF-8 BOM so Excel reads it as UTF-8.
///
/// **Formula injection.** With ``Options/protectFormulas`` (on by default; turn it off only for
/// machine-to-machine files) a field beginning with `=`, `+`, `-`, `@`, tab or CR gets a leading
/// `'`, so a spreadsheet shows it as text instead of running it (OWASP's advice). Plain numbers
/// such as `-4.99` or `+1` are left alone: they cannot run anything.
///
///     var w = CSVWriter()
///     w.writeRow(["id", "text"])
///     w.writeRow(["1", "=HYPERLINK(\"x\")"])
///     w.takeOutput()   // id,text\r\n1,"'=HYPERLINK(""x"")"\r\n
public struct CSVWriter: Sendable {
    /// Settings of a writer.
    public struct Options: Sendable, Equatable {
        /// `csv` or `tsv`.
        public var format: TableFormat
        /// Whether to begin with a UTF-8 BOM (for Excel).
        public var excel: Bool
        /// Whether to defuse fields that a spreadsheet would take as formulas.
        public var protectFormulas: Bool
        /// The line end: `\r\n` (RFC 4180, the default) or `\n`.
        public var lineEnd: String

        /// Options with the defaults: CSV, no BOM, formulas defused, CRLF.
        public init(format: TableFormat = .csv, excel: Bool = false, protectFormulas: Bool = true, lineEnd: String = "\r\n") {
            self.format = format
            self.excel = excel
            self.protectFormulas = protectFormulas
            self.lineEnd = lineEnd
        }
    }

    /// The options in effect.
    public let options: Options
    /// Bytes written and not yet taken.
    public private(set) var output: [UInt8] = []
    private var started = false
    private let delimiter: UInt8
    private let lineEndBytes: [UInt8]

    /// A writer with `options`.
    public init(options: Options = Options()) {
        self.options = options
        self.delimiter = options.format == .tsv ? 0x09 : 0x2C
        self.lineEndBytes = Array(options.lineEnd.utf8)
        output.reserveCapacity(1 << 16)
    }

    /// Appends one row.
    public mutating func writeRow<S: Sequence>(_ fields: S) where S.Element == String {
        if !started {
            started = true
            if options.excel { output.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        }
        var first = true
        for field in fields {
            if !first { output.append(delimiter) }
            first = false
            appendField(field)
        }
        output.append(contentsOf: lineEndBytes)
    }

    /// Returns the bytes written so far and empties the buffer.
    public mutating func takeOutput() -> [UInt8] {
        defer { output.removeAll(keepingCapacity: true) }
        return output
    }

    /// Whether a spreadsheet could take `field` as a formula (see the type's discussion).
    public static func isFormulaLike(_ field: String) -> Bool {
        guard let first = field.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), 0x09, 0x0D: return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isPlainNumber(field)
        default: return false
        }
    }

    private static func isPlainNumber(_ field: String) -> Bool {
        var digits = 0, dots = 0
        for (k, b) in field.utf8.enumerated() {
            if k == 0, b == UInt8(ascii: "+") || b == UInt8(ascii: "-") { continue }
            if b >= 0x30, b <= 0x39 { digits += 1 } else if b == UInt8(ascii: "."), dots == 0 { dots += 1 } else { return false }
        }
        return digits > 0
    }

    private mutating func appendField(_ field: String) {
        let guarded = options.protectFormulas && Self.isFormulaLike(field)
        var needsQuotes = false
        for b in field.utf8 where b == delimiter || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        if !needsQuotes, let f = field.utf8.first, let l = field.utf8.last, f == 0x20 || l == 0x20 { needsQuotes = true }
        if !needsQuotes {
            if guarded { output.append(UInt8(ascii: "'")) }
            output.append(contentsOf: field.utf8)
            return
        }
        output.append(0x22)
        if guarded { output.append(UInt8(ascii: "'")) }
        for b in field.utf8 {
            if b == 0x22 { output.append(0x22) }
            output.append(b)
        }
        output.append(0x22)
    }
}
