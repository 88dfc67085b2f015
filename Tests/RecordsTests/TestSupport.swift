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

/// A small deterministic random number generator (SplitMix64) for fuzz-style tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
