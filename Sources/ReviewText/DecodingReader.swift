#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or standard input) in chunks and hands out its text as UTF-8, whatever the
/// file's encoding: detected from the first bytes (``EncodingDetector``) unless given.
///
/// Memory stays at a few chunks whatever the file's size.
public final class DecodingReader {
    /// The path as given (`-` for standard input).
    public let path: String
    /// The encoding decoded from.
    public let encoding: TextEncoding
    /// Why that encoding (`valid UTF-8`, `UTF-16LE BOM`, `given with --encoding`).
    public let reason: String
    private let fd: Int32
    private var decoder: StreamDecoder
    private var pending: [UInt8]?
    private var done = false
    /// Size of each read.
    public static let chunkSize = 1 << 20

    /// Opens a file (`-` for standard input); throws with the path when it cannot be read.
    public init(path: String, encoding: TextEncoding? = nil) throws {
        self.path = path
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 { throw TextLayerError("\(path): cannot open: \(String(cString: strerror(errno)))") }
        }
        var first = DecodingReader.readChunk(fd, DecodingReader.chunkSize)
        guard let firstChunk = first else {
            if fd > 0 { close(fd) }
            throw TextLayerError("\(path): cannot read: \(String(cString: strerror(errno)))")
        }
        if let encoding {
            self.encoding = encoding
            reason = "given"
            // Skip a BOM that matches the given encoding.
            let bom: [UInt8] = encoding == .utf8 ? [0xEF, 0xBB, 0xBF] : encoding == .utf16LE ? [0xFF, 0xFE] : encoding == .utf16BE ? [0xFE, 0xFF] : []
            if !bom.isEmpty && firstChunk.starts(with: bom) { first = Array(firstChunk.dropFirst(bom.count)) }
        } else {
            let d = EncodingDetector.detect(Array(firstChunk.prefix(EncodingDetector.sampleSize)))
            self.encoding = d.encoding
            reason = d.reason
            if d.bomLength > 0 { first = Array(firstChunk.dropFirst(d.bomLength)) }
        }
        decoder = try StreamDecoder(encoding: self.encoding)
        pending = first
        if firstChunk.isEmpty { done = false }
    }

    deinit { if fd > 0 { close(fd) } }

    /// The number of invalid byte sequences replaced so far.
    public var invalidCount: Int { decoder.invalidCount }
    /// The lines (1-based) where invalid sequences were replaced (the first 1000).
    public var invalidLines: [Int] { decoder.invalidLines }

    /// Whether an invalid sequence was replaced on any of these lines (of what was decoded so far).
    public func hasInvalidBytes(onLines lines: ClosedRange<Int>) -> Bool {
        guard decoder.invalidCount > 0 else { return false }
        return lines.contains { decoder.invalidLineSet.contains($0) }
    }

    /// The next piece of UTF-8 text, or nil at the end.
    public func nextChunk() throws -> [UInt8]? {
        if done { return nil }
        let bytes: [UInt8]
        if let p = pending { bytes = p; pending = nil } else {
            guard let b = DecodingReader.readChunk(fd, DecodingReader.chunkSize) else {
                throw TextLayerError("\(path): read error: \(String(cString: strerror(errno)))")
            }
            bytes = b
        }
        if bytes.isEmpty {
            done = true
            let tail = decoder.decode([], final: true)
            return tail.isEmpty ? nil : tail
        }
        return decoder.decode(bytes, final: false)
    }

    /// Reads up to `size` bytes; an empty array at the end, nil on error.
    static func readChunk(_ fd: Int32, _ size: Int) -> [UInt8]? {
        var buf = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, size - filled) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            filled += n
        }
        buf.removeSubrange(filled...)
        return buf
    }
}
