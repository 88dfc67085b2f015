import Foundation
import Records

/// The obscene or profane words that make a negative feedback removable: `removal-words.txt` in the
/// lexicon directory (one word per line, `#` comments), matched case-insensitively as substrings.
public struct RemovalWords: Sendable, Equatable {
    /// The words, lower-cased.
    public let words: [String]

    private let bytes: [[UInt8]]

    /// Words as given (lower-cased here).
    public init(_ words: [String]) {
        self.words = words.map { $0.lowercased() }
        self.bytes = self.words.map { Array($0.utf8) }.filter { !$0.isEmpty }
    }

    public static func == (a: RemovalWords, b: RemovalWords) -> Bool { a.words == b.words }

    /// The list used when the lexicon directory has no `removal-words.txt`.
    public static let builtIn = RemovalWords(RemovalScreen.obsceneWords)

    /// Whether `text` holds one of the words.
    public func found(in text: String) -> Bool {
        // Bytes, not Foundation's locale-aware search: this runs on every negative feedback.
        let lower = Array(text.lowercased().utf8)
        for w in bytes where w.count <= lower.count {
            let first = w[0]
            var i = 0
            let last = lower.count - w.count
            while i <= last {
                if lower[i] == first {
                    var k = 1
                    while k < w.count && lower[i + k] == w[k] { k += 1 }
                    if k == w.count { return true }
                }
                i += 1
            }
        }
        return false
    }

    /// Reads a word list.
    /// - Throws: ``RecordsError`` when the file cannot be read.
    public static func load(path: String) throws -> RemovalWords {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RecordsError(file: path, line: nil, message: "cannot read the removal word list")
        }
        var words: [String] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let w = body.trimmingCharacters(in: .whitespacesAndNewlines)
            if !w.isEmpty { words.append(w) }
        }
        return RemovalWords(words)
    }

    /// `removal-words.txt` in `directory` when there is one, else ``builtIn``.
    public static func forLexicon(directory: String) throws -> RemovalWords {
        let path = (directory as NSString).appendingPathComponent("removal-words.txt")
        return FileManager.default.fileExists(atPath: path) ? try load(path: path) : builtIn
    }
}
