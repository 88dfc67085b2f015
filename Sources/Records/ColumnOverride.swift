/// A user's choice of column for a role: `ROLE=HEADER` or `ROLE=N` (N a 1-based column index).
///
///     try ColumnOverride(parsing: "text=评价内容")   // role .text, header "评价内容"
///     try ColumnOverride(parsing: "rating=2")       // role .rating, column 2
public struct ColumnOverride: Equatable, Hashable, Sendable {
    /// Where the column is.
    public enum Target: Equatable, Hashable, Sendable {
        /// The column with this header (exact, else case- and punctuation-insensitive).
        case header(String)
        /// The column at this 1-based index (for files with no header).
        case index(Int)
    }

    /// The role being assigned.
    public var role: ColumnRole
    /// The column chosen for it.
    public var target: Target

    /// Creates an override.
    public init(role: ColumnRole, target: Target) {
        self.role = role
        self.target = target
    }

    /// Parses `ROLE=HEADER` or `ROLE=N`.
    /// - Throws: ``RecordsError`` (no file) for a missing `=`, an unknown role or index 0.
    public init(parsing spec: String) throws {
        guard let eq = spec.firstIndex(of: "=") else {
            throw RecordsError(file: nil, line: nil, message: "column override '\(spec)' should read ROLE=HEADER or ROLE=N")
        }
        let name = String(spec[..<eq]).trimmingSpaces()
        let value = String(spec[spec.index(after: eq)...]).trimmingSpaces()
        guard let role = ColumnRole(name: name) else {
            let known = ColumnRole.allCases.map(\.rawValue).joined(separator: ", ")
            throw RecordsError(file: nil, line: nil, message: "unknown column role '\(name)'; known roles: \(known)")
        }
        guard !value.isEmpty else {
            throw RecordsError(file: nil, line: nil, message: "column override '\(spec)' names no column")
        }
        if let n = Int(value) {
            guard n >= 1 else {
                throw RecordsError(file: nil, line: nil, message: "column index in '\(spec)' must be 1 or more")
            }
            self.init(role: role, target: .index(n))
        } else {
            self.init(role: role, target: .header(value))
        }
    }
}
