import Foundation
import ReviewText

/// Reads a phrase list for `--words`: one phrase per line, `#` comments; for a lexicon file, the
/// first column (up to a tab or two spaces), its `*` gaps dropped.
enum PhraseList {
    static func read(_ path: String) throws -> [String] {
        try LineSplitter.lines(of: DecodingReader(path: path)).flatMap { _, text -> [String] in
            let line = text.trimmingWhitespace()
            guard !line.isEmpty, !line.hasPrefix("#") else { return [] }
            let first = line.split(separator: "\t").first.map(String.init) ?? line
            let column = first.components(separatedBy: "  ").first ?? first
            return column.split(separator: " ").map(String.init).filter { $0 != "*" }
        }
    }
}
