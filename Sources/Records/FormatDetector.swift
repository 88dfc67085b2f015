/// Decides whether content is CSV, TSV or JSON lines from its first bytes and its file extension.
///
/// The rules, in order:
/// 1. JSON lines if the first non-blank line (after an optional UTF-8 BOM and spaces) starts with `{`.
/// 2. Otherwise tabs and commas are counted *outside double quotes* in each of the first
///    ``sampleLines`` records (a quoted field may span lines). The first record is taken as the
///    header; a delimiter it contains scores one point for each later record with the same count
///    (or one more, a trailing delimiter). The higher score wins, so commas inside TSV review texts
///    do not turn a TSV file into CSV. On equal scores the header's larger count wins.
/// 3. A tie (including no delimiter at all) is broken by the extension, then defaults to CSV.
///
///     FormatDetector.detect(prefix: Array("a\tb\n1\t2\n".utf8), fileExtension: "txt") // .tsv
public enum FormatDetector {
    /// How many lines of the prefix are examined: 20.
    public static let sampleLines = 20
    /// How many bytes of a file callers should pass as the prefix: 64 KiB.
    public static let prefixLength = 64 * 1024

    /// Detects the format of content starting with `prefix`; `fileExtension` (without or with the
    /// dot, or `nil`) breaks ties.
    public static func detect(prefix: [UInt8], fileExtension: String?) -> TableFormat {
        let fromExtension = fileExtension.flatMap(TableFormat.init(fileExtension:))
        var i = 0
        let n = prefix.count
        if n >= 3, prefix[0] == 0xEF, prefix[1] == 0xBB, prefix[2] == 0xBF { i = 3 }
        while i < n, prefix[i] == 0x20 || prefix[i] == 0x09 || prefix[i] == 0x0A || prefix[i] == 0x0D { i += 1 }
        if i < n, prefix[i] == UInt8(ascii: "{") { return .jsonl }
        if i == n { return fromExtension ?? .csv }

        // Tabs and commas outside quotes, per record (a quoted line end does not end a record).
        var counts: [(tabs: Int, commas: Int)] = []
        var tabs = 0, commas = 0
        var inQuotes = false
        var atFieldStart = true
        var pendingRecord = false
        var justClosed = false // a quote right after a closing quote is an escaped `""`
        while i < n, counts.count < sampleLines {
            let b = prefix[i]
            if inQuotes {
                if b == 0x22 { inQuotes = false; justClosed = true; i += 1; continue }
                atFieldStart = false
            } else {
                defer { justClosed = false }
                switch b {
                case 0x22:
                    if atFieldStart || justClosed { inQuotes = true }
                case 0x09: tabs += 1
                case 0x2C: commas += 1
                case 0x0A, 0x0D:
                    if pendingRecord { counts.append((tabs, commas)) }
                    tabs = 0; commas = 0
                    pendingRecord = false
                    atFieldStart = true
                    i += 1
                    continue
                default: break
                }
                atFieldStart = b == 0x09 || b == 0x2C
            }
            pendingRecord = true
            i += 1
        }
        // A record cut off by the end of the prefix only counts when it is the only one.
        if pendingRecord && (i == n && (counts.isEmpty || prefix.count < prefixLength)) {
            counts.append((tabs, commas))
        }
        guard let header = counts.first else { return fromExtension ?? .csv }
        let rest = counts.dropFirst()
        func score(_ count: KeyPath<(tabs: Int, commas: Int), Int>) -> Int {
            let h = header[keyPath: count]
            guard h > 0 else { return -1 }
            return rest.filter { $0[keyPath: count] == h || $0[keyPath: count] == h + 1 }.count
        }
        let tabScore = score(\.tabs), commaScore = score(\.commas)
        if tabScore > commaScore { return .tsv }
        if commaScore > tabScore { return .csv }
        if header.tabs > header.commas { return .tsv }
        if header.commas > header.tabs { return .csv }
        if let fromExtension, fromExtension != .jsonl { return fromExtension }
        return .csv
    }

    /// Detects the format of the file at `path` from its first ``prefixLength`` bytes and its extension.
    /// - Throws: ``RecordsError`` when the file cannot be read.
    public static func detect(path: String) throws -> TableFormat {
        var source = try FileChunkSource(path: path, chunkSize: prefixLength)
        let prefix = try source.nextChunk() ?? []
        return detect(prefix: prefix, fileExtension: fileExtension(of: path))
    }

    /// The extension of the last path component (without the dot), or `nil`.
    static func fileExtension(of path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }
}
