/// The layout of a table file: comma-separated, tab-separated or JSON lines.
public enum TableFormat: String, CaseIterable, Sendable, Hashable, CustomStringConvertible {
    /// Comma-separated values, RFC 4180 quoting.
    case csv
    /// Tab-separated values (Amazon's reports); quotes are literal unless a field is properly quoted.
    case tsv
    /// One JSON object per line.
    case jsonl

    /// The format a file extension suggests (`csv`; `tsv`, `tab`, `txt`; `jsonl`, `ndjson`, `json`),
    /// case-insensitive, with or without the leading dot; `nil` for anything else.
    public init?(fileExtension: String) {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "csv": self = .csv
        case "tsv", "tab", "txt": self = .tsv
        case "jsonl", "ndjson", "json": self = .jsonl
        default: return nil
        }
    }

    /// The field delimiter byte for delimited formats (`,` or tab); `nil` for JSON lines.
    public var delimiter: UInt8? {
        switch self {
        case .csv: return UInt8(ascii: ",")
        case .tsv: return UInt8(ascii: "\t")
        case .jsonl: return nil
        }
    }

    /// The raw value: `csv`, `tsv` or `jsonl`.
    public var description: String { rawValue }
}
