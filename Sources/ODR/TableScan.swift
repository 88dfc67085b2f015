import Dispatch
import Pipeline
import Records
import ReviewText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a table's rows as ``RowView``s, as fast as the file allows.
///
/// - **Fast path** (a UTF-8 TSV file on disk, Amazon's reports): the file is cut at line ends into
///   one byte range per job, each read with `pread(2)` in blocks and split at tabs in place on its
///   own thread. Amazon's reports never quote, so quotes are literal here.
/// - **Any other input** (CSV, another encoding, standard input): the rows come from
///   ``DelimitedRecordReader`` over the decoded text, on one thread, with its quoting and recovery.
///
/// Rows with the wrong number of fields (one trailing empty field is allowed) are reported as
/// ``Reject``s and not handed on. Each job keeps its own `State`; the states come back in
/// file order, so merging them in order reproduces the file's order.
public enum TableScan {
    /// The bytes each fast-path job reads at a time: 8 MiB.
    public static let blockSize = 8 << 20

    /// What a scan found.
    public struct Result<State> {
        /// The header fields.
        public var header: [String]
        /// Each job's state, in file order.
        public var states: [State]
        /// The line number to add to a row's ``RowView/line`` of each state.
        public var lineOffsets: [Int]
        /// Rows with the wrong field count or unreadable, with absolute lines.
        public var problems: [Reject]
        /// Data rows seen (good and bad).
        public var rows: Int
    }

    /// The header of `path` and whether it takes the fast path.
    struct Layout {
        var header: [String]
        var fast: Bool
        var dataOffset: Int
        var format: TableFormat
        var sample: [[String]] = []
    }

    /// How many rows ``scan`` shows `prepare` to decide date formats: 200.
    public static let sampleRows = 200

    static func layout(path: String, encoding: TextEncoding?) throws -> Layout {
        if path != "-" {
            var source = try FileChunkSource(path: path, chunkSize: FormatDetector.prefixLength)
            var prefix = try source.nextChunk() ?? []
            let format = FormatDetector.detect(prefix: prefix, fileExtension: path.split(separator: ".").last.map(String.init))
            let detected = encoding ?? EncodingDetector.detect(Array(prefix.prefix(EncodingDetector.sampleSize))).encoding
            if format == .tsv, detected == .utf8 || detected.name.lowercased() == "us-ascii" {
                var start = 0
                if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
                // The header may be longer than the prefix only in absurd files: read on.
                while !prefix[start...].contains(0x0A), let more = try source.nextChunk() { prefix += more }
                let end = prefix[start...].firstIndex(of: 0x0A) ?? prefix.count
                var line = Array(prefix[start..<end])
                if line.last == 0x0D { line.removeLast() }
                var header = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
                if header.count > 1, header.last == "" { header.removeLast() }
                var sample: [[String]] = []
                var at = min(end + 1, prefix.count)
                while sample.count < sampleRows, let nl = prefix[at...].firstIndex(of: 0x0A) {
                    var row = Array(prefix[at..<nl])
                    if row.last == 0x0D { row.removeLast() }
                    if !row.isEmpty {
                        sample.append(row.split(separator: 0x09, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) })
                    }
                    at = nl + 1
                }
                return Layout(header: header, fast: true, dataOffset: min(end + 1, prefix.count), format: .tsv, sample: sample)
            }
            return Layout(header: [], fast: false, dataOffset: 0, format: format)
        }
        return Layout(header: [], fast: false, dataOffset: 0, format: .tsv)
    }

    /// Scans `path`: `prepare` sees the header and the first ``sampleRows`` rows (and may throw,
    /// e.g. for a missing column) and returns a context; then `row` is called for every data row, on `jobs` threads when the
    /// file allows.
    public static func scan<Context: Sendable, State>(
        path: String, file: String, jobs: Int, encoding: TextEncoding? = nil,
        prepare: ([String], [[String]]) throws -> Context,
        makeState: @escaping @Sendable (Context) -> State,
        row: @escaping @Sendable (inout State, Context, RowView) -> Void
    ) throws -> Result<State> {
        let layout: Layout
        do { layout = try self.layout(path: path, encoding: encoding) } catch let e as RecordsError {
            throw RecordsError(file: file, line: e.line, message: e.message)
        }
        if layout.fast {
            let context = try prepare(layout.header, layout.sample)
            return try fastScan(path: path, file: file, layout: layout, jobs: jobs, context: context, makeState: makeState, row: row)
        }
        return try slowScan(path: path, file: file, format: layout.format, encoding: encoding, prepare: prepare, makeState: makeState, row: row)
    }

    // MARK: - Fast path

    final class FieldBuffer: @unchecked Sendable {
        let starts: UnsafeMutablePointer<Int32>
        let ends: UnsafeMutablePointer<Int32>
        init(_ n: Int) { starts = .allocate(capacity: n); ends = .allocate(capacity: n) }
        deinit { starts.deallocate(); ends.deallocate() }
    }

    struct Split<S> {
        var inner: S
        var fields: FieldBuffer
        var problems: [Reject] = []
    }

    final class Box<T>: @unchecked Sendable {
        var value: T?
        var lines = 0
        var rows = 0
        var failure: String?
    }

    private static func fastScan<Context: Sendable, State>(
        path: String, file: String, layout: Layout, jobs: Int, context: Context,
        makeState: @escaping @Sendable (Context) -> State,
        row: @escaping @Sendable (inout State, Context, RowView) -> Void
    ) throws -> Result<State> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw RecordsError(file: file, line: nil, message: "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        let size = Int(st.st_size)
        let parts = size - layout.dataOffset < 4 << 20 ? 1 : max(1, jobs)
        let cuts = cut(fd: fd, start: layout.dataOffset, size: size, parts: parts)
        let expected = layout.header.count
        let capacity = max(expected + 2, 64)
        let boxes = try forEachLine(fd: fd, file: file, cuts: cuts,
                                    makeState: { _ in Split(inner: makeState(context), fields: FieldBuffer(capacity)) }) { split, p, n, lineNo in
            let starts = split.fields.starts, ends = split.fields.ends
            var count = 0
            var s = 0
            var i = 0
            while i < n {
                if p[i] == 0x09 {
                    if count < capacity { starts[count] = Int32(s); ends[count] = Int32(i) }
                    count += 1
                    s = i + 1
                }
                i += 1
            }
            if count < capacity { starts[count] = Int32(s); ends[count] = Int32(n) }
            count += 1
            if count == expected + 1 && s == n { count -= 1 }
            let raw = UnsafeBufferPointer(start: UnsafePointer(p), count: n)
            if count != expected {
                split.problems.append(Reject(file: file, line: lineNo, reason: "wrong field count: expected \(expected), found \(count)",
                                                 raw: String(decoding: raw, as: UTF8.self)))
                return
            }
            row(&split.inner, context, RowView(raw: raw, starts: starts, ends: ends, count: count, line: lineNo))
        }
        var offsets: [Int] = []
        var line = 1 // the header
        var problems: [Reject] = []
        for box in boxes {
            offsets.append(line)
            for var p in box.value!.problems {
                p.line += line
                problems.append(p)
            }
            line += box.lines
        }
        return Result(header: layout.header, states: boxes.map { $0.value!.inner }, lineOffsets: offsets, problems: problems,
                      rows: boxes.reduce(0) { $0 + $1.rows })
    }

    /// Cuts `[start, size)` of an open file into `parts` ranges that begin at line starts.
    static func cut(fd: Int32, start: Int, size: Int, parts: Int) -> [Int] {
        var cuts = [start]
        for i in 1..<max(1, parts) {
            let p = max(start + (size - start) * i / parts, cuts.last!)
            var probe = [UInt8](repeating: 0, count: 1 << 16)
            var found = size
            var at = p
            while at < size {
                let n = probe.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
                if n <= 0 { break }
                if let k = probe[0..<n].firstIndex(of: 0x0A) { found = at + k + 1; break }
                at += n
            }
            cuts.append(found)
        }
        cuts.append(size)
        return cuts
    }

    /// Calls `line` for every non-empty line (without its `\r\n`) of each range `cuts[i]..<cuts[i+1]`,
    /// one thread per range, with the line's number within its range.
    static func forEachLine<S>(fd: Int32, file: String, cuts: [Int], makeState: @escaping @Sendable (Int) -> S,
                               line: @escaping @Sendable (inout S, UnsafeMutablePointer<UInt8>, Int, Int) -> Void) throws -> [Box<S>] {
        let parts = cuts.count - 1
        let boxes = (0..<parts).map { _ in Box<S>() }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let box = boxes[part]
            var state = makeState(part)
            let lower = cuts[part], upper = cuts[part + 1]
            var bufferSize = blockSize + (1 << 20)
            var buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 16).assumingMemoryBound(to: UInt8.self)
            defer { buffer.deallocate() }
            var lineNo = 0
            var rows = 0
            @inline(__always)
            func handle(_ p: UnsafeMutablePointer<UInt8>, _ length: Int) {
                lineNo += 1
                var n = length
                if n > 0 && p[n - 1] == 0x0D { n -= 1 }
                if n == 0 { return }
                rows += 1
                line(&state, p, n, lineNo)
            }
            var pos = lower
            var carry = 0
            while pos < upper {
                let want = min(blockSize, upper - pos)
                if carry + want > bufferSize {
                    let bigger = UnsafeMutableRawPointer.allocate(byteCount: (carry + want) * 2, alignment: 16).assumingMemoryBound(to: UInt8.self)
                    bigger.update(from: buffer, count: carry)
                    buffer.deallocate()
                    buffer = bigger
                    bufferSize = (carry + want) * 2
                }
                let n = pread(fd, buffer + carry, want, off_t(pos))
                if n <= 0 {
                    box.failure = "read failed: \(String(cString: strerror(errno)))"
                    break
                }
                pos += n
                let total = carry + n
                var start = 0
                while start < total {
                    guard let nl = memchr(buffer + start, 0x0A, total - start) else { break }
                    let end = buffer.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                    handle(buffer + start, end - start)
                    start = end + 1
                }
                carry = total - start
                if carry > 0 && start > 0 { memmove(buffer, buffer + start, carry) }
            }
            if carry > 0 { handle(buffer, carry) }
            box.value = state
            box.lines = lineNo
            box.rows = rows
        }
        if let failure = boxes.compactMap(\.failure).first { throw RecordsError(file: file, line: nil, message: failure) }
        return boxes
    }

    // MARK: - Any other input

    private static func slowScan<Context: Sendable, State>(
        path: String, file: String, format: TableFormat, encoding: TextEncoding?,
        prepare: ([String], [[String]]) throws -> Context,
        makeState: @escaping @Sendable (Context) -> State,
        row: @escaping @Sendable (inout State, Context, RowView) -> Void
    ) throws -> Result<State> {
        let source: DecodedChunkSource
        do { source = try DecodedChunkSource(path: path, encoding: encoding) } catch {
            throw RecordsError(file: file, line: nil, message: "\(error)")
        }
        var reader = DelimitedRecordReader(source, options: DelimitedReaderOptions(format: format == .jsonl ? .tsv : format))
        let header: [String]
        do { header = try reader.readHeader()?.fields ?? [] } catch let e as RecordsError {
            throw RecordsError(file: file, line: e.line, message: e.message)
        }
        var buffered: [RecordOutcome<RawRecord>] = []
        while buffered.count < sampleRows, let o = try reader.next() { buffered.append(o) }
        let context = try prepare(header, buffered.compactMap { $0.record?.fields })
        var state = makeState(context)
        var problems: [Reject] = []
        var rows = 0
        var next = 0
        func nextOutcome() throws -> RecordOutcome<RawRecord>? {
            if next < buffered.count { next += 1; return buffered[next - 1] }
            return try reader.next()
        }
        var bytes: [UInt8] = []
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: max(header.count + 2, 64))
        let ends = UnsafeMutablePointer<Int32>.allocate(capacity: max(header.count + 2, 64))
        defer { starts.deallocate(); ends.deallocate() }
        while let outcome = try nextOutcome() {
            rows += 1
            switch outcome {
            case .problem(let p):
                problems.append(Reject(file: file, line: p.line, reason: p.reason, raw: p.raw))
            case .record(let r):
                bytes.removeAll(keepingCapacity: true)
                let n = min(r.fields.count, max(header.count + 2, 64))
                for (i, f) in r.fields.prefix(n).enumerated() {
                    if i > 0 { bytes.append(0x09) }
                    starts[i] = Int32(bytes.count)
                    bytes.append(contentsOf: f.utf8)
                    ends[i] = Int32(bytes.count)
                }
                bytes.withUnsafeBufferPointer { p in
                    row(&state, context, RowView(raw: p, starts: starts, ends: ends, count: n, line: r.line))
                }
            }
        }
        return Result(header: header, states: [state], lineOffsets: [0], problems: problems, rows: rows)
    }
}
