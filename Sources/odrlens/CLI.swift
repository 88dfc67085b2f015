import Foundation
import Pipeline
import Records

/// Small helpers shared by the commands.
enum CLI {
    /// `out.jsonl` → `out.rejects.tsv`.
    static func rejectsPath(for out: String) -> String {
        let slash = out.lastIndex(of: "/")
        let name = slash.map { out[out.index(after: $0)...] } ?? Substring(out)
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return String(out[..<dot]) + ".rejects.tsv"
        }
        return out + ".rejects.tsv"
    }

    /// The summed size of regular input files (0 for standard input).
    static func totalSize(_ paths: [String]) -> Int {
        paths.reduce(0) { sum, p in
            guard p != "-", let a = try? FileManager.default.attributesOfItem(atPath: p), let s = a[.size] as? Int else { return sum }
            return sum + s
        }
    }

    /// Writes bytes to a path atomically (`-`: standard output).
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        var w = try AtomicFileWriter(path: path)
        try w.write(bytes)
        try w.commit()
    }
}

/// The output file, written atomically, fed from worker threads in order.
final class OutputSink: @unchecked Sendable {
    private var writer: AtomicFileWriter?
    private var error: (any Error)?
    private let lock = NSLock()

    init(path: String) throws { writer = try AtomicFileWriter(path: path) }

    func write(_ bytes: [UInt8]) {
        lock.lock(); defer { lock.unlock() }
        guard error == nil, !bytes.isEmpty else { return }
        do { try writer?.write(bytes) } catch { self.error = error }
    }

    func commit() throws {
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        try writer.take()?.commit()
    }

    /// Drops the temporary file: nothing appears under the final name.
    func abandon() {
        lock.lock(); defer { lock.unlock() }
        writer = nil
    }
}

/// Rejected rows: a TSV file (file, line, reason, raw) written atomically, or standard error.
/// Rows may come from any thread (``add(_:)`` takes a lock).
final class RejectSink: @unchecked Sendable {
    let path: String?
    private let lock = NSLock()
    private var writer: AtomicFileWriter?
    private var csv = CSVWriter(options: .init(format: .tsv, protectFormulas: false, lineEnd: "\n"))
    private var count = 0

    init(path: String?) { self.path = path }

    func add(_ r: Reject) {
        lock.lock(); defer { lock.unlock() }
        count += 1
        guard let path else {
            StandardError.print(r.diagnostic)
            return
        }
        if writer == nil {
            writer = try? AtomicFileWriter(path: path)
            csv.writeRow(["file", "line", "reason", "raw"])
        }
        csv.writeRow([r.file, String(r.line), r.reason, r.raw])
        if csv.output.count > 1 << 16 { try? writer?.write(csv.takeOutput()) }
    }

    func commit() throws {
        guard let path else { return }
        if count == 0 {
            // A rejects file from an earlier run would mislead.
            if FileManager.default.fileExists(atPath: path) { try? FileManager.default.removeItem(atPath: path) }
            return
        }
        try writer?.write(csv.takeOutput())
        try writer.take()?.commit()
    }

    func abandon() { writer = nil }
}

/// A progress line on standard error (rows via bytes, MB/s, ETA), only on a terminal.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let total: Int
    private let counter: ByteCounter
    private let rows: ByteCounter?
    private var thread: Thread?
    private let lock = NSLock()
    private var running = true
    private let start = Date()

    init(enabled: Bool, total: Int, counter: ByteCounter, rows: ByteCounter? = nil) {
        self.enabled = enabled
        self.total = total
        self.counter = counter
        self.rows = rows
        guard enabled else { return }
        let t = Thread { [weak self] in
            while true {
                Thread.sleep(forTimeInterval: 0.25)
                guard let self else { return }
                self.lock.lock()
                let go = self.running
                if go { self.draw() }
                self.lock.unlock()
                if !go { return }
            }
        }
        thread = t
        t.start()
    }

    private func draw() {
        let done = counter.count
        let secs = max(0.001, Date().timeIntervalSince(start))
        let rate = Double(done) / secs
        var s = "\r  " + (rows.map { "\($0.count) rows  " } ?? "") + String(format: "%.1f MB  %.1f MB/s", Double(done) / 1e6, rate / 1e6)
        if total > 0 {
            let pct = min(100, Double(done) * 100 / Double(total))
            let eta = rate > 0 ? Double(total - done) / rate : 0
            let width = 24
            let filled = Int(Double(width) * pct / 100)
            s += String(format: "  [%@%@] %3.0f%%  ETA %d:%02d", String(repeating: "#", count: filled),
                        String(repeating: " ", count: width - filled), pct, Int(eta) / 60, Int(eta) % 60)
        }
        FileHandle.standardError.write(Data(s.utf8))
    }

    func clear() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func stop() {
        guard enabled else { return }
        lock.lock()
        running = false
        lock.unlock()
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
