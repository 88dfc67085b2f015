/// Decides whether content is CSV, TSV or JSON lines from its first bytes and its file extension.
///
/// The rules, in order:
/// 1. JSON lines if the first non-blank line (after an optional UTF-8 BOM and spaces) starts with `{`.
/// 2. Otherwise each of the first ``sampleLines`` lines votes for tab or comma, whichever it has
///    more of *outside double quotes* (a quoted field may span lines). The side with more votes wins.
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

        var tabVotes = 0, commaVotes = 0
        var tabs = 0, commas = 0, lines = 0
        var inQuotes = false
        var atFieldStart = true
        while i < n, lines < sampleLines {
            let b = prefix[i]
            if inQuotes {
                if b == 0x22 { inQuotes = false }
            } else {
                switch b {
                case 0x22:
                    if atFieldStart { inQuotes = true }
                case 0x09: tabs += 1
                case 0x2C: commas += 1
                case 0x0A, 0x0D:
                    if tabs > commas { tabVotes += 1 } else if commas > tabs { commaVotes += 1 }
                    tabs = 0; commas = 0; lines += 1
                default: break
                }
            }
            atFieldStart = !inQuotes && (b == 0x09 || b == 0x2C || b == 0x0A || b == 0x0D)
            i += 1
        }
        if lines < sampleLines {
            if tabs > commas { tabVotes += 1 } else if commas > tabs { commaVotes += 1 }
        }
        if tabVotes > commaVotes { return .tsv }
        if commaVotes > tabVotes { return .csv }
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
