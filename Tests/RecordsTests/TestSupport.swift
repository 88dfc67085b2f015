import Testing
@testable import Records

/// Helpers shared by the Records tests.
enum Fixture {
    /// `fixtures/records/NAME` in the package (found from this file's path).
    static func path(_ name: String) -> String {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3) // Tests/RecordsTests/TestSupport.swift
        return parts.joined(separator: "/") + "/fixtures/records/" + name
    }
}

/// Reads all rows of `text` with a delimited reader; returns header, records and problems.
func readDelimited(_ text: String, format: TableFormat = .csv, chunkSize: Int = 1 << 20,
                   options: DelimitedReaderOptions? = nil) throws -> (header: RawRecord?, records: [RawRecord], problems: [RecordProblem]) {
    var reader = DelimitedRecordReader(ArrayChunkSource(text, chunkSize: chunkSize),
                                       options: options ?? DelimitedReaderOptions(format: format))
    let header = try reader.readHeader()
    var records: [RawRecord] = []
    var problems: [RecordProblem] = []
    while let outcome = try reader.next() {
        switch outcome {
        case .record(let r): records.append(r)
        case .problem(let p): problems.append(p)
        }
    }
    return (header, records, problems)
}

/// Reads all rows of the fixture `name`, its format detected.
func readFixture(_ name: String) throws -> (header: RawRecord?, records: [RawRecord], problems: [RecordProblem]) {
    let path = Fixture.path(name)
    let format = try FormatDetector.detect(path: path)
    var reader = DelimitedRecordReader(try FileChunkSource(path: path), options: DelimitedReaderOptions(format: format))
    let header = try reader.readHeader()
    var records: [RawRecord] = []
    var problems: [RecordProblem] = []
    while let outcome = try reader.next() {
        switch outcome {
        case .record(let r): records.append(r)
        case .problem(let p): problems.append(p)
        }
    }
    return (header, records, problems)
}

