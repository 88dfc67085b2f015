/// The result of ``ColumnMapper``: which column holds each role.
public struct ColumnMapping: Equatable, Sendable {
    /// The header row as read (empty for a file without a header).
    public var headers: [String]
    /// Role → 0-based column index.
    public var columns: [ColumnRole: Int]

    /// Creates a mapping.
    public init(headers: [String], columns: [ColumnRole: Int]) {
        self.headers = headers
        self.columns = columns
    }

    /// The 0-based column of `role`, trying its ``ColumnRole/fallbacks`` when it has none.
    public func index(of role: ColumnRole) -> Int? {
        if let i = columns[role] { return i }
        for fallback in role.fallbacks {
            if let i = columns[fallback] { return i }
        }
        return nil
    }

    /// The value of `role` in `fields`, or `nil` when the role is unmapped or the row is short.
    public func value(_ role: ColumnRole, in fields: [String]) -> String? {
        guard let i = index(of: role), i < fields.count else { return nil }
        return fields[i]
    }

    /// The value of `role` in `record`.
    public func value(_ role: ColumnRole, in record: RawRecord) -> String? {
        value(role, in: record.fields)
    }

    /// The headers no role was mapped to.
    public var unmappedHeaders: [String] {
        let used = Set(columns.values)
        return headers.enumerated().filter { !used.contains($0.offset) }.map(\.element)
    }
}
