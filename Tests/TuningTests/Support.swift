import CLITestSupport
import Foundation
import Lexicon

/// The fixtures the tuning tests use.
enum Support {
    static let root: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static func lexicon(_ relative: String) -> Lexicon {
        try! LexiconLoader.load(directory: root + "/" + relative).0
    }

    static let mini = lexicon("fixtures/lexicons/mini")

    /// One folder for this test process's files, removed when the process ends.
    static let scratchRoot: String = {
        let dir = NSTemporaryDirectory() + "odrlens-tuning-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "odrlens-tuning-tests-\(getpid())") }
        return dir
    }()

    /// Writes a file in a fresh temporary folder; returns its path.
    static func temporaryFile(_ name: String, _ text: String) throws -> String {
        let dir = scratchRoot + "/\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A deterministic pseudo-random generator, so generated dumps are the same on every run.
    typealias Generator = SplitMix64
}
