import Foundation
import Lexicon

/// Test helpers: the fixtures folder, and scratch lexicon folders made from strings.
enum Support {
    static let fixtures: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/fixtures"
    }()

    static let mini = fixtures + "/lexicons/mini"
    static let shipped: String = {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/lexicons"
    }()

    /// A copy of the mini lexicon with some files replaced; returns its path.
    static func lexicon(_ files: [String: String]) throws -> String {
        let dir = NSTemporaryDirectory() + "odrlens-lex-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.copyItem(atPath: mini, toPath: dir)
        for (name, text) in files {
            let path = dir + "/" + name
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// Loads a lexicon directory and renders every diagnostic with paths relative to it; whether
    /// loading threw (errors stop it, warnings do not).
    static func diagnostics(of dir: String) -> (rendered: [String], threw: Bool) {
        var all: [Diagnostic] = []
        var threw = false
        do {
            let (_, warnings) = try LexiconLoader.load(directory: dir)
            all = warnings
        } catch let e as LexiconError {
            all = e.diagnostics
            threw = true
        } catch {
            return (["\(error)"], true)
        }
        return (all.map { $0.description.replacingOccurrences(of: dir + "/", with: "").replacingOccurrences(of: dir, with: "LEX") }, threw)
    }
}
