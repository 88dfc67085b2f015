import Testing
@testable import Records

@Suite("RecordsError")
struct RecordsErrorTests {
    @Test("description reads path:line: error: message", arguments: [
        (RecordsError(file: "fixtures/feedback.tsv", line: 12, message: "unbalanced quote"), "fixtures/feedback.tsv:12: error: unbalanced quote"),
        (RecordsError(file: "评价.csv", line: nil, message: "cannot open"), "评价.csv: error: cannot open"),
        (RecordsError(file: nil, line: nil, message: "bad option"), "error: bad option"),
    ])
    func description(error: RecordsError, expected: String) {
        #expect(error.description == expected)
    }

    @Test("problems print as diagnostics")
    func problem() {
        let p = RecordProblem(line: 4, reason: "wrong field count: expected 6, found 5", raw: "x")
        #expect(p.diagnostic(file: "f.tsv") == "f.tsv:4: error: wrong field count: expected 6, found 5")
        #expect(p.description == "line 4: wrong field count: expected 6, found 5")
    }
}
