import Foundation
import Pipeline
import Records
import ReviewText

/// Reads review dumps — every table `classify` reads: CSV, TSV, JSON lines, any layout, any
/// encoding — streaming, in batches, for the tuning tools.
///
///     try ReviewDump(paths: ["reviews.jsonl"]).read { batch in … }
///
/// Rows that cannot be used (malformed, no text) are counted and handed to `problem`; they never
/// stop the run.
public struct ReviewDump: Sendable {
    /// The files; `-` is standard input.
    public var paths: [String]
    /// How to read the tables.
    public var table: ReviewTableOptions
    /// Reviews per batch.
    public var batchSize: Int
    /// Texts to leave out (``key(_:)`` of each review of the `--exclude` files: a held-out gold
    /// set whose reviews also occur in the dump, kept out of tuning).
    public var excluded: Set<String> = []

    /// Creates a dump reader.
    public init(paths: [String], table: ReviewTableOptions = ReviewTableOptions(), batchSize: Int = 256) {
        self.paths = paths
        self.table = table
        self.batchSize = batchSize
    }

    /// Reads every file in order, calling `batch` with consecutive reviews and `problem` with
    /// each row that was skipped (`path:line: reason`). Returns the number of reviews read.
    ///
    /// - Throws: ``TuningError`` when a file cannot be opened or has no text column.
    @discardableResult
    public func read(batch: ([DumpReview]) throws -> Void, problem: (String) -> Void = { _ in }) throws -> Int {
        var count = 0
        for path in paths {
            let name = path == "-" ? "<stdin>" : path
            var reader: ReviewTableReader
            do {
                let source = try DecodedChunkSource(path: path)
                let ext = path == "-" ? nil : path.split(separator: ".").last.map(String.init)
                reader = try ReviewTableReader(source: source, file: name, fileExtension: ext, options: table)
            } catch let e as TuningError {
                throw e
            } catch {
                throw TuningError("\(error)", path: name)
            }
            let jsonl = reader.format == .jsonl
            var current: [DumpReview] = []
            current.reserveCapacity(batchSize)
            while let o = try reader.next() {
                switch o {
                case .record(let row):
                    if !excluded.isEmpty && excluded.contains(ReviewDump.key(row)) { continue }
                    let label = jsonl && row.raw.utf8.count > 8 ? DumpReview.label(inJSONLine: row.raw) : nil
                    var r = row
                    r.raw = ""
                    current.append(DumpReview(row: r, label: label))
                    count += 1
                    if current.count >= batchSize {
                        try batch(current)
                        current.removeAll(keepingCapacity: true)
                    }
                case .problem(let p):
                    problem("\(name):\(p.line): \(p.reason)")
                }
            }
            if !current.isEmpty { try batch(current) }
        }
        return count
    }

    /// What identifies a review across files: its text, trimmed (titles differ between exports).
    public static func key(_ row: ReviewRow) -> String {
        (row.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The ``key(_:)`` of every review in `paths` (for ``excluded``).
    public static func keys(of paths: [String]) throws -> Set<String> {
        var keys = Set<String>()
        try ReviewDump(paths: paths).read(batch: { batch in for r in batch { keys.insert(key(r.row)) } })
        keys.remove("")
        return keys
    }

    /// Finds one review by its id, by `file:line`, or by line number.
    public func find(id: String) throws -> DumpReview? {
        var found: DumpReview?
        var byLine: DumpReview?
        let lineKey: (file: String?, line: Int)? = {
            if let n = Int(id) { return (nil, n) }
            if let colon = id.lastIndex(of: ":"), let n = Int(id[id.index(after: colon)...]) { return (String(id[..<colon]), n) }
            return nil
        }()
        struct Found: Error {}
        do {
            try read(batch: { reviews in
                for r in reviews {
                    if r.row.id == id || r.row.effectiveID == id { found = r; throw Found() }
                    if byLine == nil, let k = lineKey, (r.row.line...(r.row.line + r.row.extraLines)).contains(k.line),
                       k.file == nil || k.file == r.row.file || r.row.file.hasSuffix("/" + k.file!) {
                        byLine = r
                    }
                }
            })
        } catch is Found {}
        return found ?? byLine
    }
}
