/// What `classify` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case jsonl, csv, tsv

    /// The format a file name's extension implies, or nil.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { self = .jsonl }
        else if lower.hasSuffix(".csv") { self = .csv }
        else if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") || lower.hasSuffix(".txt") { self = .tsv }
        else { return nil }
    }
}
