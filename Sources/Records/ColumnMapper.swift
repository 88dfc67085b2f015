/// Maps a header row to ``ColumnRole``s through ``ColumnAliases``, then applies user overrides.
///
/// Overrides (`--column ROLE=HEADER` or `ROLE=N`) win over aliases and take the column away from
/// any role the aliases gave it to. When a required role has no column, the error lists the
/// headers seen and suggests the override to write:
///
///     feedback.tsv:1: error: no column for 'text'; headers seen: "Date", "Stars"; choose one with --column text=HEADER
public enum ColumnMapper {
    /// Maps `headers` (the header row; empty for a file without one).
    /// - Parameters:
    ///   - headers: the header fields.
    ///   - columnCount: the number of columns when there is no header (ignored otherwise).
    ///   - overrides: user choices, applied after the aliases.
    ///   - required: roles that must be found (a role's fallbacks count).
    ///   - file: the file name for errors; `headerLine`: the header's line (1 by default).
    /// - Throws: ``RecordsError`` for an override naming an absent header or index, or a missing required role.
    public static func map(headers: [String], columnCount: Int? = nil, overrides: [ColumnOverride] = [],
                           required: [ColumnRole] = [], file: String? = nil, headerLine: Int? = 1) throws -> ColumnMapping {
        var columns: [ColumnRole: Int] = [:]
        var ranks: [ColumnRole: Int] = [:]
        for (i, header) in headers.enumerated() {
            guard let (role, rank) = ColumnAliases.role(forHeader: header) else { continue }
            if let best = ranks[role], best <= rank { continue }
            columns[role] = i
            ranks[role] = rank
        }
        let width = headers.isEmpty ? (columnCount ?? 0) : headers.count
        for override in overrides {
            let index: Int
            switch override.target {
            case .index(let n):
                guard n >= 1, n <= width else {
                    throw RecordsError(file: file, line: headerLine,
                                       message: "--column \(override.role)=\(n): the file has \(width) columns")
                }
                index = n - 1
            case .header(let name):
                if let exact = headers.firstIndex(of: name) {
                    index = exact
                } else if let loose = headers.firstIndex(where: { ColumnAliases.normalize($0) == ColumnAliases.normalize(name) }) {
                    index = loose
                } else {
                    throw RecordsError(file: file, line: headerLine,
                                       message: "--column \(override.role)=\(name): no such header; headers seen: \(quoted(headers))")
                }
            }
            for (role, i) in columns where i == index { columns[role] = nil }
            columns[override.role] = index
        }
        let mapping = ColumnMapping(headers: headers, columns: columns)
        for role in required where mapping.index(of: role) == nil {
            let seen = headers.isEmpty ? "none (the file has no header; give column numbers)" : quoted(headers)
            throw RecordsError(file: file, line: headerLine,
                               message: "no column for '\(role)'; headers seen: \(seen); choose one with --column \(role)=HEADER")
        }
        return mapping
    }

    private static func quoted(_ headers: [String]) -> String {
        headers.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
