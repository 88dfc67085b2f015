#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``ByteChunkSource`` reading a file, or standard input when the path is `-`, with `read(2)`.
///
/// Chunks are at most ``defaultChunkSize`` (1 MiB) bytes. The file is closed when the last copy
/// of the source goes away.
public struct FileChunkSource: ByteChunkSource {
    /// The chunk size used unless another is given: 1 MiB.
    public static let defaultChunkSize = 1 << 20

    /// The path as given (`-` for standard input); used in error messages.
    public let path: String
    private let handle: DescriptorHandle
    private let chunkSize: Int

    /// Opens `path` for reading (`-` means standard input).
    /// - Throws: ``RecordsError`` naming the path when the file cannot be opened.
    public init(path: String, chunkSize: Int = FileChunkSource.defaultChunkSize) throws {
        self.path = path
        self.chunkSize = max(1, chunkSize)
        if path == "-" {
            handle = DescriptorHandle(fd: 0, owned: false)
        } else {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                throw RecordsError(file: path, line: nil, message: "cannot open: \(String(cString: strerror(errno)))")
            }
            handle = DescriptorHandle(fd: fd, owned: true)
        }
    }

    /// Reads up to one chunk; returns `nil` at the end of the file.
    /// - Throws: ``RecordsError`` when `read(2)` fails.
    public mutating func nextChunk() throws -> [UInt8]? {
        let size = chunkSize
        let fd = handle.fd
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while true {
                let n = read(fd, buffer.baseAddress, size)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    count = 0
                } else {
                    count = n
                }
                return
            }
        }
        if failure != 0 {
            throw RecordsError(file: path, line: nil, message: "read failed: \(String(cString: strerror(failure)))")
        }
        return chunk.isEmpty ? nil : chunk
    }
}

/// Owns a file descriptor and closes it on deinit (a class so that copies of the source share it).
private final class DescriptorHandle {
    let fd: Int32
    let owned: Bool
    init(fd: Int32, owned: Bool) {
        self.fd = fd
        self.owned = owned
    }
    deinit {
        if owned { close(fd) }
    }
}
