import Records
import Foundation

/// The editable table mapping FBA return reason codes to defect categories
/// (`lexicons/return-reasons.tsv`).
///
/// One code per line: `CODE<TAB>category[<TAB>score]`; `-` as the category means "not a defect
/// category" (`UNWANTED_ITEM`); the score defaults to ``defaultScore``. `#` starts a comment. A code
/// ending in `*` matches every code with that prefix (`UNDELIVERABLE_*`). Codes the table does not
/// know are counted and reported, never an error.
public struct ReturnReasonTable: Sendable {
    /// The score of a code without one: 0.632, as much as one plain lexicon phrase (1 − e⁻¹).
    public static let defaultScore = 0.632
    /// Code → (category index or nil, score).
    public private(set) var exact: [String: (Int?, Double)] = [:]
    /// Prefix rules, longest first.
    public private(set) var prefixes: [(String, Int?, Double)] = []

    /// An empty table (every code unknown).
    public init() {}

    /// Parses `text` (from `file`, for messages) against `categories`.
    /// - Throws: ``RecordsError`` `file:line: error: unknown category 'x'` and for malformed lines.
    public init(text: String, file: String, categories: CategorySet) throws {
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let cols = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if cols.isEmpty { continue }
            guard cols.count >= 2 else { throw RecordsError(file: file, line: n + 1, message: "expected CODE<TAB>category[<TAB>score]") }
            let code = cols[0].uppercased()
            var category: Int?
            if cols[1] != "-" {
                guard let c = categories.index(cols[1]) else { throw RecordsError(file: file, line: n + 1, message: "unknown category '\(cols[1])'") }
                category = c
            }
            var score = ReturnReasonTable.defaultScore
            if cols.count >= 3 {
                guard let s = Double(cols[2]), s > 0, s <= 1 else { throw RecordsError(file: file, line: n + 1, message: "score must be in (0, 1]: '\(cols[2])'") }
                score = s
            }
            if code.hasSuffix("*") {
                prefixes.append((String(code.dropLast()), category, score))
            } else {
                exact[code] = (category, score)
            }
        }
        prefixes.sort { $0.0.count > $1.0.count }
    }

    /// Loads `path`.
    public static func load(path: String, categories: CategorySet) throws -> ReturnReasonTable {
        guard let data = FileManager.default.contents(atPath: path) else { throw RecordsError(file: path, line: nil, message: "cannot read") }
        return try ReturnReasonTable(text: String(decoding: data, as: UTF8.self), file: path, categories: categories)
    }

    /// The rule for `code`: `nil` when the code is unknown; else the category (nil: no defect) and score.
    public func lookup(_ code: String) -> (category: Int?, score: Double)? {
        let c = code.trimmingCharacters(in: .whitespaces).uppercased()
        if let hit = exact[c] { return (hit.0, hit.1) }
        for (p, cat, score) in prefixes where c.hasPrefix(p) { return (cat, score) }
        return nil
    }
}
