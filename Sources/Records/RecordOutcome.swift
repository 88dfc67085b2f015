/// What a reader yields for one row: a record, or a problem report for a malformed row.
public enum RecordOutcome<Record> {
    /// A well-formed row.
    case record(Record)
    /// A malformed row, skipped.
    case problem(RecordProblem)

    /// The record, or `nil` for a problem.
    public var record: Record? {
        if case .record(let r) = self { return r }
        return nil
    }

    /// The problem, or `nil` for a record.
    public var problem: RecordProblem? {
        if case .problem(let p) = self { return p }
        return nil
    }
}

extension RecordOutcome: Sendable where Record: Sendable {}
extension RecordOutcome: Equatable where Record: Equatable {}
