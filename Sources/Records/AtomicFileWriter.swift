#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one, never a part.
///
/// Bytes go to a temporary file in the same directory (`.NAME.tmp-PID-RANDOM`); ``commit()``
/// flushes, `fsync`s and renames it over the final name. If the writer is dropped without a commit
/// (an error was thrown, the run was cancelled) the temporary file is removed and the final name is
/// untouched. The path `-` writes straight to standard output (commit flushes).
///
/// It is non-copyable so that exactly one owner commits or drops it.
///
///     var out = try AtomicFileWriter(path: "report.csv")
///     try out.write(bytes)
///     try out.commit()
public struct AtomicFileWriter: ~Copyable {
    /// How many bytes are buffered before a `write(2)`: 256 KiB.
    public static let bufferSize = 256 * 1024

    /// The final path (`-` for standard output).
    public let path: String
    /// The temporary file's path, or `nil` for standard output.
    public let temporaryPath: String?
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var finished = false

    /// Creates the temporary file next to `path` (mode 0644 before the umask), or prepares to
    /// write to standard output for `-`.
    /// - Throws: ``RecordsError`` when the temporary file cannot be created.
    /// Creates a folder and its missing parents (`out/` for `--out out/report.csv`), like `mkdir -p`.
    static func makeDirectories(_ dir: String) {
        var partial = dir.hasPrefix("/") ? "/" : ""
        for part in dir.split(separator: "/") {
            partial += part + "/"
            _ = mkdir(partial, 0o755)
        }
    }

    public init(path: String) throws {
        self.path = path
        buffer.reserveCapacity(Self.bufferSize)
        if path == "-" {
            temporaryPath = nil
            fd = 1
            return
        }
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        if !dir.isEmpty { AtomicFileWriter.makeDirectories(dir) }
        var attempt = 0
        while true {
            let candidate = dir + "." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if opened >= 0 {
                temporaryPath = candidate
                fd = opened
                return
            }
            attempt += 1
            if errno != EEXIST || attempt > 10 {
                throw RecordsError(file: path, line: nil,
                                   message: "cannot create a temporary file next to it: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Appends bytes.
    /// - Throws: ``RecordsError`` when writing fails.
    public mutating func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Appends the UTF-8 bytes of `text`.
    public mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// Writes out the buffer.
    public mutating func flush() throws {
        var offset = 0
        let count = buffer.count
        var failure: Int32 = 0
        buffer.withUnsafeBytes { raw in
            while offset < count {
                let n = systemWrite(fd, raw.baseAddress! + offset, count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 {
            throw RecordsError(file: path, line: nil, message: "write failed: \(String(cString: strerror(failure)))")
        }
    }

    /// Flushes, `fsync`s and renames the temporary file to the final path (for `-`: flushes).
    /// - Throws: ``RecordsError``; the temporary file is removed then.
    public consuming func commit() throws {
        try flush()
        guard let temporaryPath else {
            finished = true
            return
        }
        if fsync(fd) != 0 {
            throw RecordsError(file: path, line: nil, message: "fsync failed: \(String(cString: strerror(errno)))")
        }
        close(fd)
        finished = true
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw RecordsError(file: path, line: nil, message: "cannot rename the temporary file into place: \(reason)")
        }
    }

    deinit {
        guard !finished, let temporaryPath else { return }
        close(fd)
        unlink(temporaryPath)
    }
}

/// `write(2)`, named apart from the writer's own `write` methods.
@inline(__always)
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}
