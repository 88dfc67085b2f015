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

    /// Runs. `output` receives rendered bytes in input order; `reject` each bad row, in order
    /// (both from the thread that delivers, one call at a time); `warning` messages about inputs
    /// (invalid bytes). Throws on I/O errors, unmappable files, or with ``StrictStop``.
    ///
    /// The calling thread reads; `jobs` workers parse JSON lines, classify and render. With
    /// `strict`, the reader interprets every row itself, so that it stops at the first bad one.
    public func run(output: @escaping @Sendable ([UInt8]) -> Void, reject: @escaping @Sendable (Reject) -> Void,
                    warning: (String) -> Void = { _ in }) throws -> RunSummary {
        var summary = RunSummary()
        let lexicon = self.lexicon
        let renderer = self.renderer
        let classifiedCount = ByteCounter()  // a thread-safe count
        let rejectedCount = ByteCounter()
        let map = OrderedParallelMap<ReviewBatch, ClassifiedBatch, Classifier>(
            jobs: options.jobs,
            makeState: { try Classifier(lexicon: lexicon) },
            work: { classifier, batch in
                var result = ClassifiedBatch()
                result.bytes.reserveCapacity(batch.count * 600)
                batch.forEach { o in
                    switch o {
                    case .record(let row):
                        let c = classifier.classify(ReviewInput(title: row.title, text: row.text, followup: row.followUp, rating: row.rating))
                        renderer.render(ClassifiedReview(row: row, classification: c), into: &result.bytes)
                        result.classified += 1
                    case .problem(let p):
                        result.rejects.append(Reject(file: batch.file, line: p.line, reason: p.reason, raw: p.raw))
                    }
                }
                return result
            },
            deliver: { result in
                output(result.bytes)
                for r in result.rejects { reject(r) }
                classifiedCount.add(result.classified)
                rejectedCount.add(result.rejects.count)
            }
        )
        var failure: (any Error)?
        do {
            for path in options.inputs {
                let source = try DecodedChunkSource(path: path, encoding: options.encoding, counter: counter)
                let ext = path.split(separator: ".").last.map(String.init)
                var reader = try ReviewTableReader(source: source, file: path == "-" ? "<stdin>" : path, fileExtension: path == "-" ? nil : ext, options: options.table)
                var batch = ReviewBatch(file: reader.file, interpreter: reader.interpreter)
                func undecodable(_ line: Int, raw: String) -> RecordProblem {
                    RecordProblem(line: line, reason: "undecodable bytes in \(source.reader.encoding) (replaced with U+FFFD)", raw: raw)
                }
                // The interpreter is final once the first row is read; a batch takes it as it leaves.
                func submit() throws {
                    guard batch.count > 0 else { return }
                    batch.interpreter = reader.interpreter
                    try map.submit(batch)
                    batch = ReviewBatch(file: reader.file, interpreter: reader.interpreter)
                }
                while true {
                    // Strict runs defer nothing: the reader must see each bad row itself.
                    let item = options.strict ? try reader.next().map { ReviewTableReader.Item.outcome($0) }
                                              : try reader.nextItem(deferringJSONLinesInto: &batch.lines)
                    guard let item else { break }
                    summary.read += 1
                    rows.add(1)
                    switch item {
                    case .deferred(let line):
                        guard source.reader.hasInvalidBytes(onLines: line...line) else { break }
                        // Rare: the line is parsed here, and rejected for its bytes if it parses.
                        let last = batch.lines.count - 1
                        var interpreter = reader.interpreter
                        let o = interpreter.interpret(batch.lines, at: last)
                        batch.outcomes.append(o.record == nil ? o : .problem(undecodable(line, raw: String(decoding: batch.lines.bytes(last), as: UTF8.self))))
                        batch.lines.removeLast()
                    case .outcome(var o):
                        if case .record(let row) = o, source.reader.hasInvalidBytes(onLines: row.line...row.line + row.extraLines) {
                            o = .problem(undecodable(row.line, raw: row.raw))
                        }
                        if options.strict, case .problem(let p) = o {
                            let r = Reject(file: reader.file, line: p.line, reason: p.reason, raw: p.raw)
                            // The rows before it are delivered first.
                            try submit()
                            try map.finish()
                            reject(r)
                            throw StrictStop(reject: r)
                        }
                        batch.outcomes.append(o)
                    }
                    if batch.count >= options.batchSize { try submit() }
                }
                try submit()
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
        summary.rejected += rejectedCount.count
        summary.bytes = counter.count
        return summary
    }
}
