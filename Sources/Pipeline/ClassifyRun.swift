import Classifier
import Lexicon
import Records
import ReviewText

/// Classifies review tables end to end: read (streaming), classify in parallel, write in input
/// order, and account for every row — classified or rejected with its reason.
///
/// ```swift
/// let run = ClassifyRun(lexicon: lexicon, options: ClassifyOptions(inputs: ["feedback.tsv"]))
/// let summary = try run.run(output: { bytes in … }, reject: { r in … })
/// ```
public struct ClassifyRun: Sendable {
    /// What to read and how.
    public struct Options: Sendable {
        /// Paths; `-` is standard input.
        public var inputs: [String]
        /// The encoding of every input; detected per file when nil.
        public var encoding: TextEncoding?
        public var table: ReviewTableOptions
        /// Worker threads.
        public var jobs: Int
        /// Rows per batch handed to a worker.
        public var batchSize: Int
        /// Stop at the first bad row.
        public var strict: Bool

        /// Creates options.
        public init(inputs: [String], encoding: TextEncoding? = nil, table: ReviewTableOptions = ReviewTableOptions(),
                    jobs: Int = 2, batchSize: Int = 256, strict: Bool = false) {
            self.inputs = inputs
            self.encoding = encoding
            self.table = table
            self.jobs = jobs
            self.batchSize = batchSize
            self.strict = strict
        }
    }

    /// `--strict` met a bad row.
    public struct StrictStop: Error, CustomStringConvertible {
        public let reject: Reject
        public var description: String { reject.diagnostic }
    }

    public let lexicon: Lexicon
    public let options: Options
    public let renderer: ReviewRecordRenderer
    /// Bytes read so far, for progress.
    public let counter = ByteCounter()
    /// Rows read so far, for progress.
    public let rows = ByteCounter()

    /// Creates a run.
    public init(lexicon: Lexicon, options: Options, renderer: ReviewRecordRenderer) {
        self.lexicon = lexicon
        self.options = options
        self.renderer = renderer
    }

    /// Runs. `output` receives rendered bytes in input order; `reject` each bad row, in order;
    /// `warning` messages about inputs (invalid bytes). Throws on I/O errors, unmappable files, or
    /// with ``StrictStop``.
    public func run(output: @escaping @Sendable ([UInt8]) -> Void, reject: (Reject) -> Void, warning: (String) -> Void = { _ in }) throws -> RunSummary {
        var summary = RunSummary()
        let lexicon = self.lexicon
        let renderer = self.renderer
        let classifiedCount = ClassifiedCounter()
        let map = OrderedParallelMap<[ReviewRow], [UInt8], Classifier>(
            jobs: options.jobs,
            makeState: { try Classifier(lexicon: lexicon) },
            work: { classifier, rows in
                var out: [UInt8] = []
                out.reserveCapacity(rows.count * 600)
                for row in rows {
                    let c = classifier.classify(ReviewInput(title: row.title, text: row.text, followup: row.followUp, rating: row.rating))
                    renderer.render(ClassifiedReview(row: row, classification: c), into: &out)
                }
                classifiedCount.add(rows.count)
                return out
            },
            deliver: output
        )
        var failure: (any Error)?
        do {
            for path in options.inputs {
                let source = try DecodedChunkSource(path: path, encoding: options.encoding, counter: counter)
                let ext = path.split(separator: ".").last.map(String.init)
                var reader = try ReviewTableReader(source: source, file: path == "-" ? "<stdin>" : path, fileExtension: path == "-" ? nil : ext, options: options.table)
                var batch: [ReviewRow] = []
                batch.reserveCapacity(options.batchSize)
                while let o = try reader.next() {
                    summary.read += 1
                    rows.add(1)
                    switch o {
                    case .record(let row) where source.reader.hasInvalidBytes(onLines: row.line...row.line + row.extraLines):
                        let r = Reject(file: reader.file, line: row.line, reason: "undecodable bytes in \(source.reader.encoding) (replaced with U+FFFD)", raw: row.raw)
                        summary.rejected += 1
                        reject(r)
                        if options.strict { throw StrictStop(reject: r) }
                    case .record(let row):
                        batch.append(row)
                        if batch.count >= options.batchSize {
                            try map.submit(batch)
                            batch.removeAll(keepingCapacity: true)
                        }
                    case .problem(let p):
                        let r = Reject(file: reader.file, line: p.line, reason: p.reason, raw: p.raw)
                        summary.rejected += 1
                        reject(r)
                        if options.strict { throw StrictStop(reject: r) }
                    }
                }
                if !batch.isEmpty { try map.submit(batch) }
                if source.reader.invalidCount > 0 {
                    summary.invalidBytes += source.reader.invalidCount
                    let lines = source.reader.invalidLines.prefix(10).map(String.init).joined(separator: ", ")
                    warning("\(path): warning: \(source.reader.invalidCount) invalid byte sequence(s) in \(source.reader.encoding) replaced with U+FFFD (lines \(lines)\(source.reader.invalidLines.count > 10 ? ", …" : ""))")
                }
            }
        } catch {
            failure = error
        }
        try map.finish()
        if let failure { throw failure }
        summary.classified = classifiedCount.count
        summary.bytes = counter.count
        return summary
    }
}

/// A thread-safe count.
final class ClassifiedCounter: Sendable {
    private let inner = ByteCounter()
    func add(_ n: Int) { inner.add(n) }
    var count: Int { inner.count }
}
