import Foundation
import Testing
@testable import Records
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("AtomicFileWriter")
struct AtomicFileWriterTests {
    /// A fresh empty directory under /tmp.
    func tempDirectory() -> String {
        var template = Array("/tmp/records-atomic-XXXXXX".utf8CString)
        let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        return dir
    }

    func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    func contents(_ path: String) throws -> String {
        var source = try FileChunkSource(path: path)
        var bytes: [UInt8] = []
        while let c = try source.nextChunk() { bytes += c }
        return String(decoding: bytes, as: UTF8.self)
    }

    func listing(_ dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    @Test("no file under the final name until commit; then the whole content")
    func commit() throws {
        let dir = tempDirectory()
        let path = dir + "/report.csv"
        var writer = try AtomicFileWriter(path: path)
        try writer.write("订单编号,评分\n")
        try writer.write(Array("1,5\n".utf8))
        #expect(!exists(path))
        #expect(listing(dir).count == 1)
        #expect(writer.temporaryPath.map(exists) == true)
        try writer.commit()
        #expect(try contents(path) == "订单编号,评分\n1,5\n")
        #expect(listing(dir) == ["report.csv"])
    }

    @Test("dropping without commit removes the temporary file and keeps the old file")
    func drop() throws {
        let dir = tempDirectory()
        let path = dir + "/out.jsonl"
        do {
            var first = try AtomicFileWriter(path: path)
            try first.write("old\n")
            try first.commit()
        }
        do {
            var writer = try AtomicFileWriter(path: path)
            try writer.write(String(repeating: "x", count: AtomicFileWriter.bufferSize * 2))
            #expect(listing(dir).count == 2)
        }
        #expect(listing(dir) == ["out.jsonl"])
        #expect(try contents(path) == "old\n")
    }

    @Test("missing folders are created, like mkdir -p")
    func missingFolders() throws {
        let dir = NSTemporaryDirectory() + "odrlens-atomic-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/out/reports/x.csv"
        var writer = try AtomicFileWriter(path: path)
        try writer.write("a,b\n")
        try writer.commit()
        #expect(try contents(path) == "a,b\n")
    }

    @Test("a folder that cannot be made is an error naming the path")
    func impossibleFolder() throws {
        let file = NSTemporaryDirectory() + "odrlens-atomic-file-\(UUID().uuidString)"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: RecordsError.self) { _ = try AtomicFileWriter(path: file + "/sub/x.csv") }
        do { _ = try AtomicFileWriter(path: file + "/sub/x.csv") } catch {
            #expect("\(error)".hasPrefix(file + "/sub/x.csv: error: cannot create a temporary file next to it"))
        }
    }

    @Test("'-' means standard output and has no temporary file")
    func stdout() throws {
        let writer = try AtomicFileWriter(path: "-")
        #expect(writer.temporaryPath == nil)
        try writer.commit()
    }
}
